/**
 * "Change" on a seat, for an editor of its authority: end the current appointment, appoint someone (a
 * person of the network, on behalf of one of its bodies) from a date, with the source, partial dates
 * allowed (2026, 2026-11, 2026-11-30). Problems from the payloads show beside their fields under an
 * error summary; a stale version says what changed meanwhile and offers to apply the change again.
 * @module stewardship/holding-form
 */

import { announce } from '../announce.js';
import { h } from '../dom.js';
import { query } from '../graphql.js';
import { showProblems } from './form-errors.js';

const CHOICES = `
query EditorChoices($authority: ID!) {
  people(first: 100, filter: { authority: $authority }, orderBy: { field: NAME }) { edges { node { id name } } }
  bodies(first: 100, filter: { authority: $authority }, orderBy: { field: NAME }) { edges { node { id name } } }
}`;

const END = `
mutation EndMembership($input: EndMembershipInput!) {
  endMembership(input: $input) { membership { id version validTo } problems { field message } }
}`;

const APPOINT = `
mutation AppointMember($input: AppointMemberInput!) {
  appointMember(input: $input) { membership { id version validFrom } problems { field message } }
}`;

const CURRENT = 'query Holding($id: ID!) { node(id: $id) { ... on Membership { id version validTo } } }';

const LABELS = {
  'end.validTo': 'Last day', 'end.version': 'The appointment', 'end.correction': 'The correction', correction: 'The correction', person: 'Person', onBehalfOf: 'On behalf of',
  validFrom: 'From', validTo: 'Until', source: 'Source', sourceUrl: 'Web page', post: 'Seat'
};

let counter = 0;

/**
 * @typedef {object} ChangeOptions
 * @property {string} [correction] - the waiting correction the change accepts (saved in one transaction)
 * @property {string|null} [field] - the field the correction names (validTo, validFrom, person, holder, source ...)
 * @property {string|null} [value] - the value it suggests, filled in
 * @property {boolean} [open] - open the form at once
 */

/** The fields a correction may name, to the seat form's controls. */
const CORRECTED = { validTo: 'end.validTo', end: 'end.validTo', holder: 'person', person: 'person', validFrom: 'validFrom',
  onBehalfOf: 'onBehalfOf', source: 'source', sourceUrl: 'sourceUrl' };

/**
 * @param {string} id - the control's id
 * @param {string} field - the payload field it answers for
 * @param {string} label - its label
 * @param {HTMLElement} control - the input or select
 * @param {string} [hint] - a hint
 * @returns {HTMLElement} its GOV.UK form group
 */
function group(id, field, label, control, hint) {
  control.id = id;
  if (hint) {
    control.setAttribute('aria-describedby', `${id}-hint`);
  }
  return h('div', { class: 'govuk-form-group', 'data-field': field }, [
    h('label', { class: 'govuk-label govuk-label--s', for: id, text: label }),
    hint ? h('div', { class: 'govuk-hint', id: `${id}-hint`, text: hint }) : null,
    control
  ]);
}

/**
 * The "Change" control of a seat.
 *
 * @param {{id: string, name: string}} post - the seat
 * @param {string} authority - its authority
 * @param {Array<{id: string, version: number, person: {name: string}}>} holders - its holders now
 * @param {() => void} onDone - called once a change is saved
 * @param {ChangeOptions} [options] - a correction the change accepts, with the value it suggests
 * @returns {HTMLElement} a details element holding the form
 */
