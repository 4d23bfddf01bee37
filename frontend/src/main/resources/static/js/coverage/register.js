/**
 * The coverage register: every English upper-tier authority and what trustmap holds for it (its network,
 * its partnerships only, or nothing yet), how current that is and how many seats are verified.
 * @module coverage/register
 */

import { h } from '../dom.js';
import { query } from '../graphql.js';
import { dateWords, words } from '../words.js';

/** Every authority with its row of the register. */
export const COVERAGE_REGISTER = `
query CoverageRegister {
  coverage {
    authority { id name kind region }
    level dataAsAt partnerships seats verifiedSeats
    sources { id title }
  }
}`;

/** What each level means, in words. */
export const HOLDINGS = Object.freeze({
  NETWORK: 'Partnerships and who sits on them',
  STRUCTURE: 'Partnerships only: seats not known',
  NONE: 'Not held yet'
});

/**
 * @param {any[]} rows - AuthorityCoverage rows
 * @returns {{NETWORK: number, STRUCTURE: number, NONE: number}} how many authorities at each level
 */
export function countByLevel(rows) {
  const counts = { NETWORK: 0, STRUCTURE: 0, NONE: 0 };
  for (const row of rows) {
    counts[/** @type {'NETWORK'|'STRUCTURE'|'NONE'} */ (row.level)] += 1;
  }
  return counts;
}

export class RegisterTable {
  /**
   * @param {HTMLElement} root - the register's section, `data-register`
   */
  constructor(root) {
    this.root = root;
    this.body = /** @type {HTMLElement} */ (root.querySelector('[data-register-body]'));
    this.summary = /** @type {HTMLElement} */ (root.querySelector('[data-register-summary]'));
    this.loaded = false;
  }

  /** Loads and draws the register, once. */
  async show() {
    if (this.loaded) {
      return;
    }
    this.loaded = true;
    /** @type {any[]} AuthorityCoverage rows */
    const rows = (await query(COVERAGE_REGISTER, {})).coverage;
    const counts = countByLevel(rows);
    this.summary.textContent = `${rows.length} authorities: ${counts.NETWORK} with their network, `
      + `${counts.STRUCTURE} with their partnerships only (seats not known), ${counts.NONE} not held yet.`;
    this.body.replaceChildren(...rows.map((row) => h('tr', { class: 'govuk-table__row', 'data-level': row.level }, [
      h('th', { scope: 'row', class: 'govuk-table__header', text: row.authority.name }),
      h('td', { class: 'govuk-table__cell', text: words(row.authority.kind) }),
      h('td', { class: 'govuk-table__cell', text: row.authority.region ?? '' }),
      h('td', { class: 'govuk-table__cell', text: HOLDINGS[/** @type {'NETWORK'|'STRUCTURE'|'NONE'} */ (row.level)] }),
      h('td', { class: 'govuk-table__cell', text: row.dataAsAt ? dateWords(row.dataAsAt) : '' }),
      h('td', { class: 'govuk-table__cell govuk-table__cell--numeric', text: row.level === 'NONE' ? '' : String(row.seats) }),
      h('td', { class: 'govuk-table__cell govuk-table__cell--numeric', text: row.level === 'NONE' ? '' : String(row.verifiedSeats) }),
      h('td', { class: 'govuk-table__cell', text: row.sources.map((/** @type {any} */ s) => s.title).join('; ') })
    ])));
    this.root.dataset.state = 'ready';
  }
}
