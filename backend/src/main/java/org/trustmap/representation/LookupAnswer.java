package org.trustmap.representation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.trustmap.api.NotFoundException;
import org.trustmap.geography.NationalGeography;
import org.trustmap.network.PlainWords;
import org.trustmap.representation.RepresentativeLookup.Candidate;
import org.trustmap.representation.RepresentativeLookup.PlaceCandidate;
import org.trustmap.representation.RepresentativeLookup.ResolvedPlace;

/**
 * Writes the sentences of a RepresentativeLookup from the findRepresentatives query's answer (read once, into
 * {@link FindRepresentativesController.Answer}): how the place was understood, what was found, and, where trustmap
 * does not hold the answer, the plain truth about what it does hold.
 */
final class LookupAnswer {

    private LookupAnswer() {
    }

    static RepresentativeLookup from(PlaceQuery query, String sector, LocalDate day, FindRepresentativesController.Answer answer,
            NationalGeography geography) {
        String status = answer.status();
        Map<String, Object> facts = answer.facts();
        List<PlaceCandidate> candidates = answer.candidates().stream().map(LookupAnswer::candidate).toList();
        if ("NOT_FOUND".equals(status)) {
            Optional<String> country = geography.countryOutsideEngland(query.text());
            if (country.isEmpty()) {
                List<PlaceCandidate> suggestions = answer.suggestions().stream().map(LookupAnswer::candidate).toList();
                throw new NotFoundException(notFound(query, suggestions), suggestions);
            }
            return unresolved(query, sector, day, answer, "NOT_COVERED", candidates, query.text() + " is in "
                    + country.get() + ". Children's Trusts are English and trustmap holds English authorities only: "
                    + OutOfAreaSentences.covered(facts) + " A council for voluntary service (in " + country.get() + ", a county voluntary "
                    + "council or local third sector interface) can tell you who represents you.");
        }
        switch (status) {
            case "AMBIGUOUS" -> {
                return unresolved(query, sector, day, answer, status, candidates, ambiguous(query, candidates, facts));
            }
            case "UNKNOWN_POSTCODE" -> {
                return unresolved(query, sector, day, answer, status, candidates,
                        OutOfAreaSentences.unknownPostcode(query, facts, geography));
            }
            case "RETIRED_POSTCODE" -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> detail = (Map<String, Object>) facts.get("detail");
                return unresolved(query, sector, day, answer, status, candidates, query.text()
                        + " was a postcode until " + PlainWords.date(detail.get("retiredOn")) + "; it has been retired."
                        + (candidates.isEmpty() ? "" : " It was in " + candidates.getFirst().name() + ": ask for "
                                + candidates.getFirst().name() + ", or your current postcode."));
            }
            default -> {
                // FOUND or NOT_COVERED: the place is known.
            }
        }
        String name = placeName(query, facts);
        ResolvedPlace resolved = new ResolvedPlace(answer.kind(), answer.matched(), name,
                query.form() == PlaceQuery.Form.POSTCODE ? query.text() : null, answer.district(), answer.authority(),
                answer.localPartnerships(), explanation(query, answer.kind(), facts, day));
        if ("NOT_COVERED".equals(status)) {
            return new RepresentativeLookup(query.text(), sector, day, status, OutOfAreaSentences.notCovered(name, facts), resolved,
                    answer.coverage(), answer.dataAsAt(), List.of(), candidates, List.of(), List.of());
        }
        boolean seatsKnown = !"STRUCTURE".equals(facts.get("coverage"));
        List<RepresentativeSeat> seats = answer.seats();
        List<LevelRepresentation> levels = new ArrayList<>();
        for (LevelRepresentation.Found level : answer.levels()) {
            levels.add(LevelVoice.of(level, seats.stream().filter(s -> level.level().equals(s.level())).toList(),
                    seatsKnown, name, sector));
        }
        String message = seatsKnown ? found(name, sector, day, seats)
                : "trustmap holds " + facts.get("authority") + "'s partnerships but not who sits on them, so it cannot say "
                        + "who speaks for the " + PlainWords.of(sector) + " sector for " + name
                        + ". Its council for voluntary service can tell you who represents you.";
        return new RepresentativeLookup(query.text(), sector, day, status, message, resolved, answer.coverage(),
                answer.dataAsAt(), levels, candidates, seats, answer.councilsForVoluntaryService());
    }

    /** An answer that names no place: the candidates to choose from, or the sentence why not. */
    private static RepresentativeLookup unresolved(PlaceQuery query, String sector, LocalDate day,
            FindRepresentativesController.Answer answer, String status, List<PlaceCandidate> candidates,
            String message) {
        return new RepresentativeLookup(query.text(), sector, day, status, message, null, answer.coverage(),
                answer.dataAsAt(), List.of(), candidates, List.of(), List.of());
    }

    private static String placeName(PlaceQuery query, Map<String, Object> facts) {
        return switch (query.form()) {
            case POSTCODE, OUTWARD_CODE, POSTCODE_SECTOR -> query.text();
            default -> facts.get("name") != null ? (String) facts.get("name") : query.text();
        };
    }

    private static PlaceCandidate candidate(Candidate raw) {
        String type = raw.type();
        String what = switch (type == null ? "" : type) {
            case "School" -> "school";
            case "District" -> "district";
            case "Authority" -> "authority";
            case "SchoolCluster" -> "school cluster";
            default -> PlainWords.of(raw.subKind());
        };
        boolean sameName = raw.name() != null && raw.name().equals(raw.authority());
        String where = raw.district() != null ? " in " + raw.district()
                : raw.authority() != null && !sameName ? " in " + raw.authority() : "";
        return new PlaceCandidate(raw.id(), raw.name(), raw.kind(), capitalise(what + where));
    }

    @SuppressWarnings("unchecked")
    private static String ambiguous(PlaceQuery query, List<PlaceCandidate> candidates, Map<String, Object> facts) {
        Map<String, Object> detail = (Map<String, Object>) facts.get("detail");
        if (query.form() == PlaceQuery.Form.OUTWARD_CODE || query.form() == PlaceQuery.Form.POSTCODE_SECTOR) {
            List<Map<String, Object>> counts = (List<Map<String, Object>>) detail.get("postcodes");
            return "The postcodes of " + query.text() + " are in " + PlainWords.plural(counts.size(), "district", "districts")
                    + ": " + PlainWords.list(counts.stream().map(c -> c.get("name") + " (" + c.get("postcodes") + ")").toList())
                    + ". Choose one, or give your full postcode.";
        }
        if (detail != null && detail.get("townIn") instanceof List<?> townIn && !townIn.isEmpty() && candidates.stream()
                .allMatch(c -> "DISTRICT".equals(c.kind()))) {
            return query.text() + " is a postal town whose " + detail.get("townSchools") + " schools are in "
                    + townIn.size() + " districts: " + schoolsPerDistrict((List<Map<String, Object>>) townIn)
                    + ". Choose one, or give your postcode.";
        }
        // The candidates are listed beside the message: one short sentence, not the list again.
        return "‘" + query.text() + "’ could mean " + PlainWords.plural(candidates.size(), "place", "places")
                + ". Choose one.";
    }

    private static String notFound(PlaceQuery query, List<PlaceCandidate> suggestions) {
        String message = "Nothing called ‘" + query.text() + "’ is in trustmap's data.";
        return suggestions.isEmpty() ? message + " Try a full postcode, a town, a school or an organisation."
                : message + " Did you mean " + PlainWords.list(suggestions.stream().map(PlaceCandidate::name).toList()) + "?";
    }

    private static String schoolsPerDistrict(List<Map<String, Object>> townIn) {
        return PlainWords.list(townIn.stream().map(t -> t.get("schools") + " in " + t.get("name")
                + (t.get("authority") == null || t.get("authority").equals(t.get("name")) ? "" : " (" + t.get("authority") + ")"))
                .toList());
    }

    @SuppressWarnings("unchecked")
    private static String explanation(PlaceQuery query, String kind, Map<String, Object> facts, LocalDate day) {
        String district = (String) facts.get("district");
        List<String> lcps = (List<String>) facts.get("lcps");
        List<String> clusters = (List<String>) facts.get("clusters");
        Map<String, Object> detail = (Map<String, Object>) facts.get("detail");
        boolean structure = "STRUCTURE".equals(facts.get("coverage"));
        boolean none = "NONE".equals(facts.get("coverage"));
        Object authorityLcps = facts.get("authorityLcps");
        String lcpText = none ? "trustmap does not hold " + facts.get("authority") + "'s partnerships"
                : structure && lcps.isEmpty() ? "trustmap holds " + facts.get("authority") + "'s "
                        + PlainWords.plural(authorityLcps == null ? 0 : ((Number) authorityLcps).intValue(),
                                "Local Children's Partnership", "Local Children's Partnerships")
                        + " but not which covers it"
                : lcps.isEmpty() ? "no Local Children's Partnership covers it on " + PlainWords.date(day)
                : PlainWords.list(lcps) + (lcps.size() == 1 ? " covers it" : " cover it") + " on " + PlainWords.date(day);
        String county = facts.get("county") == null ? "" : ", a district of " + facts.get("county");
        return switch (kind) {
            case "POSTCODE" -> {
                String where = query.text() + " is a postcode in " + district + county + " (Ordnance Survey Code-Point Open)";
                int covering = ((Number) facts.get("coveringCount")).intValue();
                if (covering > 1 && facts.get("nearest") != null) {
                    yield where + ". " + district + " had " + covering + " Local Children's Partnerships on " + PlainWords.date(day)
                            + "; the nearest school, " + facts.get("nearest") + " (" + facts.get("distance") + " m away), is in "
                            + PlainWords.list(clusters) + ", so " + lcpText + ".";
                }
                yield where + "; " + lcpText + ".";
            }
            case "OUTWARD_CODE", "POSTCODE_SECTOR" -> {
                List<Map<String, Object>> counts = (List<Map<String, Object>>) detail.get("postcodes");
                yield "All " + counts.getFirst().get("postcodes") + " known postcodes of " + query.text() + " are in "
                        + district + county + " (Ordnance Survey Code-Point Open); " + lcpText + ".";
            }
            case "TOWN" -> {
                List<Map<String, Object>> townIn = (List<Map<String, Object>>) detail.get("townIn");
                int schools = ((Number) detail.get("townSchools")).intValue();
                String where = townIn.size() <= 1
                        ? "the postal town of " + PlainWords.plural(schools, "school", "schools") + " in " + district + county
                                + " (DfE school addresses)"
                        : "the postal town of " + PlainWords.plural(schools, "school", "schools") + " (DfE school addresses), "
                                + townIn.getFirst().get("schools") + " of them in " + district + county + "; the others: "
                                + PlainWords.list(townIn.subList(1, townIn.size()).stream().map(t -> t.get("schools") + " in "
                                        + t.get("name") + (t.get("authority") == null || t.get("authority").equals(t.get("name"))
                                                ? "" : " (" + t.get("authority") + ")")).toList());
                yield query.text() + ", " + district + ": " + where
                        + (clusters.isEmpty() ? "; " : "; their clusters place it: ") + lcpText + ".";
            }
            case "SCHOOL" -> facts.get("name") + " is a school in " + district
                    + (clusters.isEmpty() ? "" : ", in " + PlainWords.list(clusters)) + "; " + lcpText + ".";
            case "DISTRICT" -> facts.get("name") + " is " + districtWords(facts) + "; " + lcpText + ".";
            case "AUTHORITY" -> facts.get("name") + " is an authority: its county-wide seats are shown.";
            case "SCHOOL_CLUSTER" -> facts.get("name") + " is a school cluster in " + district + "; " + lcpText + ".";
            case "PARTNERSHIP" -> facts.get("name") + " is a " + PlainWords.of((String) facts.get("subKind"))
                    + (district == null ? " of " + facts.get("authority") : " in " + district) + ".";
            default -> facts.get("name") + " is " + (district == null ? "an organisation of " + facts.get("authority")
                    : "an organisation based in " + district) + "; " + lcpText + ".";
        };
    }

    private static String districtWords(Map<String, Object> facts) {
        return switch (String.valueOf(facts.get("districtKind"))) {
            case "UNITARY" -> "a unitary authority";
            case "METROPOLITAN_DISTRICT" -> "a metropolitan borough";
            case "LONDON_BOROUGH" -> "a London borough";
            default -> "a district of " + facts.get("authority");
        };
    }

    private static String found(Object name, String sector, LocalDate day, List<RepresentativeSeat> seats) {
        String speak = " for the " + PlainWords.of(sector) + " sector for " + name + " on " + PlainWords.date(day);
        if (seats.isEmpty()) {
            return "No seat speaks" + speak + ".";
        }
        int vacant = (int) seats.stream().filter(RepresentativeSeat::vacant).count();
        int held = seats.size() - vacant;
        int people = (int) seats.stream().map(RepresentativeSeat::holder).filter(java.util.Objects::nonNull).distinct().count();
        List<String> parts = new ArrayList<>();
        if (held > 0 && (vacant > 0 || people < held)) {
            // One person on two boards holds two seats: say so, so that "6 seats" is not read as six people.
            parts.add(held + " held" + (people < held ? " by " + PlainWords.plural(people, "person", "people")
                    + " (one person can sit on more than one board)" : ""));
        }
        if (vacant > 0) {
            parts.add(vacant + " vacant");
        }
        return PlainWords.plural(seats.size(), "seat speaks", "seats speak") + speak
                + (parts.isEmpty() ? "" : ": " + String.join(", ", parts)) + ".";
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
