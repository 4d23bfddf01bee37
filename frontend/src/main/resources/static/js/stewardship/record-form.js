/**
 * "Change" on a body's, partnership's or person's node panel, for an editor of its authority: the fields
 * an editor may change (`updateBody`, `updatePartnership`, `updatePerson`) with the version read, errors
 * beside their fields; a stale version lists what someone else changed meanwhile and offers to apply
 * the editor's change again on top of it.
 * @module stewardship/record-form
 */

import { announce } from '../announce.js';
import { h } from '../dom.js';
import { query } from '../graphql.js';
import { showProblems } from './form-errors.js';

/**
 * @typedef {object} Field
 * @property {string} name - the input field
 * @property {string} label - its label
 * @property {'text'|'textarea'|'url'|'email'|'date'|'checkbox'} type - its control
 */

/** @type {Record<string, {mutation: string, type: string, read: string, fields: Field[]}>} */
const KINDS = {
  Body: {
    mutation: 'updateBody', type: 'UpdateBodyInput', read: 'body',
    fields: [{ name: 'name', label: 'Name', type: 'text' }, { name: 'website', label: 'Web site', type: 'url' },
      { name: 'email', label: 'Email address', type: 'email' }, { name: 'phone', label: 'Telephone', type: 'text' },
      { name: 'validTo', label: 'Until (if it closed)', type: 'date' }, { name: 'note', label: 'Note', type: 'textarea' }]
  },
  Partnership: {
    mutation: 'updatePartnership', type: 'UpdatePartnershipInput', read: 'partnership',
    fields: [{ name: 'name', label: 'Name', type: 'text' }, { name: 'validFrom', label: 'Since', type: 'date' },
      { name: 'validTo', label: 'Until (if it ended)', type: 'date' }, { name: 'note', label: 'Note', type: 'textarea' }]
  },
  Person: {
    mutation: 'updatePerson', type: 'UpdatePersonInput', read: 'person',
    fields: [{ name: 'name', label: 'Name', type: 'text' }, { name: 'honorific', label: 'Title before the name', type: 'text' },
      { name: 'honorificSuffix', label: 'Letters after the name', type: 'text' },
      { name: 'email', label: 'Email address', type: 'email' }, { name: 'phone', label: 'Telephone', type: 'text' },
      { name: 'contactConsent', label: 'They agreed to their contact details being public', type: 'checkbox' }]
  }
};

const READABLE = { Body: 'name validTo note', Partnership: 'name validFrom validTo note', Person: 'name honorific honorificSuffix' };

let counter = 0;

/**
 * Whether this kind of node has a change form.
 *
 * @param {string} typename - the node's type
 * @returns {boolean} true for bodies, partnerships and people
 */
export function changeable(typename) {
  return typename in KINDS;
}

/**
 * The "Change" control of a record.
 *
 * @param {any} node - the node as the panel read it (with `version`)
 * @param {() => void} onDone - called once saved
 * @param {import('./holding-form.js').ChangeOptions} [options] - a correction the change accepts, with the value it suggests
 * @returns {HTMLElement} a details element holding the form
 */
