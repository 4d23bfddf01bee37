/**
 * The API's codes in the words the partnerships' own people use (a seat, not a Post; Local Children's
 * Partnership, not LOCAL_CHILDRENS_PARTNERSHIP), and dates written the GOV.UK way.
 * @module words
 */

/** Representation levels, nearest to a neighbourhood first. */
/** @type {Readonly<Record<string, string>>} */
export const LEVELS = Object.freeze({
  SUB_GROUP: 'Sub-group',
  LOCAL_CHILDRENS_PARTNERSHIP: "Local Children's Partnership",
  STEERING_GROUP: 'Steering group',
  BUSINESS_GROUP: 'Business Group',
  SAFEGUARDING: 'Safeguarding',
  TRUST_BOARD: "Children's Trust Board"
});

/** Coverage statuses, in words (never shown by colour alone). */
/** @type {Readonly<Record<string, string>>} */
export const STATUSES = Object.freeze({
  HELD: 'Held',
  VACANT: 'Vacant',
  NO_SEAT: 'No seat',
  NOT_APPLICABLE: 'Not applicable',
  UNKNOWN: 'Not known'
});

/** Sectors. */
/** @type {Readonly<Record<string, string>>} */
export const SECTORS = Object.freeze({
  STATUTORY: 'Statutory',
  VOLUNTARY_AND_COMMUNITY: 'Voluntary and community',
  PRIVATE: 'Private',
  EDUCATION: 'Education'
});

/** @type {Readonly<Record<string, string>>} */
const SPECIAL = Object.freeze({
  LOCAL_CHILDRENS_PARTNERSHIP: "Local Children's Partnership",
  CHILDRENS_TRUST: "Children's Trust",
  CHILDRENS_SERVICES: "Children's services",
  CHILDRENS_CENTRE: "Children's centre",
  VCS_REPRESENTATIVE: 'Voluntary sector representative',
  VCS_INFRASTRUCTURE: 'Voluntary sector infrastructure body',
  LEAD_GP: 'Lead GP',
  DIRECTOR_OF_CHILDRENS_SERVICES: "Director of Children's Services",
  LOCAL_STRATEGIC_PARTNERSHIP: 'Local Strategic Partnership',
  SchoolCluster: 'School cluster',
  Post: 'Seat'
});

/**
 * An API code in words: LOCAL_CHILDRENS_PARTNERSHIP -> Local Children's Partnership, TRUST_BOARD -> Trust board.
 *
 * @param {string|null|undefined} code - an enum value or type name
 * @returns {string} the words ('' for nothing)
 */
export function words(code) {
  if (!code) {
    return '';
  }
  if (SPECIAL[code]) {
    return SPECIAL[code];
  }
  const text = code.replace(/([a-z])([A-Z])/g, '$1 $2').replaceAll('_', ' ').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

/**
 * A date as the sources give it, in words: '2010' stays 2010, '2019-07' -> July 2019, '2026-11-23' -> 23 November 2026.
 *
 * @param {string|null|undefined} value - a partial or full ISO date
 * @returns {string} the words ('' for nothing)
 */
export function dateWords(value) {
  if (!value) {
    return '';
  }
  const [year, month, day] = value.split('-');
  if (!month) {
    return year;
  }
  const monthName = MONTHS[Number(month) - 1];
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/**
 * Today as an ISO day, in the browser's time zone.
 *
 * @returns {string} e.g. 2026-11-23
 */
export function today() {
  const now = new Date();
  const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * "1 seat", "2 seats".
 *
 * @param {number} count - how many
 * @param {string} one - the singular
 * @param {string} [many] - the plural (one + 's' when left out)
 * @returns {string} the count in words
 */
export function plural(count, one, many = `${one}s`) {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}
