/**
 * Every view has a URL: `#/find?q=GU51%203AA`, `#/network?asOf=2010-12-31&node=partnership:hart-lcp`,
 * `#/coverage?sort=vacancies&dir=desc`. Pure functions, unit tested with node --test.
 * @module url-state
 */

/** The views, the first being the landing one. */
export const VIEWS = Object.freeze(['find', 'network', 'coverage', 'changes', 'checking', 'report']);

/**
 * @typedef {object} Route
 * @property {string} view - one of VIEWS
 * @property {Record<string, string>} params - the query parameters, by name
 */

/**
 * A route's parameters as the page writes them: arrays are joined with commas; false, null, undefined, ''
 * and [] are left out.
 * @typedef {Record<string, string|number|boolean|string[]|null|undefined>} HashParams
 */

/**
 * Reads a location hash.
 *
 * @param {string} hash - e.g. '#/network?node=partnership%3Ahart-lcp'
 * @returns {Route|null} the route, or null for a hash that is no route (an in-page anchor)
 */
export function parseHash(hash) {
  const text = (hash ?? '').replace(/^#/, '');
  if (text === '' || text === '/') {
    return { view: VIEWS[0], params: {} };
  }
  if (!text.startsWith('/')) {
    return null;
  }
  const [path, search = ''] = text.slice(1).split('?', 2);
  const view = VIEWS.includes(path) ? path : VIEWS[0];
  /** @type {Record<string, string>} */
  const params = {};
  for (const [name, value] of new URLSearchParams(search)) {
    if (value !== '') {
      params[name] = value;
    }
  }
  return { view, params };
}

/**
 * Writes a location hash, leaving out empty parameters and keeping their order.
 *
 * @param {string} view - one of VIEWS
 * @param {HashParams} [params] - the parameters, in order
 * @returns {string} the hash, starting with '#/'
 */
export function formatHash(view, params = {}) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === false || value === '') {
      continue;
    }
    if (Array.isArray(value)) {
      if (value.length > 0) {
        search.set(name, value.join(','));
      }
    } else {
      search.set(name, String(value));
    }
  }
  const text = search.toString().replaceAll('%3A', ':').replaceAll('%2C', ',');
  return `#/${view}${text ? `?${text}` : ''}`;
}

/**
 * Reads a comma-separated list parameter.
 *
 * @param {string|undefined} value - e.g. 'Person,Post'
 * @returns {string[]} its items, e.g. ['Person', 'Post']
 */
export function listParam(value) {
  return value ? value.split(',').filter((item) => item !== '') : [];
}

/**
 * Reads a date parameter: a day (2010-12-31) or a year (2010, meaning its last day).
 *
 * @param {string|undefined} value - the parameter
 * @returns {string|undefined} an ISO day, or undefined for today
 */
export function dateParam(value) {
  if (!value) {
    return undefined;
  }
  if (/^\d{4}$/.test(value)) {
    return `${value}-12-31`;
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}
