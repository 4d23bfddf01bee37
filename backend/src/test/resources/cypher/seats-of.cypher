// page:js/find/find-queries.js#SEATS_OF with {"organisation": "body:hampshire-constabulary"}
MATCH (n:Entity {id: $p0}) RETURN {
  __typename: 'Body',
  `contact`: {
    __typename: 'Contact',
    `email`: n.email,
    `phone`: n.phone,
    `website`: n.website
  },
  `id`: n.id,
  `illustrative`: coalesce(n.illustrative, false),
  `kind`: n.kind,
  `name`: n.name,
  `sector`: n.sector
}
// parameters: {p0=body:hampshire-constabulary}