export function changeSeat(post, authority, holders, onDone, options = {}) {
  const n = ++counter;
  const current = holders[0] ?? null;
  let version = current?.version;
  const summary = h('div', { 'data-form-errors': '', hidden: true });
  const endDate = h('input', { class: 'govuk-input govuk-input--width-10', type: 'text', name: 'end.validTo', spellcheck: 'false' });
  const person = h('select', { class: 'govuk-select', name: 'person' }, [h('option', { value: '', text: 'Nobody new' })]);
  const body = h('select', { class: 'govuk-select', name: 'onBehalfOf' }, [h('option', { value: '', text: 'Not recorded' })]);
  const from = h('input', { class: 'govuk-input govuk-input--width-10', type: 'text', name: 'validFrom', spellcheck: 'false' });
  const source = h('input', { class: 'govuk-input', type: 'text', name: 'source' });
  const url = h('input', { class: 'govuk-input', type: 'url', name: 'sourceUrl', spellcheck: 'false' });
  const again = h('button', { type: 'button', class: 'govuk-button govuk-button--warning', hidden: true, text: 'Apply my change again' });
  const dateHint = 'A year, a month or a day: 2026, 2026-11 or 2026-11-30';
  const form = /** @type {HTMLFormElement} */ (h('form', { class: 'app-change-form', novalidate: true, 'data-change-form': post.id }, [
    summary,
    current ? h('fieldset', { class: 'govuk-fieldset' }, [
      h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s', text: `End ${current.person.name}'s appointment` }),
      group(`app-change-${n}-end`, 'end.validTo', 'Last day held (leave empty to keep it)', endDate, dateHint),
      h('div', { 'data-field': 'end.version' }, [])
    ]) : null,
    h('fieldset', { class: 'govuk-fieldset' }, [
      h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s', text: `Appoint someone to ${post.name}` }),
      group(`app-change-${n}-person`, 'person', 'Person', person),
      group(`app-change-${n}-body`, 'onBehalfOf', 'On behalf of', body),
      group(`app-change-${n}-from`, 'validFrom', 'From', from, dateHint),
      group(`app-change-${n}-source`, 'source', 'Source (its id in the sources list)', source),
      group(`app-change-${n}-url`, 'sourceUrl', 'Web page that shows it', url, 'For example the minutes, https://...')
    ]),
    h('div', { class: 'govuk-button-group' }, [h('button', { type: 'submit', class: 'govuk-button', text: 'Save the change' }), again])
  ]));
  const details = h('details', { class: 'govuk-details app-change', open: Boolean(options.open), 'data-change-seat': post.id }, [
    h('summary', { class: 'govuk-details__summary' }, [h('span', { class: 'govuk-details__summary-text', text: `Change ${post.name}` })]),
    h('div', { class: 'govuk-details__text' }, [form])
  ]);
  let loaded = false;
  const load = async () => {
    if (loaded || !(/** @type {HTMLDetailsElement} */ (details).open)) {
      return;
    }
    loaded = true;
    const choices = await query(CHOICES, { authority });
    person.append(...choices.people.edges.map((/** @type {any} */ e) => h('option', { value: e.node.id, text: e.node.name })));
    body.append(...choices.bodies.edges.map((/** @type {any} */ e) => h('option', { value: e.node.id, text: e.node.name })));
    prefill();
    form.dataset.loaded = 'true';
  };
  // The suggested value goes where the correction says; a name is matched to a person or body of the network.
  const prefill = () => {
    const target = options.field ? CORRECTED[/** @type {keyof CORRECTED} */ (options.field)] : undefined;
    const control = /** @type {HTMLInputElement|HTMLSelectElement|null} */ (target ? form.querySelector(`[name="${target}"]`) : null);
    if (!control || !options.value) {
      return;
    }
    if (control instanceof HTMLSelectElement) {
      const wanted = options.value.trim().toLowerCase();
      const option = [...control.options].find((o) => o.value && (o.value === options.value || (o.textContent ?? '').toLowerCase() === wanted));
      if (option) {
        control.value = option.value;
        control.dataset.suggested = '';
      }
    } else {
      control.value = options.value;
      control.dataset.suggested = '';
    }
    control.focus();
  };
  details.addEventListener('toggle', () => void load());
  queueMicrotask(() => void load());
  const value = (/** @type {HTMLElement} */ control) => /** @type {HTMLInputElement} */ (control).value.trim();
  const save = async () => {
    /** @type {Array<{field: string|null, message: string}>} */
    let problems = [];
    let saved = '';
    const appointing = Boolean(value(person));
    if (options.correction && !appointing && !(current && value(endDate))) {
      problems = [{ field: null, message: 'Fill in the change the correction asks for, or use "Accept without a change".' }];
    }
    // The correction is accepted by the last mutation the change makes, in that mutation's transaction.
    if (!problems.length && current && value(endDate)) {
      const payload = (await query(END, { input: { id: current.id, version, validTo: value(endDate),
        correction: appointing ? undefined : options.correction } })).endMembership;
      problems = payload.problems.map((/** @type {any} */ p) => ({ ...p, field: `end.${p.field ?? 'version'}` }));
      if (!problems.length) {
        version = payload.membership.version;
        saved = `${current.person.name}'s appointment now ends ${payload.membership.validTo}.`;
      } else if (problems.some((p) => p.field === 'end.version')) {
        const now = (await query(CURRENT, { id: current.id })).node;
        problems = [{ field: 'end.version', message: `Someone changed this appointment meanwhile: it now ends `
          + `${now.validTo ?? 'not recorded (still held)'} (version ${now.version}). Check it, then apply your change again.` }];
        version = now.version;
        again.hidden = false;
      }
    }
    if (!problems.length && value(person)) {
      const input = { person: value(person), post: post.id, onBehalfOf: value(body) || undefined, validFrom: value(from),
        source: value(source) || undefined, sourceUrl: value(url) || undefined, correction: options.correction };
      const payload = (await query(APPOINT, { input })).appointMember;
      problems = payload.problems;
      if (!problems.length) {
        saved += ` ${person.querySelector('option:checked')?.textContent} appointed from ${payload.membership.validFrom}.`;
      } else if (saved) {
        problems = [{ field: null, message: `Saved: ${saved} Not saved:` }, ...problems];
      }
    }
    showProblems(form, summary, problems, LABELS);
    if (!problems.length && saved) {
      again.hidden = true;
      announce(`Saved. ${saved.trim()}${options.correction ? ' The correction is accepted.' : ''}`);
      onDone();
    }
  };
  // A date that is no date comes back as a problem of its field, like the others; a web address the API
  // cannot read is refused before the mutation runs (a GraphQL error), shown above the form.
  const attempt = async () => {
    if (value(person) && !value(from)) {
      showProblems(form, summary, [{ field: 'validFrom', message: 'is required: from when do they hold the seat?' }], LABELS);
      return;
    }
    try {
      await save();
    } catch (error) {
      const message = /** @type {Error} */ (error).message;
      const reason = /'[^']*' is not [^.;"]*/.exec(message)?.[0] ?? message;
      showProblems(form, summary, [{ field: null, message: reason }], LABELS);
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void attempt();
  });
  again.addEventListener('click', () => void attempt());
  return details;
}

const SEAT = 'query SeatHolders($id: ID!) { node(id: $id) { ... on Post { id name partnership { authority { id } } holders { id version person { name } } } } }';

/**
 * "Change" on a seat shown elsewhere (a find answer): the seat's holders are read when it is opened.
 *
 * @param {{id: string, name: string}} post - the seat
 * @param {string} authority - its authority
 * @param {() => void} [onDone] - called once a change is saved
 * @returns {HTMLElement} a details element that becomes the seat's change form
 */
export function changeSeatOnDemand(post, authority, onDone = () => {}) {
  const holder = h('div', { class: 'govuk-details__text' }, [h('p', { class: 'govuk-body-s', text: 'Loading…' })]);
  const details = h('details', { class: 'govuk-details app-change', 'data-change-seat': post.id }, [
    h('summary', { class: 'govuk-details__summary' }, [h('span', { class: 'govuk-details__summary-text', text: `Change ${post.name}` })]),
    holder
  ]);
  details.addEventListener('toggle', async () => {
    if (!(/** @type {HTMLDetailsElement} */ (details).open) || details.dataset.loaded) {
      return;
    }
    details.dataset.loaded = 'true';
    const seat = (await query(SEAT, { id: post.id })).node;
    const form = changeSeat(seat, authority, seat.holders, onDone, { open: true });
    holder.replaceChildren(.../** @type {HTMLElement} */ (form.querySelector('.govuk-details__text')).childNodes);
    void form;
  });
  return details;
}
