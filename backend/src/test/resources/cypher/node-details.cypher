// page:js/network/network-queries.js#NODE_DETAILS with {"id": "partnership:hart-lcp", "asOf": "2010-06-01"}
MATCH (n:Entity {id: $p0}) RETURN {
  __typename: CASE WHEN n:School THEN 'School' WHEN n:Body THEN 'Body' WHEN n:Partnership THEN 'Partnership' WHEN n:Person THEN 'Person' WHEN n:Post THEN 'Post' WHEN n:Membership THEN 'Membership' WHEN n:District THEN 'District' WHEN n:Authority THEN 'Authority' WHEN n:SchoolCluster THEN 'SchoolCluster' WHEN n:Plan THEN 'Plan' WHEN n:Agreement THEN 'Agreement' WHEN n:Outcome THEN 'Outcome' END,
  `id`: n.id,
  `name`: n.name,
  `partnershipKind`: n.kind,
  `statutory`: coalesce(n.statutory, false),
  `validFrom`: n.validFrom,
  `validTo`: n.validTo,
  `note`: n.note,
  `illustrative`: coalesce(n.illustrative, false),
  `source`: head(COLLECT {
    MATCH (v1:Source) WHERE v1.id = n.source RETURN {
      __typename: 'Source',
      `title`: v1.title,
      `url`: v1.url
    } AS value LIMIT 1
  }),
  `authority`: head(COLLECT {
    MATCH (v2:Authority {id: n.dataset}) RETURN {
      __typename: 'Authority',
      `id`: v2.id
    } AS value LIMIT 1
  }),
  `version`: coalesce(n.version, 0),
  `posts`: COLLECT {
    MATCH (v3:Post)-[:SEAT_ON]->(n) WHERE (coalesce(v3.validFromDate, date('0001-01-01')) <= coalesce($p4, date()) <= coalesce(v3.validToDate, date('9999-12-31'))) AND ($p5 IS NULL OR v3.sector = $p5) RETURN {
      __typename: 'Post',
      `id`: v3.id,
      `name`: v3.name,
      `role`: v3.role,
      `vacant`: (coalesce(v3.validFromDate, date('0001-01-01')) <= coalesce($p6, date()) <= coalesce(v3.validToDate, date('9999-12-31'))) AND NOT EXISTS {
        MATCH (v3_m:Membership)-[:OF_POST]->(v3) WHERE (coalesce(v3_m.validFromDate, date('0001-01-01')) <= coalesce($p6, date()) <= coalesce(v3_m.validToDate, date('9999-12-31')))
      },
      `holders`: COLLECT {
        MATCH (v7:Membership)-[:OF_POST]->(v3) WHERE (coalesce(v7.validFromDate, date('0001-01-01')) <= coalesce($p8, date()) <= coalesce(v7.validToDate, date('9999-12-31'))) RETURN {
          __typename: 'Membership',
          `id`: v7.id,
          `version`: coalesce(v7.version, 0),
          `lastVerified`: v7.lastVerified,
          `role`: v7.role,
          `validFrom`: v7.validFrom,
          `person`: head(COLLECT {
            MATCH (v9:Person)-[:HOLDS]->(v7) RETURN {
              __typename: 'Person',
              `id`: v9.id,
              `name`: v9.name
            } AS value LIMIT 1
          }),
          `onBehalfOf`: head(COLLECT {
            MATCH (v7)-[:ON_BEHALF_OF]->(v10) RETURN {
              __typename: CASE WHEN v10:School THEN 'School' WHEN v10:Body THEN 'Body' END,
              `id`: v10.id,
              `name`: v10.name
            } AS value LIMIT 1
          })
        } AS value ORDER BY v7.validFromDate
      }
    } AS value ORDER BY v3.name
  },
  `bodyKind`: n.kind,
  `sector`: n.sector,
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
  `seats`: COLLECT {
    MATCH (n)<-[:ON_BEHALF_OF]-(v11:Membership) WHERE (coalesce(v11.validFromDate, date('0001-01-01')) <= coalesce($p12, date()) <= coalesce(v11.validToDate, date('9999-12-31'))) RETURN {
      __typename: 'Seat',
      `partnership`: head(COLLECT {
        MATCH (v11)-[:OF_POST]->(:Post)-[:SEAT_ON]->(v13:Partnership) RETURN {
          __typename: 'Partnership',
          `id`: v13.id,
          `name`: v13.name
        } AS value LIMIT 1
      }),
      `post`: head(COLLECT {
        MATCH (v11)-[:OF_POST]->(v14:Post) RETURN {
          __typename: 'Post',
          `id`: v14.id,
          `name`: v14.name
        } AS value LIMIT 1
      }),
      `membership`: {
        __typename: 'Membership',
        `validFrom`: v11.validFrom,
        `person`: head(COLLECT {
          MATCH (v15:Person)-[:HOLDS]->(v11) RETURN {
            __typename: 'Person',
            `id`: v15.id,
            `name`: v15.name
          } AS value LIMIT 1
        })
      }
    } AS value ORDER BY v11.validFromDate DESC
  },
  `urn`: n.urn,
  `phase`: n.phase,
  `town`: n.town,
  `postcode`: n.postcode,
  `district`: head(COLLECT {
    MATCH (n)-[:IN_DISTRICT]->(v16:District) RETURN {
      __typename: 'District',
      `id`: v16.id,
      `name`: v16.name
    } AS value LIMIT 1
  }),
  `cluster`: head(COLLECT {
    MATCH (n)-[v17_r:IN_CLUSTER]->(v17:SchoolCluster) WHERE (coalesce(v17_r.validFromDate, date('0001-01-01')) <= coalesce($p18, date()) <= coalesce(v17_r.validToDate, date('9999-12-31'))) RETURN {
      __typename: 'SchoolCluster',
      `id`: v17.id,
      `name`: v17.name
    } AS value LIMIT 1
  }),
  `honorific`: n.honorific,
  `honorificSuffix`: n.honorificSuffix,
  `memberships`: COLLECT {
    MATCH (n)-[:HOLDS]->(v19:Membership) WHERE $p20 OR (coalesce(v19.validFromDate, date('0001-01-01')) <= coalesce($p21, date()) <= coalesce(v19.validToDate, date('9999-12-31'))) RETURN {
      __typename: 'Membership',
      `role`: v19.role,
      `validFrom`: v19.validFrom,
      `post`: head(COLLECT {
        MATCH (v19)-[:OF_POST]->(v22:Post) RETURN {
          __typename: 'Post',
          `id`: v22.id,
          `name`: v22.name,
          `partnership`: head(COLLECT {
            MATCH (v22)-[:SEAT_ON]->(v23:Partnership) RETURN {
              __typename: 'Partnership',
              `id`: v23.id,
              `name`: v23.name
            } AS value LIMIT 1
          })
        } AS value LIMIT 1
      }),
      `onBehalfOf`: head(COLLECT {
        MATCH (v19)-[:ON_BEHALF_OF]->(v24) RETURN {
          __typename: CASE WHEN v24:School THEN 'School' WHEN v24:Body THEN 'Body' END,
          `id`: v24.id,
          `name`: v24.name
        } AS value LIMIT 1
      })
    } AS value ORDER BY v19.validFromDate DESC
  },
  `role`: n.role,
  `postSector`: n.sector,
  `vacant`: (coalesce(n.validFromDate, date('0001-01-01')) <= coalesce($p25, date()) <= coalesce(n.validToDate, date('9999-12-31'))) AND NOT EXISTS {
    MATCH (n_m:Membership)-[:OF_POST]->(n) WHERE (coalesce(n_m.validFromDate, date('0001-01-01')) <= coalesce($p25, date()) <= coalesce(n_m.validToDate, date('9999-12-31')))
  },
  `partnership`: head(COLLECT {
    MATCH (n)-[:SEAT_ON]->(v26:Partnership) RETURN {
      __typename: 'Partnership',
      `id`: v26.id,
      `name`: v26.name,
      `authority`: head(COLLECT {
        MATCH (v27:Authority {id: v26.dataset}) RETURN {
          __typename: 'Authority',
          `id`: v27.id
        } AS value LIMIT 1
      })
    } AS value LIMIT 1
  }),
  `holders`: COLLECT {
    MATCH (v28:Membership)-[:OF_POST]->(n) WHERE (coalesce(v28.validFromDate, date('0001-01-01')) <= coalesce($p29, date()) <= coalesce(v28.validToDate, date('9999-12-31'))) RETURN {
      __typename: 'Membership',
      `id`: v28.id,
      `version`: coalesce(v28.version, 0),
      `lastVerified`: v28.lastVerified,
      `role`: v28.role,
      `validFrom`: v28.validFrom,
      `person`: head(COLLECT {
        MATCH (v30:Person)-[:HOLDS]->(v28) RETURN {
          __typename: 'Person',
          `id`: v30.id,
          `name`: v30.name,
          `acceptsMessages`: coalesce(v30.contactConsentLevel, CASE WHEN v30.contactConsent = true THEN 'PUBLISHED' ELSE 'NONE' END) IN ['PUBLISHED', 'RELAY_ONLY'] AND v30.email IS NOT NULL AND v30.emailUndeliverableSince IS NULL,
          `contact`: CASE WHEN v30.contactConsent = true THEN {
            __typename: 'Contact',
            `email`: v30.email,
            `phone`: v30.phone,
            `website`: v30.website
          } END
        } AS value LIMIT 1
      }),
      `onBehalfOf`: head(COLLECT {
        MATCH (v28)-[:ON_BEHALF_OF]->(v31) RETURN {
          __typename: CASE WHEN v31:School THEN 'School' WHEN v31:Body THEN 'Body' END,
          `id`: v31.id,
          `name`: v31.name
        } AS value LIMIT 1
      })
    } AS value ORDER BY v28.validFromDate
  },
  `onsCode`: n.onsCode,
  `derived`: coalesce(n.derived, false),
  `schools`: COLLECT {
    MATCH (v32:School)-[v32_r:IN_CLUSTER]->(n) WHERE (coalesce(v32_r.validFromDate, date('0001-01-01')) <= coalesce($p33, date()) <= coalesce(v32_r.validToDate, date('9999-12-31'))) RETURN {
      __typename: 'School',
      `id`: v32.id,
      `name`: v32.name
    } AS value ORDER BY v32.name
  },
  `priorities`: coalesce(n.priorities, [])
}
// parameters: {p0=partnership:hart-lcp, p12=2010-06-01, p18=2010-06-01, p20=false, p21=2010-06-01, p25=2010-06-01, p29=2010-06-01, p33=2010-06-01, p4=2010-06-01, p6=2010-06-01, p8=2010-06-01}
