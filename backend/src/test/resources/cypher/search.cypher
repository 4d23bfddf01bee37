// page:js/find/find-queries.js#SEARCH with {"text": "Fleet town", "first": 8}
UNWIND COLLECT {
  WITH $p0 AS query WHERE query IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_names', query, {limit: $p1}) YIELD node, score
  RETURN {id: node.id, type: head([l IN labels(node) WHERE l <> 'Entity' AND NOT (l = 'Body' AND node:School)]),
          name: node.name, kind: coalesce(node.kind, node.role), score: score,
          district: head(COLLECT {
      MATCH (node)-[:IN_DISTRICT|BASED_IN|COVERS|FOR_AREA]->(d:District) RETURN d.name
    }),
          node: null} AS hit
}
 + COLLECT {
  MATCH (pc:Postcode) WHERE pc.code STARTS WITH $p2
  WITH pc LIMIT 3
  RETURN {id: 'postcode:' + pc.code, type: 'Postcode', name: pc.code, kind: null, score: 100.0,
          district: head(COLLECT {
      MATCH (d:District {id: pc.district}) RETURN d.name
    }), node: null} AS hit
}
 + COLLECT {
  MATCH (t:PostalTown) WHERE t.key STARTS WITH $p3
  WITH t LIMIT 3
  RETURN {id: 'town:' + t.key, type: 'PostalTown', name: t.name, kind: null,
          score: CASE WHEN t.key = $p3 THEN 1000.0 ELSE 0.0 END,
          district: head(COLLECT {
      MATCH (t)-[r:SCHOOLS_IN]->(d:District) RETURN d.name ORDER BY r.schools DESC
    }),
          node: null} AS hit
}
 AS hit
RETURN hit ORDER BY hit.score DESC LIMIT $p4
// parameters: {p0=+fleet* +town* fleet town, p1=8, p3=fleet town, p4=8}
