package org.trustmap.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/** Today in England, the day questions are answered for when no asOf is given. */
@Component
public class Today {

    /** Where trustmap's days begin and end: in England, not in the database's own time zone (UTC by default). */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    /**
     * The same day in Cypher. Neo4j's {@code date()} is the day in UTC, which in British Summer Time is the day
     * before from midnight to one in the morning.
     */
    public static final String CYPHER = "date({timezone: '" + ZONE.getId() + "'})";

    private final Clock clock = Clock.system(ZONE);

    public LocalDate date() {
        return LocalDate.now(clock);
    }
}
