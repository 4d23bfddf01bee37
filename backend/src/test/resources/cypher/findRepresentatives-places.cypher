// The place's part of the page's FindRepresentatives, for each form of place; the rest is that of findRepresentatives.cypher

// postcode: GU51 3AA
CALL () {
  OPTIONAL MATCH (pc:Postcode {code: $p3})
  OPTIONAL MATCH (d:District {id: CASE WHEN pc.district STARTS WITH 'district:' THEN pc.district ELSE 'district:' + pc.district END})
  RETURN CASE WHEN pc IS NULL OR d IS NULL THEN 'UNKNOWN_POSTCODE'
              WHEN pc.retiredOn IS NOT NULL THEN 'RETIRED_POSTCODE' ELSE 'FOUND' END AS status,
         'POSTCODE' AS kind, null AS node, CASE WHEN pc.retiredOn IS NULL THEN d END AS district,
         pc.location AS location, [] AS schools,
         CASE WHEN pc.retiredOn IS NOT NULL THEN [n IN [d] WHERE n IS NOT NULL] ELSE [] END AS candidates,
         [] AS suggestions, {retiredOn: pc.retiredOn} AS detail, pc IS NULL AS askHeld
}
WITH status, kind AS kind, node, district, location, schools,
     [n IN candidates + suggestions | {id: n.id, name: n.name, kind: CASE WHEN n:School THEN 'SCHOOL' WHEN n:Body THEN 'ORGANISATION' WHEN n:District THEN 'DISTRICT' WHEN n:Authority THEN 'AUTHORITY' WHEN n:Partnership THEN 'PARTNERSHIP' WHEN n:SchoolCluster THEN 'SCHOOL_CLUSTER' END,
 type: head([l IN labels(n) WHERE l IN ['School', 'District', 'Authority', 'Partnership', 'SchoolCluster', 'Body']]),
 subKind: n.kind,
 district: head(COLLECT { MATCH (n)-[:IN_DISTRICT|BASED_IN|COVERS]->(x:District) RETURN x.name }),
 authority: coalesce(head(COLLECT { MATCH (x:Authority {id: n.dataset}) RETURN x.name }),
                     head(COLLECT { MATCH (n)-[:IN_AUTHORITY]->(x:Authority) RETURN x.name }))}] AS described, size(candidates) AS candidateCount,
     CASE WHEN askHeld THEN detail{.*, held: head([codes IN [reduce(all = [], held IN
                  COLLECT { MATCH (ha:Authority) WHERE ha.postcodeDistricts IS NOT NULL RETURN ha.postcodeDistricts }
                  + COLLECT { MATCH (release:PostcodeRelease) RETURN coalesce(release.districts, []) }
                | all + held)] |
  {areas: COLLECT { MATCH (hd:District)-[:IN_AUTHORITY]->(ha2:Authority)
                    WHERE hd.id IN codes OR hd.onsCode IN codes
                    RETURN DISTINCT ha2.name AS name ORDER BY name },
   release: head(COLLECT { MATCH (release:PostcodeRelease) RETURN release.release })}])} ELSE detail END AS detail
WITH status, kind, node, district, location, schools, detail,
     described[..candidateCount] AS candidates, described[candidateCount..] AS suggestions
OPTIONAL CALL (status, kind, district, location) {
  WITH * WHERE status = 'FOUND'
  WITH kind, location, district AS d,
       head(COLLECT { MATCH (district)-[:IN_AUTHORITY]->(x:Authority) RETURN x }) AS a,
       COLLECT { MATCH (l:Partnership {kind: 'LOCAL_CHILDRENS_PARTNERSHIP'})-[r:COVERS]->(district)
                 WHERE (coalesce(r.validFromDate, $p0) <= $p0 <= coalesce(r.validToDate, $p0)) AND (coalesce(l.validFromDate, $p0) <= $p0 <= coalesce(l.validToDate, $p0)) RETURN l ORDER BY l.name } AS covering
  WITH location, d, a, covering,
       CASE WHEN kind = 'POSTCODE' AND size(covering) > 1 THEN COLLECT {
           MATCH (s:School)-[:IN_DISTRICT]->(d) WHERE s.location IS NOT NULL
           RETURN s ORDER BY point.distance(s.location, location) LIMIT 1 } ELSE [] END AS placing
  WITH location, d, a, covering, placing,
       COLLECT { UNWIND placing AS s MATCH (s)-[r:IN_CLUSTER]->(c:SchoolCluster) WHERE (coalesce(r.validFromDate, $p0) <= $p0 <= coalesce(r.validToDate, $p0))
                 RETURN DISTINCT c ORDER BY c.name } AS clusters
  RETURN d, a, size(covering) AS coveringCount, placing, clusters,
         CASE WHEN size(clusters) = 0 THEN covering ELSE COLLECT {
           UNWIND clusters AS c
           MATCH (l:Partnership {kind: 'LOCAL_CHILDRENS_PARTNERSHIP'})-[r:BUILT_AROUND]->(c)
           WHERE (coalesce(r.validFromDate, $p0) <= $p0 <= coalesce(r.validToDate, $p0)) AND (coalesce(l.validFromDate, $p0) <= $p0 <= coalesce(l.validToDate, $p0)) RETURN DISTINCT l ORDER BY l.name } END AS lcps,
         CASE WHEN size(placing) = 1 AND location IS NOT NULL
              THEN toInteger(round(point.distance(head(placing).location, location))) END AS distance
}
WITH status, kind, node, schools, candidates, suggestions, detail, d, a, coalesce(lcps, []) AS lcps,
     coveringCount, coalesce(placing, []) AS placing, coalesce(clusters, []) AS clusters, distance

