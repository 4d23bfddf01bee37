package org.trustmap.representation;

import java.time.LocalDate;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.trustmap.api.GraphReads;
import org.trustmap.api.InvalidArgumentException;
import org.trustmap.api.NotFoundException;
import org.trustmap.api.Projection;
import org.trustmap.api.Validity;
import org.trustmap.api.Today;

/**
 * The analysts' questions: partnerships with no seat for a sector, partners missing from a board, who holds
 * most seats, an organisation's seats and a sector's history on a partnership; each one query.
 */
@Controller
class ReportsController {

    private final GraphReads reads;
    private final Today today;

    ReportsController(GraphReads reads, Today today) {
        this.reads = reads;
        this.today = today;
    }

    // The partnerships, seats and people in these rows are the Projection's answers to the request's selection
    // (maps by result key, checked against GraphMapping by SchemaMappingsTest); the rows around them are records.

    /** The GraphQL type {@code SectorSeatGap}. */
    record SectorSeatGap(Object partnership, List<Object> vacantSeats, String status) {
    }

    /** The GraphQL type {@code DutyPartnerGap}. */
    record DutyPartnerGap(Object partner, Object duty, Object board) {
    }

    /** The GraphQL type {@code PersonSeatCount}. */
    record PersonSeatCount(Object person, long count, List<Object> memberships) {
    }

    /** Question 2: which LCPs have no voluntary-sector representative today? */
    @QueryMapping
    List<SectorSeatGap> partnershipsWithoutSectorSeat(@Argument String authority, @Argument String kind, @Argument String sector,
            @Argument LocalDate asOf, DataFetchingEnvironment env) {
        Projection p = new Projection();
        String day = day(p, asOf);
        String cypher = """
                MATCH (a:Authority) WHERE (%1$s IS NULL OR a.id = %1$s) AND coalesce(a.coverage, 'NETWORK') <> 'STRUCTURE'
                MATCH (x:Entity {dataset: a.id}) USING INDEX x:Entity(dataset) WHERE x:Partnership AND x.kind = %2$s AND %3$s
                WITH x, COLLECT { MATCH (post:Post)-[:SEAT_ON]->(x) WHERE post.sector = %4$s AND %5$s RETURN post } AS posts
                WHERE NOT any(post IN posts WHERE EXISTS { MATCH (m:Membership)-[:OF_POST]->(post) WHERE %6$s })
                RETURN {partnership: %7$s, vacantSeats: COLLECT { UNWIND posts AS vp RETURN %8$s ORDER BY vp.name },
                        status: CASE WHEN size(posts) = 0 THEN 'NO_SEAT' ELSE 'VACANT' END} ORDER BY x.name
                """.formatted(p.parameter(authority), p.parameter(kind), Validity.on("x", day), p.parameter(sector),
                Validity.on("post", day), Validity.on("m", day), of(p, env, "x", "Partnership", "partnership"),
                of(p, env, "vp", "Post", "vacantSeats"));
        return reads.list(env, cypher, p.parameters(), SectorSeatGap.class);
    }

    /** Question 3: which duty-to-co-operate partners have no seat on the Children's Trust Board? */
    @QueryMapping
    List<DutyPartnerGap> partnersWithoutBoardSeat(@Argument String authority, @Argument LocalDate asOf,
            @Argument List<String> kinds, DataFetchingEnvironment env) {
        Projection p = new Projection();
        String day = day(p, asOf);
        String cypher = """
                MATCH (trust:Partnership {kind: 'CHILDRENS_TRUST'}) WHERE %1$s IS NULL OR trust.dataset = %1$s
                MATCH (board:Partnership {kind: 'TRUST_BOARD'})-[:PART_OF]->(trust) WHERE %2$s
                MATCH (partner)-[duty:DUTY_TO_COOPERATE]->(trust)
                WHERE %3$s AND %4$s AND (%5$s IS NULL OR partner.kind IN %5$s)
                  AND NOT EXISTS { MATCH (partner)<-[:ON_BEHALF_OF]-(m:Membership)-[:OF_POST]->(:Post)-[:SEAT_ON]->(board)
                                   WHERE %6$s }
                WITH partner, duty, trust, board, partner AS duty_from, trust AS duty_to
                RETURN {partner: %7$s, duty: %8$s, board: %9$s} ORDER BY partner.kind, partner.name
                """.formatted(p.parameter(authority), Validity.on("board", day), Validity.on("duty", day),
                Validity.on("partner", day), p.parameter(kinds), Validity.on("m", day),
                of(p, env, "partner", "Organisation", "partner"), of(p, env, "duty", "Duty", "duty"),
                of(p, env, "board", "Partnership", "board"));
        return reads.list(env, cypher, p.parameters(), DutyPartnerGap.class);
    }

