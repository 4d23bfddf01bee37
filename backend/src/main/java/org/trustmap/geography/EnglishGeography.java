package org.trustmap.geography;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.ClassPathResource;
import org.trustmap.importing.CsvTable;

/**
 * England's local government geography as ONS publishes it (datasets/sources/lad_to_utla_county_lookup_uk.csv):
 * every upper-tier authority and every district or unitary with its kind and, in two-tier areas, its county;
 * and the postal towns of every open state-funded school (DfE, datasets/sources/schools_england_...csv) with
 * how many of each town's schools are in each district. Places outside England are kept by name only, to say
 * where they are.
 */
record EnglishGeography(List<Map<String, Object>> authorities, List<Map<String, Object>> districts,
        List<Map<String, Object>> towns, Map<String, String> countryOutsideEngland) {

    static final String LOOKUP = "geography/lad_to_utla_county_lookup_uk.csv";
    static final String SCHOOLS = "geography/schools_england_open_primary_secondary_2022.csv";
    static final String SOURCE = "ons-lad-lookup";

    static EnglishGeography read() {
        List<Map<String, String>> lookup = rows(LOOKUP);
        Map<String, Map<String, Object>> authorities = new TreeMap<>();
        List<Map<String, Object>> districts = new ArrayList<>();
        Map<String, String> districtByName = new HashMap<>();
        Map<String, String> outside = new HashMap<>();
        for (Map<String, String> row : lookup) {
            String code = row.get("LADCD");
            if (!"TRUE".equals(row.get("Current"))) {
                continue;
            }
            if (!code.startsWith("E")) {
                outside.putIfAbsent(PlaceNames.key(row.get("LADNM")), row.get("CTRYNM"));
                continue;
            }
            String authority = row.get("UTLACD");
            authorities.computeIfAbsent(authority, a -> {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("id", "authority:" + a);
                map.put("onsCode", a);
                map.put("name", row.get("UTLANM"));
                map.put("nameKey", PlaceNames.key(row.get("UTLANM")));
                map.put("kind", authorityKind(a));
                map.put("region", row.get("RGNNM"));
                return map;
            });
            Map<String, Object> district = new LinkedHashMap<>();
            district.put("id", "district:" + code);
            district.put("onsCode", code);
            district.put("name", row.get("LADNM"));
            district.put("nameKey", PlaceNames.key(row.get("LADNM")));
            district.put("kind", districtKind(code));
            district.put("authority", "authority:" + authority);
            district.put("county", authority.startsWith("E10") ? row.get("UTLANM") : null);
            districts.add(district);
            districtByName.put(row.get("LADNM"), code);
        }
        // A district abolished since the schools file was made (Harrogate, Allerdale...) is now its unitary.
        for (Map<String, String> row : lookup) {
            if (row.get("LADCD").startsWith("E")) {
                districtByName.putIfAbsent(row.get("LADNM"), row.get("LADCD_ACTIVE"));
            }
        }
        return new EnglishGeography(List.copyOf(authorities.values()), districts, towns(districtByName), outside);
    }

    /** A digest of the bundled files and of the given texts (the queries that write them): changes when either does. */
    static String fingerprint(String... texts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String resource : List.of(LOOKUP, SCHOOLS)) {
                try (InputStream in = new ClassPathResource(resource).getInputStream()) {
                    digest.update(in.readAllBytes());
                }
            }
            for (String text : texts) {
                digest.update(text.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the bundled geography", ex);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JDK", ex);
        }
    }

    /** One entry per town: its key, its name as most schools write it, and its schools per district. */
    private static List<Map<String, Object>> towns(Map<String, String> districtByName) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (Map<String, String> row : rows(SCHOOLS)) {
            String town = row.get("Town").strip();
            String district = districtByName.get(row.get("DistrictAdministrative_name"));
            if (town.isEmpty() || district == null) {
                continue;
            }
            String key = PlaceNames.key(town);
            counts.computeIfAbsent(key, k -> new TreeMap<>()).merge("district:" + district, 1, Integer::sum);
            spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(town, 1, Integer::sum);
        }
        List<Map<String, Object>> towns = new ArrayList<>();
        counts.forEach((key, byDistrict) -> {
            String name = spellings.get(key).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            List<Map<String, Object>> in = new ArrayList<>();
            byDistrict.forEach((district, schools) -> in.add(Map.of("district", district, "schools", schools)));
            towns.add(Map.of("key", key, "name", name, "in", in));
        });
        return towns;
    }

    private static String authorityKind(String code) {
        return switch (code.substring(0, 3)) {
            case "E10" -> "COUNTY";
            case "E08" -> "METROPOLITAN_DISTRICT";
            case "E09" -> "LONDON_BOROUGH";
            default -> "UNITARY";
        };
    }

    private static String districtKind(String code) {
        return switch (code.substring(0, 3)) {
            case "E07" -> "DISTRICT";
            case "E08" -> "METROPOLITAN_DISTRICT";
            case "E09" -> "LONDON_BOROUGH";
            default -> "UNITARY";
        };
    }

    private static List<Map<String, String>> rows(String resource) {
        try (Reader in = new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CsvTable.Record record : CsvTable.read(resource, in).records()) {
                rows.add(record.values());
            }
            return rows;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + resource + " from the classpath", ex);
        }
    }
}
