/**
 * The GraphQL documents of the find-your-representative view.
 * @module find/find-queries
 */

/** "Who speaks for the voluntary sector where I am?": everything the answer shows, in one query. */
export const FIND_REPRESENTATIVES = `
query FindRepresentatives($place: String!, $asOf: Date) {
  findRepresentatives(place: $place, asOf: $asOf) {
    place status message asOf coverage dataAsAt
    resolvedAs {
      kind name postcode explanation matched { id }
      district { id name }
      authority { id name }
      localPartnerships { id name }
    }
    candidates { id name kind description }
    levels { level status message }
    seats {
      level vacant since vacantSince
      partnership { id name illustrative }
      post { id name role }
      person { id name honorific honorificSuffix illustrative acceptsMessages }
      onBehalfOf { id name ... on Body { illustrative } }
      contact { email phone website }
      membership { id role lastVerified }
    }
    councilsForVoluntaryService { id name illustrative contact { email phone website } }
  }
}`;

/** Suggestions as you type. */
export const SEARCH = `
query Suggest($text: String!, $first: Int) {
  search(text: $text, first: $first) { id type name description }
}`;

/** An organisation's answer: what it sits on, and through whom (the schema's question 4, `seatsOf`). */
export const SEATS_OF = `
query SeatsOf($organisation: ID!, $asOf: Date) {
  organisation: node(id: $organisation) {
    ... on Body { id name kind sector illustrative contact { email phone website } }
  }
  seatsOf(organisation: $organisation, asOf: $asOf) {
    partnership { id name illustrative }
    post { id name sector }
    membership { role validFrom lastVerified illustrative person { id name honorific honorificSuffix illustrative } }
  }
}`;
