package org.trustmap.scale;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.trustmap.network.PartnershipKind;
import org.trustmap.network.RelationType;
import org.trustmap.scale.OpenData.District;
import org.trustmap.scale.OpenData.School;
import org.trustmap.scale.SchoolClusters.Cluster;

/**
 * The delivery arm of a generated Trust, district by district: school clusters, the Local Children's
 * Partnerships built around them (about one for every 25 schools, as Hampshire had 20 for 494), a
 * Steering Group where a district has several, themed sub-groups on some, and in some districts a later
 * reorganisation into one LCP for the district, as Hampshire did in 2023.
 */
final class LocalPartnerships {

    static final int SCHOOLS_PER_LCP = 25;
    private static final List<String> THEMES = List.of("Early Help", "Emotional Wellbeing", "Youth Voice",
            "Young Carers", "Participation", "Healthy Lifestyles");

    record Lcp(String id, String name, String district, Period period, List<Cluster> clusters) {
    }

    record SteeringGroup(String id, String district, Period period, List<Lcp> coordinates) {
    }

    record SubGroup(String id, Lcp parent, Period period) {
    }

    final List<Lcp> lcps = new ArrayList<>();
    final List<SteeringGroup> steeringGroups = new ArrayList<>();
    final List<SubGroup> subGroups = new ArrayList<>();
    final int start;

    LocalPartnerships(NetworkDraft draft, Random random, TrustPartnerships trust, Map<String, List<School>> schools) {
        start = Period.month(2008 + random.nextInt(4), 1 + 4 * random.nextInt(3));
        for (District district : draft.authority.districts()) {
            List<School> districtSchools = schools.getOrDefault(district.onsCode(), List.of());
            List<Cluster> clusters = SchoolClusters.of(district.onsCode(), district.name(), districtSchools);
            writeSchools(draft, district, clusters);
            int k = Math.max(1, Math.min(Math.min(5, clusters.size()),
                    Math.round(districtSchools.size() / (float) SCHOOLS_PER_LCP)));
            district(draft, random, trust, district, clusters, k);
        }
    }

    private void district(NetworkDraft draft, Random random, TrustPartnerships trust, District district,
            List<Cluster> clusters, int k) {
        String districtId = "district:" + district.onsCode();
        String d = district.onsCode().toLowerCase() + "-";
        String from = Period.text(start);
        if (k == 1) {
            String name = district.name() + " Local Children's Partnership";
            String id = draft.partnership(d + "lcp", name, PartnershipKind.LOCAL_CHILDRENS_PARTNERSHIP,
                    Period.from(from), null);
            Lcp lcp = new Lcp(id, name, district.onsCode(), Period.from(from), clusters);
            relateLcp(draft, trust, lcp, districtId, true);
            return;
        }
        boolean reorganised = random.nextInt(100) < 55;
        int change = Period.month(2016 + random.nextInt(8), 1);
        Period period = reorganised ? Period.between(from, Period.text(change - 1)) : Period.from(from);
        String steering = draft.partnership(d + "lcp-steering-group", district.name() + " LCP Steering Group",
                PartnershipKind.STEERING_GROUP, period, null);
        draft.relate(RelationType.COVERS, steering, districtId, period);
        draft.relate(RelationType.LINKS_TO, steering, trust.strategicPartnerships.get(district.onsCode()), period);
        draft.relate(RelationType.PART_OF, steering, trust.trust, period);
        Set<String> names = new HashSet<>();
        List<Lcp> group = new ArrayList<>();
        for (SchoolClusters.Group g : SchoolClusters.group(clusters, k)) {
            String name = district.name() + " " + g.compass();
            for (int n = 2; !names.add(name); n++) {
                name = district.name() + " " + g.compass() + " " + n;
            }
            String id = draft.partnership(d + Slugs.of(name.substring(district.name().length())) + "-lcp",
                    name + " Local Children's Partnership", PartnershipKind.LOCAL_CHILDRENS_PARTNERSHIP, period, null);
            Lcp lcp = new Lcp(id, name + " Local Children's Partnership", district.onsCode(), period, g.clusters());
            relateLcp(draft, trust, lcp, districtId, false);
            draft.relate(RelationType.COORDINATES, steering, id, period);
            group.add(lcp);
            maybeSubGroup(draft, random, lcp);
        }
        steeringGroups.add(new SteeringGroup(steering, district.onsCode(), period, group));
        if (reorganised) {
            Period now = Period.from(Period.text(change));
            String name = district.name() + " Local Children's Partnership";
            String id = draft.partnership(d + "lcp", name, PartnershipKind.LOCAL_CHILDRENS_PARTNERSHIP, now, null);
            Lcp lcp = new Lcp(id, name, district.onsCode(), now, clusters);
            relateLcp(draft, trust, lcp, districtId, true);
            group.forEach(old -> draft.relate(RelationType.SUCCEEDED_BY, old.id(), id, now));
        }
    }

    private void relateLcp(NetworkDraft draft, TrustPartnerships trust, Lcp lcp, String districtId, boolean single) {
        lcps.add(lcp);
        Period period = lcp.period();
        draft.relate(RelationType.PART_OF, lcp.id(), trust.trust, period);
        draft.relate(RelationType.COVERS, lcp.id(), districtId, period);
        draft.relate(RelationType.LINKS_TO, lcp.id(), trust.communitySafety.get(lcp.district()), period);
        draft.relate(RelationType.LINKS_TO, lcp.id(), trust.teenagePregnancy, period);
        if (single) {
            draft.relate(RelationType.LINKS_TO, lcp.id(), trust.strategicPartnerships.get(lcp.district()), period);
        }
        for (Cluster cluster : lcp.clusters()) {
            draft.relate(RelationType.BUILT_AROUND, lcp.id(), cluster.id(), period);
        }
    }

    private void maybeSubGroup(NetworkDraft draft, Random random, Lcp lcp) {
        if (random.nextInt(100) >= 25) {
            return;
        }
        String theme = THEMES.get(random.nextInt(THEMES.size()));
        int from = lcp.period().firstMonth(start) + 12 * (1 + random.nextInt(4));
        if (from > lcp.period().lastMonth()) {
            return;
        }
        Period period = new Period(Period.text(from), lcp.period().to());
        String id = draft.partnership(Slugs.local(lcp.id()) + "-" + Slugs.of(theme) + "-sub-group",
                lcp.name() + " " + theme + " sub-group", PartnershipKind.SUB_GROUP, period, null);
        draft.relate(RelationType.SUB_GROUP_OF, id, lcp.id(), period);
        subGroups.add(new SubGroup(id, lcp, period));
    }

    private void writeSchools(NetworkDraft draft, District district, List<Cluster> clusters) {
        for (Cluster cluster : clusters) {
            draft.clusters.add(NetworkDraft.fields("id", cluster.id(), "name", cluster.name(),
                    "district", "district:" + district.onsCode(), "derived", Boolean.TRUE,
                    "derivationRule", SchoolClusters.RULE, "source", "gias-2022"));
            for (School school : cluster.schools()) {
                draft.schools.add(List.of(school.urn(), school.name(), district.onsCode(), school.postcode(),
                        school.easting(), school.northing(), school.phase(), school.type(), school.town(), "gias-2022"));
                draft.schoolClusters.add(List.of(school.urn(), cluster.id(), Period.text(start).substring(0, 4), ""));
            }
        }
    }
}
