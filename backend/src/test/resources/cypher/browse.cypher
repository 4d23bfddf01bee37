// ../benchmark/src/main/resources/operations/browse.graphql with {}
CALL () {
  MATCH (x:Partnership) WHERE x.name IS NOT NULL RETURN count(x) AS total
}
CALL () {
  MATCH (x:Partnership) WHERE x.name IS NOT NULL WITH x ORDER BY x.name, x.id SKIP $p0 LIMIT $p1 RETURN collect({
    __typename: 'Partnership',
    `id`: x.id,
    `name`: x.name,
    `posts`: COLLECT {
      MATCH (v2:Post)-[:SEAT_ON]->(x) WHERE (coalesce(v2.validFromDate, coalesce($p3, date({timezone: 'Europe/London'}))) <= coalesce($p3, date({timezone: 'Europe/London'})) <= coalesce(v2.validToDate, coalesce($p3, date({timezone: 'Europe/London'})))) AND ($p4 IS NULL OR v2.sector = $p4) RETURN {
        __typename: 'Post',
        `holders`: COLLECT {
          MATCH (v5:Membership)-[:OF_POST]->(v2) WHERE (coalesce(v5.validFromDate, coalesce($p6, date({timezone: 'Europe/London'}))) <= coalesce($p6, date({timezone: 'Europe/London'})) <= coalesce(v5.validToDate, coalesce($p6, date({timezone: 'Europe/London'})))) RETURN {
            __typename: 'Membership',
            `person`: head(COLLECT {
              MATCH (v7:Person)-[:HOLDS]->(v5) RETURN {
                __typename: 'Person',
                `memberships`: COLLECT {
                  MATCH (v7)-[:HOLDS]->(v8:Membership) WHERE $p9 OR (coalesce(v8.validFromDate, coalesce($p10, date({timezone: 'Europe/London'}))) <= coalesce($p10, date({timezone: 'Europe/London'})) <= coalesce(v8.validToDate, coalesce($p10, date({timezone: 'Europe/London'})))) RETURN {
                    __typename: 'Membership',
                    `post`: head(COLLECT {
                      MATCH (v8)-[:OF_POST]->(v11:Post) RETURN {
                        __typename: 'Post',
                        `name`: v11.name
                      } AS value LIMIT 1
                    })
                  } AS value ORDER BY v8.validFromDate DESC
                },
                `name`: v7.name
              } AS value LIMIT 1
            })
          } AS value ORDER BY v5.validFromDate
        },
        `name`: v2.name
      } AS value ORDER BY v2.name
    }
  }) AS nodes
}
RETURN total, nodes
// parameters: {p0=0, p1=20, p9=false}