// outward code: GU51
CALL () {
  CALL () {
    OPTIONAL MATCH (pc:Postcode) WHERE pc.code STARTS WITH $p4 AND pc.retiredOn IS NULL
    WITH CASE WHEN pc.district STARTS WITH 'district:' THEN pc.district ELSE 'district:' + pc.district END AS did, count(pc) AS postcodes
    OPTIONAL MATCH (x:District {id: did})
    WITH x, postcodes ORDER BY postcodes DESC, x.name WHERE x IS NOT NULL
    RETURN collect({d: x, postcodes: postcodes}) AS places
  }
  RETURN CASE size(places) WHEN 0 THEN 'UNKNOWN_POSTCODE' WHEN 1 THEN 'FOUND' ELSE 'AMBIGUOUS' END AS status,
         $p2 AS kind, null AS node, CASE WHEN size(places) = 1 THEN places[0].d END AS district,
         null AS location, [] AS schools,
         CASE WHEN size(places) > 1 THEN [pl IN places | pl.d] ELSE [] END AS candidates,
         [] AS suggestions, {postcodes: [pl IN places | {name: pl.d.name, postcodes: pl.postcodes}]} AS detail,
         size(places) = 0 AS askHeld
}
WITH status, kind AS kind, node, district, location, schools,
     [n IN candidates + suggestions | {id: n.id, name: n.name, kind: CASE WHEN n:School THEN 'SCHOOL' WHEN n:Body THEN 'ORGANISATION' WHEN n:District THEN 'DISTRICT' WHEN n:Authority THEN 'AUTHORITY' WHEN n:Partnership THEN 'PARTNERSHIP' WHEN n:SchoolCluster THEN 'SCHOOL_CLUSTER' END,
 type: head([l IN labels(n) WHERE l IN ['School', 'District', 'Authority', 'Partnership', 'SchoolCluster', 'Body']]),
 subKind: n.kind,
 district: head(COLLECT { MATCH (n)-[:IN_DISTRICT|BASED_IN|COVERS]->(x:District) RETURN x.name }),
 authority: coalesce(head(COLLECT { MATCH (x:Authority {id: n.dataset}) RETURN x.name }),
                     head(COLLECT { MATCH (n)-[:IN_AUTHORITY]->(x:Authority) RETURN x.name }))}] AS described, size(candidates) AS candidateCount,
     CASE WHEN askHeld THEN detail{.*, held: head([codes IN [reduce(all = [], held IN
                  COLLECT { MATCH (ha:Authority) WHERE ha.postcodeDistricts IS NOT NULL RETURN ha.postcodeDistricts }
                  + COLLECT { MATCH (release:PostcodeRelease) RETURN coalesce(release.districts, []) }
                | all + held)] |
  {areas: COLLECT { MATCH (hd:District)-[:IN_AUTHORITY]->(ha2:Authority)
                    WHERE hd.id IN codes OR hd.onsCode IN codes
                    RETURN DISTINCT ha2.name AS name ORDER BY name },
   release: head(COLLECT { MATCH (release:PostcodeRelease) RETURN release.release })}])} ELSE detail END AS detail
WITH status, kind, node, district, location, schools, detail,
     described[..candidateCount] AS candidates, described[candidateCount..] AS suggestions
OPTIONAL CALL (status, kind, district, location) {
  WITH * WHERE status = 'FOUND'
  WITH kind, location, district AS d,
       head(COLLECT { MATCH (district)-[:IN_AUTHORITY]->(x:Authority) RETURN x }) AS a,
       COLLECT { MATCH (l:Partnership {kind: 'LOCAL_CHILDRENS_PARTNERSHIP'})-[r:COVERS]->(district)
                 WHERE (coalesce(r.validFromDate, $p0) <= $p0 <= coalesce(r.validToDate, $p0)) AND (coalesce(l.validFromDate, $p0) <= $p0 <= coalesce(l.validToDate, $p0)) RETURN l ORDER BY l.name } AS covering
  WITH location, d, a, covering,
       CASE WHEN kind = 'POSTCODE' AND size(covering) > 1 THEN COLLECT {
           MATCH (s:School)-[:IN_DISTRICT]->(d) WHERE s.location IS NOT NULL
           RETURN s ORDER BY point.distance(s.location, location) LIMIT 1 } ELSE [] END AS placing
  WITH location, d, a, covering, placing,
       COLLECT { UNWIND placing AS s MATCH (s)-[r:IN_CLUSTER]->(c:SchoolCluster) WHERE (coalesce(r.validFromDate, $p0) <= $p0 <= coalesce(r.validToDate, $p0))
                 RETURN DISTINCT c ORDER BY c.name } AS clusters
  RETURN d, a, size(covering) AS coveringCount, placing, clusters,
         CASE WHEN size(clusters) = 0 THEN covering ELSE COLLECT {
           UNWIND clusters AS c
           MATCH (l:Partnership {kind: 'LOCAL_CHILDRENS_PARTNERSHIP'})-[r:BUILT_AROUND]->(c)
           WHERE (coalesce(r.validFromDate, $p0) <= $p0 <= coalesce(r.validToDate, $p0)) AND (coalesce(l.validFromDate, $p0) <= $p0 <= coalesce(l.validToDate, $p0)) RETURN DISTINCT l ORDER BY l.name } END AS lcps,
         CASE WHEN size(placing) = 1 AND location IS NOT NULL
              THEN toInteger(round(point.distance(head(placing).location, location))) END AS distance
}
WITH status, kind, node, schools, candidates, suggestions, detail, d, a, coalesce(lcps, []) AS lcps,
     coveringCount, coalesce(placing, []) AS placing, coalesce(clusters, []) AS clusters, distance

