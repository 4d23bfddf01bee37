/**
 * "Add ..." for an editor of the network drawn: a new body, partnership or person (`createBody`,
 * `createPartnership`, `createPerson`), and a new seat on a partnership (`createPost`, on its node
 * panel). The same pattern as the change forms: errors beside their fields under a GOV.UK error summary,
 * from the payload's problems; partial dates; the source. Once saved, the new record's panel opens.
 * @module stewardship/create-forms
 */

import { announce } from '../announce.js';
import { h } from '../dom.js';
import { query } from '../graphql.js';
import { SECTORS, words } from '../words.js';
import { showProblems } from './form-errors.js';

/**
 * @typedef {object} Field
 * @property {string} name - the input field
 * @property {string} label - its label
 * @property {'text'|'textarea'|'url'|'email'|'date'|'checkbox'|'number'|'select'} type - its control
 * @property {string[]} [options] - a select's values (an empty first one is "Not recorded")
 * @property {boolean} [required] - the API requires it
 * @property {string} [hint] - a hint
 */

const DATE = 'A year, a month or a day: 2026, 2026-11 or 2026-11-30';
const SOURCE = 'Where this comes from: the id of a source in the network\'s sources list, for example its minutes';
const SECTOR_CODES = Object.keys(SECTORS);
const BODY_KINDS = ['VOLUNTARY_ORGANISATION', 'COUNCIL_FOR_VOLUNTARY_SERVICE', 'VCS_INFRASTRUCTURE', 'PARENT_CARER_GROUP',
  'COUNTY_COUNCIL', 'UNITARY_COUNCIL', 'DISTRICT_COUNCIL', 'CHILDRENS_SERVICES', 'POLICE', 'HEALTH_COMMISSIONER',
  'HEALTH_PROVIDER', 'PROBATION', 'YOUTH_OFFENDING', 'FIRE_AND_RESCUE', 'JOBCENTRE_PLUS', 'COLLEGE', 'EARLY_YEARS',
  'CHILDRENS_CENTRE', 'OTHER'];
const PARTNERSHIP_KINDS = ['LOCAL_CHILDRENS_PARTNERSHIP', 'SUB_GROUP', 'STEERING_GROUP', 'BUSINESS_GROUP', 'CHAIRS_GROUP',
  'TRUST_BOARD', 'CHILDRENS_TRUST', 'SAFEGUARDING_PARTNERSHIP', 'SAFEGUARDING_BOARD', 'YOUTH_OFFENDING_MANAGEMENT_BOARD',
  'LOCAL_STRATEGIC_PARTNERSHIP', 'CRIME_AND_DISORDER_PARTNERSHIP', 'TEENAGE_PREGNANCY_PARTNERSHIP', 'SPECIFIC_ARRANGEMENTS', 'OTHER'];
const POST_ROLES = ['VCS_REPRESENTATIVE', 'MEMBER', 'CHAIR', 'VICE_CHAIR', 'OBSERVER', 'LEAD_MEMBER', 'LEAD_GP',
  'DIRECTOR_OF_CHILDRENS_SERVICES', 'HEAD_TEACHER_REPRESENTATIVE', 'PARENT_CARER_REPRESENTATIVE', 'YOUNG_PEOPLE_REPRESENTATIVE', 'OFFICER'];

