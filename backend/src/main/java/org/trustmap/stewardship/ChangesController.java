package org.trustmap.stewardship;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.trustmap.api.GraphReads;
import org.trustmap.api.InvalidArgumentException;
import org.trustmap.api.NotFoundException;
import org.trustmap.api.Projection;

/** {@code changes}: what changed on an area's seats between two days ({@link SeatChanges}). */
@Controller
class ChangesController {

    private final GraphReads reads;

    ChangesController(GraphReads reads) {
        this.reads = reads;
    }

    /** The GraphQL type {@code ChangeList}. */
    record ChangeList(String area, String areaName, LocalDate from, LocalDate to, long total, List<Change> items,
            String nextCursor) {
    }

    /** The GraphQL type {@code Change}; its post and membership are the Projection's answers to the selection. */
    record Change(String kind, LocalDate on, String dateAsRecorded, ZonedDateTime recordedAt, Object post,
            Object membership) {
    }

    /** The query's one row. */
    record Found(String area, String areaName, long total, List<Change> items) {
    }

    @QueryMapping
    ChangeList changes(@Argument String area, @Argument LocalDate from, @Argument LocalDate to,
            @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        int size = first == null ? 100 : first;
        if (size < 1 || size > 500) {
            throw new InvalidArgumentException("first", "must be between 1 and 500, not " + size);
        }
        checkPeriod(from, to);
        int offset = offset(after);
        Projection p = new Projection();
        String change = "change {.kind, .on, dateAsRecorded: toString(change.dateAsRecorded), .recordedAt, post: " + p.of("post", "Post",
                Projection.selection(env, "items/post")) + ", membership: " + p.of("membership", "Membership",
                Projection.selection(env, "items/membership")) + "}";
        Map<String, Object> parameters = SeatChanges.parameters(area, from, to, offset, size);
        parameters.putAll(p.parameters());
        Found row = reads.row(env, SeatChanges.query(change), parameters, Found.class);
        if (row == null) {
            throw new NotFoundException("No authority, district or partnership has the id " + area, List.of());
        }
        return new ChangeList(row.area(), row.areaName(), from, to, row.total(), row.items(),
                offset + size < row.total() ? cursor(offset + size) : null);
    }

    static void checkPeriod(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidArgumentException("to", "is before from (" + from + ")");
        }
        if (to.isAfter(from.plusYears(SeatChanges.MAX_YEARS))) {
            throw new InvalidArgumentException("to", "is more than " + SeatChanges.MAX_YEARS + " years after from ("
                    + from + "): ask for a shorter period");
        }
    }

    static String cursor(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    static int offset(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int offset = Integer.parseInt(text.substring("offset:".length()));
            if (!text.startsWith("offset:") || offset < 0) {
                throw new IllegalArgumentException();
            }
            return offset;
        }
        catch (IllegalArgumentException | StringIndexOutOfBoundsException ex) {
            throw new InvalidArgumentException("after", "is not a cursor this API gave (use a page's nextCursor)");
        }
    }
}