// postcode sector: GU51 3
CALL () {
  CALL () {
    OPTIONAL MATCH (pc:Postcode) WHERE pc.code STARTS WITH $p4 AND pc.retiredOn IS NULL
    WITH CASE WHEN pc.district STARTS WITH 'district:' THEN pc.district ELSE 'district:' + pc.district END AS did, count(pc) AS postcodes
    OPTIONAL MATCH (x:District {id: did})
    WITH x, postcodes ORDER BY postcodes DESC, x.name WHERE x IS NOT NULL
    RETURN collect({d: x, postcodes: postcodes}) AS places
  }
  RETURN CASE size(places) WHEN 0 THEN 'UNKNOWN_POSTCODE' WHEN 1 THEN 'FOUND' ELSE 'AMBIGUOUS' END AS status,
         $p2 AS kind, null AS node, CASE WHEN size(places) = 1 THEN places[0].d END AS district,
         null AS location, [] AS schools,
         CASE WHEN size(places) > 1 THEN [pl IN places | pl.d] ELSE [] END AS candidates,
         [] AS suggestions, {postcodes: [pl IN places | {name: pl.d.name, postcodes: pl.postcodes}]} AS detail,
         size(places) = 0 AS askHeld
}
WITH status, kind AS kind, node, district, location, schools,
     [n IN candidates + suggestions | {id: n.id, name: n.name, kind: CASE WHEN n:School THEN 'SCHOOL' WHEN n:Body THEN 'ORGANISATION' WHEN n:District THEN 'DISTRICT' WHEN n:Authority THEN 'AUTHORITY' WHEN n:Partnership THEN 'PARTNERSHIP' WHEN n:SchoolCluster THEN 'SCHOOL_CLUSTER' END,
 type: head([l IN labels(n) WHERE l IN ['School', 'District', 'Authority', 'Partnership', 'SchoolCluster', 'Body']]),
 subKind: n.kind,
 district: head(COLLECT { MATCH (n)-[:IN_DISTRICT|BASED_IN|COVERS]->(x:District) RETURN x.name }),
 authority: coalesce(head(COLLECT { MATCH (x:Authority {id: n.dataset}) RETURN x.name }),
                     head(COLLECT { MATCH (n)-[:IN_AUTHORITY]->(x:Authority) RETURN x.name }))}] AS described, size(candidates) AS candidateCount,
     CASE WHEN askHeld THEN detail{.*, held: head([codes IN [reduce(all = [], held IN
                  COLLECT { MATCH (ha:Authority) WHERE ha.postcodeDistricts IS NOT NULL RETURN ha.postcodeDistricts }
                  + COLLECT { MATCH (release:PostcodeRelease) RETURN coalesce(release.districts, []) }
                | all + held)] |
  {areas: COLLECT { MATCH (hd:District)-[:IN_AUTHORITY]->(ha2:Authority)
                    WHERE hd.id IN codes OR hd.onsCode IN codes
                    RETURN DISTINCT ha2.name AS name ORDER BY name },
   release: head(COLLECT { MATCH (release:PostcodeRelease) RETURN release.release })}])} ELSE detail END AS detail
WITH status, kind, node, district, location, schools, detail,
     described[..candidateCount] AS candidates, described[candidateCount..] AS suggestions
OPTIONAL CALL (status, kind, district, location) {
  WITH * WHERE status = 'FOUND'
  WITH kind, location, district AS d,
       head(COLLECT { MATCH (district)-[:IN_AUTHORITY]->(x:Authority) RETURN x }) AS a,
       COLLECT { MATCH (l:Partnership {kind: 'LOCAL_CHILDRENS_PARTNERSHIP'})-[r:COVERS]->(district)
                 WHERE (coalesce(r.validFromDate, $p0) <= $p0 <= coalesce(r.validToDate, $p0)) AND (coalesce(l.validFromDate, $p0) <= $p0 <= coalesce(l.validToDate, $p0)) RETURN l ORDER BY l.name } AS covering
  WITH location, d, a, covering,
       CASE WHEN kind = 'POSTCODE' AND size(covering) > 1 THEN COLLECT {
           MATCH (s:School)-[:IN_DISTRICT]->(d) WHERE s.location IS NOT NULL
           RETURN s ORDER BY point.distance(s.location, location) LIMIT 1 } ELSE [] END AS placing
  WITH location, d, a, covering, placing,
       COLLECT { UNWIND placing AS s MATCH (s)-[r:IN_CLUSTER]->(c:SchoolCluster) WHERE (coalesce(r.validFromDate, $p0) <= $p0 <= coalesce(r.validToDate, $p0))
                 RETURN DISTINCT c ORDER BY c.name } AS clusters
  RETURN d, a, size(covering) AS coveringCount, placing, clusters,
         CASE WHEN size(clusters) = 0 THEN covering ELSE COLLECT {
           UNWIND clusters AS c
           MATCH (l:Partnership {kind: 'LOCAL_CHILDRENS_PARTNERSHIP'})-[r:BUILT_AROUND]->(c)
           WHERE (coalesce(r.validFromDate, $p0) <= $p0 <= coalesce(r.validToDate, $p0)) AND (coalesce(l.validFromDate, $p0) <= $p0 <= coalesce(l.validToDate, $p0)) RETURN DISTINCT l ORDER BY l.name } END AS lcps,
         CASE WHEN size(placing) = 1 AND location IS NOT NULL
              THEN toInteger(round(point.distance(head(placing).location, location))) END AS distance
}
WITH status, kind, node, schools, candidates, suggestions, detail, d, a, coalesce(lcps, []) AS lcps,
     coveringCount, coalesce(placing, []) AS placing, coalesce(clusters, []) AS clusters, distance

