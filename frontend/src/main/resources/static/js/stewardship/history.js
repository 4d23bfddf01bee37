/**
 * The History of a record on its node panel, from the audit trail (`history`): who changed what, when,
 * before and after. Loaded when opened; the server shows contact details only where the reader may see them.
 * @module stewardship/history
 */

import { h } from '../dom.js';
import { query } from '../graphql.js';

const HISTORY = `
query History($id: ID!) {
  history(id: $id, first: 50) { id at actor action before after redacted correction }
}`;

/** Properties that are bookkeeping, not facts a reader changes. */
const QUIET = new Set(['version', 'dataset', 'validFromDate', 'validToDate', 'contactConsentDate', 'id']);

/**
 * @param {string|null} json - a state as JSON
 * @returns {Record<string, string>} its properties
 */
function state(json) {
  try {
    return json ? JSON.parse(json) ?? {} : {};
  } catch {
    return {};
  }
}

/**
 * The History section of a node panel.
 *
 * @param {string} id - the record
 * @param {string} [title] - the summary's text
 * @returns {HTMLElement} a details element that loads the history when opened
 */
export function historySection(id, title = 'History') {
  const body = h('div', { class: 'govuk-details__text', 'data-history': id, 'aria-live': 'polite' }, [
    h('p', { class: 'govuk-body-s', text: 'Loading…' })
  ]);
  const details = h('details', { class: 'govuk-details app-history' }, [
    h('summary', { class: 'govuk-details__summary' }, [h('span', { class: 'govuk-details__summary-text', text: title })]),
    body
  ]);
  let loaded = false;
  details.addEventListener('toggle', async () => {
    if (!(/** @type {HTMLDetailsElement} */ (details).open) || loaded) {
      return;
    }
    loaded = true;
    try {
      const events = (await query(HISTORY, { id })).history;
      body.replaceChildren(events.length ? h('ol', { class: 'govuk-list app-history__list' }, events.map(event)) : h('p', {
        class: 'govuk-body-s', text: 'No change recorded in trustmap: it is as imported.'
      }));
    } catch (error) {
      body.replaceChildren(h('p', { class: 'govuk-body-s', text: `The history could not be shown: ${/** @type {Error} */ (error).message}` }));
    }
    body.dataset.loaded = 'true';
  });
  return details;
}

/**
 * @param {any} entry - an AuditEvent
 * @returns {HTMLElement} its line and what changed
 */
function event(entry) {
  const before = state(entry.before);
  const after = state(entry.after);
  const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((key) => !QUIET.has(key) && before[key] !== after[key]).sort();
  return h('li', { class: 'app-history__event', 'data-action': entry.action }, [
    h('p', { class: 'govuk-body-s app-history__when' }, [
      h('strong', { text: entry.action }), ` by ${entry.actor}, ${new Date(entry.at).toLocaleString('en-GB')}`,
      entry.correction ? ` (correction ${entry.correction})` : ''
    ]),
    changed.length ? h('ul', { class: 'govuk-list govuk-body-s app-history__changes' }, changed.map((key) => h('li', {
      text: `${key}: ${before[key] ?? '(none)'} → ${after[key] ?? '(none)'}`
    }))) : null,
    entry.redacted.length ? h('p', { class: 'govuk-body-s', text: `Not shown: ${entry.redacted.join(', ')} (no consent to publish).` }) : null
  ]);
}
