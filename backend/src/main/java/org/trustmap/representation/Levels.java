package org.trustmap.representation;

import org.trustmap.api.Validity;

/**
 * The levels at which an area's voice is heard, as Cypher: from the area's Local Children's
 * Partnerships (variable {@code lcps}) and authority ({@code a}), the list {@code levels} of
 * {level, rank, partnerships} maps in force on the day, nearest level first; null for an authority whose
 * network trustmap does not hold.
 */
final class Levels {

    private Levels() {
    }

    static String cypher(String day) {
        return """
                OPTIONAL CALL (a, lcps) {
                  WITH a, lcps WHERE a IS NOT NULL AND a.dataset IS NOT NULL
                  WITH a, lcps,
                       COLLECT { UNWIND lcps AS l MATCH (s:Partnership {kind: 'SUB_GROUP'})-[:SUB_GROUP_OF]->(l)
                                 WHERE %1$s RETURN DISTINCT s ORDER BY s.name } AS subGroups,
                       COLLECT { UNWIND lcps AS l MATCH (g:Partnership {kind: 'STEERING_GROUP'})-[r:COORDINATES]->(l)
                                 WHERE %2$s RETURN DISTINCT g ORDER BY g.name } AS steering,
                       COLLECT { MATCH (c:Partnership {dataset: a.id})
                                 WHERE c.kind IN ['BUSINESS_GROUP', 'SAFEGUARDING_BOARD', 'SAFEGUARDING_PARTNERSHIP', 'TRUST_BOARD']
                                   AND %3$s
                                 RETURN c ORDER BY c.name } AS county
                  RETURN [{level: 'SUB_GROUP', rank: 1, partnerships: subGroups},
                          {level: 'LOCAL_CHILDRENS_PARTNERSHIP', rank: 2, partnerships: lcps},
                          {level: 'STEERING_GROUP', rank: 3, partnerships: steering},
                          {level: 'BUSINESS_GROUP', rank: 4, partnerships: [c IN county WHERE c.kind = 'BUSINESS_GROUP']},
                          {level: 'SAFEGUARDING', rank: 5, partnerships: [c IN county WHERE c.kind STARTS WITH 'SAFEGUARDING']},
                          {level: 'TRUST_BOARD', rank: 6, partnerships: [c IN county WHERE c.kind = 'TRUST_BOARD']}] AS levels
                }
                """.formatted(Validity.on("s", day), Validity.on("r", day), Validity.on("c", day));
    }
}
