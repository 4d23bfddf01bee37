/**
 * "What changed between two dates?" from the record of appointments (`changes`), besides comparing the
 * network on the two days: every appointment, end and vacancy between them, so that a seat vacated and
 * filled again in between (the same on both days) is seen too.
 * @module network/seat-changes
 */

/** The `changes` question; at most 10 years per question, so a longer period is asked in parts. */
export const SEAT_CHANGES = `
query SeatChanges($area: ID!, $from: Date!, $to: Date!) {
  changes(area: $area, from: $from, to: $to, first: 500) {
    total nextCursor
    items { kind on dateAsRecorded post { id name partnership { name } } membership { id person { name } } }
  }
}`;

/** What the record of appointments cannot tell, said with its answer. */
export const NOT_TOLD = 'The record of appointments lists appointments, ends and vacancies of seats only: changes to'
  + ' partnerships, bodies and seats themselves come from comparing the two days, and anything recorded without'
  + ' a date is in neither.';

/**
 * @typedef {object} SeatEvent
 * @property {string} kind - APPOINTED, ENDED or VACANT
 * @property {string} on - the day it took effect
 * @property {string} post - the seat's id
 * @property {string} words - what happened, in words (without the day)
 */

/**
 * The periods of at most 10 years (less a day) that together make up a period.
 *
 * @param {string} from - the first day (ISO)
 * @param {string} to - the last day (ISO)
 * @returns {Array<[string, string]>} the parts, in order
 */
export function periods(from, to) {
  /** @type {Array<[string, string]>} */
  const parts = [];
  let start = from;
  while (start <= to && parts.length < 10) {
    const [y, m, d] = start.split('-').map(Number);
    const limit = new Date(Date.UTC(y + 10, m - 1, d - 1)).toISOString().slice(0, 10);
    const end = limit < to ? limit : to;
    parts.push([start, end]);
    const next = new Date(Date.UTC(...(/** @type {[number, number, number]} */ (end.split('-').map(Number).map((n, i) => (i === 1 ? n - 1 : n))))));
    next.setUTCDate(next.getUTCDate() + 1);
    start = next.toISOString().slice(0, 10);
  }
  return parts;
}

/**
 * Adds the record's seat changes to the comparison of two days: seats with a vacancy in between are marked
 * vacated (if drawn), and every appointment, end and vacancy is listed, newest first.
 *
 * @param {import('./graph-model.js').Changes} changes - the comparison of the two days
 * @param {any[]} items - the `changes` answer's items (Change), any order
 * @param {{nodes: Map<string, unknown>}} graph - the network drawn
 * @returns {import('./graph-model.js').Changes & {seatChanges: SeatEvent[]}} both together
 */
export function withSeatChanges(changes, items, graph) {
  const events = items.filter((item) => item.kind !== 'VERIFIED').map((item) => ({
    kind: item.kind,
    on: item.on,
    post: item.post.id,
    words: `${item.kind === 'APPOINTED' ? `${item.membership.person.name} appointed to` : item.kind === 'ENDED'
      ? `${item.membership.person.name} left` : 'Vacant:'} ${item.post.name}${item.post.partnership ? ` on ${item.post.partnership.name}` : ''}`
  })).sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : 0));
  const vacant = events.filter((event) => event.kind === 'VACANT' && graph.nodes.has(event.post)).map((event) => event.post);
  return { ...changes, vacated: [...new Set([...changes.vacated, ...vacant])].sort(), seatChanges: events };
}
