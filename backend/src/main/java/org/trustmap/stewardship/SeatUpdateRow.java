package org.trustmap.stewardship;

import java.util.List;

/** The GraphQL type {@code SeatUpdateRow}: one row of a spreadsheet of holdings and what it does. */
record SeatUpdateRow(int line, String membership, String summary, List<String> reasons) {

    static SeatUpdateRow refused(int line, String membership, List<String> reasons) {
        return new SeatUpdateRow(line, membership, "refused", List.copyOf(reasons));
    }
}
