package org.trustmap.stewardship;

import java.util.ArrayList;
import java.util.List;

import org.trustmap.editing.FieldProblem;

/** The GraphQL type {@code SeatUpdatePayload}: what a spreadsheet of holdings changes, or would. */
record SeatUpdatePayload(boolean applied, List<SeatUpdateRow> added, List<SeatUpdateRow> ended,
        List<SeatUpdateRow> changed, int unchanged, List<SeatUpdateRow> refused, List<FieldProblem> problems) {

    static SeatUpdatePayload problem(String field, String message) {
        return new SeatUpdatePayload(false, List.of(), List.of(), List.of(), 0, List.of(),
                List.of(new FieldProblem(field, message)));
    }

    /** What the rows found, collected as they are written. */
    static final class Outcome {
        final List<SeatUpdateRow> added = new ArrayList<>();
        final List<SeatUpdateRow> ended = new ArrayList<>();
        final List<SeatUpdateRow> changed = new ArrayList<>();
        final List<SeatUpdateRow> refused = new ArrayList<>();
        int unchanged;

        SeatUpdatePayload payload(boolean applied) {
            return new SeatUpdatePayload(applied, List.copyOf(added), List.copyOf(ended), List.copyOf(changed),
                    unchanged, List.copyOf(refused), List.of());
        }
    }
}
