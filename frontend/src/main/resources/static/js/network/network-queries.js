/**
 * The GraphQL documents of the network view.
 * @module network/network-queries
 */

const NODE_FIELDS = 'id type kind label sector voluntarySector vacant illustrative depth district validFrom validTo';
const EDGE_FIELDS = 'id source target type label validFrom validTo';

/** The authority whose network is drawn when the URL names none: Hampshire, whose seats are recorded in full. */
export const DEFAULT_AUTHORITY = 'authority:E10000014';

/** An authority's whole partnership as of a day, ready for drawing. */
export const AUTHORITY_NETWORK = `
query AuthorityNetwork($authority: ID!, $asOf: Date) {
  authorityNetwork(authority: $authority, asOf: $asOf) {
    centre asOf truncated
    nodes { ${NODE_FIELDS} }
    edges { ${EDGE_FIELDS} }
  }
}`;

/** The nodes one step around a node, to expand the drawing. */
export const NEIGHBOURHOOD = `
query Neighbourhood($id: ID!, $asOf: Date) {
  neighbourhood(id: $id, hops: 1, asOf: $asOf) {
    centre truncated
    nodes { ${NODE_FIELDS} }
    edges { ${EDGE_FIELDS} }
  }
}`;

/** The details panel: anything by its id, with its seats and members as of the day. */
export const NODE_DETAILS = `
query NodeDetails($id: ID!, $asOf: Date) {
  node(id: $id) {
    __typename id
    ... on Partnership {
      name partnershipKind: kind statutory validFrom validTo note illustrative source { title url } authority { id } version
      posts(asOf: $asOf) {
        id name role vacant(asOf: $asOf)
        holders(asOf: $asOf) { id version lastVerified role validFrom person { id name } onBehalfOf { id name } }
      }
    }
    ... on Body {
      name bodyKind: kind sector validFrom validTo note illustrative contact { email phone website } source { title url } version
      seats(asOf: $asOf) { partnership { id name } post { id name } membership { validFrom person { id name } } }
    }
    ... on School {
      name urn phase town postcode district { id name } cluster(asOf: $asOf) { id name }
      seats(asOf: $asOf) { partnership { id name } post { id name } membership { validFrom person { id name } } }
    }
    ... on Person {
      name honorific honorificSuffix illustrative contact { email phone website } version
      memberships(asOf: $asOf) { role validFrom post { id name partnership { id name } } onBehalfOf { id name } }
    }
    ... on Post {
      name role postSector: sector validFrom validTo vacant(asOf: $asOf) partnership { id name authority { id } }
      holders(asOf: $asOf) {
        id version lastVerified role validFrom person { id name acceptsMessages contact { email phone website } } onBehalfOf { id name }
      }
    }
    ... on District { name onsCode }
    ... on Authority { name onsCode }
    ... on SchoolCluster { name derived district { id name } schools(asOf: $asOf) { id name } }
    ... on Plan { name validFrom validTo priorities }
  }
}`;

/** The authorities whose network is in the graph, for the chooser. */
export const AUTHORITIES = `
query Authorities {
  authorities { id name }
}`;

/** "How is A connected to B?": a shortest chain between two nodes as of a day. */
export const CONNECTION = `
query Connection($from: ID!, $to: ID!, $asOf: Date) {
  connection(from: $from, to: $to, asOf: $asOf) {
    length description
    nodes { ${NODE_FIELDS} }
    edges { ${EDGE_FIELDS} }
  }
}`;