/** @type {Record<string, {title: string, mutation: string, type: string, read: string, fields: Field[]}>} */
export const CREATE = {
  Body: {
    title: 'Add a body', mutation: 'createBody', type: 'CreateBodyInput', read: 'body',
    fields: [{ name: 'name', label: 'Name', type: 'text', required: true },
      { name: 'kind', label: 'What kind of organisation', type: 'select', options: BODY_KINDS, required: true },
      { name: 'sector', label: 'Sector', type: 'select', options: SECTOR_CODES, required: true },
      { name: 'validFrom', label: 'Since (optional)', type: 'date', hint: DATE },
      { name: 'website', label: 'Web site (optional)', type: 'url' }, { name: 'email', label: 'Email address (optional)', type: 'email' },
      { name: 'phone', label: 'Telephone (optional)', type: 'text' },
      { name: 'source', label: 'Source (optional)', type: 'text', hint: SOURCE }, { name: 'note', label: 'Note (optional)', type: 'textarea' }]
  },
  Partnership: {
    title: 'Add a partnership', mutation: 'createPartnership', type: 'CreatePartnershipInput', read: 'partnership',
    fields: [{ name: 'name', label: 'Name', type: 'text', required: true },
      { name: 'kind', label: 'What kind of partnership', type: 'select', options: PARTNERSHIP_KINDS, required: true },
      { name: 'partOf', label: 'Part of (optional)', type: 'select', options: [''] },
      { name: 'statutory', label: 'Required by law', type: 'checkbox' },
      { name: 'validFrom', label: 'Since (optional)', type: 'date', hint: DATE },
      { name: 'source', label: 'Source (optional)', type: 'text', hint: SOURCE }, { name: 'note', label: 'Note (optional)', type: 'textarea' }]
  },
  Person: {
    title: 'Add a person', mutation: 'createPerson', type: 'CreatePersonInput', read: 'person',
    fields: [{ name: 'name', label: 'Name', type: 'text', required: true },
      { name: 'honorific', label: 'Title before the name (optional)', type: 'text' },
      { name: 'honorificSuffix', label: 'Letters after the name (optional)', type: 'text' },
      { name: 'email', label: 'Email address (optional)', type: 'email' }, { name: 'phone', label: 'Telephone (optional)', type: 'text' },
      { name: 'contactConsent', label: 'They agreed to their contact details being public', type: 'checkbox' },
      { name: 'source', label: 'Source (optional)', type: 'text', hint: SOURCE }]
  },
  Post: {
    title: 'Add a seat', mutation: 'createPost', type: 'CreatePostInput', read: 'post',
    fields: [{ name: 'name', label: 'What the seat is called', type: 'text', required: true, hint: 'For example Voluntary sector representative' },
      { name: 'role', label: 'What it is for', type: 'select', options: POST_ROLES, required: true },
      { name: 'sector', label: 'The sector it speaks for (optional)', type: 'select', options: ['', ...SECTOR_CODES] },
      { name: 'validFrom', label: 'Since (optional)', type: 'date', hint: DATE },
      { name: 'maxHolders', label: 'How many people may hold it at once (optional, one when empty)', type: 'number' }]
  }
};

let counter = 0;

/**
 * One "Add ..." form, folded in a details element.
 *
 * @param {keyof CREATE} kind - what it adds
 * @param {Record<string, string>} fixed - the input fields the place gives (authority, or partnership)
 * @param {(id: string) => void} onCreated - called with the new record's id
 * @param {{label: string, value: string}[]} [choices] - the partnerships a new partnership may be part of
 * @returns {HTMLElement} the details element
 */
