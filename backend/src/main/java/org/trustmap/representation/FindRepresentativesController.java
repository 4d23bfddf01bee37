package org.trustmap.representation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.trustmap.api.GraphReads;
import org.trustmap.api.InvalidArgumentException;
import org.trustmap.api.Projection;
import org.trustmap.api.SelectionTexts;
import org.trustmap.api.Today;
import org.trustmap.geography.NationalGeography;

/** "Who speaks for the voluntary sector where I am, and how do I reach them?" in one query. */
@Controller
class FindRepresentativesController {

    /** One for the class: question() is static, and the fast tests build their questions through it too. */
    static final SelectionTexts TEXTS = new SelectionTexts();

    private final GraphReads reads;
    private final Today today;
    private final NationalGeography geography;

    FindRepresentativesController(GraphReads reads, Today today, NationalGeography geography) {
        this.reads = reads;
        this.today = today;
        this.geography = geography;
    }

    /**
     * The one query's answer as it reads it: what the lookup holds, and the facts its sentences are written from
     * ({@code facts}: names, kinds and counts about the place, and {@code facts.detail}, whose shape depends on the
     * form of place; they stay a map, as they never reach the schema).
     */
    record Answer(String status, String kind, List<RepresentativeLookup.Candidate> candidates,
            List<RepresentativeLookup.Candidate> suggestions, Map<String, Object> facts, String dataAsAt,
            String coverage, Object matched, Object district, Object authority, List<Object> localPartnerships,
            List<LevelRepresentation.Found> levels, List<RepresentativeSeat> seats,
            List<Object> councilsForVoluntaryService) {
    }

    @QueryMapping
    RepresentativeLookup findRepresentatives(@Argument String place, @Argument String sector, @Argument LocalDate asOf,
            DataFetchingEnvironment env) {
        PlaceQuery query = PlaceQuery.parse(place);
        LocalDate day = asOf == null ? today.date() : asOf;
        if (day.isAfter(today.date())) {
            throw new InvalidArgumentException("asOf", day + " is in the future: trustmap knows who sits where up to today ("
                    + today.date() + "), not who will");
        }
        Question question = question(query, day, sector, env);
        Answer answer = reads.list(env, question.cypher(), question.parameters(), Answer.class).getFirst();
        return LookupAnswer.from(query, sector, day, answer, geography);
    }

    /**
     * The one query that answers, as its selection asks: the same text for every place of one form. The place's
     * part depends on the form only; the rest, on the selection only, is kept per document ({@link SelectionTexts}).
     */
    record Question(String cypher, Map<String, Object> parameters) {
    }

    static Question question(PlaceQuery query, LocalDate day, String sector, DataFetchingEnvironment env) {
        Projection p = Projection.wholeObjects();
        String dayParameter = p.parameter(day);
        String sectorParameter = p.parameter(sector);
        PlaceResolution.Bound place = PlaceResolution.bind(query, p);
        String placed = PlaceResolution.cypher(query.form(), place)
                + PlaceArea.cypher(dayParameter, PlaceResolution.matchesNodes(query.form()));
        return new Question(placed + TEXTS.text(env, p, () -> text(dayParameter, sectorParameter, p, env)), p.parameters());
    }

    /** The text for this selection after the place's part; the place, day and sector are parameters bound before. */
    private static String text(String dayParameter, String sectorParameter, Projection p,
            DataFetchingEnvironment env) {
        return Levels.cypher(dayParameter)
                + """
                WITH *, CASE WHEN status = 'FOUND' AND a IS NOT NULL AND a.dataset IS NULL THEN 'NOT_COVERED'
                             ELSE status END AS answered
                RETURN {status: answered, kind: kind, candidates: candidates, suggestions: suggestions,
                        facts: {name: node.name, type: head([l IN labels(node) WHERE l <> 'Entity']), subKind: node.kind,
                                district: d.name, districtKind: d.kind, county: d.county, authority: a.name,
                                authorityKind: a.kind, coverage: CASE WHEN a IS NULL THEN null WHEN a.dataset IS NULL THEN 'NONE'
                                                                      ELSE coalesce(a.coverage, 'NETWORK') END,
                                authorityLcps: CASE WHEN a.coverage = 'STRUCTURE' THEN COUNT {
                                  MATCH (al:Partnership {dataset: a.id, kind: 'LOCAL_CHILDRENS_PARTNERSHIP'}) } END,
                                lcps: [l IN lcps | l.name], coveringCount: coveringCount,
                                schools: size(schools), nearest: head(placing).name, distance: distance,
                                clusters: [c IN clusters | c.name], detail: detail,
                                covered: CASE WHEN answered IN ['NOT_COVERED', 'UNKNOWN_POSTCODE', 'NOT_FOUND'] THEN COLLECT {
                                  MATCH (ca:Authority) WHERE ca.dataset IS NOT NULL
                                  RETURN ca.name + CASE WHEN ca.coverage = 'STRUCTURE' THEN ' (partnerships only)' ELSE '' END
                                  ORDER BY ca.name } END},
                        dataAsAt: a.dataAsAt, coverage: CASE WHEN a IS NULL THEN null WHEN a.dataset IS NULL THEN 'NONE'
                                                           ELSE coalesce(a.coverage, 'NETWORK') END,
                        matched: %s, district: %s, authority: %s, localPartnerships: %s,
                        levels: [lv IN coalesce(levels, []) | {level: lv.level, count: size(lv.partnerships),
                                 names: [x IN lv.partnerships | x.name], partnerships: %s}],
                        seats: CASE WHEN levels IS NULL THEN [] ELSE %s END,
                        councilsForVoluntaryService: %s} AS answer
                """.formatted(
                        projected(p, env, "node", "Node", "resolvedAs/matched"),
                        projected(p, env, "d", "District", "resolvedAs/district"),
                        projected(p, env, "a", "Authority", "resolvedAs/authority"),
                        listOf(p, env, "lcps", "Partnership", "resolvedAs/localPartnerships"),
                        levelPartnerships(p, env),
                        new Seats(p, env, Seats.selection(env, "seats") != null ? "seats" : "levels/seats", true)
                                .collect("levels", dayParameter, sectorParameter),
                        councils(p, env));
    }

    // The answer's objects are read whether asked for or not (with what the selection adds beneath them), so the
    // page's question, an analyst's and the benchmark's are one text, planned once (Projection.wholeObjects).

    private static String levelPartnerships(Projection p, DataFetchingEnvironment env) {
        return "[x IN lv.partnerships | " + p.of("x", "Partnership", Seats.selection(env, "levels/partnerships")) + "]";
    }

    private static String projected(Projection p, DataFetchingEnvironment env, String variable, String type, String path) {
        return "CASE WHEN " + variable + " IS NULL THEN null ELSE " + p.of(variable, type, Seats.selection(env, path)) + " END";
    }

    private static String listOf(Projection p, DataFetchingEnvironment env, String list, String type, String path) {
        return "COLLECT { UNWIND " + list + " AS item RETURN " + p.of("item", type, Seats.selection(env, path)) + " }";
    }

    private static String councils(Projection p, DataFetchingEnvironment env) {
        // From the authority's few councils, not from every body based in the district (hundreds).
        return "COLLECT { MATCH (cvs:Body {kind: 'COUNCIL_FOR_VOLUNTARY_SERVICE', dataset: a.id})-[:BASED_IN]->(d) "
                + "USING INDEX cvs:Body(dataset, kind) RETURN "
                + p.of("cvs", "Body", Seats.selection(env, "councilsForVoluntaryService")) + " ORDER BY cvs.name }";
    }
}
