/**
 * The coverage table's data: sorting, the words of each cell, and CSV. Pure: unit tested in
 * WebLogicBrowserTest.
 * @module coverage/coverage-data
 */

import { LEVELS, STATUSES } from '../words.js';

/** Sort order of statuses: gaps first. */
const STATUS_RANK = { NO_SEAT: 0, VACANT: 1, HELD: 2, NOT_APPLICABLE: 3 };

/**
 * @param {any} level - a LevelRepresentation
 * @returns {string} who holds its seats, e.g. "Devon Pretend for Hart Council for Voluntary Service"
 */
export function holders(level) {
  return level.seats.filter((/** @type {any} */ seat) => !seat.vacant && seat.person)
    .map((/** @type {any} */ seat) => `${seat.person.name}${seat.onBehalfOf ? ` for ${seat.onBehalfOf.name}` : ''}`)
    .join('; ');
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
  /** @type {(row: any) => string|number} */
  const value = {
    area: (row) => row.name,
    district: (row) => row.district.name,
    vacancies: (row) => row.vacancies,
    gaps: (row) => row.gaps.length
  }[key] ?? ((row) => STATUS_RANK[row.levels.find((/** @type {any} */ level) => level.level === key)?.status] ?? 9);
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'en-GB');
    return sign * order || a.name.localeCompare(b.name, 'en-GB');
  });
}

/**
 * The table as rows of text: a header, then one row per area.
 *
 * @param {any[]} rows - AreaRepresentation rows, in the order shown
 * @param {string[]} levels - the level codes, in column order
 * @returns {string[][]} the cells
 */
export function coverageCells(rows, levels) {
  return [
    ['Area', 'Kind', 'District', ...levels.flatMap((level) => [`${LEVELS[level] ?? level}: status`, `${LEVELS[level] ?? level}: held by`]),
      'Vacancies', 'Levels with no seat'],
    ...rows.map((row) => [
      row.name, row.kind === 'DISTRICT' ? 'District' : "Local Children's Partnership", row.district.name,
      ...levels.flatMap((code) => {
        const level = row.levels.find((/** @type {any} */ entry) => entry.level === code);
        return level ? [STATUSES[level.status] ?? level.status, holders(level)] : ['', ''];
      }),
      String(row.vacancies), row.gaps.map((/** @type {string} */ gap) => LEVELS[gap] ?? gap).join('; ')
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