// not a postcode: ZZ9 9ZZ
CALL () {
  RETURN 'UNKNOWN_POSTCODE' AS status, null AS kind, null AS node, null AS district, null AS location,
         [] AS schools, [] AS candidates, [] AS suggestions, {} AS detail, false AS askHeld
}
WITH status, kind AS kind, node, district, location, schools, detail, candidates, suggestions
OPTIONAL CALL (status, kind, district, location) {
  WITH * WHERE status = 'FOUND'
  WITH kind, location, district AS d,
       head(COLLECT { MATCH (district)-[:IN_AUTHORITY]->(x:Authority) RETURN x }) AS a,
       COLLECT { MATCH (l:Partnership {kind: 'LOCAL_CHILDRENS_PARTNERSHIP'})-[r:COVERS]->(district)
                 WHERE (coalesce(r.validFromDate, $p0) <= $p0 <= coalesce(r.validToDate, $p0)) AND (coalesce(l.validFromDate, $p0) <= $p0 <= coalesce(l.validToDate, $p0)) RETURN l ORDER BY l.name } AS covering
  WITH location, d, a, covering,
       CASE WHEN kind = 'POSTCODE' AND size(covering) > 1 THEN COLLECT {
           MATCH (s:School)-[:IN_DISTRICT]->(d) WHERE s.location IS NOT NULL
           RETURN s ORDER BY point.distance(s.location, location) LIMIT 1 } ELSE [] END AS placing
  WITH location, d, a, covering, placing,
       COLLECT { UNWIND placing AS s MATCH (s)-[r:IN_CLUSTER]->(c:SchoolCluster) WHERE (coalesce(r.validFromDate, $p0) <= $p0 <= coalesce(r.validToDate, $p0))
                 RETURN DISTINCT c ORDER BY c.name } AS clusters
  RETURN d, a, size(covering) AS coveringCount, placing, clusters,
         CASE WHEN size(clusters) = 0 THEN covering ELSE COLLECT {
           UNWIND clusters AS c
           MATCH (l:Partnership {kind: 'LOCAL_CHILDRENS_PARTNERSHIP'})-[r:BUILT_AROUND]->(c)
           WHERE (coalesce(r.validFromDate, $p0) <= $p0 <= coalesce(r.validToDate, $p0)) AND (coalesce(l.validFromDate, $p0) <= $p0 <= coalesce(l.validToDate, $p0)) RETURN DISTINCT l ORDER BY l.name } END AS lcps,
         CASE WHEN size(placing) = 1 AND location IS NOT NULL
              THEN toInteger(round(point.distance(head(placing).location, location))) END AS distance
}
WITH status, kind, node, schools, candidates, suggestions, detail, d, a, coalesce(lcps, []) AS lcps,
     coveringCount, coalesce(placing, []) AS placing, coalesce(clusters, []) AS clusters, distance

