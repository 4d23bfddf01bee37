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
      kind name postcode explanation
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
      person { id name honorific honorificSuffix illustrative }
      onBehalfOf { id name ... on Body { illustrative } }
      contact { email phone website }
      membership { role lastVerified }
    }
    councilsForVoluntaryService { id name illustrative contact { email phone website } }
  }
}`;

/** Suggestions as you type. */
export const SEARCH = `
query Suggest($text: String!, $first: Int) {
  search(text: $text, first: $first) { id type name description }
}`;
