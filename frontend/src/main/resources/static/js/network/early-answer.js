/**
 * The network's answer, asked for while the page's modules still load: first-view.js calls askEarly on
 * the network route, so the query and the module loading overlap; the view then takes that answer
 * instead of asking again.
 * @module network/early-answer
 */

import { query } from '../graphql.js';
import { dateParam, parseHash } from '../url-state.js';
import { AUTHORITY_NETWORK, DEFAULT_AUTHORITY } from './network-queries.js';

/** @type {Map<string, Promise<any>>} answers asked for early, by their variables */
const early = new Map();

/**
 * @param {Record<string, unknown>} variables - the query's variables
 * @returns {string} the key of an authority network's variables
 */
function keyOf(variables) {
  return JSON.stringify([variables.authority, variables.asOf ?? null]);
}

/**
 * Asks for the authority network the URL names (the one the view will draw first).
 *
 * @param {string} hash - the location hash
 */
export function askEarly(hash) {
  const params = parseHash(hash)?.params ?? {};
  const variables = { authority: params.authority || DEFAULT_AUTHORITY, asOf: dateParam(params.asOf) };
  const key = keyOf(variables);
  if (!early.has(key)) {
    const answer = query(AUTHORITY_NETWORK, variables);
    answer.catch(() => early.delete(key));
    early.set(key, answer);
  }
}

/**
 * The early answer to this query, once; later asks go to the server.
 *
 * @param {string} document - the GraphQL document
 * @param {Record<string, unknown>} variables - its variables
 * @returns {Promise<any>|undefined} the answer, or undefined when none was asked for early
 */
export function takeEarly(document, variables) {
  if (document !== AUTHORITY_NETWORK) {
    return undefined;
  }
  const key = keyOf(variables);
  const answer = early.get(key);
  early.delete(key);
  return answer;
}
