package org.trustmap.representation;

import java.util.List;
import java.util.Map;

import org.trustmap.network.PlainWords;

/**
 * Whether an area has a voice at one level, and the sentence that says so: shared by the lookup (every
 * level of the answer, a gap said in words) and the coverage table. Where trustmap holds an authority's
 * partnerships but not its seats, every level is UNKNOWN: unknown is never reported as absent.
 */
final class LevelVoice {

    private static final Map<String, String> LEVEL_WORDS = Map.of("SUB_GROUP", "sub-group",
            "LOCAL_CHILDRENS_PARTNERSHIP", "Local Children's Partnership", "STEERING_GROUP", "steering group",
            "BUSINESS_GROUP", "Business Group", "SAFEGUARDING", "safeguarding board or partnership", "TRUST_BOARD",
            "Children's Trust Board");

    private LevelVoice() {
    }

    /**
     * @param level      the level as read: level, count (of partnerships), names, partnerships (projected)
     * @param seats      the area's seats at this level
     * @param seatsKnown whether trustmap holds who sits on the authority's partnerships
     * @param area       the area's name, for the sentence
     * @param sector     the sector asked about
     */
    static LevelRepresentation of(LevelRepresentation.Found level, List<RepresentativeSeat> seats, boolean seatsKnown,
            String area, String sector) {
        String name = level.level();
        int count = (int) level.count();
        List<String> names = level.names() == null ? List.of() : level.names();
        String words = LEVEL_WORDS.getOrDefault(name, PlainWords.of(name));
        String seat = sectorSeat(sector);
        String status;
        String message;
        if (!seatsKnown) {
            status = "UNKNOWN";
            message = count == 0 ? "trustmap does not know which " + words + " speaks for " + area + "."
                    : "trustmap holds " + PlainWords.list(names) + " but not who sits on " + (count == 1 ? "it" : "them")
                            + ".";
        }
        else if (count == 0) {
            status = "NOT_APPLICABLE";
            message = "No " + words + " is at this level for " + area + ".";
        }
        else if (seats.isEmpty()) {
            status = "NO_SEAT";
            message = PlainWords.list(names) + (count == 1 ? " has" : " have") + " no " + seat + ".";
        }
        else if (seats.stream().anyMatch(s -> !s.vacant())) {
            status = "HELD";
            List<String> holders = seats.stream().filter(s -> !s.vacant())
                    .map(RepresentativeSeat::holderName).filter(java.util.Objects::nonNull).distinct().toList();
            long vacant = seats.stream().filter(RepresentativeSeat::vacant).count();
            message = "The " + seat + " on " + PlainWords.list(names) + " is held"
                    + (holders.isEmpty() ? "" : " by " + PlainWords.list(holders))
                    + (vacant == 0 ? "" : "; " + PlainWords.plural((int) vacant, "other is", "others are") + " vacant")
                    + ".";
        }
        else {
            status = "VACANT";
            String since = seats.stream().map(RepresentativeSeat::vacantSince).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null);
            message = "The " + seat + " on " + PlainWords.list(names) + " is vacant"
                    + (since == null ? "" : " since " + PlainWords.date(since)) + ".";
        }
        return new LevelRepresentation(name, status, message, level.partnerships(), seats);
    }

    /** "voluntary-sector seat", "statutory-sector seat"... */
    static String sectorSeat(String sector) {
        return "VOLUNTARY_AND_COMMUNITY".equals(sector) ? "voluntary-sector seat"
                : PlainWords.of(sector).toLowerCase(java.util.Locale.ROOT) + "-sector seat";
    }
}
