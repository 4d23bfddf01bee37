/**
 * The one way the page talks to the server: a GraphQL POST to /graphql.
 * @module graphql
 */

/** An answer with GraphQL errors; `extensions` carries the first error's extensions (e.g. suggestions). */
export class GraphQlError extends Error {
  /**
   * @param {Array<{message: string, extensions?: Record<string, unknown>}>} errors - the response's errors
   */
  constructor(errors) {
    super(errors.map((error) => error.message).join(' '));
    this.name = 'GraphQlError';
    this.errors = errors;
    /** @type {Record<string, any>} */
    this.extensions = errors[0]?.extensions ?? {};
    /** @type {string|undefined} NOT_FOUND, BAD_REQUEST... */
    this.classification = /** @type {string|undefined} */ (this.extensions.classification);
  }
}

/**
 * Runs a query and returns its data.
 *
 * @param {string} document - the GraphQL document
 * @param {Record<string, unknown>} [variables] - its variables; undefined ones are left out
 * @param {{signal?: AbortSignal}} [options] - an abort signal to cancel a query that is no longer wanted
 * @returns {Promise<any>} the `data` of the response
 * @throws {GraphQlError} when the response has errors
 */
export async function query(document, variables = {}, { signal } = {}) {
  const response = await fetch('graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...csrfHeader() },
    body: JSON.stringify({ query: document, variables: withoutEmpty(variables) }),
    signal
  });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new GraphQlError([{ message: `The server answered ${response.status} ${response.statusText}.` }]);
  }
  if (body.errors?.length) {
    throw new GraphQlError(body.errors);
  }
  return body.data;
}

/**
 * The server asks for a CSRF token on requests that ride on a signed-in browser session (an editor's);
 * it puts the token in the XSRF-TOKEN cookie for pages to send back in this header.
 *
 * @returns {Record<string, string>} the header, or none when there is no token
 */
function csrfHeader() {
  const token = document.cookie.split('; ').find((cookie) => cookie.startsWith('XSRF-TOKEN='))?.slice('XSRF-TOKEN='.length);
  return token ? { 'X-XSRF-TOKEN': decodeURIComponent(token) } : {};
}

/**
 * @param {Record<string, unknown>} variables - variables
 * @returns {Record<string, unknown>} those with a value
 */
function withoutEmpty(variables) {
  return Object.fromEntries(Object.entries(variables).filter(([, value]) => value !== undefined && value !== ''));
}

/**
 * Whether an error only means a newer request replaced this one.
 *
 * @param {unknown} error - what was thrown
 * @returns {boolean} true for an abort
 */
export function isAbort(error) {
  return error instanceof DOMException && error.name === 'AbortError';
}
