/**
 * Hash routing: the back button works and every view can be shared as a link. Hashes that are not
 * routes (`#main-content`) are left to the browser.
 * @module router
 */

import { formatHash, parseHash } from './url-state.js';

/** @type {(route: import('./url-state.js').Route) => void} */
let handler = () => {};

/**
 * Starts listening and handles the current location at once.
 *
 * @param {(route: import('./url-state.js').Route) => void} onRoute - called for every route
 */
export function startRouter(onRoute) {
  handler = onRoute;
  window.addEventListener('hashchange', handleLocation);
  handleLocation();
}

/**
 * Goes to a route.
 *
 * @param {string} view - the view
 * @param {import('./url-state.js').HashParams} params - its parameters (see formatHash)
 * @param {{replace?: boolean}} [options] - replace: change the URL without a new history entry (for
 *   filters, so that the back button goes back to the previous view rather than through every click)
 */
export function navigate(view, params, { replace = false } = {}) {
  const hash = formatHash(view, params);
  if (hash === window.location.hash) {
    return;
  }
  if (replace) {
    window.history.replaceState(window.history.state, '', hash);
    handleLocation();
  } else {
    window.location.hash = hash;
  }
}

function handleLocation() {
  const route = parseHash(window.location.hash);
  if (route) {
    handler(route);
  }
}
