package org.trustmap.representation;

import java.time.LocalDate;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.trustmap.api.GraphReads;
import org.trustmap.api.Projection;
import org.trustmap.api.Today;

/** "Who speaks for the voluntary sector where I am, and how do I reach them?" in one query. */
@Controller
class FindRepresentativesController {

    private final GraphReads reads;
    private final Today today;

    FindRepresentativesController(GraphReads reads, Today today) {
        this.reads = reads;
        this.today = today;
    }

    @QueryMapping
    Map<String, Object> findRepresentatives(@Argument String place, @Argument String sector, @Argument LocalDate asOf,
            DataFetchingEnvironment env) {
        PlaceQuery query = PlaceQuery.parse(place);
        LocalDate day = asOf == null ? today.date() : asOf;
        Projection p = new Projection();
        String dayParameter = p.parameter(day);
        String sectorParameter = p.parameter(sector);
        String cypher = PlaceResolution.cypher(query, p)
                + PlaceArea.cypher(dayParameter)
                + Levels.cypher(dayParameter)
                + """
                RETURN {status: status, kind: kind, candidates: candidates, suggestions: suggestions,
                        facts: {name: node.name, type: head([l IN labels(node) WHERE l <> 'Entity']), subKind: node.kind,
                                district: d.name, authority: a.name, lcps: [l IN lcps | l.name], coveringCount: coveringCount,
                                schools: size(schools), nearest: head(placing).name, distance: distance,
                                clusters: [c IN clusters | c.name]},
                        matched: %s, district: %s, authority: %s, localPartnerships: %s,
                        seats: CASE WHEN levels IS NULL THEN [] ELSE %s END,
                        councilsForVoluntaryService: %s} AS answer
                """.formatted(
                        projected(p, env, "node", "Node", "resolvedAs/matched"),
                        projected(p, env, "d", "District", "resolvedAs/district"),
                        projected(p, env, "a", "Authority", "resolvedAs/authority"),
                        listOf(p, env, "lcps", "Partnership", "resolvedAs/localPartnerships"),
                        new Seats(p, env, "seats").collect("levels", dayParameter, sectorParameter),
                        councils(p, env));
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) reads.one(env, cypher, p.parameters());
        return LookupAnswer.from(query, sector, day, answer);
    }

    private static String projected(Projection p, DataFetchingEnvironment env, String variable, String type, String path) {
        DataFetchingFieldSelectionSet selection = Seats.selection(env, path);
        return selection == null ? "null" : "CASE WHEN " + variable + " IS NULL THEN null ELSE " + p.of(variable, type, selection)
                + " END";
    }

    private static String listOf(Projection p, DataFetchingEnvironment env, String list, String type, String path) {
        DataFetchingFieldSelectionSet selection = Seats.selection(env, path);
        return selection == null ? "[]" : "COLLECT { UNWIND " + list + " AS item RETURN " + p.of("item", type, selection) + " }";
    }

    private static String councils(Projection p, DataFetchingEnvironment env) {
        DataFetchingFieldSelectionSet selection = Seats.selection(env, "councilsForVoluntaryService");
        if (selection == null) {
            return "[]";
        }
        // From the authority's few councils, not from every body based in the district (hundreds).
        return "COLLECT { MATCH (cvs:Body {kind: 'COUNCIL_FOR_VOLUNTARY_SERVICE', dataset: a.id})-[:BASED_IN]->(d) "
                + "USING INDEX cvs:Body(dataset, kind) RETURN "
                + p.of("cvs", "Body", selection) + " ORDER BY cvs.name }";
    }
}
