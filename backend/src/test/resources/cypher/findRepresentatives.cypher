// The page's FindRepresentatives document for "GU51 3AA", 2026-12-01 (the same text for every postcode)
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
OPTIONAL CALL (a, lcps) {
  WITH a, lcps WHERE a IS NOT NULL AND a.dataset IS NOT NULL
  WITH a, lcps,
       COLLECT { UNWIND lcps AS l MATCH (s:Partnership {kind: 'SUB_GROUP'})-[:SUB_GROUP_OF]->(l)
                 WHERE (coalesce(s.validFromDate, $p0) <= $p0 <= coalesce(s.validToDate, $p0)) RETURN DISTINCT s ORDER BY s.name } AS subGroups,
       COLLECT { UNWIND lcps AS l MATCH (g:Partnership {kind: 'STEERING_GROUP'})-[r:COORDINATES]->(l)
                 WHERE (coalesce(r.validFromDate, $p0) <= $p0 <= coalesce(r.validToDate, $p0)) RETURN DISTINCT g ORDER BY g.name } AS steering,
       COLLECT { MATCH (c:Partnership {dataset: a.id})
                 WHERE c.kind IN ['BUSINESS_GROUP', 'SAFEGUARDING_BOARD', 'SAFEGUARDING_PARTNERSHIP', 'TRUST_BOARD']
                   AND (coalesce(c.validFromDate, $p0) <= $p0 <= coalesce(c.validToDate, $p0))
                 RETURN c ORDER BY c.name } AS county
  RETURN [{level: 'SUB_GROUP', rank: 1, partnerships: subGroups},
          {level: 'LOCAL_CHILDRENS_PARTNERSHIP', rank: 2, partnerships: lcps},
          {level: 'STEERING_GROUP', rank: 3, partnerships: steering},
          {level: 'BUSINESS_GROUP', rank: 4, partnerships: [c IN county WHERE c.kind = 'BUSINESS_GROUP']},
          {level: 'SAFEGUARDING', rank: 5, partnerships: [c IN county WHERE c.kind STARTS WITH 'SAFEGUARDING']},
          {level: 'TRUST_BOARD', rank: 6, partnerships: [c IN county WHERE c.kind = 'TRUST_BOARD']}] AS levels
}
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
        matched: CASE WHEN node IS NULL THEN null ELSE {__typename: CASE WHEN node:School THEN 'School' WHEN node:Body THEN 'Body' WHEN node:Partnership THEN 'Partnership' WHEN node:Person THEN 'Person' WHEN node:Post THEN 'Post' WHEN node:Membership THEN 'Membership' WHEN node:District THEN 'District' WHEN node:Authority THEN 'Authority' WHEN node:SchoolCluster THEN 'SchoolCluster' WHEN node:Plan THEN 'Plan' WHEN node:Agreement THEN 'Agreement' WHEN node:Outcome THEN 'Outcome' END, `id`: node.id} END, district: CASE WHEN d IS NULL THEN null ELSE {__typename: 'District', `id`: d.id, `kind`: d.kind, `name`: d.name} END, authority: CASE WHEN a IS NULL THEN null ELSE {__typename: 'Authority', `id`: a.id, `kind`: a.kind, `name`: a.name} END, localPartnerships: COLLECT { UNWIND lcps AS item RETURN {__typename: 'Partnership', `id`: item.id, `illustrative`: coalesce(item.illustrative, false), `kind`: item.kind, `name`: item.name} },
        levels: [lv IN coalesce(levels, []) | {level: lv.level, count: size(lv.partnerships),
                 names: [x IN lv.partnerships | x.name], partnerships: [x IN lv.partnerships | {__typename: 'Partnership', `id`: x.id, `illustrative`: coalesce(x.illustrative, false), `kind`: x.kind, `name`: x.name}]}],
        seats: CASE WHEN levels IS NULL THEN [] ELSE COLLECT {
  UNWIND levels AS lv UNWIND lv.partnerships AS sp
  MATCH (spost:Post)-[:SEAT_ON]->(sp)
  WHERE spost.sector = $p1 AND (coalesce(spost.validFromDate, $p0) <= $p0 <= coalesce(spost.validToDate, $p0))
  OPTIONAL MATCH (sm:Membership)-[:OF_POST]->(spost) WHERE (coalesce(sm.validFromDate, $p0) <= $p0 <= coalesce(sm.validToDate, $p0))
  OPTIONAL MATCH (sperson:Person)-[:HOLDS]->(sm)
  OPTIONAL MATCH (sm)-[:ON_BEHALF_OF]->(sbody)
  RETURN {level: lv.level, vacant: sm IS NULL, since: sm.validFrom, holderName: sperson.name, holder: sperson.id,
          vacantSince: CASE WHEN sm IS NULL THEN coalesce(head(COLLECT {
              MATCH (pm:Membership)-[:OF_POST]->(spost) WHERE pm.validToDate < $p0
              RETURN pm.validTo ORDER BY pm.validToDate DESC LIMIT 1 }), spost.validFrom) END,
          partnership: {__typename: 'Partnership', `id`: sp.id, `illustrative`: coalesce(sp.illustrative, false), `kind`: sp.kind, `name`: sp.name}, post: {__typename: 'Post', `id`: spost.id, `name`: spost.name, `role`: spost.role, `sector`: spost.sector},
          membership: CASE WHEN sm IS NULL THEN null ELSE {__typename: 'Membership', `id`: sm.id, `illustrative`: coalesce(sm.illustrative, false), `lastVerified`: sm.lastVerified, `role`: sm.role} END,
          person: CASE WHEN sperson IS NULL THEN null ELSE {__typename: 'Person', `acceptsMessages`: coalesce(sperson.contactConsentLevel, CASE WHEN sperson.contactConsent = true THEN 'PUBLISHED' ELSE 'NONE' END) IN ['PUBLISHED', 'RELAY_ONLY'] AND sperson.email IS NOT NULL AND sperson.emailUndeliverableSince IS NULL, `consent`: {__typename: 'ContactConsentRecord', `level`: coalesce(sperson.contactConsentLevel, CASE WHEN sperson.contactConsent = true THEN 'PUBLISHED' ELSE 'NONE' END), `recordedOn`: sperson.contactConsentDate}, `contact`: CASE WHEN sperson.contactConsent = true THEN {__typename: 'Contact', `email`: sperson.email, `phone`: sperson.phone, `website`: sperson.website} END, `honorific`: sperson.honorific, `honorificSuffix`: sperson.honorificSuffix, `id`: sperson.id, `illustrative`: coalesce(sperson.illustrative, false), `name`: sperson.name} END,
          onBehalfOf: CASE WHEN sbody IS NULL THEN null ELSE {__typename: CASE WHEN sbody:School THEN 'School' WHEN sbody:Body THEN 'Body' END, `contact`: {__typename: 'Contact', `email`: sbody.email, `phone`: sbody.phone, `website`: sbody.website}, `id`: sbody.id, `illustrative`: coalesce(sbody.illustrative, false), `kind`: sbody.kind, `name`: sbody.name, `sector`: sbody.sector} END,
          contact: CASE WHEN sperson.contactConsent = true THEN {__typename: 'Contact', `email`: sperson.email, `phone`: sperson.phone, `website`: sperson.website} END} AS seat
  ORDER BY lv.rank, sp.name, spost.name, sm.validFromDate
}
 END,
        councilsForVoluntaryService: COLLECT { MATCH (cvs:Body {kind: 'COUNCIL_FOR_VOLUNTARY_SERVICE', dataset: a.id})-[:BASED_IN]->(d) USING INDEX cvs:Body(dataset, kind) RETURN {__typename: 'Body', `contact`: {__typename: 'Contact', `email`: cvs.email, `phone`: cvs.phone, `website`: cvs.website}, `id`: cvs.id, `illustrative`: coalesce(cvs.illustrative, false), `kind`: cvs.kind, `name`: cvs.name, `sector`: cvs.sector} ORDER BY cvs.name }} AS answer
// parameters: {p0=2026-12-01, p1=VOLUNTARY_AND_COMMUNITY, p10=gu51 3aa, p11=gu51~ 3aa~, p2=POSTCODE, p3=GU51 3AA, p4=GU51 3AA, p5=[district:GU51 3AA, authority:GU51 3AA], p6=-1, p7=+gu51* +3aa* gu51 3aa, p8=[gu51 3aa], p9=[gu51, 3aa]}