// id: partnership:hart-lcp
CALL () {
  OPTIONAL MATCH (n:Entity {id: $p3})
  WHERE (n:District OR n:Authority OR n:Body OR n:Partnership OR n:SchoolCluster)
  RETURN CASE WHEN n IS NULL THEN 'NOT_FOUND' ELSE 'FOUND' END AS status, null AS kind, n AS node,
         null AS district, null AS location, [] AS schools, [] AS candidates, [] AS suggestions,
         {} AS detail, false AS askHeld
}
WITH status, coalesce(kind, CASE WHEN node:School THEN 'SCHOOL' WHEN node:Body THEN 'ORGANISATION' WHEN node:District THEN 'DISTRICT' WHEN node:Authority THEN 'AUTHORITY' WHEN node:Partnership THEN 'PARTNERSHIP' WHEN node:SchoolCluster THEN 'SCHOOL_CLUSTER' END) AS kind, node, district, location, schools, detail, candidates, suggestions
OPTIONAL CALL (status, kind, node, district, schools) {
  WITH * WHERE status = 'FOUND'
  WITH kind, node, schools,
       coalesce(district,
         CASE WHEN node:District THEN node
              WHEN node:School OR node:SchoolCluster THEN head(COLLECT { MATCH (node)-[:IN_DISTRICT]->(x:District) RETURN x })
              WHEN node:Body THEN head(COLLECT { MATCH (node)-[:BASED_IN]->(x:District) RETURN x })
              WHEN node:Partnership THEN head(COLLECT {
                  MATCH (node)-[:SUB_GROUP_OF*0..1]->(:Partnership)-[:COVERS]->(x:District) RETURN x }) END) AS d
  WITH kind, node, schools, d,
       CASE WHEN node:Authority THEN node
            WHEN d IS NOT NULL THEN head(COLLECT { MATCH (d)-[:IN_AUTHORITY]->(x:Authority) RETURN x })
            ELSE head(COLLECT { MATCH (x:Authority {id: node.dataset}) RETURN x }) END AS a,
       COLLECT { MATCH (l:Partnership {kind: 'LOCAL_CHILDRENS_PARTNERSHIP'})-[r:COVERS]->(d)
                 WHERE (coalesce(r.validFromDate, $p0) <= $p0 <= coalesce(r.validToDate, $p0)) AND (coalesce(l.validFromDate, $p0) <= $p0 <= coalesce(l.validToDate, $p0)) RETURN l ORDER BY l.name } AS covering
  WITH kind, node, d, a, covering,
       CASE WHEN node:School THEN [node]
            WHEN kind = 'TOWN' THEN schools
            ELSE [] END AS placing
  WITH kind, node, d, a, covering, placing,
       COLLECT { UNWIND (CASE WHEN node:SchoolCluster THEN [] ELSE placing END) AS s
                 MATCH (s)-[r:IN_CLUSTER]->(c:SchoolCluster) WHERE (coalesce(r.validFromDate, $p0) <= $p0 <= coalesce(r.validToDate, $p0))
                 RETURN DISTINCT c ORDER BY c.name } + CASE WHEN node:SchoolCluster THEN [node] ELSE [] END
         AS clusters
  WITH kind, node, d, a, covering, placing, clusters,
       CASE WHEN node:Partnership AND node.kind = 'LOCAL_CHILDRENS_PARTNERSHIP' THEN [node]
            WHEN node:Partnership AND node.kind = 'SUB_GROUP' THEN COLLECT {
                MATCH (node)-[:SUB_GROUP_OF]->(l:Partnership) RETURN l }
            WHEN node:Partnership AND node.kind = 'STEERING_GROUP' THEN COLLECT {
                MATCH (node)-[r:COORDINATES]->(l:Partnership) WHERE (coalesce(r.validFromDate, $p0) <= $p0 <= coalesce(r.validToDate, $p0)) RETURN l ORDER BY l.name }
            WHEN node:Partnership OR node:Authority THEN []
            WHEN size(clusters) > 0 THEN COLLECT {
                UNWIND clusters AS c
                MATCH (l:Partnership {kind: 'LOCAL_CHILDRENS_PARTNERSHIP'})-[r:BUILT_AROUND]->(c)
                WHERE (coalesce(r.validFromDate, $p0) <= $p0 <= coalesce(r.validToDate, $p0)) AND (coalesce(l.validFromDate, $p0) <= $p0 <= coalesce(l.validToDate, $p0)) RETURN DISTINCT l ORDER BY l.name }
            ELSE covering END AS lcps
  RETURN d, a, lcps, size(covering) AS coveringCount, placing, clusters, null AS distance
}
WITH status, kind, node, schools, candidates, suggestions, detail, d, a, coalesce(lcps, []) AS lcps,
     coveringCount, coalesce(placing, []) AS placing, coalesce(clusters, []) AS clusters, distance

// ONS code: E07000089
CALL () {
  OPTIONAL CALL () {
    UNWIND $p5 AS id
    MATCH (n:Entity {id: id}) WHERE n:District OR n:Authority
    RETURN n LIMIT 1
  }
  RETURN CASE WHEN n IS NULL THEN 'NOT_FOUND' ELSE 'FOUND' END AS status, null AS kind, n AS node,
         null AS district, null AS location, [] AS schools, [] AS candidates, [] AS suggestions,
         {} AS detail, false AS askHeld
}
WITH status, coalesce(kind, CASE WHEN node:School THEN 'SCHOOL' WHEN node:Body THEN 'ORGANISATION' WHEN node:District THEN 'DISTRICT' WHEN node:Authority THEN 'AUTHORITY' WHEN node:Partnership THEN 'PARTNERSHIP' WHEN node:SchoolCluster THEN 'SCHOOL_CLUSTER' END) AS kind, node, district, location, schools, detail, candidates, suggestions
OPTIONAL CALL (status, kind, node, district, schools) {
  WITH * WHERE status = 'FOUND'
  WITH kind, node, schools,
       coalesce(district,
         CASE WHEN node:District THEN node
              WHEN node:School OR node:SchoolCluster THEN head(COLLECT { MATCH (node)-[:IN_DISTRICT]->(x:District) RETURN x })
              WHEN node:Body THEN head(COLLECT { MATCH (node)-[:BASED_IN]->(x:District) RETURN x })
              WHEN node:Partnership THEN head(COLLECT {
                  MATCH (node)-[:SUB_GROUP_OF*0..1]->(:Partnership)-[:COVERS]->(x:District) RETURN x }) END) AS d
  WITH kind, node, schools, d,
       CASE WHEN node:Authority THEN node
            WHEN d IS NOT NULL THEN head(COLLECT { MATCH (d)-[:IN_AUTHORITY]->(x:Authority) RETURN x })
            ELSE head(COLLECT { MATCH (x:Authority {id: node.dataset}) RETURN x }) END AS a,
       COLLECT { MATCH (l:Partnership {kind: 'LOCAL_CHILDRENS_PARTNERSHIP'})-[r:COVERS]->(d)
                 WHERE (coalesce(r.validFromDate, $p0) <= $p0 <= coalesce(r.validToDate, $p0)) AND (coalesce(l.validFromDate, $p0) <= $p0 <= coalesce(l.validToDate, $p0)) RETURN l ORDER BY l.name } AS covering
  WITH kind, node, d, a, covering,
       CASE WHEN node:School THEN [node]
            WHEN kind = 'TOWN' THEN schools
            ELSE [] END AS placing
  WITH kind, node, d, a, covering, placing,
       COLLECT { UNWIND (CASE WHEN node:SchoolCluster THEN [] ELSE placing END) AS s
                 MATCH (s)-[r:IN_CLUSTER]->(c:SchoolCluster) WHERE (coalesce(r.validFromDate, $p0) <= $p0 <= coalesce(r.validToDate, $p0))
                 RETURN DISTINCT c ORDER BY c.name } + CASE WHEN node:SchoolCluster THEN [node] ELSE [] END
         AS clusters
  WITH kind, node, d, a, covering, placing, clusters,
       CASE WHEN node:Partnership AND node.kind = 'LOCAL_CHILDRENS_PARTNERSHIP' THEN [node]
            WHEN node:Partnership AND node.kind = 'SUB_GROUP' THEN COLLECT {
                MATCH (node)-[:SUB_GROUP_OF]->(l:Partnership) RETURN l }
            WHEN node:Partnership AND node.kind = 'STEERING_GROUP' THEN COLLECT {
                MATCH (node)-[r:COORDINATES]->(l:Partnership) WHERE (coalesce(r.validFromDate, $p0) <= $p0 <= coalesce(r.validToDate, $p0)) RETURN l ORDER BY l.name }
            WHEN node:Partnership OR node:Authority THEN []
            WHEN size(clusters) > 0 THEN COLLECT {
                UNWIND clusters AS c
                MATCH (l:Partnership {kind: 'LOCAL_CHILDRENS_PARTNERSHIP'})-[r:BUILT_AROUND]->(c)
                WHERE (coalesce(r.validFromDate, $p0) <= $p0 <= coalesce(r.validToDate, $p0)) AND (coalesce(l.validFromDate, $p0) <= $p0 <= coalesce(l.validToDate, $p0)) RETURN DISTINCT l ORDER BY l.name }
            ELSE covering END AS lcps
  RETURN d, a, lcps, size(covering) AS coveringCount, placing, clusters, null AS distance
}
WITH status, kind, node, schools, candidates, suggestions, detail, d, a, coalesce(lcps, []) AS lcps,
     coveringCount, coalesce(placing, []) AS placing, coalesce(clusters, []) AS clusters, distance

