// page:js/find/find-queries.js#SEATS_OF with {"organisation": "body:hampshire-constabulary"}
MATCH (n:Entity {id: $p0}) RETURN {
  __typename: 'Body',
  `id`: n.id,
  `name`: n.name,
  `kind`: n.kind,
  `sector`: n.sector,
  `illustrative`: coalesce(n.illustrative, false),
  `contact`: {
    __typename: 'Contact',
    `email`: n.email,
    `phone`: n.phone,
    `website`: n.website
  }
}
// parameters: {p0=body:hampshire-constabulary}