export function changeRecord(node, onDone, options = {}) {
  const kind = KINDS[node.__typename];
  const n = ++counter;
  let version = node.version;
  /** @type {Record<string, unknown>} */
  let seen = Object.fromEntries(READABLE[/** @type {keyof READABLE} */ (node.__typename)].split(' ').map((f) => [f, node[f] ?? null]));
  const summary = h('div', { hidden: true });
  const controls = new Map();
  const groups = kind.fields.map((field) => {
    const id = `app-record-${n}-${field.name}`;
    const current = field.name in node ? node[field.name] : null;
    if (field.type === 'checkbox') {
      const box = h('input', { class: 'govuk-checkboxes__input', id, name: field.name, type: 'checkbox', checked: Boolean(current) });
      controls.set(field.name, box);
      return h('div', { class: 'govuk-form-group', 'data-field': field.name }, [h('div', { class: 'govuk-checkboxes govuk-checkboxes--small' }, [
        h('div', { class: 'govuk-checkboxes__item' }, [box, h('label', { class: 'govuk-label govuk-checkboxes__label', for: id, text: field.label })])
      ])]);
    }
    const control = field.type === 'textarea'
      ? h('textarea', { class: 'govuk-textarea', id, name: field.name, rows: 3 })
      : h('input', { class: `govuk-input${field.type === 'date' ? ' govuk-input--width-10' : ''}`, id, name: field.name,
        type: field.type === 'date' ? 'text' : field.type, spellcheck: 'false' });
    const suggested = options.field === field.name && options.value ? options.value : null;
    /** @type {HTMLInputElement} */ (control).value = suggested ?? (typeof current === 'string' ? current : '');
    if (suggested) {
      control.dataset.suggested = '';
    }
    controls.set(field.name, control);
    const hint = field.type === 'date' ? 'A year, a month or a day: 2026, 2026-11 or 2026-11-30'
      : ['email', 'phone'].includes(field.name) ? 'Leave empty to keep what is recorded' : null;
    if (hint) {
      control.setAttribute('aria-describedby', `${id}-hint`);
    }
    return h('div', { class: 'govuk-form-group', 'data-field': field.name }, [
      h('label', { class: 'govuk-label govuk-label--s', for: id, text: field.label }),
      hint ? h('div', { class: 'govuk-hint', id: `${id}-hint`, text: hint }) : null,
      control
    ]);
  });
  const again = h('button', { type: 'button', class: 'govuk-button govuk-button--warning', hidden: true, text: 'Apply my change again' });
  const form = /** @type {HTMLFormElement} */ (h('form', { class: 'app-change-form', novalidate: true, 'data-record-form': node.id }, [
    summary, ...groups,
    h('div', { class: 'govuk-button-group' }, [h('button', { type: 'submit', class: 'govuk-button', text: 'Save the change' }), again])
  ]));
  /** @type {Record<string, string>} */
  const labels = { ...Object.fromEntries(kind.fields.map((f) => [f.name, f.label])), correction: 'The correction' };
  const save = async () => {
    /** @type {Record<string, unknown>} */
    const input = { id: node.id, version, correction: options.correction };
    for (const field of kind.fields) {
      const control = /** @type {HTMLInputElement} */ (controls.get(field.name));
      if (field.type === 'checkbox') {
        input[field.name] = control.checked;
      } else if (control.value.trim() !== '') {
        input[field.name] = control.value.trim();
      }
    }
    const document = `mutation Change($input: ${kind.type}!) { ${kind.mutation}(input: $input) {
      ${kind.read} { id version } problems { field message } } }`;
    let problems;
    try {
      problems = (await query(document, { input }))[kind.mutation].problems;
    } catch (error) {
      const message = /** @type {Error} */ (error).message;
      const refused = /'([^']*)' is not/.exec(message);
      const field = kind.fields.find((f) => refused && /** @type {HTMLInputElement} */ (controls.get(f.name)).value.trim() === refused[1]);
      problems = [{ field: field?.name ?? null, message: /'[^']*' is not [^.;"]*/.exec(message)?.[0] ?? message }];
    }
    if (problems.some((/** @type {any} */ p) => p.field === 'version')) {
      const now = (await query(`query Now($id: ID!) { node(id: $id) { ... on ${node.__typename} { version ${READABLE[/** @type {keyof READABLE} */ (node.__typename)]} } } }`, { id: node.id })).node;
      const changed = Object.keys(seen).filter((f) => (seen[f] ?? null) !== (now[f] ?? null))
        .map((f) => `${labels[f] ?? f}: ${seen[f] ?? '(none)'} → ${now[f] ?? '(none)'}`);
      problems = [{ field: null, message: `Someone else changed this meanwhile (now version ${now.version})`
        + `${changed.length ? `: ${changed.join('; ')}` : ''}. Your change is still in the form: apply it again on top of theirs, or change it first.` }];
      version = now.version;
      seen = Object.fromEntries(Object.keys(seen).map((f) => [f, now[f] ?? null]));
      again.hidden = false;
    }
    showProblems(form, summary, problems, labels);
    if (!problems.length) {
      again.hidden = true;
      announce(options.correction ? 'Saved. The correction is accepted.' : 'Saved.');
      onDone();
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });
  again.addEventListener('click', () => void save());
  return h('details', { class: 'govuk-details app-change', 'data-change-record': node.id, open: Boolean(options.open) }, [
    h('summary', { class: 'govuk-details__summary' }, [h('span', { class: 'govuk-details__summary-text', text: `Change ${node.name}` })]),
    h('div', { class: 'govuk-details__text' }, [form])
  ]);
}
