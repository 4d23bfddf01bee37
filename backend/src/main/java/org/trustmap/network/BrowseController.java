package org.trustmap.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.trustmap.api.Connection;
import org.trustmap.api.GraphReads;
import org.trustmap.api.Projection;
import org.trustmap.api.Validity;

/**
 * Lists of every kind, a page at a time, filtered and sorted: one query per list, counting and
 * fetching the page together.
 */
@Controller
class BrowseController {

    private final GraphReads reads;

    BrowseController(GraphReads reads) {
        this.reads = reads;
    }

    @QueryMapping
    Connection bodies(@Argument Integer first, @Argument String after, @Argument Map<String, Object> filter,
            @Argument Map<String, Object> orderBy, DataFetchingEnvironment env) {
        Projection p = new Projection();
        Filters f = new Filters(p, filter);
        String match = f.anchor("MATCH (x:Body) WHERE x.name IS NOT NULL",
                on("district", v -> "MATCH (:Entity {id: " + v + "})<-[:BASED_IN]-(x:Body)"),
                // A filter on labels(x), not a label predicate: with England's geography in the graph the planner
                // otherwise joins the authority's index seek with a scan of every Body.
                on("authority", v -> "MATCH (x:Entity {dataset: " + v + "}) USING INDEX x:Entity(dataset) "
                        + "WHERE 'Body' IN labels(x)"));
        f.add("NOT x:School");
        f.when("kinds", v -> "x.kind IN " + v);
        f.when("sectors", v -> "x.sector IN " + v);
        f.activeOn("x");
        f.nameContains("x.name");
        return page(env, p, match + f.where(match), "Body", first, after, orderBy);
    }

    @QueryMapping
    Connection partnerships(@Argument Integer first, @Argument String after, @Argument Map<String, Object> filter,
            @Argument Map<String, Object> orderBy, DataFetchingEnvironment env) {
        Projection p = new Projection();
        Filters f = new Filters(p, filter);
        String match = f.anchor("MATCH (x:Partnership) WHERE x.name IS NOT NULL",
                on("district", v -> "MATCH (:Entity {id: " + v + "})<-[:COVERS]-(x:Partnership)"),
                on("authority", v -> "MATCH (x:Entity {dataset: " + v + "}) USING INDEX x:Entity(dataset) WHERE x:Partnership"));
        f.when("kinds", v -> "x.kind IN " + v);
        f.activeOn("x");
        f.nameContains("x.name");
        return page(env, p, match + f.where(match), "Partnership", first, after, orderBy);
    }

    @QueryMapping
    Connection people(@Argument Integer first, @Argument String after, @Argument Map<String, Object> filter,
            @Argument Map<String, Object> orderBy, DataFetchingEnvironment env) {
        Projection p = new Projection();
        Filters f = new Filters(p, filter);
        String match = f.anchor("MATCH (x:Person) WHERE x.name IS NOT NULL",
                on("authority", v -> "MATCH (x:Entity {dataset: " + v + "}) USING INDEX x:Entity(dataset) WHERE x:Person"));
        String day = p.asOf(filter == null ? null : filter.get("activeOn"));
        String activeSeat = Validity.on("m", day);
        f.when("sector", v -> "EXISTS { (x)-[:HOLDS]->(m:Membership)-[:OF_POST]->(:Post {sector: " + v + "}) WHERE "
                + activeSeat + " }");
        if (filter != null && filter.get("activeOn") != null) {
            f.add("EXISTS { (x)-[:HOLDS]->(m:Membership) WHERE " + activeSeat + " }");
        }
        f.nameContains("x.name");
        return page(env, p, match + f.where(match), "Person", first, after, orderBy);
    }

    @QueryMapping
    Connection posts(@Argument Integer first, @Argument String after, @Argument Map<String, Object> filter,
            @Argument Map<String, Object> orderBy, DataFetchingEnvironment env) {
        Projection p = new Projection();
        Filters f = new Filters(p, filter);
        String match = f.anchor("MATCH (x:Post) WHERE x.name IS NOT NULL",
                on("partnership", v -> "MATCH (:Entity {id: " + v + "})<-[:SEAT_ON]-(x:Post)"),
                on("district", v -> "MATCH (:Entity {id: " + v + "})<-[:FOR_AREA]-(x:Post)"),
                on("authority", v -> "MATCH (x:Entity {dataset: " + v + "}) USING INDEX x:Entity(dataset) WHERE x:Post"));
        f.when("sector", v -> "x.sector = " + v);
        f.when("roles", v -> "x.role IN " + v);
        f.activeOn("x");
        if (filter != null && filter.get("vacant") instanceof Boolean vacant) {
            String day = p.asOf(filter.get("activeOn"));
            f.add((vacant ? "" : "NOT ") + "(" + Validity.on("x", day) + " AND NOT EXISTS { (m:Membership)-[:OF_POST]->(x) "
                    + "WHERE " + Validity.on("m", day) + " })");
        }
        return page(env, p, match + f.where(match), "Post", first, after, orderBy);
    }

