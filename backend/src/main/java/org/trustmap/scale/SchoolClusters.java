package org.trustmap.scale;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.trustmap.scale.OpenData.School;

/**
 * Derives a district's school clusters as the Hampshire build does: one cluster per secondary (or
 * all-through, or middle-deemed-secondary) school, each other school joining the cluster of the nearest
 * of them in its district; a district without one has a single cluster of all its schools. Then groups
 * the clusters into Local Children's Partnerships by geography.
 */
final class SchoolClusters {

    static final String RULE = "Derived: one cluster per secondary (or all-through) school in the district, each "
            + "primary school joining the cluster of the nearest secondary school in its district.";

    record Cluster(String id, String name, School hub, List<School> schools) {

        double x() {
            return schools.stream().mapToInt(School::easting).average().orElse(0);
        }

        double y() {
            return schools.stream().mapToInt(School::northing).average().orElse(0);
        }
    }

    /** Clusters of LCPs, the area each covers named by its compass point within the district. */
    record Group(String compass, List<Cluster> clusters) {
    }

    private SchoolClusters() {
    }

    static List<Cluster> of(String districtCode, String districtName, List<School> schools) {
        List<School> hubs = schools.stream().filter(School::headsCluster).toList();
        if (hubs.isEmpty()) {
            return schools.isEmpty() ? List.of() : List.of(new Cluster("cluster:" + districtCode.toLowerCase()
                    + "-schools", districtName + " schools cluster", null, schools));
        }
        Map<School, List<School>> members = new LinkedHashMap<>();
        hubs.forEach(h -> members.put(h, new ArrayList<>()));
        for (School school : schools) {
            School nearest = hubs.stream().min(Comparator.<School>comparingDouble(h -> distance(school, h))
                    .thenComparingLong(School::urn)).orElseThrow();
            members.get(nearest).add(school);
        }
        // Two schools on one site: the second joins the first's cluster and heads none of its own.
        return members.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(e -> new Cluster("cluster:" + districtCode.toLowerCase() + "-"
                + e.getKey().urn(), e.getKey().name() + " cluster", e.getKey(), e.getValue())).toList();
    }

    /**
     * Splits clusters into {@code k} groups of neighbours: k-means on cluster centres, started from the
     * clusters farthest apart so that the same clusters always give the same groups.
     */
    static List<Group> group(List<Cluster> clusters, int k) {
        double[][] points = clusters.stream().map(c -> new double[] { c.x(), c.y() }).toArray(double[][]::new);
        List<double[]> centres = new ArrayList<>(List.of(points[0]));
        while (centres.size() < k) {
            double[] farthest = points[0];
            double best = -1;
            for (double[] p : points) {
                double nearest = centres.stream().mapToDouble(c -> distance(p, c)).min().orElse(0);
                if (nearest > best) {
                    best = nearest;
                    farthest = p;
                }
            }
            centres.add(farthest);
        }
        int[] assignment = new int[points.length];
        for (int round = 0; round < 50; round++) {
            for (int i = 0; i < points.length; i++) {
                int nearest = 0;
                for (int j = 1; j < k; j++) {
                    if (distance(points[i], centres.get(j)) < distance(points[i], centres.get(nearest))) {
                        nearest = j;
                    }
                }
                assignment[i] = nearest;
            }
            for (int j = 0; j < k; j++) {
                double sx = 0, sy = 0;
                int n = 0;
                for (int i = 0; i < points.length; i++) {
                    if (assignment[i] == j) {
                        sx += points[i][0];
                        sy += points[i][1];
                        n++;
                    }
                }
                if (n > 0) {
                    centres.set(j, new double[] { sx / n, sy / n });
                }
            }
        }
        double[] middle = { avg(points, 0), avg(points, 1) };
        List<Group> groups = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            List<Cluster> members = new ArrayList<>();
            for (int i = 0; i < points.length; i++) {
                if (assignment[i] == j) {
                    members.add(clusters.get(i));
                }
            }
            if (!members.isEmpty()) {
                groups.add(new Group(compass(middle, centres.get(j)), members));
            }
        }
        return groups;
    }

    private static String compass(double[] centre, double[] of) {
        double angle = (Math.toDegrees(Math.atan2(of[1] - centre[1], of[0] - centre[0])) + 360) % 360;
        String[] names = { "East", "North East", "North", "North West", "West", "South West", "South", "South East" };
        return names[(int) (((angle + 22.5) % 360) / 45)];
    }

    private static double avg(double[][] points, int axis) {
        double sum = 0;
        for (double[] p : points) {
            sum += p[axis];
        }
        return sum / points.length;
    }

    private static double distance(School a, School b) {
        return Math.hypot(a.easting() - b.easting(), a.northing() - b.northing());
    }

    private static double distance(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }
}
