package org.trustmap.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/** Today in England, the day questions are answered for when no asOf is given. */
@Component
public class Today {

    private final Clock clock = Clock.system(ZoneId.of("Europe/London"));

    public LocalDate date() {
        return LocalDate.now(clock);
    }
}
