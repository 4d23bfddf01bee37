/**
 * Who is signed in, asked once per page load (`me`): editing controls show only for the networks the
 * account may change. The server checks every change anyway; this only keeps the page honest.
 * @module account
 */

import { h } from './dom.js';
import { query } from './graphql.js';

/**
 * @typedef {object} Account
 * @property {string} name - the account's name
 * @property {boolean} admin - an admin
 * @property {boolean} editsAll - may change every network
 * @property {string[]} authorities - the networks it may change, when not all
 */

/** @type {Promise<Account|null>|null} */
let asked = null;

/**
 * The signed-in account, or null for a reader.
 *
 * @returns {Promise<Account|null>} the account
 */
export function account() {
  asked ??= query('query Me { me { name admin editsAll authorities } }')
    .then((data) => data.me ?? null)
    .catch(() => null);
  return asked;
}

/**
 * Whether the account may change an authority's network.
 *
 * @param {Account|null} who - the account
 * @param {string|null|undefined} authority - the authority's id
 * @returns {boolean} true when it may
 */
export function mayEdit(who, authority) {
  return Boolean(who && authority && (who.editsAll || who.authorities.includes(authority)));
}

/**
 * The CSRF token the server left in its cookie, for forms that post to it (sign out).
 *
 * @returns {string} the token, or ''
 */
export function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : '';
}

/**
 * Fills the header's account area: "Sign in", or who is signed in and "Sign out"; shows the editors'
 * navigation items to editors.
 *
 * @param {HTMLElement} element - the header's account area
 */
export async function showAccount(element) {
  const who = await account();
  if (!who) {
    element.replaceChildren(h('a', { class: 'app-account__link', href: 'login', text: 'Sign in' }));
    return;
  }
  const token = h('input', { type: 'hidden', name: '_csrf', value: csrfToken() });
  const form = h('form', { method: 'post', action: 'logout', class: 'app-account__form' }, [
    token,
    h('button', { type: 'submit', class: 'app-account__sign-out', text: 'Sign out' })
  ]);
  // The token may have been renewed since the page loaded: send the current one.
  form.addEventListener('submit', () => token.setAttribute('value', csrfToken()));
  element.replaceChildren(h('span', { class: 'app-account__name', 'data-signed-in': who.name, text: `Signed in as ${who.name}` }), form);
  for (const item of document.querySelectorAll('[data-editors-only]')) {
    /** @type {HTMLElement} */ (item).hidden = false;
  }
}
