package org.trustmap.api;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.query.ScrollPositionCursorStrategy;

/**
 * A page of a list after the Relay connection specification. Cursors are opaque to clients; they
 * hold the item's position in the list, written and read by Spring for GraphQL's cursor strategy (base64
 * of its offset scroll position), so a forged one is refused before any query runs.
 */
public record Connection(List<Edge> edges, PageInfo pageInfo, int totalCount) {

    public static final int MAX_PAGE = 100;

    private static final CursorStrategy<ScrollPosition> CURSORS =
            CursorStrategy.withEncoder(new ScrollPositionCursorStrategy(), CursorEncoder.base64());

    public record Edge(Object node, String cursor) {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    public static Connection of(List<Object> nodes, int offset, int totalCount) {
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            edges.add(new Edge(nodes.get(i), cursor(offset + i)));
        }
        return new Connection(edges, new PageInfo(offset + nodes.size() < totalCount, offset > 0,
                edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor()),
                totalCount);
    }

    /** Where a page starts: just after the cursor given, or at the top. */
    public static int offsetAfter(String after) {
        if (after == null) {
            return 0;
        }
        try {
            // The strategy reads a negative offset as zero, the top of the list; no cursor given out says either.
            if (CURSORS.fromCursor(after) instanceof OffsetScrollPosition position && !position.isInitial()
                    && position.getOffset() >= 1 && position.getOffset() <= Integer.MAX_VALUE) {
                return (int) position.getOffset();
            }
        }
        catch (RuntimeException notACursor) {
            // reported below: the strategy throws IllegalArgumentException or IllegalStateException, by step
        }
        throw new InvalidArgumentException("after", "'" + after + "' is not a cursor from this list");
    }

    public static int pageSize(Integer first) {
        if (first == null) {
            return 20;
        }
        if (first < 0 || first > MAX_PAGE) {
            throw new InvalidArgumentException("first", "must be between 0 and " + MAX_PAGE + ", not " + first);
        }
        return first;
    }

    /** As Spring Data counts: the scroll position after an item is how many items it skips, its own included. */
    private static String cursor(int position) {
        return CURSORS.toCursor(ScrollPosition.offset(position + 1L));
    }
}