    @QueryMapping
    List<PersonSeatCount> peopleWithMostSeats(@Argument String authority, @Argument LocalDate asOf, @Argument Integer first,
            DataFetchingEnvironment env) {
        int size = first == null ? 10 : first;
        if (size < 1 || size > 100) {
            throw new InvalidArgumentException("first", "must be between 1 and 100, not " + size);
        }
        Projection p = new Projection();
        String day = day(p, asOf);
        String cypher = """
                MATCH (a:Authority) WHERE %1$s IS NULL OR a.id = %1$s
                MATCH (m:Entity {dataset: a.id}) USING INDEX m:Entity(dataset) WHERE m:Membership AND %2$s AND EXISTS { (m)-[:OF_POST]->(:Post)-[:SEAT_ON]->(:Partnership) }
                MATCH (person:Person)-[:HOLDS]->(m)
                WITH person, collect(m) AS held ORDER BY size(held) DESC, person.name LIMIT %3$s
                RETURN {person: %4$s, count: size(held),
                        memberships: COLLECT { UNWIND held AS pm RETURN %5$s ORDER BY pm.validFromDate }}
                """.formatted(p.parameter(authority), Validity.on("m", day), p.parameter(size),
                of(p, env, "person", "Person", "person"), of(p, env, "pm", "Membership", "memberships"));
        return reads.list(env, cypher, p.parameters(), PersonSeatCount.class);
    }

    /** Question 4: which boards does an organisation sit on, and through whom? */
    @QueryMapping
    List<Object> seatsOf(@Argument String organisation, @Argument LocalDate asOf, @Argument Boolean includePast,
            DataFetchingEnvironment env) {
        Projection p = new Projection();
        String day = day(p, asOf);
        String cypher = """
                MATCH (o:Entity {id: %1$s}) WHERE o:Body
                RETURN o.id AS id, COLLECT {
                  MATCH (o)<-[:ON_BEHALF_OF]-(m:Membership) WHERE %2$s OR %3$s
                  RETURN %4$s ORDER BY m.validFromDate DESC } AS seats
                """.formatted(p.parameter(organisation), p.parameter(Boolean.TRUE.equals(includePast)),
                Validity.on("m", day), p.of("m", "Seat", env.getSelectionSet()));
        var rows = reads.rows(env, cypher, p.parameters());
        if (rows.isEmpty()) {
            throw new NotFoundException("No body or school has the id " + organisation, List.of());
        }
        @SuppressWarnings("unchecked")
        List<Object> seats = (List<Object>) rows.getFirst().get("seats");
        return seats;
    }

    /** Question 6: who has represented the sector on a partnership over time? */
    @QueryMapping
    List<Object> sectorRepresentationHistory(@Argument String partnership, @Argument String sector,
            DataFetchingEnvironment env) {
        Projection p = new Projection();
        String cypher = """
                MATCH (x:Entity {id: %1$s}) WHERE x:Partnership
                RETURN COLLECT {
                  MATCH (x)<-[:SEAT_ON]-(post:Post)<-[:OF_POST]-(m:Membership) WHERE post.sector = %2$s
                  RETURN %3$s ORDER BY m.validFromDate, post.name } AS history
                """.formatted(p.parameter(partnership), p.parameter(sector), p.of("m", "Membership", env.getSelectionSet()));
        Object history = reads.one(env, cypher, p.parameters());
        if (history == null) {
            throw new NotFoundException("No partnership has the id " + partnership, List.of());
        }
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) history;
        return list;
    }

    private String day(Projection p, LocalDate asOf) {
        return p.parameter(asOf == null ? today.date() : asOf);
    }

    private static String of(Projection p, DataFetchingEnvironment env, String variable, String type, String path) {
        var selection = Seats.selection(env, path);
        return selection == null ? "null" : p.of(variable, type, selection);
    }
}
