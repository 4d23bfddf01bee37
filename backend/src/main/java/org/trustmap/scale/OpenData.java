package org.trustmap.scale;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.trustmap.network.AuthorityKind;

/**
 * The real open data a generated network stands on: every English upper-tier authority with its
 * districts (ONS lookup), every open state-funded primary and secondary school (DfE GIAS, 2022), and
 * Hampshire's postcodes (Code-Point Open), read from {@code datasets/sources}.
 */
record OpenData(List<Authority> authorities, Map<String, List<School>> schoolsByDistrict,
        List<Postcode> hampshirePostcodes) {

    static final String LOOKUP = "lad_to_utla_county_lookup_uk.csv";
    static final String SCHOOLS = "schools_england_open_primary_secondary_2022.csv";
    static final String HAMPSHIRE_POSTCODES = "codepoint_open_hampshire_county_postcodes_2025-10.csv";

    record Authority(String onsCode, String name, String laCode, String regionCode, AuthorityKind kind,
            List<District> districts) {

        boolean twoTier() {
            return kind == AuthorityKind.COUNTY;
        }
    }

    record District(String onsCode, String name) {
    }

    record School(long urn, String name, String district, String postcode, int easting, int northing, String phase,
            String type, String town, String laCode) {

        /** Secondary, all-through and middle-deemed-secondary schools each head a cluster. */
        boolean headsCluster() {
            return !phase.equals("Primary") && !phase.equals("Middle deemed primary");
        }
    }

    record Postcode(String code, String district, String easting, String northing) {
    }

    static OpenData read(Path sources) {
        for (String file : List.of(LOOKUP, SCHOOLS, HAMPSHIRE_POSTCODES)) {
            if (!Files.isRegularFile(sources.resolve(file))) {
                throw new IllegalArgumentException(file + " is not in " + sources.toAbsolutePath()
                        + ": give the folder of trustmap's open data sources (datasets/sources) with --sources=");
            }
        }
        List<Map<String, String>> lookup = SourceCsv.read(sources.resolve(LOOKUP));
        Map<String, String> districtByName = districtCodesByName(lookup);
        Map<String, List<School>> schools = new TreeMap<>();
        Map<String, Map<String, Integer>> laCodes = new HashMap<>();
        for (Map<String, String> row : SourceCsv.read(sources.resolve(SCHOOLS))) {
            String district = districtByName.get(row.get("DistrictAdministrative_name"));
            if (district == null) {
                throw new IllegalStateException("School " + row.get("URN") + " is in district '"
                        + row.get("DistrictAdministrative_name") + "', which the ONS lookup does not know");
            }
            School school = new School(Long.parseLong(row.get("URN")), row.get("EstablishmentName"), district,
                    row.get("Postcode"), Integer.parseInt(row.get("Easting")), Integer.parseInt(row.get("Northing")),
                    row.get("PhaseOfEducation"), row.get("TypeOfEstablishment"), row.get("Town"), row.get("LA_code"));
            schools.computeIfAbsent(district, d -> new ArrayList<>()).add(school);
            laCodes.computeIfAbsent(district, d -> new TreeMap<>()).merge(school.laCode(), 1, Integer::sum);
        }
        schools.values().forEach(list -> list.sort(Comparator.comparingLong(School::urn)));
        List<Postcode> postcodes = SourceCsv.read(sources.resolve(HAMPSHIRE_POSTCODES)).stream()
                .map(r -> new Postcode(r.get("Postcode"), r.get("Admin_district_code"), r.get("Eastings"),
                        r.get("Northings")))
                .sorted(Comparator.comparing(Postcode::code)).toList();
        return new OpenData(authorities(lookup, laCodes), schools, postcodes);
    }

    /**
     * District names as the schools file spells them, to current ONS codes: a district abolished since
     * (Allerdale, Harrogate...) maps to the unitary authority that took it over.
     */
    private static Map<String, String> districtCodesByName(List<Map<String, String>> lookup) {
        Map<String, String> byName = new HashMap<>();
        for (Map<String, String> row : lookup) {
            if (row.get("LADCD").startsWith("E") && "TRUE".equals(row.get("Current"))) {
                byName.put(row.get("LADNM"), row.get("LADCD"));
            }
        }
        for (Map<String, String> row : lookup) {
            if (row.get("LADCD").startsWith("E")) {
                byName.putIfAbsent(row.get("LADNM"), row.get("LADCD_ACTIVE"));
            }
        }
        return byName;
    }

    private static List<Authority> authorities(List<Map<String, String>> lookup,
            Map<String, Map<String, Integer>> laCodes) {
        Map<String, List<Map<String, String>>> byAuthority = new TreeMap<>();
        for (Map<String, String> row : lookup) {
            if (row.get("LADCD").startsWith("E") && "TRUE".equals(row.get("Current"))) {
                byAuthority.computeIfAbsent(row.get("UTLACD"), c -> new ArrayList<>()).add(row);
            }
        }
        List<Authority> authorities = new ArrayList<>();
        for (var entry : byAuthority.entrySet()) {
            List<Map<String, String>> rows = entry.getValue();
            List<District> districts = rows.stream().map(r -> new District(r.get("LADCD"), r.get("LADNM")))
                    .sorted(Comparator.comparing(District::name)).toList();
            Map<String, Integer> la = new LinkedHashMap<>();
            districts.forEach(d -> laCodes.getOrDefault(d.onsCode(), Map.of()).forEach((k, v) -> la.merge(k, v,
                    Integer::sum)));
            String laCode = la.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse(null);
            authorities.add(new Authority(entry.getKey(), rows.getFirst().get("UTLANM"), laCode,
                    rows.getFirst().get("RGNCD"), kindOf(entry.getKey()), districts));
        }
        return authorities;
    }

    private static AuthorityKind kindOf(String onsCode) {
        return switch (onsCode.substring(0, 3)) {
            case "E10" -> AuthorityKind.COUNTY;
            case "E08" -> AuthorityKind.METROPOLITAN_DISTRICT;
            case "E09" -> AuthorityKind.LONDON_BOROUGH;
            default -> AuthorityKind.UNITARY;
        };
    }
}