// URN: 116183
CALL () {
  OPTIONAL MATCH (n:School {urn: $p6})
  WHERE (n:District OR n:Authority OR n:Body OR n:Partnership OR n:SchoolCluster)
  RETURN CASE WHEN n IS NULL THEN 'NOT_FOUND' ELSE 'FOUND' END AS status, null AS kind, n AS node,
         null AS district, null AS location, [] AS schools, [] AS candidates, [] AS suggestions,
         {} AS detail, false AS askHeld
}
WITH status, coalesce(kind, CASE WHEN node:School THEN 'SCHOOL' WHEN node:Body THEN 'ORGANISATION' WHEN node:District THEN 'DISTRICT' WHEN node:Authority THEN 'AUTHORITY' WHEN node:Partnership THEN 'PARTNERSHIP' WHEN node:SchoolCluster THEN 'SCHOOL_CLUSTER' END) AS kind, node, district, location, schools, detail, candidates, suggestions
OPTIONAL CALL (status, kind, node, district, schools) {
  WITH * WHERE status = 'FOUND'
  WITH kind, node, schools,
       coalesce(district,
         CASE WHEN node:District THEN node
              WHEN node:School OR node:SchoolCluster THEN head(COLLECT { MATCH (node)-[:IN_DISTRICT]->(x:District) RETURN x })
              WHEN node:Body THEN head(COLLECT { MATCH (node)-[:BASED_IN]->(x:District) RETURN x })
              WHEN node:Partnership THEN head(COLLECT {
                  MATCH (node)-[:SUB_GROUP_OF*0..1]->(:Partnership)-[:COVERS]->(x:District) RETURN x }) END) AS d
  WITH kind, node, schools, d,
       CASE WHEN node:Authority THEN node
            WHEN d IS NOT NULL THEN head(COLLECT { MATCH (d)-[:IN_AUTHORITY]->(x:Authority) RETURN x })
            ELSE head(COLLECT { MATCH (x:Authority {id: node.dataset}) RETURN x }) END AS a,
       COLLECT { MATCH (l:Partnership {kind: 'LOCAL_CHILDRENS_PARTNERSHIP'})-[r:COVERS]->(d)
                 WHERE (coalesce(r.validFromDate, $p0) <= $p0 <= coalesce(r.validToDate, $p0)) AND (coalesce(l.validFromDate, $p0) <= $p0 <= coalesce(l.validToDate, $p0)) RETURN l ORDER BY l.name } AS covering
  WITH kind, node, d, a, covering,
       CASE WHEN node:School THEN [node]
            WHEN kind = 'TOWN' THEN schools
            ELSE [] END AS placing
  WITH kind, node, d, a, covering, placing,
       COLLECT { UNWIND (CASE WHEN node:SchoolCluster THEN [] ELSE placing END) AS s
                 MATCH (s)-[r:IN_CLUSTER]->(c:SchoolCluster) WHERE (coalesce(r.validFromDate, $p0) <= $p0 <= coalesce(r.validToDate, $p0))
                 RETURN DISTINCT c ORDER BY c.name } + CASE WHEN node:SchoolCluster THEN [node] ELSE [] END
         AS clusters
  WITH kind, node, d, a, covering, placing, clusters,
       CASE WHEN node:Partnership AND node.kind = 'LOCAL_CHILDRENS_PARTNERSHIP' THEN [node]
            WHEN node:Partnership AND node.kind = 'SUB_GROUP' THEN COLLECT {
                MATCH (node)-[:SUB_GROUP_OF]->(l:Partnership) RETURN l }
            WHEN node:Partnership AND node.kind = 'STEERING_GROUP' THEN COLLECT {
                MATCH (node)-[r:COORDINATES]->(l:Partnership) WHERE (coalesce(r.validFromDate, $p0) <= $p0 <= coalesce(r.validToDate, $p0)) RETURN l ORDER BY l.name }
            WHEN node:Partnership OR node:Authority THEN []
            WHEN size(clusters) > 0 THEN COLLECT {
                UNWIND clusters AS c
                MATCH (l:Partnership {kind: 'LOCAL_CHILDRENS_PARTNERSHIP'})-[r:BUILT_AROUND]->(c)
                WHERE (coalesce(r.validFromDate, $p0) <= $p0 <= coalesce(r.validToDate, $p0)) AND (coalesce(l.validFromDate, $p0) <= $p0 <= coalesce(l.validToDate, $p0)) RETURN DISTINCT l ORDER BY l.name }
            ELSE covering END AS lcps
  RETURN d, a, lcps, size(covering) AS coveringCount, placing, clusters, null AS distance
}
WITH status, kind, node, schools, candidates, suggestions, detail, d, a, coalesce(lcps, []) AS lcps,
     coveringCount, coalesce(placing, []) AS placing, coalesce(clusters, []) AS clusters, distance

