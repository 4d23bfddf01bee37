package org.trustmap.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the operations ask about, drawn from the generated dataset with the seed so that every run asks
 * the same: postcodes of real schools, LCPs that exist today, two-tier county authorities. Hampshire's
 * (GU51 3AA, authority:E10000014) are always among them: Hampshire is in every size, generated in the
 * county size and bundled in the others.
 */
record Targets(List<String> postcodes, List<String> localPartnerships, List<String> authorities) {

    static final String EXAMPLE_POSTCODE = "GU51 3AA";
    static final String HAMPSHIRE = "authority:E10000014";
    static final int SAMPLE = 32;

    static Targets of(Path dataset, long seed) {
        Random random = new Random(seed);
        List<String> postcodes = new ArrayList<>();
        List<String> lcps = new ArrayList<>();
        List<String> authorities = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        for (Path folder : authorityFolders(dataset)) {
            String code = folder.getFileName().toString();
            if (code.startsWith("E10")) {
                authorities.add("authority:" + code);
            }
            postcodes.addAll(schoolPostcodes(folder));
            JsonNode network = json.readTree(folder.resolve("network.json").toFile());
            for (JsonNode partnership : network.path("partnerships")) {
                if (partnership.path("kind").asString().equals("LOCAL_CHILDRENS_PARTNERSHIP")
                        && partnership.path("validTo").isMissingNode()) {
                    lcps.add(partnership.path("id").asString());
                }
            }
        }
        List<String> places = new ArrayList<>(List.of(EXAMPLE_POSTCODE));
        places.addAll(sample(postcodes, random, SAMPLE - 1));
        if (!authorities.contains(HAMPSHIRE)) {
            authorities.add(HAMPSHIRE);
        }
        return new Targets(places, sample(lcps, random, SAMPLE), sample(authorities, random, SAMPLE));
    }

    private static List<String> sample(List<String> all, Random random, int n) {
        List<String> shuffled = new ArrayList<>(all.stream().sorted().distinct().toList());
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, Math.min(n, shuffled.size())));
    }

    /** Postcodes of the authority's schools that its postcodes file also holds. */
    private static List<String> schoolPostcodes(Path folder) {
        Set<String> known = new HashSet<>(column(folder.resolve("postcodes.csv"), 0));
        return column(folder.resolve("schools.csv"), 3).stream().filter(known::contains).toList();
    }

    /** One column of a CSV file, raw: fine for columns whose values need no quoting, such as postcodes. */
    private static List<String> column(Path file, int index) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.skip(1).map(line -> {
                List<String> fields = new ArrayList<>();
                int start = 0;
                boolean quoted = false;
                for (int i = 0; i <= line.length(); i++) {
                    if (i == line.length() || (line.charAt(i) == ',' && !quoted)) {
                        fields.add(line.substring(start, i));
                        start = i + 1;
                    }
                    else if (line.charAt(i) == '"') {
                        quoted = !quoted;
                    }
                }
                return fields.size() > index ? fields.get(index) : "";
            }).filter(v -> !v.isEmpty()).toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + file, ex);
        }
    }

    static List<Path> authorityFolders(Path dataset) {
        try (Stream<Path> children = Files.list(dataset)) {
            return children.filter(p -> Files.isRegularFile(p.resolve("network.json"))).sorted().toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot list " + dataset, ex);
        }
    }
}
