package org.trustmap.representation;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.trustmap.api.Projection;
import org.trustmap.api.Validity;

/**
 * The Cypher for RepresentativeSeat lists: for partnerships grouped by level, their seats speaking for a
 * sector that exist on the day, one entry per holder on the day, or one vacant entry. Shared by
 * findRepresentatives and representationCoverage.
 */
final class Seats {

    private final Projection p;
    private final DataFetchingEnvironment env;
    private final String path;
    private final boolean everyObject;

    /**
     * @param path        where the seats are in the request's selection, e.g. "seats" or "levels/seats"
     * @param everyObject read each seat's partnership, post, membership, person, organisation and contact whether
     *                    asked for or not (for an answer of one text whatever the selection), else only those asked
     */
    Seats(Projection p, DataFetchingEnvironment env, String path, boolean everyObject) {
        this.p = p;
        this.env = env;
        this.path = path;
        this.everyObject = everyObject;
    }

    /**
     * @param levels a Cypher list of {level, rank, partnerships} maps
     * @param day    Cypher expression of the day
     * @param sector Cypher expression of the sector
     */
    String collect(String levels, String day, String sector) {
        return """
                COLLECT {
                  UNWIND %1$s AS lv UNWIND lv.partnerships AS sp
                  MATCH (spost:Post)-[:SEAT_ON]->(sp)
                  WHERE spost.sector = %3$s AND %4$s
                  OPTIONAL MATCH (sm:Membership)-[:OF_POST]->(spost) WHERE %5$s
                  OPTIONAL MATCH (sperson:Person)-[:HOLDS]->(sm)
                  OPTIONAL MATCH (sm)-[:ON_BEHALF_OF]->(sbody)
                  RETURN {level: lv.level, vacant: sm IS NULL, since: sm.validFrom, holderName: sperson.name, holder: sperson.id,
                          vacantSince: CASE WHEN sm IS NULL THEN coalesce(head(COLLECT {
                              MATCH (pm:Membership)-[:OF_POST]->(spost) WHERE pm.validToDate < %2$s
                              RETURN pm.validTo ORDER BY pm.validToDate DESC LIMIT 1 }), spost.validFrom) END,
                          partnership: %6$s, post: %7$s,
                          membership: CASE WHEN sm IS NULL THEN null ELSE %8$s END,
                          person: CASE WHEN sperson IS NULL THEN null ELSE %9$s END,
                          onBehalfOf: CASE WHEN sbody IS NULL THEN null ELSE %10$s END,
                          contact: CASE WHEN sperson.contactConsent = true THEN %11$s END} AS seat
                  ORDER BY lv.rank, sp.name, spost.name, sm.validFromDate
                }
                """.formatted(levels, day, sector, Validity.on("spost", day), Validity.on("sm", day),
                of("sp", "Partnership", "partnership"), of("spost", "Post", "post"), of("sm", "Membership", "membership"),
                of("sperson", "Person", "person"), of("sbody", "Organisation", "onBehalfOf"),
                of("sperson", "Contact", "contact"));
    }

    private String of(String variable, String type, String field) {
        DataFetchingFieldSelectionSet selection = selection(env, path + "/" + field);
        return selection == null && !everyObject ? "null" : p.of(variable, type, selection);
    }

    static DataFetchingFieldSelectionSet selection(DataFetchingEnvironment env, String path) {
        return Projection.selection(env, path);
    }
}
