/**
 * The coverage table's data: sorting, the words of each cell, and CSV. Pure: unit tested with node --test.
 * @module coverage/coverage-data
 */

import { LEVELS, STATUSES } from '../words.js';

/** Sort order of statuses: gaps first. */
/** @type {Readonly<Record<string, number>>} */
const STATUS_RANK = { NO_SEAT: 0, VACANT: 1, HELD: 2, NOT_APPLICABLE: 3 };

/** The kinds of row, in words: short for the table, in full for the CSV. */
export const ROW_KINDS = Object.freeze({
  DISTRICT: { short: 'District', full: 'District' },
  PARTNERSHIP: { short: 'LCP', full: "Local Children's Partnership" },
  DISTRICT_AND_LCP: { short: 'District and its only LCP', full: "District and its only Local Children's Partnership" }
});

/**
 * @param {any} seat - a RepresentativeSeat
 * @returns {string} who holds it, e.g. "Devon Pretend for Hart Council for Voluntary Service", or "Vacant"
 */
export function seatWords(seat) {
  if (seat.vacant || !seat.person) {
    return 'Vacant';
  }
  return `${seat.person.name}${seat.onBehalfOf ? ` for ${seat.onBehalfOf.name}` : ''}`;
}

/**
 * @param {any} level - a LevelRepresentation
 * @returns {string} each of its seats, held or vacant, e.g. "Kendall Example for Hampshire Alliance; Vacant"
 */
export function holders(level) {
  return level.seats.map(seatWords).join('; ');
}

/**
 * The levels held above the areas: the same partnerships for every row (the county's Board, its
 * safeguarding partnership). They are said once, not in every row, and their vacancies are not an area's.
 *
 * @param {any[]} rows - AreaRepresentation rows
 * @param {string[]} levels - the level codes
 * @returns {string[]} the codes of the levels every area shares
 */
export function sharedLevels(rows, levels) {
  if (rows.length < 2) {
    return [];
  }
  /** @type {(row: any, code: string) => string} */
  const key = (row, code) => (row.levels.find((/** @type {any} */ level) => level.level === code)?.partnerships ?? [])
    .map((/** @type {any} */ partnership) => partnership.id).sort().join(' ');
  return levels.filter((code) => key(rows[0], code) !== '' && rows.every((row) => key(row, code) === key(rows[0], code)));
}

/**
 * The rows as the table shows them. A district with one Local Children's Partnership has the same seats
 * at every level as that LCP (the LCP covers all of it), so the two share one row. Each row's vacancies
 * and gaps are its own, at the levels not shared by every area.
 *
 * @param {any[]} rows - AreaRepresentation rows, each district before its LCPs
 * @param {string[]} shared - the shared levels' codes (see sharedLevels)
 * @returns {any[]} the rows, with kind DISTRICT_AND_LCP for a merged pair, and vacancies and gaps counted locally
 */
export function tableRows(rows, shared) {
  /** @type {(row: any) => string[]} */
  const lcpsOf = (row) => (row.levels.find((/** @type {any} */ level) => level.level === 'LOCAL_CHILDRENS_PARTNERSHIP')
    ?.partnerships ?? []).map((/** @type {any} */ partnership) => partnership.id);
  const merged = new Set();
  /** @type {any[]} */
  const result = [];
  for (const row of rows) {
    if (merged.has(row)) {
      continue;
    }
    const lcps = row.kind === 'DISTRICT' ? lcpsOf(row) : [];
    const only = lcps.length === 1
      ? rows.find((other) => other.kind === 'PARTNERSHIP' && other.area.id === lcps[0] && other.district.id === row.district.id)
      : undefined;
    if (only) {
      merged.add(only);
    }
    const shown = only ? { ...only, kind: 'DISTRICT_AND_LCP' } : row;
    const local = shown.levels.filter((/** @type {any} */ level) => !shared.includes(level.level));
    result.push({
      ...shown,
      vacancies: local.reduce((/** @type {number} */ sum, /** @type {any} */ level) =>
        sum + level.seats.filter((/** @type {any} */ seat) => seat.vacant).length, 0),
      gaps: shown.gaps.filter((/** @type {string} */ gap) => !shared.includes(gap))
    });
  }
  return result;
}

/**
 * @param {any} row - a row of tableRows
 * @returns {boolean} whether the area has a gap or a vacant seat of its own
 */
export function needsAttention(row) {
  return row.gaps.length > 0 || row.vacancies > 0;
}

/**
 * Sorts rows of the table.
 *
 * @param {any[]} rows - AreaRepresentation rows
 * @param {string} key - 'area', 'district', 'vacancies', 'gaps' or a level code
 * @param {'asc'|'desc'} direction - which way
 * @returns {any[]} a sorted copy (ties keep the area's name order)
 */
export function sortRows(rows, key, direction) {
  const sign = direction === 'desc' ? -1 : 1;
  /** @type {Record<string, (row: any) => string|number>} */
  const columns = {
    area: (row) => row.name,
    district: (row) => row.district.name,
    vacancies: (row) => row.vacancies,
    gaps: (row) => row.gaps.length
  };
  const value = columns[key] ?? ((row) => STATUS_RANK[row.levels.find((/** @type {any} */ level) => level.level === key)?.status] ?? 9);
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'en-GB');
    return sign * order || a.name.localeCompare(b.name, 'en-GB');
  });
}

/**
 * The table as rows of text: a header, then one row per area. Every level is in every row (a row of a
 * spreadsheet stands alone), the shared ones marked so in their heading; cells say what the table says.
 *
 * @param {any[]} rows - rows of tableRows, in the order shown
 * @param {string[]} levels - the level codes, in column order
 * @param {string[]} shared - the codes of the levels every area shares
 * @param {string} asOf - the day the table is for (ISO)
 * @param {string} authority - the authority's name
 * @returns {string[][]} the cells
 */
export function coverageCells(rows, levels, shared = [], asOf = '', authority = '') {
  /** @type {(code: string) => string} */
  const heading = (code) => `${LEVELS[code] ?? code}${shared.includes(code) ? ` (for all of ${authority || 'the authority'})` : ''}`;
  return [
    ['Area', 'Kind', 'District', ...levels.flatMap((code) => [`${heading(code)}: status`, `${heading(code)}: held by`]),
      'Vacancies in the area', 'Levels with no seat', 'As of'],
    ...rows.map((row) => [
      row.name, ROW_KINDS[/** @type {keyof typeof ROW_KINDS} */ (row.kind)]?.full ?? row.kind, row.district.name,
      ...levels.flatMap((code) => {
        const level = row.levels.find((/** @type {any} */ entry) => entry.level === code);
        return level ? [STATUSES[level.status] ?? level.status, holders(level) || 'None'] : ['Not known', 'Not known'];
      }),
      String(row.vacancies), row.gaps.map((/** @type {string} */ gap) => LEVELS[gap] ?? gap).join('; ') || 'None', asOf
    ])
  ];
}

/**
 * Writes CSV (RFC 4180): fields quoted when needed, CRLF line ends. A field that a spreadsheet would take
 * for a formula (= + - @ at its start) gets a leading apostrophe.
 *
 * @param {string[][]} cells - rows of fields
 * @returns {string} the CSV text
 */
export function toCsv(cells) {
  return cells.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * @param {string} value - one field
 * @returns {string} it, quoted and guarded as needed
 */
function csvField(value) {
  let text = String(value ?? '');
  if (/^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