    @QueryMapping
    Connection schools(@Argument Integer first, @Argument String after, @Argument Map<String, Object> filter,
            @Argument Map<String, Object> orderBy, DataFetchingEnvironment env) {
        Projection p = new Projection();
        Filters f = new Filters(p, filter);
        String match = f.anchor("MATCH (x:School) WHERE x.name IS NOT NULL",
                on("district", v -> "MATCH (:Entity {id: " + v + "})<-[:IN_DISTRICT]-(x:School)"),
                on("authority", v -> "MATCH (x:Entity {dataset: " + v + "}) USING INDEX x:Entity(dataset) WHERE x:School"));
        f.when("phase", v -> "x.phase = " + v);
        f.when("nameContains", v -> "(toLower(x.name) CONTAINS toLower(" + v + ") OR toString(x.urn) = " + v + ")");
        return page(env, p, match + f.where(match), "School", first, after, orderBy);
    }

    @QueryMapping
    Connection districts(@Argument Integer first, @Argument String after, @Argument Map<String, Object> filter,
            @Argument Map<String, Object> orderBy, DataFetchingEnvironment env) {
        Projection p = new Projection();
        Filters f = new Filters(p, filter);
        String match = f.anchor("MATCH (x:District)",
                on("authority", v -> "MATCH (:Entity {id: " + v + "})<-[:IN_AUTHORITY]-(x:District)"));
        f.nameContains("x.name");
        return page(env, p, match + f.where(match), "District", first, after, orderBy);
    }

    private Connection page(DataFetchingEnvironment env, Projection p, String match, String type, Integer first,
            String after, Map<String, Object> orderBy) {
        int size = Connection.pageSize(first);
        int offset = Connection.offsetAfter(after);
        String query = "CALL () { " + match + " RETURN count(x) AS total }\n"
                + "CALL () { " + match + " WITH x ORDER BY " + order(orderBy) + " SKIP " + p.parameter(offset) + " LIMIT "
                + p.parameter(size) + " RETURN collect(" + p.of("x", type, nodeSelection(env)) + ") AS nodes }\n"
                + "RETURN total, nodes";
        Map<String, Object> row = reads.rows(env, query, p.parameters()).getFirst();
        @SuppressWarnings("unchecked")
        List<Object> nodes = (List<Object>) row.get("nodes");
        return Connection.of(nodes, offset, ((Number) row.get("total")).intValue());
    }

    private static DataFetchingFieldSelectionSet nodeSelection(DataFetchingEnvironment env) {
        return Projection.selection(env, "edges/node");
    }

    private static String order(Map<String, Object> orderBy) {
        String field = orderBy == null ? "NAME" : String.valueOf(orderBy.getOrDefault("field", "NAME"));
        String direction = orderBy != null && "DESC".equals(orderBy.get("direction")) ? " DESC" : "";
        return switch (field) {
            case "VALID_FROM" -> "x.validFromDate IS NULL, x.validFromDate" + direction + ", x.name, x.id";
            case "KIND" -> "x.kind" + direction + ", x.name, x.id";
            default -> "x.name" + direction + ", x.id" + direction;
        };
    }

    /** A filter that, when set, is where a list starts: the MATCH it makes from the filter's parameter. */
    private record Anchor(String filter, java.util.function.Function<String, String> match) {
    }

    private static Anchor on(String filter, java.util.function.Function<String, String> match) {
        return new Anchor(filter, match);
    }

    /** Builds the WHERE conditions of a list from its filter argument, values as parameters. */
    private static final class Filters {

        private final Projection p;
        private final Map<String, Object> filter;
        private final List<String> conditions = new ArrayList<>();

        Filters(Projection p, Map<String, Object> filter) {
            this.p = p;
            this.filter = filter == null ? Map.of() : filter;
        }

        void when(String key, java.util.function.Function<String, String> condition) {
            Object value = filter.get(key);
            if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                conditions.add(condition.apply(p.parameter(value)));
            }
        }

        /**
         * The MATCH a list starts from: the first of the given filters that is set, as an index lookup,
         * or the fallback.
         */
        String anchor(String fallback, Anchor... anchors) {
            for (Anchor anchor : anchors) {
                Object value = filter.get(anchor.filter());
                if (value != null) {
                    return anchor.match().apply(p.parameter(value));
                }
            }
            return fallback;
        }

        void add(String condition) {
            conditions.add(condition);
        }

        void activeOn(String variable) {
            if (filter.get("activeOn") != null) {
                conditions.add(Validity.on(variable, p.parameter(filter.get("activeOn"))));
            }
        }

        void nameContains(String property) {
            when("nameContains", v -> "toLower(" + property + ") CONTAINS toLower(" + v + ")");
        }

        /** The conditions, continuing the MATCH's own WHERE if it has one. */
        String where(String match) {
            if (conditions.isEmpty()) {
                return "";
            }
            return (match.contains(" WHERE ") ? " AND " : " WHERE ") + String.join(" AND ", conditions);
        }
    }
}
