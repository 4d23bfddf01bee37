/**
 * "Who represents the voluntary sector where": every district and LCP against every level, with holders,
 * vacancies and gaps, each status in words. Sortable by any column, downloadable as CSV. Its URL is
 * `#/coverage?sort=vacancies&dir=desc&gaps=1&asOf=2015-12-31`.
 * @module coverage/coverage-view
 */

import { reportLink } from '../stewardship/report-view.js';
import { announce } from '../announce.js';
import { h, link } from '../dom.js';
import { downloadBlob } from '../download.js';
import { query } from '../graphql.js';
import { navigate } from '../router.js';
import { dateParam, formatHash } from '../url-state.js';
import { LEVELS, plural, STATUSES, today } from '../words.js';
import { coverageCells, needsAttention, ROW_KINDS, seatWords, sharedLevels, sortRows, tableRows, toCsv } from './coverage-data.js';
import { RegisterTable } from './register.js';

/** The coverage table: every area of the authority against every level. */
export const COVERAGE = `
query Coverage($authority: ID!, $asOf: Date) {
  authority: node(id: $authority) { ... on Authority { name } }
  representationCoverage(authority: $authority, asOf: $asOf) {
    area { id } name kind district { id name } vacancies gaps
    levels { level status partnerships { id name } seats { vacant person { name } onBehalfOf { name } } }
  }
}`;

/** @type {Record<string, string>} */
const TAGS = { HELD: 'govuk-tag--green', VACANT: 'govuk-tag--red', NO_SEAT: 'govuk-tag--yellow', UNKNOWN: 'govuk-tag--grey' };

export class CoverageView {
  /**
   * @param {HTMLElement} root - the view's section, `data-module="app-coverage"`
   */
  constructor(root) {
    this.root = root;
    this.head = /** @type {HTMLElement} */ (root.querySelector('[data-coverage-head]'));
    this.body = /** @type {HTMLElement} */ (root.querySelector('[data-coverage-body]'));
    this.count = /** @type {HTMLElement} */ (root.querySelector('[data-coverage-count]'));
    this.date = /** @type {HTMLInputElement} */ (root.querySelector('[data-coverage-date]'));
    this.gapsOnly = /** @type {HTMLInputElement} */ (root.querySelector('[data-coverage-gaps]'));
    this.sharedBlock = /** @type {HTMLElement} */ (root.querySelector('[data-coverage-shared]'));
    this.mergedNote = /** @type {HTMLElement} */ (root.querySelector('[data-coverage-merged]'));
    /** @type {Record<string, string>} */
    this.params = {};
    /** @type {any[]} */
    this.rows = [];
    /** @type {any[]} */
    this.shown = [];
    /** @type {string[]} */
    this.levels = [];
    /** @type {string[]} the levels every area shares, said once above the table */
    this.shared = [];
    this.authorityName = '';
    this.loaded = '';
    this.register = new RegisterTable(/** @type {HTMLElement} */ (root.querySelector('[data-register]')));

    this.date.addEventListener('change', () => this.update({ asOf: this.date.value }));
    this.gapsOnly.addEventListener('change', () => this.update({ gaps: this.gapsOnly.checked ? '1' : '' }));
    root.querySelector('[data-coverage-csv]')?.addEventListener('click', () => this.download());
    this.head.addEventListener('click', (event) => {
      const button = /** @type {HTMLElement} */ (event.target).closest('[data-sort]');
      if (button) {
        const key = /** @type {HTMLElement} */ (button).dataset.sort ?? 'area';
        const direction = this.params.sort === key && this.params.dir !== 'desc' ? 'desc' : 'asc';
        this.update({ sort: key, dir: direction }, false);
      }
    });
  }

  /**
   * @param {Record<string, string>} params - the URL's parameters
   */
  async show(params) {
    this.params = params;
    this.register.show();
    const asOf = dateParam(params.asOf);
    this.date.value = asOf ?? today();
    this.gapsOnly.checked = params.gaps === '1';
    if (this.loaded !== String(asOf)) {
      this.root.dataset.state = 'loading';
      this.count.textContent = 'Loading the table…';
      const data = await query(COVERAGE, { authority: 'authority:E10000014', asOf });
      if (this.params !== params) {
        return;
      }
      const rows = data.representationCoverage;
      this.levels = rows[0]?.levels.map((/** @type {any} */ level) => level.level) ?? Object.keys(LEVELS);
      this.shared = sharedLevels(rows, this.levels);
      this.rows = tableRows(rows, this.shared);
      this.mergedNote.hidden = !this.rows.some((row) => row.kind === 'DISTRICT_AND_LCP');
      this.authorityName = data.authority?.name ?? '';
      this.loaded = String(asOf);
      this.renderShared(rows[0]);
    }
    this.render();
    this.root.dataset.state = 'ready';
  }

