package org.trustmap.representation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.trustmap.api.NotFoundException;
import org.trustmap.network.PlainWords;

/**
 * Turns the raw answer of the findRepresentatives query into the RepresentativeLookup the schema
 * describes, writing its sentences: how the place was understood and what was found.
 */
final class LookupAnswer {

    private LookupAnswer() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> from(PlaceQuery query, String sector, LocalDate day, Map<String, Object> answer) {
        String status = (String) answer.get("status");
        List<Map<String, Object>> candidates = ((List<Map<String, Object>>) answer.get("candidates")).stream()
                .map(LookupAnswer::candidate).toList();
        if ("NOT_FOUND".equals(status)) {
            List<Map<String, Object>> suggestions = ((List<Map<String, Object>>) answer.get("suggestions")).stream()
                    .map(LookupAnswer::candidate).toList();
            throw new NotFoundException(notFound(query, suggestions), suggestions);
        }
        Map<String, Object> lookup = new LinkedHashMap<>();
        lookup.put("place", query.text());
        lookup.put("sector", sector);
        lookup.put("asOf", day);
        lookup.put("status", status);
        lookup.put("candidates", candidates);
        if ("AMBIGUOUS".equals(status)) {
            lookup.put("message", "'" + query.text() + "' could mean " + PlainWords.plural(candidates.size(), "place", "places")
                    + ": " + PlainWords.list(candidates.stream().map(c -> c.get("name") + " (" + c.get("description") + ")").toList())
                    + ". Choose one.");
            lookup.put("resolvedAs", null);
            lookup.put("seats", List.of());
            lookup.put("councilsForVoluntaryService", List.of());
            return lookup;
        }
        Map<String, Object> facts = (Map<String, Object>) answer.get("facts");
        List<Map<String, Object>> seats = (List<Map<String, Object>>) answer.get("seats");
        Map<String, Object> resolved = new LinkedHashMap<>();
        resolved.put("kind", answer.get("kind"));
        resolved.put("matched", answer.get("matched"));
        resolved.put("name", query.form() == PlaceQuery.Form.POSTCODE ? query.text()
                : facts.get("name") != null ? facts.get("name") : query.text());
        resolved.put("postcode", query.form() == PlaceQuery.Form.POSTCODE ? query.text() : null);
        resolved.put("district", answer.get("district"));
        resolved.put("authority", answer.get("authority"));
        resolved.put("localPartnerships", answer.get("localPartnerships"));
        resolved.put("explanation", explanation(query, (String) answer.get("kind"), facts, day));
        lookup.put("resolvedAs", resolved);
        lookup.put("seats", seats);
        lookup.put("councilsForVoluntaryService", answer.get("councilsForVoluntaryService"));
        lookup.put("message", found(resolved.get("name"), sector, day, seats, facts));
        return lookup;
    }

    private static Map<String, Object> candidate(Map<String, Object> raw) {
        String type = (String) raw.get("type");
        String what = switch (type == null ? "" : type) {
            case "School" -> "school";
            case "District" -> "district";
            case "Authority" -> "authority";
            case "SchoolCluster" -> "school cluster";
            default -> PlainWords.of((String) raw.get("subKind"));
        };
        String where = raw.get("district") != null ? " in " + raw.get("district")
                : raw.get("authority") != null ? " in " + raw.get("authority") : "";
        Map<String, Object> candidate = new LinkedHashMap<>();
        candidate.put("id", raw.get("id"));
        candidate.put("name", raw.get("name"));
        candidate.put("kind", raw.get("kind"));
        candidate.put("description", capitalise(what + where));
        return candidate;
    }

    private static String notFound(PlaceQuery query, List<Map<String, Object>> suggestions) {
        String message = query.form() == PlaceQuery.Form.POSTCODE
                ? "No postcode " + query.text() + " is in trustmap's data."
                : "Nothing called '" + query.text() + "' is in trustmap's data.";
        return suggestions.isEmpty() ? message + " Try a full postcode, a town, a school or an organisation."
                : message + " Did you mean " + PlainWords.list(suggestions.stream().map(s -> s.get("name")).toList()) + "?";
    }

    @SuppressWarnings("unchecked")
    private static String explanation(PlaceQuery query, String kind, Map<String, Object> facts, LocalDate day) {
        String district = (String) facts.get("district");
        List<String> lcps = (List<String>) facts.get("lcps");
        List<String> clusters = (List<String>) facts.get("clusters");
        String lcpText = lcps.isEmpty() ? "no Local Children's Partnership covers it on " + day
                : PlainWords.list(lcps) + (lcps.size() == 1 ? " covers it" : " cover it") + " on " + day;
        return switch (kind) {
            case "POSTCODE" -> {
                String where = query.text() + " is a postcode in " + district + " (Ordnance Survey Code-Point Open)";
                int covering = ((Number) facts.get("coveringCount")).intValue();
                if (covering > 1 && facts.get("nearest") != null) {
                    yield where + ". " + district + " had " + covering + " Local Children's Partnerships on " + day
                            + "; the nearest school, " + facts.get("nearest") + " (" + facts.get("distance") + " m away), is in "
                            + PlainWords.list(clusters) + ", so " + lcpText + ".";
                }
                yield where + "; " + lcpText + ".";
            }
            case "TOWN" -> query.text() + " is the town of " + PlainWords.plural(((Number) facts.get("schools")).intValue(),
                    "school", "schools") + " in " + district + " (DfE school addresses); their clusters place it: "
                    + lcpText + ".";
            case "SCHOOL" -> facts.get("name") + " is a school in " + district
                    + (clusters.isEmpty() ? "" : ", in " + PlainWords.list(clusters)) + "; " + lcpText + ".";
            case "DISTRICT" -> facts.get("name") + " is a district of " + facts.get("authority") + "; " + lcpText + ".";
            case "AUTHORITY" -> facts.get("name") + " is an authority: its county-wide seats are shown.";
            case "SCHOOL_CLUSTER" -> facts.get("name") + " is a school cluster in " + district + "; " + lcpText + ".";
            case "PARTNERSHIP" -> facts.get("name") + " is a " + PlainWords.of((String) facts.get("subKind"))
                    + (district == null ? " of " + facts.get("authority") : " in " + district) + ".";
            default -> facts.get("name") + " is " + (district == null ? "an organisation of " + facts.get("authority")
                    : "an organisation based in " + district) + "; " + lcpText + ".";
        };
    }

    private static String found(Object name, String sector, LocalDate day, List<Map<String, Object>> seats,
            Map<String, Object> facts) {
        long vacant = seats.stream().filter(s -> Boolean.TRUE.equals(s.get("vacant"))).count();
        if (seats.isEmpty()) {
            return "No seat speaks for the " + PlainWords.of(sector) + " sector for " + name + " on " + day + ".";
        }
        List<String> parts = new ArrayList<>();
        parts.add(PlainWords.plural(seats.size(), "seat speaks", "seats speak") + " for the " + PlainWords.of(sector) + " sector for "
                + name + " on " + day);
        if (vacant > 0) {
            parts.add(vacant + (vacant == 1 ? " of them is vacant" : " of them are vacant"));
        }
        return String.join("; ", parts) + ".";
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
