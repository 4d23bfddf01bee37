/**
 * Starts the page: each `data-module` element gets its component, then the router shows the view the URL
 * names. Views are sections with `data-view`; only one shows at a time.
 * @module main
 */

import { showAccount } from './account.js';
import { CoverageView } from './coverage/coverage-view.js';
import { FindView } from './find/find-view.js';
import { NetworkView } from './network/network-view.js';
import { startRouter } from './router.js';
import { ChangesView } from './stewardship/changes-view.js';
import { CheckingView } from './stewardship/checking-view.js';
import { ReportView } from './stewardship/report-view.js';

/** @type {Record<string, new (root: HTMLElement) => {show: (params: Record<string, string>) => void}>} */
const COMPONENTS = {
  'app-find': FindView,
  'app-network': NetworkView,
  'app-coverage': CoverageView,
  'app-changes': ChangesView,
  'app-checking': CheckingView,
  'app-report': ReportView
};

/** @type {Record<string, string>} */
const TITLES = {
  find: 'Find your representative',
  network: 'The partnership network',
  coverage: 'Who represents the voluntary sector where',
  changes: 'What changed',
  checking: 'Needs checking',
  report: 'Report a mistake'
};

/**
 * Starts the router; each view's component is made the first time its view shows, so a page opened on one
 * view does not pay for building the others before it can answer.
 */
export function start() {
  /** @type {Map<string, {show: (params: Record<string, string>) => void}>} */
  const views = new Map();
  const view = (/** @type {string} */ name) => {
    const root = /** @type {HTMLElement|null} */ (document.querySelector(`[data-view="${name}"][data-module]`));
    const Component = COMPONENTS[root?.dataset.module ?? ''];
    if (root && Component && !views.has(name)) {
      views.set(name, new Component(root));
    }
    return views.get(name);
  };
  startSkipLink();
  const accountArea = /** @type {HTMLElement|null} */ (document.querySelector('[data-account]'));
  if (accountArea) {
    void showAccount(accountArea);
  }
  let current = '';
  startRouter((route) => {
    const changed = route.view !== current;
    current = route.view;
    // The stylesheet shows only the view named here (set first by first-view.js, before the first paint).
    document.documentElement.dataset.route = route.view;
    for (const section of document.querySelectorAll('[data-view]')) {
      /** @type {HTMLElement} */ (section).hidden = /** @type {HTMLElement} */ (section).dataset.view !== route.view;
    }
    for (const item of document.querySelectorAll('[data-nav]')) {
      const active = /** @type {HTMLElement} */ (item).dataset.nav === route.view;
      item.classList.toggle('govuk-service-navigation__item--active', active);
      const anchor = item.querySelector('a');
      if (active) {
        anchor?.setAttribute('aria-current', 'page');
      } else {
        anchor?.removeAttribute('aria-current');
      }
    }
    document.title = `${TITLES[route.view]} – trustmap`;
    view(route.view)?.show(route.params);
    if (changed && document.documentElement.dataset.started) {
      // A new view: take screen-reader users to its heading, as a new page would.
      /** @type {HTMLElement|null} */ (document.querySelector(`[data-view=${route.view}] h1`))?.focus();
    }
    document.documentElement.dataset.started = 'true';
  });
}

/** The skip link moves the focus without changing the URL (the hash holds the route). */
function startSkipLink() {
  document.querySelector('.govuk-skip-link')?.addEventListener('click', (event) => {
    event.preventDefault();
    /** @type {HTMLElement|null} */ (document.getElementById('main-content'))?.focus();
  });
}

start();
