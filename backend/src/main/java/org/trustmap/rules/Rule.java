package org.trustmap.rules;

/** The rules over time that every import, every change and the data-problems report check. */
public enum Rule {

    SEAT_HOLDERS("A seat never has more holders on any day than it has places (maxHolders, one unless the seat is "
            + "shared), and nobody holds the same seat twice at once."),
    MEMBERSHIP_WITHIN_SEAT("A membership lies within the life of its seat and of the partnership or body the seat is on."),
    MEMBERSHIP_WITHIN_BODY("A membership on behalf of a body or school lies within that organisation's life."),
    SEAT_WITHIN_PARTNERSHIP("A seat lies within the life of the partnership or body it is on."),
    RELATION_WITHIN_ENDS("A cluster membership, duty to co-operate or area covered lies within the lives of both its ends."),
    SUCCESSOR_TAKES_OVER("A body or partnership ends before its successor takes over on its own start date.");

    private final String description;

    Rule(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
