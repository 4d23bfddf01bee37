package org.trustmap.representation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.trustmap.geography.NationalGeography;
import org.trustmap.geography.PostcodeAreas;
import org.trustmap.network.PlainWords;

/**
 * The sentences of an answer about a place trustmap does not hold: a postcode it has no record of (and which
 * areas it does hold postcodes for), a place in England whose authority's network it does not hold, and the
 * networks it does hold.
 */
final class OutOfAreaSentences {

    private OutOfAreaSentences() {
    }

    @SuppressWarnings("unchecked")
    static String unknownPostcode(PlaceQuery query, Map<String, Object> facts, NationalGeography geography) {
        if (query.form() == PlaceQuery.Form.NOT_A_POSTCODE) {
            return query.text() + " is not a UK postcode: " + query.problem() + ". Check it, or type a town, a school or "
                    + "an organisation.";
        }
        String area = PostcodeAreas.areaOf(query.outwardCode());
        Optional<String> country = PostcodeAreas.countryOutsideEngland(area);
        if (country.isPresent()) {
            return query.text() + " is a postcode in " + country.get() + ". Children's Trusts are English and trustmap "
                    + "holds English authorities only. A council for voluntary service there can tell you who "
                    + "represents you.";
        }
        Map<String, Object> detail = (Map<String, Object>) facts.get("detail");
        Map<String, Object> held = detail == null ? null : (Map<String, Object>) detail.get("held");
        List<String> areas = held == null ? List.of() : (List<String>) held.get("areas");
        String holds = areas.isEmpty() ? "trustmap holds no postcodes yet"
                : areas.size() >= geography.authorityCount() ? "trustmap holds postcodes for all of England"
                        + (held.get("release") == null ? "" : " (Code-Point Open " + held.get("release") + ")")
                        : "trustmap holds postcodes for " + PlainWords.list(areas) + " only";
        String what = query.form() == PlaceQuery.Form.POSTCODE ? query.text() + " looks like a valid postcode, but "
                : "No postcode starting " + query.text() + " is known: ";
        return what + holds + (query.form() == PlaceQuery.Form.POSTCODE ? ", and it is not among them." : ".")
                + " Try the name of your town, district or council instead.";
    }

    @SuppressWarnings("unchecked")
    static String notCovered(String name, Map<String, Object> facts) {
        String authority = (String) facts.get("authority");
        String what = switch (String.valueOf(facts.get("authorityKind"))) {
            case "COUNTY" -> "a county council area";
            case "METROPOLITAN_DISTRICT" -> "a metropolitan borough";
            case "LONDON_BOROUGH" -> "a London borough";
            default -> "a unitary authority";
        };
        String district = (String) facts.get("district");
        String place;
        if (authority.equals(name) || authority.equals(district) && "DISTRICT".equals(facts.get("type"))) {
            place = authority + " is " + what + " with its own Children's Trust";
        }
        else if (name.equals(district)) {
            place = name + " is a district of " + authority + ", " + what + " with its own Children's Trust";
        }
        else if (district != null && !district.equals(authority)) {
            place = name + " is in " + district + ", a district of " + authority + ", " + what + " with its own "
                    + "Children's Trust";
        }
        else {
            place = name + " is in " + authority + ", " + what + " with its own Children's Trust";
        }
        Map<String, Object> detail = (Map<String, Object>) facts.get("detail");
        String town = "";
        if (facts.get("type") == null && detail != null && detail.get("townIn") instanceof List<?> townIn
                && townIn.size() > 1) {
            List<Map<String, Object>> others = ((List<Map<String, Object>>) townIn).subList(1, townIn.size());
            town = " (" + ((Map<String, Object>) townIn.getFirst()).get("schools") + " of its " + detail.get("townSchools")
                    + " schools are there; " + others.stream().map(o -> o.get("schools") + " in " + o.get("name")
                            + (o.get("authority") == null || o.get("authority").equals(o.get("name")) ? ""
                                    : " (" + o.get("authority") + ")")).reduce((a, b) -> a + ", " + b).orElse("")
                    + ")";
        }
        return place + town + "; trustmap does not hold its network yet. Its council for voluntary service can tell you "
                + "who represents you. " + covered(facts);
    }

    @SuppressWarnings("unchecked")
    static String covered(Map<String, Object> facts) {
        List<String> covered = facts.get("covered") == null ? List.of() : (List<String>) facts.get("covered");
        return covered.isEmpty() ? "trustmap holds no authority's network yet."
                : "trustmap holds the networks of " + PlainWords.list(covered) + ".";
    }
}
