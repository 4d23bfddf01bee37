package org.trustmap.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.trustmap.api.GraphReads;
import org.trustmap.api.InvalidArgumentException;
import org.trustmap.api.Projection;
import org.trustmap.geography.PlaceNames;

/** Suggestions as you type: names by full-text index, postcodes and postal towns by their beginning. */
@Controller
class SearchController {

    private static final Pattern POSTCODE_START = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]?( ?[0-9][A-Z]{0,2})?");

    private final GraphReads reads;

    SearchController(GraphReads reads) {
        this.reads = reads;
    }

    /** A hit as the Cypher finds it; {@code node} is the Projection's answer to the selection under it. */
    record Found(String id, String type, String name, String kind, double score, String district, Object node) {
    }

    /** The GraphQL type {@code SearchHit}. */
    record SearchHit(String id, String type, String name, String description, double score, Object node) {
    }

    @QueryMapping
    List<SearchHit> search(@Argument String text, @Argument Integer first, DataFetchingEnvironment env) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty() || typed.length() > 200) {
            throw new InvalidArgumentException("text", "type between 1 and 200 characters");
        }
        int size = first == null ? 10 : first;
        if (size < 1 || size > 50) {
            throw new InvalidArgumentException("first", "must be between 1 and 50, not " + size);
        }
        List<String> words = FullTextQuery.words(typed);
        String upper = typed.toUpperCase(Locale.ROOT);
        boolean postcode = POSTCODE_START.matcher(upper).matches();
        if (words.isEmpty() && !postcode) {
            return List.of();
        }
        Projection p = new Projection();
        DataFetchingFieldSelectionSet nodeSelection = Projection.selection(env, "node");
        // One text for every search (a word, a postcode, a town's name): each part runs only when its parameter
        // is given, so a first search of a new form finds the warm-up's plan instead of being planned anew.
        String fullText = FullTextQuery.everyWord(words);
        String names = """
                COLLECT {
                  WITH %1$s AS query WHERE query IS NOT NULL
                  CALL db.index.fulltext.queryNodes('entity_names', query, {limit: %2$s}) YIELD node, score
                  RETURN {id: node.id, type: head([l IN labels(node) WHERE l <> 'Entity' AND NOT (l = 'Body' AND node:School)]),
                          name: node.name, kind: coalesce(node.kind, node.role), score: score,
                          district: head(COLLECT { MATCH (node)-[:IN_DISTRICT|BASED_IN|COVERS|FOR_AREA]->(d:District) RETURN d.name }),
                          node: %3$s} AS hit
                }
                """.formatted(p.parameter(fullText), p.parameter(size),
                nodeSelection == null ? "null" : p.of("node", "Node", nodeSelection));
        // Taken in index order (range indexes are sorted), without ORDER BY: with one, Neo4j 2026.08's planner
        // fails on this query ("pc.code should not appear non-cached").
        String postcodes = """
                COLLECT {
                  MATCH (pc:Postcode) WHERE pc.code STARTS WITH %s
                  WITH pc LIMIT 3
                  RETURN {id: 'postcode:' + pc.code, type: 'Postcode', name: pc.code, kind: null, score: 100.0,
                          district: head(COLLECT { MATCH (d:District {id: pc.district}) RETURN d.name }), node: null} AS hit
                }
                """.formatted(p.parameter(postcode ? upper.replaceAll("\\s+", " ") : null));
        // A postal town by its name (England's, from DfE school addresses): "Fleet" offers Fleet itself, placed in the
        // district where most of its schools are, before Fleet's schools and clusters. Only the exact name scores high.
        String key = PlaceNames.key(typed);
        String towns = """
                COLLECT {
                  MATCH (t:PostalTown) WHERE t.key STARTS WITH %1$s
                  WITH t LIMIT 3
                  RETURN {id: 'town:' + t.key, type: 'PostalTown', name: t.name, kind: null,
                          score: CASE WHEN t.key = %1$s THEN 1000.0 ELSE 0.0 END,
                          district: head(COLLECT { MATCH (t)-[r:SCHOOLS_IN]->(d:District) RETURN d.name ORDER BY r.schools DESC }),
                          node: null} AS hit
                }
                """.formatted(p.parameter(words.isEmpty() || key.isEmpty() ? null : key));
        String cypher = "UNWIND " + names + " + " + postcodes + " + " + towns + " AS hit\nRETURN hit ORDER BY hit.score DESC LIMIT "
                + p.parameter(size);
        List<SearchHit> hits = new ArrayList<>();
        for (Found hit : reads.list(env, cypher, p.parameters(), Found.class)) {
            String what = switch (String.valueOf(hit.type())) {
                case "School" -> "School";
                case "Postcode" -> "Postcode";
                case "PostalTown" -> "Town";
                case "District" -> "District";
                case "Authority" -> "Authority";
                case "SchoolCluster" -> "School cluster";
                case "Person" -> "Person";
                case "Post" -> "Seat";
                default -> capitalise(PlainWords.of(hit.kind()));
            };
            hits.add(new SearchHit(hit.id(), hit.type(), hit.name(),
                    what + (hit.district() == null ? "" : " in " + hit.district()), hit.score(), hit.node()));
        }
        return hits;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