  /** Draws the table for the current parameters. */
  render() {
    const key = this.params.sort ?? 'area';
    const direction = this.params.dir === 'desc' ? 'desc' : 'asc';
    const rows = this.params.gaps === '1' ? this.rows.filter(needsAttention) : this.rows;
    this.shown = sortRows(rows, key, direction);
    const local = this.levels.filter((level) => !this.shared.includes(level));
    const columns = [['area', 'Area'], ['district', 'District'], ...local.map((level) => [level, LEVELS[level] ?? level]),
      ['vacancies', 'Vacancies in the area'], ['gaps', 'Levels with no seat']];
    this.head.replaceChildren(...columns.map(([column, title]) => h('th', {
      scope: 'col', class: 'govuk-table__header app-coverage__header',
      'aria-sort': column === key ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'
    }, [h('button', { type: 'button', class: 'app-sort-button', 'data-sort': column, text: title })])));
    this.body.replaceChildren(...this.shown.map((row) => h('tr', { class: 'govuk-table__row' }, [
      h('th', { scope: 'row', class: 'govuk-table__header app-coverage__area' }, [
        link(formatHash('find', { q: row.name, id: row.area.id }), row.name),
        h('span', { class: 'govuk-body-s app-coverage__kind', text: ROW_KINDS[/** @type {keyof typeof ROW_KINDS} */ (row.kind)]?.short ?? row.kind }),
        h('span', { class: 'govuk-body-s app-coverage__report' }, [reportLink(row.area.id, row.name)])
      ]),
      h('td', { class: 'govuk-table__cell', text: row.district.name }),
      ...local.map((code) => statusCell(row.levels.find((/** @type {any} */ level) => level.level === code))),
      h('td', { class: 'govuk-table__cell govuk-table__cell--numeric', text: String(row.vacancies) }),
      h('td', { class: 'govuk-table__cell', text: row.gaps.map((/** @type {string} */ gap) => LEVELS[gap] ?? gap).join(', ') || 'None' })
    ])));
    const withGaps = rows.filter((row) => row.gaps.length).length;
    const withVacancies = rows.filter((row) => row.vacancies).length;
    const message = `${plural(rows.length, 'area')} shown: ${withGaps} with no voluntary-sector seat at some level,`
      + ` ${withVacancies} with a vacant seat.`;
    if (message !== this.count.textContent) {
      this.count.textContent = message;
    }
  }

  /**
   * The levels every area shares (the county's Board and the like), said once above the table.
   *
   * @param {any} row - any row: the shared levels are the same in each
   */
  renderShared(row) {
    const levels = (row?.levels ?? []).filter((/** @type {any} */ level) => this.shared.includes(level.level));
    this.sharedBlock.hidden = levels.length === 0;
    const place = this.authorityName || 'the authority';
    this.sharedBlock.replaceChildren(
      h('h2', { class: 'govuk-heading-s', id: 'coverage-shared-heading', text: `Held for all of ${place}` }),
      h('p', { class: 'govuk-body-s', text: `These levels are the same for every area of ${place}, so they are shown once here; `
        + 'their vacancies are not counted in each area\'s.' }),
      h('ul', { class: 'govuk-list app-coverage__shared-list' }, levels.map((/** @type {any} */ level) => h('li', {
        class: 'app-coverage__shared-level', 'data-level': level.level
      }, [
        h('span', { class: 'app-coverage__shared-name', text: `${LEVELS[level.level] ?? level.level}`
          + (level.partnerships.length ? ` (${level.partnerships.map((/** @type {any} */ p) => p.name).join(', ')})` : '') + ': ' }),
        statusTag(level),
        level.seats.length ? ` ${plural(level.seats.length, 'seat')}: ${level.seats.map(seatWords).join('; ')}` : ''
      ])))
    );
  }

  /**
   * @param {Record<string, string>} changes - parameters to change
   * @param {boolean} [replace] - without a new history entry
   */
  update(changes, replace = true) {
    navigate('coverage', { ...this.params, ...changes }, { replace });
  }

  /** Saves the table as shown (filtered and sorted) as CSV. */
  download() {
    const day = dateParam(this.params.asOf) ?? today();
    const csv = toCsv(coverageCells(this.shown, this.levels, this.shared, day, this.authorityName));
    const place = (this.authorityName || 'hampshire').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const name = `trustmap-${place}-coverage-${day}.csv`;
    // The byte order mark lets spreadsheet programs read the file as UTF-8.
    downloadBlob(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }), name);
    announce(`The table was saved as ${name}.`);
  }
}

/**
 * @param {any} level - a LevelRepresentation
 * @returns {HTMLElement} its cell: the status in words (a tag, never colour alone), then the holders
 */
function statusCell(level) {
  if (!level) {
    return h('td', { class: 'govuk-table__cell' });
  }
  // One vacant seat needs no line saying so under the "Vacant" tag; several seats are each said.
  const seats = level.status === 'VACANT' && level.seats.length === 1 ? [] : level.seats;
  return h('td', { class: `govuk-table__cell app-coverage__cell app-coverage__cell--${level.status.toLowerCase()}` }, [
    statusTag(level),
    ...seats.map((/** @type {any} */ seat) => h('span', {
      class: `app-coverage__holders${seat.vacant ? ' app-coverage__holders--vacant' : ''}`, text: seatWords(seat)
    }))
  ]);
}

/**
 * @param {any} level - a LevelRepresentation
 * @returns {HTMLElement} its status in words: a tag (never colour alone), or plain text when it does not apply
 */
function statusTag(level) {
  const words = STATUSES[level.status] ?? level.status;
  return TAGS[level.status] ? h('strong', { class: `govuk-tag ${TAGS[level.status]} app-tag`, text: words })
    : h('span', { class: 'app-coverage__na', text: words });
}