// name: Winchester
CALL () {
  CALL () {
    CALL db.index.fulltext.queryNodes('entity_names', $p7) YIELD node, score
    WHERE node:District OR node:Authority OR node:Partnership OR node:Body OR node:SchoolCluster
    RETURN node, score ORDER BY score DESC LIMIT 100
  }
  WITH collect(node) AS hits
  WITH hits, COLLECT { MATCH (g:District {nameKey: $p10}) RETURN g ORDER BY g.id } AS geoDistricts,
       COLLECT { MATCH (g:Authority {nameKey: $p10}) RETURN g ORDER BY g.id } AS geoAuthorities
  WITH hits, geoDistricts + [x IN geoAuthorities WHERE NOT x.onsCode IN [y IN geoDistricts | y.onsCode]] AS geo
  WITH geo, [n IN hits WHERE toLower(n.name) IN $p8 AND NOT n:School] AS exactPlaces,
       [n IN hits WHERE toLower(n.name) IN $p8 AND n:School] AS exactSchools,
       [n IN hits WHERE all(w IN $p9 WHERE toLower(n.name) CONTAINS w)] AS containing,
       COLLECT { MATCH (t:PostalTown {key: $p10})-[r:SCHOOLS_IN]->(td:District)
                 OPTIONAL MATCH (td)-[:IN_AUTHORITY]->(ta:Authority)
                 RETURN {d: td, schools: r.schools, authority: ta.name} ORDER BY r.schools DESC, td.name } AS nationalTown,
       COLLECT { MATCH (s:School {townKey: $p10}) RETURN s ORDER BY s.name } AS localSchools
  WITH geo, exactPlaces, exactSchools, containing, localSchools,
       CASE WHEN size(nationalTown) > 0 THEN nationalTown ELSE COLLECT {
         UNWIND localSchools AS s MATCH (s)-[:IN_DISTRICT]->(x:District)
         OPTIONAL MATCH (x)-[:IN_AUTHORITY]->(xa:Authority)
         WITH x, xa, count(*) AS schools
         RETURN {d: x, schools: schools, authority: xa.name} ORDER BY schools DESC, x.name } END AS townIn
  WITH geo, exactPlaces, exactSchools, containing, localSchools, townIn,
       reduce(total = 0, x IN townIn | total + x.schools) AS townTotal
  WITH geo, exactPlaces, exactSchools, containing, localSchools, townIn, townTotal,
       CASE WHEN size(townIn) > 0 AND townIn[0].schools >= 0.75 * townTotal THEN townIn[0].d END AS townDistrict
  WITH townIn, townTotal, townDistrict,
       CASE WHEN size(geo) > 0 THEN geo
            WHEN size(exactPlaces) > 0 THEN exactPlaces
            WHEN size(exactSchools) > 0 THEN exactSchools
            WHEN size(townIn) > 0 THEN []
            ELSE containing[0..10] END AS matches,
       [s IN localSchools WHERE townDistrict IS NOT NULL AND EXISTS { (s)-[:IN_DISTRICT]->(townDistrict) }] AS townSchools
  WITH townIn, townTotal, townDistrict, matches, townSchools,
       CASE WHEN size(matches) = 0 AND townDistrict IS NOT NULL THEN 'TOWN' END AS town
  RETURN CASE WHEN town IS NOT NULL OR size(matches) = 1 THEN 'FOUND'
              WHEN size(matches) > 1 OR size(townIn) > 1 THEN 'AMBIGUOUS'
              ELSE 'NOT_FOUND' END AS status,
         town AS kind,
         CASE WHEN size(matches) = 1 THEN head(matches) END AS node,
         CASE WHEN town IS NOT NULL THEN townDistrict END AS district,
         null AS location,
         CASE WHEN town IS NOT NULL THEN townSchools ELSE [] END AS schools,
         CASE WHEN size(matches) > 1 THEN matches
              WHEN size(matches) = 0 AND town IS NULL AND size(townIn) > 1 THEN [x IN townIn | x.d]
              ELSE [] END AS candidates,
         CASE WHEN size(matches) > 0 OR size(townIn) > 0 THEN [] ELSE COLLECT {
           CALL db.index.fulltext.queryNodes('entity_names', $p11) YIELD node AS n, score
           WHERE n:District OR n:Authority OR n:Partnership OR n:Body OR n:SchoolCluster
           RETURN n ORDER BY score DESC LIMIT 5 } END AS suggestions,
         {townSchools: townTotal,
          townIn: [x IN townIn | {name: x.d.name, schools: x.schools, authority: x.authority}]} AS detail,
         false AS askHeld
}
WITH status, coalesce(kind, CASE WHEN node:School THEN 'SCHOOL' WHEN node:Body THEN 'ORGANISATION' WHEN node:District THEN 'DISTRICT' WHEN node:Authority THEN 'AUTHORITY' WHEN node:Partnership THEN 'PARTNERSHIP' WHEN node:SchoolCluster THEN 'SCHOOL_CLUSTER' END) AS kind, node, district, location, schools,
     [n IN candidates + suggestions | {id: n.id, name: n.name, kind: CASE WHEN n:School THEN 'SCHOOL' WHEN n:Body THEN 'ORGANISATION' WHEN n:District THEN 'DISTRICT' WHEN n:Authority THEN 'AUTHORITY' WHEN n:Partnership THEN 'PARTNERSHIP' WHEN n:SchoolCluster THEN 'SCHOOL_CLUSTER' END,
 type: head([l IN labels(n) WHERE l IN ['School', 'District', 'Authority', 'Partnership', 'SchoolCluster', 'Body']]),
 subKind: n.kind,
 district: head(COLLECT { MATCH (n)-[:IN_DISTRICT|BASED_IN|COVERS]->(x:District) RETURN x.name }),
 authority: coalesce(head(COLLECT { MATCH (x:Authority {id: n.dataset}) RETURN x.name }),
                     head(COLLECT { MATCH (n)-[:IN_AUTHORITY]->(x:Authority) RETURN x.name }))}] AS described, size(candidates) AS candidateCount,
     detail AS detail
