package org.trustmap.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.trustmap.api.Connection;
import org.trustmap.api.GraphReads;
import org.trustmap.api.Projection;

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
        f.when("authority", v -> "x.dataset = " + v);
        f.when("district", v -> "EXISTS { (x)-[:BASED_IN]->(:District {id: " + v + "}) }");
        f.when("kinds", v -> "x.kind IN " + v);
        f.when("sectors", v -> "x.sector IN " + v);
        f.activeOn("x");
        f.nameContains("x.name");
        return page(env, p, "MATCH (x:Body) WHERE NOT x:School" + f.and(), "Body", first, after, orderBy);
    }

    @QueryMapping
    Connection partnerships(@Argument Integer first, @Argument String after, @Argument Map<String, Object> filter,
            @Argument Map<String, Object> orderBy, DataFetchingEnvironment env) {
        Projection p = new Projection();
        Filters f = new Filters(p, filter);
        f.when("authority", v -> "x.dataset = " + v);
        f.when("district", v -> "EXISTS { (x)-[:COVERS]->(:District {id: " + v + "}) }");
        f.when("kinds", v -> "x.kind IN " + v);
        f.activeOn("x");
        f.nameContains("x.name");
        return page(env, p, "MATCH (x:Partnership)" + f.where(), "Partnership", first, after, orderBy);
    }

    @QueryMapping
    Connection people(@Argument Integer first, @Argument String after, @Argument Map<String, Object> filter,
            @Argument Map<String, Object> orderBy, DataFetchingEnvironment env) {
        Projection p = new Projection();
        Filters f = new Filters(p, filter);
        f.when("authority", v -> "x.dataset = " + v);
        String day = p.asOf(filter == null ? null : filter.get("activeOn"));
        String activeSeat = "(coalesce(m.validFromDate, date('0001-01-01')) <= " + day + " <= coalesce(m.validToDate, date('9999-12-31')))";
        f.when("sector", v -> "EXISTS { (x)-[:HOLDS]->(m:Membership)-[:OF_POST]->(:Post {sector: " + v + "}) WHERE "
                + activeSeat + " }");
        if (filter != null && filter.get("activeOn") != null) {
            f.add("EXISTS { (x)-[:HOLDS]->(m:Membership) WHERE " + activeSeat + " }");
        }
        f.nameContains("x.name");
        return page(env, p, "MATCH (x:Person)" + f.where(), "Person", first, after, orderBy);
    }

    @QueryMapping
    Connection posts(@Argument Integer first, @Argument String after, @Argument Map<String, Object> filter,
            @Argument Map<String, Object> orderBy, DataFetchingEnvironment env) {
        Projection p = new Projection();
        Filters f = new Filters(p, filter);
        f.when("authority", v -> "x.dataset = " + v);
        f.when("partnership", v -> "EXISTS { (x)-[:SEAT_ON]->(:Partnership {id: " + v + "}) }");
        f.when("district", v -> "EXISTS { (x)-[:FOR_AREA]->(:District {id: " + v + "}) }");
        f.when("sector", v -> "x.sector = " + v);
        f.when("roles", v -> "x.role IN " + v);
        f.activeOn("x");
        if (filter != null && filter.get("vacant") instanceof Boolean vacant) {
            String day = p.asOf(filter.get("activeOn"));
            f.add((vacant ? "" : "NOT ") + "(coalesce(x.validFromDate, date('0001-01-01')) <= " + day
                    + " <= coalesce(x.validToDate, date('9999-12-31')) AND NOT EXISTS { (m:Membership)-[:OF_POST]->(x) "
                    + "WHERE coalesce(m.validFromDate, date('0001-01-01')) <= " + day
                    + " <= coalesce(m.validToDate, date('9999-12-31')) })");
        }
        return page(env, p, "MATCH (x:Post)" + f.where(), "Post", first, after, orderBy);
    }

    @QueryMapping
    Connection schools(@Argument Integer first, @Argument String after, @Argument Map<String, Object> filter,
            @Argument Map<String, Object> orderBy, DataFetchingEnvironment env) {
        Projection p = new Projection();
        Filters f = new Filters(p, filter);
        f.when("authority", v -> "x.dataset = " + v);
        f.when("district", v -> "EXISTS { (x)-[:IN_DISTRICT]->(:District {id: " + v + "}) }");
        f.when("phase", v -> "x.phase = " + v);
        f.when("nameContains", v -> "(toLower(x.name) CONTAINS toLower(" + v + ") OR toString(x.urn) = " + v + ")");
        return page(env, p, "MATCH (x:School)" + f.where(), "School", first, after, orderBy);
    }

    @QueryMapping
    Connection districts(@Argument Integer first, @Argument String after, @Argument Map<String, Object> filter,
            @Argument Map<String, Object> orderBy, DataFetchingEnvironment env) {
        Projection p = new Projection();
        Filters f = new Filters(p, filter);
        f.when("authority", v -> "x.dataset = " + v);
        f.nameContains("x.name");
        return page(env, p, "MATCH (x:District)" + f.where(), "District", first, after, orderBy);
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
        List<SelectedField> nodes = env.getSelectionSet().getFields("edges/node");
        return nodes.isEmpty() ? null : nodes.getFirst().getSelectionSet();
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

        void add(String condition) {
            conditions.add(condition);
        }

        void activeOn(String variable) {
            if (filter.get("activeOn") != null) {
                String day = p.parameter(filter.get("activeOn"));
                conditions.add("coalesce(" + variable + ".validFromDate, date('0001-01-01')) <= " + day
                        + " <= coalesce(" + variable + ".validToDate, date('9999-12-31'))");
            }
        }

        void nameContains(String property) {
            when("nameContains", v -> "toLower(" + property + ") CONTAINS toLower(" + v + ")");
        }

        String where() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        String and() {
            return conditions.isEmpty() ? "" : " AND " + String.join(" AND ", conditions);
        }
    }
}
