package org.trustmap.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

import org.trustmap.network.MembershipRole;

/**
 * The people who represent one body (or the voluntary sector) at one level over the years: a run of
 * holders one after another, each serving several terms of one to three years, every term a
 * membership. One line of holders can fill several seats at once (the police officer who sits on
 * every LCP of a district and its steering group), as in the bundled Hampshire data.
 */
final class Holders {

    /** A person's time in the seats: terms one after another, each [from, to] in months. */
    private static final class Run {
        final int from;
        final int to;
        final List<int[]> terms = new ArrayList<>();
        final String onBehalfOf;
        String person;

        Run(int from, int to, String onBehalfOf) {
            this.from = from;
            this.to = to;
            this.onBehalfOf = onBehalfOf;
        }
    }

    private final List<Run> runs = new ArrayList<>();
    private final People people;
    private final boolean consent;

    /**
     * @param from       first month of the first run
     * @param breaks     months no run spans, such as an NHS reorganisation: a new holder starts there
     * @param onBehalfOf the body a holder starting in a month acts for (null: none)
     * @param consent    the holders agreed to their contact details being shown (VCS seats and chairs)
     */
    Holders(Random random, People people, int from, int[] breaks, IntFunction<String> onBehalfOf, boolean consent) {
        this.people = people;
        this.consent = consent;
        int start = from;
        while (start <= Period.NOW) {
            int end = Math.min(Period.NOW, start + 72 + random.nextInt(79) - 1);
            for (int b : breaks) {
                if (b > start && b <= end) {
                    end = b - 1;
                }
            }
            Run run = new Run(start, end, onBehalfOf.apply(start));
            for (int t = start; t <= end; ) {
                int termEnd = Math.min(end, t + 12 + random.nextInt(25) - 1);
                run.terms.add(new int[] { t, termEnd });
                t = termEnd + 1;
            }
            runs.add(run);
            start = end + 1;
        }
    }

    static Holders simple(Random random, People people, int from, String onBehalfOf, boolean consent) {
        return new Holders(random, people, from, new int[0], m -> onBehalfOf, consent);
    }

    /**
     * Fills a seat from its first to its last month, or until it fell vacant: a membership for every term
     * of every run within that time.
     *
     * @param vacantFrom the month from which nobody holds the seat, or a month after {@link Period#NOW}
     */
    void fill(NetworkDraft draft, String post, MembershipRole role, int seatFrom, int seatTo, int vacantFrom) {
        int last = Math.min(seatTo, vacantFrom - 1);
        for (Run run : runs) {
            if (run.to < seatFrom || run.from > last) {
                continue;
            }
            for (int[] term : run.terms) {
                int from = Math.max(term[0], seatFrom);
                int to = Math.min(term[1], last);
                if (from > to) {
                    continue;
                }
                if (run.person == null) {
                    run.person = people.create(consent);
                }
                draft.member(run.person, post, role, run.onBehalfOf, Period.months(from, to));
            }
        }
    }

    /** The same seat filled from a post's whole life. */
    void fill(NetworkDraft draft, String post, MembershipRole role, Period seat) {
        fill(draft, post, role, seat.firstMonth(Period.month(2005, 1)), seat.lastMonth(), Integer.MAX_VALUE);
    }
}