WITH status, kind, node, district, location, schools, detail,
     described[..candidateCount] AS candidates, described[candidateCount..] AS suggestions
OPTIONAL CALL (status, kind, node, district, schools) {
  WITH * WHERE status = 'FOUND'
  WITH kind, node, schools,
       coalesce(district,
         CASE WHEN node:District THEN node
              WHEN node:School OR node:SchoolCluster THEN head(COLLECT { MATCH (node)-[:IN_DISTRICT]->(x:District) RETURN x })
              WHEN node:Body THEN head(COLLECT { MATCH (node)-[:BASED_IN]->(x:District) RETURN x })
              WHEN node:Partnership THEN head(COLLECT {
                  MATCH (node)-[:SUB_GROUP_OF*0..1]->(:Partnership)-[:COVERS]->(x:District) RETURN x }) END) AS d
  WITH kind, node, schools, d,
       CASE WHEN node:Authority THEN node
            WHEN d IS NOT NULL THEN head(COLLECT { MATCH (d)-[:IN_AUTHORITY]->(x:Authority) RETURN x })
            ELSE head(COLLECT { MATCH (x:Authority {id: node.dataset}) RETURN x }) END AS a,
       COLLECT { MATCH (l:Partnership {kind: 'LOCAL_CHILDRENS_PARTNERSHIP'})-[r:COVERS]->(d)
                 WHERE (coalesce(r.validFromDate, $p0) <= $p0 <= coalesce(r.validToDate, $p0)) AND (coalesce(l.validFromDate, $p0) <= $p0 <= coalesce(l.validToDate, $p0)) RETURN l ORDER BY l.name } AS covering
  WITH kind, node, d, a, covering,
       CASE WHEN node:School THEN [node]
            WHEN kind = 'TOWN' THEN schools
            ELSE [] END AS placing
  WITH kind, node, d, a, covering, placing,
       COLLECT { UNWIND (CASE WHEN node:SchoolCluster THEN [] ELSE placing END) AS s
                 MATCH (s)-[r:IN_CLUSTER]->(c:SchoolCluster) WHERE (coalesce(r.validFromDate, $p0) <= $p0 <= coalesce(r.validToDate, $p0))
                 RETURN DISTINCT c ORDER BY c.name } + CASE WHEN node:SchoolCluster THEN [node] ELSE [] END
         AS clusters
  WITH kind, node, d, a, covering, placing, clusters,
       CASE WHEN node:Partnership AND node.kind = 'LOCAL_CHILDRENS_PARTNERSHIP' THEN [node]
            WHEN node:Partnership AND node.kind = 'SUB_GROUP' THEN COLLECT {
                MATCH (node)-[:SUB_GROUP_OF]->(l:Partnership) RETURN l }
            WHEN node:Partnership AND node.kind = 'STEERING_GROUP' THEN COLLECT {
                MATCH (node)-[r:COORDINATES]->(l:Partnership) WHERE (coalesce(r.validFromDate, $p0) <= $p0 <= coalesce(r.validToDate, $p0)) RETURN l ORDER BY l.name }
            WHEN node:Partnership OR node:Authority THEN []
            WHEN size(clusters) > 0 THEN COLLECT {
                UNWIND clusters AS c
                MATCH (l:Partnership {kind: 'LOCAL_CHILDRENS_PARTNERSHIP'})-[r:BUILT_AROUND]->(c)
                WHERE (coalesce(r.validFromDate, $p0) <= $p0 <= coalesce(r.validToDate, $p0)) AND (coalesce(l.validFromDate, $p0) <= $p0 <= coalesce(l.validToDate, $p0)) RETURN DISTINCT l ORDER BY l.name }
            ELSE covering END AS lcps
  RETURN d, a, lcps, size(covering) AS coveringCount, placing, clusters, null AS distance
}
WITH status, kind, node, schools, candidates, suggestions, detail, d, a, coalesce(lcps, []) AS lcps,
     coveringCount, coalesce(placing, []) AS placing, coalesce(clusters, []) AS clusters, distance
