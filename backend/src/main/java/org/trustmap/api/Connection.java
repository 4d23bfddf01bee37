package org.trustmap.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A page of a list after the Relay connection specification. Cursors are opaque to clients; they
 * hold the item's position in the list.
 */
public record Connection(List<Edge> edges, PageInfo pageInfo, int totalCount) {

    public static final int MAX_PAGE = 100;

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
            String text = new String(Base64.getDecoder().decode(after), StandardCharsets.UTF_8);
            if (text.startsWith("position:")) {
                return Integer.parseInt(text.substring("position:".length())) + 1;
            }
        }
        catch (IllegalArgumentException ignored) {
            // reported below
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

    private static String cursor(int position) {
        return Base64.getEncoder().encodeToString(("position:" + position).getBytes(StandardCharsets.UTF_8));
    }
}
