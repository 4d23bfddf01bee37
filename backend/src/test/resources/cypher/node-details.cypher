// page:js/network/network-queries.js#NODE_DETAILS with {"id": "partnership:hart-lcp", "asOf": "2010-06-01"}
MATCH (n:Entity {id: $p0}) RETURN {
  __typename: CASE WHEN n:School THEN 'School' WHEN n:Body THEN 'Body' WHEN n:Partnership THEN 'Partnership' WHEN n:Person THEN 'Person' WHEN n:Post THEN 'Post' WHEN n:Membership THEN 'Membership' WHEN n:District THEN 'District' WHEN n:Authority THEN 'Authority' WHEN n:SchoolCluster THEN 'SchoolCluster' WHEN n:Plan THEN 'Plan' WHEN n:Agreement THEN 'Agreement' WHEN n:Outcome THEN 'Outcome' END,
  `authority`: head(COLLECT {
    MATCH (v1:Authority {id: n.dataset}) RETURN {
      __typename: 'Authority',
      `id`: v1.id
    } AS value LIMIT 1
  }),
  `bodyKind`: n.kind,
  `cluster`: head(COLLECT {
    MATCH (n)-[v2_r:IN_CLUSTER]->(v2:SchoolCluster) WHERE (coalesce(v2_r.validFromDate, coalesce($p3, date({timezone: 'Europe/London'}))) <= coalesce($p3, date({timezone: 'Europe/London'})) <= coalesce(v2_r.validToDate, coalesce($p3, date({timezone: 'Europe/London'})))) RETURN {
      __typename: 'SchoolCluster',
      `id`: v2.id,
      `name`: v2.name
    } AS value LIMIT 1
  }),
  `contact`: CASE WHEN n:Body THEN {
    __typename: 'Contact',
    `email`: n.email,
    `phone`: n.phone,
    `website`: n.website
  } WHEN n:Person THEN CASE WHEN n.contactConsent = true THEN {
    __typename: 'Contact',
    `email`: n.email,
    `phone`: n.phone,
    `website`: n.website
  } END END,
  `derived`: coalesce(n.derived, false),
  `district`: head(COLLECT {
    MATCH (n)-[:IN_DISTRICT]->(v4:District) RETURN {
      __typename: 'District',
      `id`: v4.id,
      `name`: v4.name
    } AS value LIMIT 1
  }),
  `holders`: COLLECT {
    MATCH (v5:Membership)-[:OF_POST]->(n) WHERE (coalesce(v5.validFromDate, coalesce($p6, date({timezone: 'Europe/London'}))) <= coalesce($p6, date({timezone: 'Europe/London'})) <= coalesce(v5.validToDate, coalesce($p6, date({timezone: 'Europe/London'})))) RETURN {
      __typename: 'Membership',
      `id`: v5.id,
      `lastVerified`: v5.lastVerified,
      `onBehalfOf`: head(COLLECT {
        MATCH (v5)-[:ON_BEHALF_OF]->(v7) RETURN {
          __typename: CASE WHEN v7:School THEN 'School' WHEN v7:Body THEN 'Body' END,
          `id`: v7.id,
          `name`: v7.name
        } AS value LIMIT 1
      }),
      `person`: head(COLLECT {
        MATCH (v8:Person)-[:HOLDS]->(v5) RETURN {
          __typename: 'Person',
          `acceptsMessages`: coalesce(v8.contactConsentLevel, CASE WHEN v8.contactConsent = true THEN 'PUBLISHED' ELSE 'NONE' END) IN ['PUBLISHED', 'RELAY_ONLY'] AND v8.email IS NOT NULL AND v8.emailUndeliverableSince IS NULL,
          `contact`: CASE WHEN v8.contactConsent = true THEN {
            __typename: 'Contact',
            `email`: v8.email,
            `phone`: v8.phone,
            `website`: v8.website
          } END,
          `id`: v8.id,
          `name`: v8.name
        } AS value LIMIT 1
      }),
      `role`: v5.role,
      `validFrom`: v5.validFrom,
      `version`: coalesce(v5.version, 0)
    } AS value ORDER BY v5.validFromDate
  },
  `honorific`: n.honorific,
  `honorificSuffix`: n.honorificSuffix,
  `id`: n.id,
  `illustrative`: coalesce(n.illustrative, false),
  `memberships`: COLLECT {
    MATCH (n)-[:HOLDS]->(v9:Membership) WHERE $p10 OR (coalesce(v9.validFromDate, coalesce($p11, date({timezone: 'Europe/London'}))) <= coalesce($p11, date({timezone: 'Europe/London'})) <= coalesce(v9.validToDate, coalesce($p11, date({timezone: 'Europe/London'})))) RETURN {
      __typename: 'Membership',
      `onBehalfOf`: head(COLLECT {
        MATCH (v9)-[:ON_BEHALF_OF]->(v12) RETURN {
          __typename: CASE WHEN v12:School THEN 'School' WHEN v12:Body THEN 'Body' END,
          `id`: v12.id,
          `name`: v12.name
        } AS value LIMIT 1
      }),
      `post`: head(COLLECT {
        MATCH (v9)-[:OF_POST]->(v13:Post) RETURN {
          __typename: 'Post',
          `id`: v13.id,
          `name`: v13.name,
          `partnership`: head(COLLECT {
            MATCH (v13)-[:SEAT_ON]->(v14:Partnership) RETURN {
              __typename: 'Partnership',
              `id`: v14.id,
              `name`: v14.name
            } AS value LIMIT 1
          })
        } AS value LIMIT 1
      }),
      `role`: v9.role,
      `validFrom`: v9.validFrom
    } AS value ORDER BY v9.validFromDate DESC
  },
  `name`: n.name,
  `note`: n.note,
  `onsCode`: n.onsCode,
  `partnership`: head(COLLECT {
    MATCH (n)-[:SEAT_ON]->(v15:Partnership) RETURN {
      __typename: 'Partnership',
      `authority`: head(COLLECT {
        MATCH (v16:Authority {id: v15.dataset}) RETURN {
          __typename: 'Authority',
          `id`: v16.id
        } AS value LIMIT 1
      }),
      `id`: v15.id,
      `name`: v15.name
    } AS value LIMIT 1
  }),
  `partnershipKind`: n.kind,
  `phase`: n.phase,
  `postSector`: n.sector,
  `postcode`: n.postcode,
  `posts`: COLLECT {
    MATCH (v17:Post)-[:SEAT_ON]->(n) WHERE (coalesce(v17.validFromDate, coalesce($p18, date({timezone: 'Europe/London'}))) <= coalesce($p18, date({timezone: 'Europe/London'})) <= coalesce(v17.validToDate, coalesce($p18, date({timezone: 'Europe/London'})))) AND ($p19 IS NULL OR v17.sector = $p19) RETURN {
      __typename: 'Post',
      `holders`: COLLECT {
        MATCH (v20:Membership)-[:OF_POST]->(v17) WHERE (coalesce(v20.validFromDate, coalesce($p21, date({timezone: 'Europe/London'}))) <= coalesce($p21, date({timezone: 'Europe/London'})) <= coalesce(v20.validToDate, coalesce($p21, date({timezone: 'Europe/London'})))) RETURN {
          __typename: 'Membership',
          `id`: v20.id,
          `lastVerified`: v20.lastVerified,
          `onBehalfOf`: head(COLLECT {
            MATCH (v20)-[:ON_BEHALF_OF]->(v22) RETURN {
              __typename: CASE WHEN v22:School THEN 'School' WHEN v22:Body THEN 'Body' END,
              `id`: v22.id,
              `name`: v22.name
            } AS value LIMIT 1
          }),
          `person`: head(COLLECT {
            MATCH (v23:Person)-[:HOLDS]->(v20) RETURN {
              __typename: 'Person',
              `id`: v23.id,
              `name`: v23.name
            } AS value LIMIT 1
          }),
          `role`: v20.role,
          `validFrom`: v20.validFrom,
          `version`: coalesce(v20.version, 0)
        } AS value ORDER BY v20.validFromDate
      },
      `id`: v17.id,
      `name`: v17.name,
      `role`: v17.role,
      `vacant`: (coalesce(v17.validFromDate, coalesce($p24, date({timezone: 'Europe/London'}))) <= coalesce($p24, date({timezone: 'Europe/London'})) <= coalesce(v17.validToDate, coalesce($p24, date({timezone: 'Europe/London'})))) AND NOT EXISTS {
        MATCH (v17_m:Membership)-[:OF_POST]->(v17) WHERE (coalesce(v17_m.validFromDate, coalesce($p24, date({timezone: 'Europe/London'}))) <= coalesce($p24, date({timezone: 'Europe/London'})) <= coalesce(v17_m.validToDate, coalesce($p24, date({timezone: 'Europe/London'}))))
      }
    } AS value ORDER BY v17.name
  },
  `priorities`: coalesce(n.priorities, []),
  `role`: n.role,
  `schools`: COLLECT {
    MATCH (v25:School)-[v25_r:IN_CLUSTER]->(n) WHERE (coalesce(v25_r.validFromDate, coalesce($p26, date({timezone: 'Europe/London'}))) <= coalesce($p26, date({timezone: 'Europe/London'})) <= coalesce(v25_r.validToDate, coalesce($p26, date({timezone: 'Europe/London'})))) RETURN {
      __typename: 'School',
      `id`: v25.id,
      `name`: v25.name
    } AS value ORDER BY v25.name
  },
  `seats`: COLLECT {
    MATCH (n)<-[:ON_BEHALF_OF]-(v27:Membership) WHERE (coalesce(v27.validFromDate, coalesce($p28, date({timezone: 'Europe/London'}))) <= coalesce($p28, date({timezone: 'Europe/London'})) <= coalesce(v27.validToDate, coalesce($p28, date({timezone: 'Europe/London'})))) RETURN {
      __typename: 'Seat',
      `membership`: {
        __typename: 'Membership',
        `person`: head(COLLECT {
          MATCH (v29:Person)-[:HOLDS]->(v27) RETURN {
            __typename: 'Person',
            `id`: v29.id,
            `name`: v29.name
          } AS value LIMIT 1
        }),
        `validFrom`: v27.validFrom
      },
      `partnership`: head(COLLECT {
        MATCH (v27)-[:OF_POST]->(:Post)-[:SEAT_ON]->(v30:Partnership) RETURN {
          __typename: 'Partnership',
          `id`: v30.id,
          `name`: v30.name
        } AS value LIMIT 1
      }),
      `post`: head(COLLECT {
        MATCH (v27)-[:OF_POST]->(v31:Post) RETURN {
          __typename: 'Post',
          `id`: v31.id,
          `name`: v31.name
        } AS value LIMIT 1
      })
    } AS value ORDER BY v27.validFromDate DESC
  },
  `sector`: n.sector,
  `source`: head(COLLECT {
    MATCH (v32:Source) WHERE v32.id = n.source RETURN {
      __typename: 'Source',
      `title`: v32.title,
      `url`: v32.url
    } AS value LIMIT 1
  }),
  `statutory`: coalesce(n.statutory, false),
  `town`: n.town,
  `urn`: n.urn,
  `vacant`: (coalesce(n.validFromDate, coalesce($p33, date({timezone: 'Europe/London'}))) <= coalesce($p33, date({timezone: 'Europe/London'})) <= coalesce(n.validToDate, coalesce($p33, date({timezone: 'Europe/London'})))) AND NOT EXISTS {
    MATCH (n_m:Membership)-[:OF_POST]->(n) WHERE (coalesce(n_m.validFromDate, coalesce($p33, date({timezone: 'Europe/London'}))) <= coalesce($p33, date({timezone: 'Europe/London'})) <= coalesce(n_m.validToDate, coalesce($p33, date({timezone: 'Europe/London'}))))
  },
  `validFrom`: n.validFrom,
  `validTo`: n.validTo,
  `version`: coalesce(n.version, 0)
}
// parameters: {p0=partnership:hart-lcp, p10=false, p11=2010-06-01, p18=2010-06-01, p21=2010-06-01, p24=2010-06-01, p26=2010-06-01, p28=2010-06-01, p3=2010-06-01, p33=2010-06-01, p6=2010-06-01}
