// page:js/find/find-queries.js#SEARCH with {"text": "Fleet town", "first": 8}
UNWIND COLLECT {
  CALL db.index.fulltext.queryNodes('entity_names', $p0, {limit: $p1}) YIELD node, score
  RETURN {id: node.id, type: head([l IN labels(node) WHERE l <> 'Entity' AND NOT (l = 'Body' AND node:School)]),
          name: node.name, kind: coalesce(node.kind, node.role), score: score,
          district: head(COLLECT {
      MATCH (node)-[:IN_DISTRICT|BASED_IN|COVERS|FOR_AREA]->(d:District) RETURN d.name
    }),
          node: null} AS hit
}
 + [] + COLLECT {
  MATCH (t:PostalTown) WHERE t.key STARTS WITH $p2
  WITH t LIMIT 3
  RETURN {id: 'town:' + t.key, type: 'PostalTown', name: t.name, kind: null,
          score: CASE WHEN t.key = $p2 THEN 1000.0 ELSE 0.0 END,
          district: head(COLLECT {
      MATCH (t)-[r:SCHOOLS_IN]->(d:District) RETURN d.name ORDER BY r.schools DESC
    }),
          node: null} AS hit
}
 AS hit
RETURN hit ORDER BY hit.score DESC LIMIT $p3
// parameters: {p0=+fleet* +town*, p1=8, p2=fleet town, p3=8}