export function createForm(kind, fixed, onCreated, choices = []) {
  const spec = CREATE[kind];
  const n = ++counter;
  const summary = h('div', { hidden: true });
  /** @type {Map<string, HTMLInputElement>} */
  const controls = new Map();
  const groups = spec.fields.map((field) => {
    const id = `app-create-${n}-${field.name}`;
    if (field.type === 'checkbox') {
      const box = /** @type {HTMLInputElement} */ (h('input', { class: 'govuk-checkboxes__input', id, name: field.name, type: 'checkbox' }));
      controls.set(field.name, box);
      return h('div', { class: 'govuk-form-group', 'data-field': field.name }, [h('div', { class: 'govuk-checkboxes govuk-checkboxes--small' }, [
        h('div', { class: 'govuk-checkboxes__item' }, [box, h('label', { class: 'govuk-label govuk-checkboxes__label', for: id, text: field.label })])
      ])]);
    }
    /** @type {HTMLElement} */
    let control;
    if (field.type === 'select') {
      const options = field.name === 'partOf'
        ? [h('option', { value: '', text: 'None' }), ...choices.map((c) => h('option', { value: c.value, text: c.label }))]
        : (field.options ?? []).map((code) => h('option', { value: code, text: code ? (SECTORS[code] ?? words(code)) : 'Not recorded' }));
      control = h('select', { class: 'govuk-select', id, name: field.name }, options);
    } else if (field.type === 'textarea') {
      control = h('textarea', { class: 'govuk-textarea', id, name: field.name, rows: 3 });
    } else {
      control = h('input', {
        class: `govuk-input${field.type === 'date' || field.type === 'number' ? ' govuk-input--width-10' : ''}`, id, name: field.name,
        type: field.type === 'date' || field.type === 'number' ? 'text' : field.type, spellcheck: 'false',
        inputmode: field.type === 'number' ? 'numeric' : null
      });
    }
    controls.set(field.name, /** @type {HTMLInputElement} */ (control));
    if (field.hint) {
      control.setAttribute('aria-describedby', `${id}-hint`);
    }
    return h('div', { class: 'govuk-form-group', 'data-field': field.name }, [
      h('label', { class: 'govuk-label govuk-label--s', for: id, text: field.label }),
      field.hint ? h('div', { class: 'govuk-hint', id: `${id}-hint`, text: field.hint }) : null,
      control
    ]);
  });
  const form = /** @type {HTMLFormElement} */ (h('form', { class: 'app-change-form', novalidate: true, 'data-create-form': kind }, [
    summary, ...groups, h('button', { type: 'submit', class: 'govuk-button', text: `${spec.title.replace('Add', 'Save')}` })
  ]));
  const labels = Object.fromEntries(spec.fields.map((f) => [f.name, f.label.replace(' (optional)', '')]));
  const save = async () => {
    /** @type {Record<string, unknown>} */
    const input = { ...fixed };
    for (const field of spec.fields) {
      const control = /** @type {HTMLInputElement} */ (controls.get(field.name));
      if (field.type === 'checkbox') {
        input[field.name] = control.checked;
      } else if (control.value.trim() !== '') {
        input[field.name] = field.type === 'number' && /^\d+$/.test(control.value.trim()) ? Number(control.value.trim()) : control.value.trim();
      }
    }
    const missing = spec.fields.filter((f) => f.required && input[f.name] === undefined)
      .map((f) => ({ field: f.name, message: 'is required' }));
    const notNumber = spec.fields.filter((f) => f.type === 'number' && typeof input[f.name] === 'string')
      .map((f) => ({ field: f.name, message: `'${input[f.name]}' is not a whole number` }));
    if (missing.length || notNumber.length) {
      showProblems(form, summary, [...missing, ...notNumber], labels);
      return;
    }
    const document = `mutation Create($input: ${spec.type}!) { ${spec.mutation}(input: $input) {
      ${spec.read} { id name } problems { field message } } }`;
    let problems;
    /** @type {any} */
    let created = null;
    try {
      const payload = (await query(document, { input }))[spec.mutation];
      problems = payload.problems;
      created = payload[spec.read];
    } catch (error) {
      // A web address the Url scalar cannot read is refused before the mutation runs: its message quotes
      // the value, which names the field. (A date that is no date is a payload problem like the others.)
      const message = /** @type {Error} */ (error).message;
      const refused = /'([^']*)' is not/.exec(message);
      const field = spec.fields.find((f) => refused && controls.get(f.name)?.value.trim() === refused[1]);
      problems = [{ field: field?.name ?? null, message: /'[^']*' is not [^.;"]*/.exec(message)?.[0] ?? message }];
    }
    showProblems(form, summary, problems, labels);
    if (!problems.length && created) {
      announce(`Saved: ${created.name} added.`);
      onCreated(created.id);
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });
  return h('details', { class: 'govuk-details app-change app-create', 'data-create': kind }, [
    h('summary', { class: 'govuk-details__summary' }, [h('span', { class: 'govuk-details__summary-text', text: spec.title })]),
    h('div', { class: 'govuk-details__text' }, [form])
  ]);
}

const PARTNERSHIPS = `
query EditorPartnerships($authority: ID!) {
  partnerships(first: 100, filter: { authority: $authority }, orderBy: { field: NAME }) { edges { node { id name } } }
}`;

/**
 * "Add to this network" on the network view: shown to an editor of the authority drawn, hidden otherwise.
 *
 * @param {HTMLElement} element - its place in the view
 * @param {string} authority - the authority drawn
 * @param {boolean} editor - the account edits it
 * @param {(id: string) => void} onCreated - opens the new record
 */
export async function showAddToNetwork(element, authority, editor, onCreated) {
  if (!editor) {
    element.replaceChildren();
    element.hidden = true;
    delete element.dataset.authority;
    return;
  }
  if (element.dataset.authority === authority) {
    return;
  }
  element.dataset.authority = authority;
  const partnerships = await query(PARTNERSHIPS, { authority }).then((data) => data.partnerships.edges
    .map((/** @type {any} */ e) => ({ value: e.node.id, label: e.node.name }))).catch(() => []);
  element.replaceChildren(
    h('h2', { class: 'govuk-heading-s', text: 'Add to this network' }),
    createForm('Body', { authority }, onCreated),
    createForm('Partnership', { authority }, onCreated, partnerships),
    createForm('Person', { authority }, onCreated)
  );
  element.hidden = false;
}
