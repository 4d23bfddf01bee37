package org.trustmap.scale;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Writes an invented national postcode release in Code-Point Open's published form, for measuring the
 * postcode loader at full size: one CSV file per postcode area in {@code Data/CSV} (gu.csv, so.csv...), no
 * header, ten columns, postcodes in the 7-character form ("GU513AA", "B1  1AA"). The outward codes are
 * real (those of England's schools, in the district each school is in), so are the district, county and
 * country codes; the units, grid references within about 2 km of a school, and the NHS and ward codes are
 * invented. England's postcodes are shared among districts as their schools are; Welsh and Scottish ones
 * (a tenth as many again, in Welsh and Scottish areas) are there to be skipped.
 */
final class PostcodeGenerator {

    record Summary(long english, long elsewhere, int files, int districts) {
    }

    /** Inward letters Royal Mail uses (never C, I, K, M, O or V). */
    private static final String LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    private static final int PER_OUTWARD = 10 * LETTERS.length() * LETTERS.length();
    private static final Map<String, List<String>> OTHER_COUNTRIES = Map.of(
            "W92000004", List.of("CF", "LL", "SA", "NP", "LD"), "S92000003", List.of("EH", "G", "AB", "KY", "DD"));

    private final OpenData data;
    private final List<Map<String, String>> lookup;

    PostcodeGenerator(Path sources) {
        this.data = OpenData.read(sources);
        this.lookup = SourceCsv.read(sources.resolve(OpenData.LOOKUP));
    }

    /** One outward code of a district, where its schools are and how many postcodes it gets. */
    private record Place(String outward, String district, String county, List<int[]> schools) {
    }

    Summary generate(Path folder, long english, long seed) {
        Random random = new Random(seed);
        Map<String, String> countyOf = new HashMap<>();
        data.authorities().forEach(a -> a.districts().forEach(d -> countyOf.put(d.onsCode(),
                a.twoTier() ? a.onsCode() : "E99999999")));
        // Every outward code of every district's schools, by postcode area.
        Map<String, Map<String, Place>> areas = new TreeMap<>();
        long schools = 0;
        for (var entry : data.schoolsByDistrict().entrySet()) {
            for (OpenData.School school : entry.getValue()) {
                String[] parts = school.postcode().strip().split("\\s+");
                if (parts.length != 2) {
                    continue;
                }
                String area = parts[0].replaceAll("[0-9].*", "");
                areas.computeIfAbsent(area, a -> new TreeMap<>())
                        .computeIfAbsent(parts[0] + "|" + entry.getKey(), k -> new Place(parts[0], entry.getKey(),
                                countyOf.getOrDefault(entry.getKey(), "E99999999"), new ArrayList<>()))
                        .schools().add(new int[] {school.easting(), school.northing()});
                schools++;
            }
        }
        Map<String, BitSet> used = new HashMap<>();
        Path csv = folder.resolve("Data").resolve("CSV");
        long written = 0;
        long elsewhere = 0;
        int files = 0;
        try {
            Files.createDirectories(csv);
            double perSchool = (double) english / schools;
            double owed = 0;
            for (var area : areas.entrySet()) {
                try (BufferedWriter out = Files.newBufferedWriter(csv.resolve(area.getKey().toLowerCase(Locale.ROOT)
                        + ".csv"), StandardCharsets.UTF_8)) {
                    for (Place place : area.getValue().values()) {
                        owed += perSchool * place.schools().size();
                        long count = Math.min(Math.round(owed), english - written);
                        BitSet taken = used.computeIfAbsent(place.outward(), o -> new BitSet(PER_OUTWARD));
                        long made = units(out, place, count, taken, random, "E92000001");
                        owed -= made;
                        written += made;
                    }
                }
                files++;
            }
            List<Map<String, String>> others = lookup.stream().filter(r -> "TRUE".equals(r.get("Current"))
                    && OTHER_COUNTRIES.containsKey(r.get("CTRYCD"))).toList();
            for (var country : new TreeMap<>(OTHER_COUNTRIES).entrySet()) {
                List<String> districts = others.stream().filter(r -> r.get("CTRYCD").equals(country.getKey()))
                        .map(r -> r.get("LADCD")).sorted().toList();
                for (String area : country.getValue()) {
                    // An area can straddle a border (some English schools have an LD or NP postcode): added to.
                    Path file = csv.resolve(area.toLowerCase(Locale.ROOT) + ".csv");
                    boolean added = Files.exists(file);
                    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                        long share = english / 10 / (OTHER_COUNTRIES.size() * country.getValue().size());
                        for (int number = 1; share > 0; number++) {
                            String district = districts.get(random.nextInt(districts.size()));
                            Place place = new Place(area + number, district, "E99999999", List.of(new int[] {
                                    country.getKey().startsWith("W") ? 280_000 : 320_000,
                                    country.getKey().startsWith("W") ? 250_000 : 700_000}));
                            long made = units(out, place, Math.min(share, 800), new BitSet(PER_OUTWARD), random,
                                    country.getKey());
                            share -= made;
                            elsewhere += made;
                        }
                    }
                    files += added ? 0 : 1;
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot write the postcode files into " + folder.toAbsolutePath(), ex);
        }
        return new Summary(written, elsewhere, files, (int) areas.values().stream().flatMap(m -> m.values().stream())
                .map(Place::district).distinct().count());
    }

    /** Writes up to {@code count} unused postcodes of the place. @return how many */
    private static long units(BufferedWriter out, Place place, long count, BitSet taken, Random random, String country)
            throws IOException {
        long made = 0;
        int start = random.nextInt(PER_OUTWARD);
        for (int i = 0; i < PER_OUTWARD && made < count; i++) {
            // Spread over the sectors: the next unit of sector 0, then 1, ..., as a real outward code fills up.
            int index = (start + (i % 10) * (PER_OUTWARD / 10) + i / 10) % PER_OUTWARD;
            if (taken.get(index)) {
                continue;
            }
            taken.set(index);
            int sector = index / (LETTERS.length() * LETTERS.length());
            int unit = index % (LETTERS.length() * LETTERS.length());
            String inward = "" + sector + LETTERS.charAt(unit / LETTERS.length()) + LETTERS.charAt(unit
                    % LETTERS.length());
            String code = place.outward().length() >= 4 ? place.outward() + inward
                    : String.format(Locale.ROOT, "%-4s%s", place.outward(), inward);
            int[] school = place.schools().get(random.nextInt(place.schools().size()));
            int quality = random.nextInt(1000);
            boolean unplaced = quality == 0;
            int easting = unplaced ? 0 : Math.max(0, school[0] + random.nextInt(4001) - 2000);
            int northing = unplaced ? 0 : Math.max(0, school[1] + random.nextInt(4001) - 2000);
            out.write(String.format(Locale.ROOT, "\"%s\",%d,%d,%d,\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",\"E05%06d\"%n",
                    code, unplaced ? 90 : quality < 980 ? 10 : 50, easting, northing, country,
                    country.startsWith("E") ? "E19000002" : "", country.startsWith("E") ? "E18000009" : "",
                    place.county(), place.district(), Math.floorMod(place.outward().hashCode(), 1_000_000)));
            made++;
        }
        return made;
    }
}
