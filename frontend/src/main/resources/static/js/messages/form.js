/**
 * The parts the message pages share: GOV.UK form fields, the error summary pattern (a summary at the top
 * linking to each field, each message beside its field, "Error: " in the title), and the "switched off" notice.
 * @module messages/form
 */

import { h } from '../dom.js';
import { query } from '../graphql.js';

/** Whether messages and alerts are switched on. */
export const STATUS = 'query MessagesStatus { messagesStatus { enabled message } }';

/**
 * @typedef {{field: string|null, message: string}} Problem
 * @typedef {{accepted: boolean, enabled: boolean, message: string, problems: Problem[]}} Outcome
 */

/**
 * A labelled text input, textarea or email field in a GOV.UK form group.
 *
 * @param {{name: string, label: string, hint?: string, type?: string, autocomplete?: string, multiline?: boolean,
 *   value?: string, width?: string}} field - what the field is
 * @returns {HTMLElement} its form group
 */
export function formGroup(field) {
  const id = `app-field-${field.name}`;
  const hintId = field.hint ? `${id}-hint` : null;
  const control = field.multiline
    ? h('textarea', { class: 'govuk-textarea', id, name: field.name, rows: '8', 'aria-describedby': hintId })
    : h('input', { class: `govuk-input${field.width ? ` govuk-input--width-${field.width}` : ''}`, id, name: field.name,
      type: field.type ?? 'text', autocomplete: field.autocomplete, spellcheck: field.type === 'email' ? 'false' : null,
      'aria-describedby': hintId });
  if (field.value) {
    /** @type {HTMLInputElement} */ (control).value = field.value;
  }
  return h('div', { class: 'govuk-form-group', 'data-field': field.name }, [
    h('label', { class: 'govuk-label govuk-label--s', for: id, text: field.label }),
    field.hint ? h('div', { class: 'govuk-hint', id: hintId, text: field.hint }) : null,
    control
  ]);
}

/**
 * Shows the problems the server found: the summary first (focused), each message beside its field.
 *
 * @param {HTMLFormElement} form - the form
 * @param {Problem[]} problems - the problems, each naming its field (null: the form as a whole)
 * @param {string} title - the page's title without errors
 */
export function showProblems(form, problems, title) {
  clearProblems(form, title);
  document.title = `Error: ${title}`;
  const summary = h('div', { class: 'govuk-error-summary', tabindex: '-1', id: 'app-error-summary' }, [
    h('div', { role: 'alert' }, [
      h('h2', { class: 'govuk-error-summary__title', text: 'There is a problem' }),
      h('div', { class: 'govuk-error-summary__body' }, [
        h('ul', { class: 'govuk-list govuk-error-summary__list' }, problems.map((problem) => {
          const group = problem.field ? form.querySelector(`[data-field="${problem.field}"]`) : null;
          return h('li', {}, [group ? h('a', { href: `#app-field-${problem.field}`, text: problem.message })
            : problem.message]);
        }))
      ])
    ])
  ]);
  for (const problem of problems) {
    const group = problem.field ? form.querySelector(`[data-field="${problem.field}"]`) : null;
    const control = group?.querySelector('input, textarea');
    if (!group || !control) {
      continue;
    }
    const errorId = `app-field-${problem.field}-error`;
    group.classList.add('govuk-form-group--error');
    control.classList.add(control.tagName === 'TEXTAREA' ? 'govuk-textarea--error' : 'govuk-input--error');
    control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), errorId].filter(Boolean).join(' '));
    control.before(h('p', { class: 'govuk-error-message', id: errorId }, [
      h('span', { class: 'govuk-visually-hidden', text: 'Error: ' }), problem.message
    ]));
  }
  form.before(summary);
  summary.addEventListener('click', (event) => {
    const target = /** @type {HTMLElement} */ (event.target);
    if (target.tagName === 'A') {
      event.preventDefault();
      const field = document.getElementById(String(target.getAttribute('href')).slice(1));
      field?.focus();
      field?.scrollIntoView({ block: 'center' });
    }
  });
  summary.focus();
}

/**
 * @param {HTMLFormElement} form - the form
 * @param {string} title - the page's title
 */
function clearProblems(form, title) {
  document.title = title;
  document.getElementById('app-error-summary')?.remove();
  for (const message of form.querySelectorAll('.govuk-error-message')) {
    const control = message.nextElementSibling;
    control?.setAttribute('aria-describedby', String(control.getAttribute('aria-describedby'))
      .split(' ').filter((id) => id !== message.id).join(' '));
    message.remove();
  }
  for (const group of form.querySelectorAll('.govuk-form-group--error')) {
    group.classList.remove('govuk-form-group--error');
  }
  for (const control of form.querySelectorAll('.govuk-input--error, .govuk-textarea--error')) {
    control.classList.remove('govuk-input--error', 'govuk-textarea--error');
  }
}

/**
 * Replaces the page's content with a panel saying what happened, and focuses its heading.
 *
 * @param {string} heading - e.g. "Check your email"
 * @param {string} text - what happens next
 * @param {boolean} [success] - a green confirmation panel, else a plain notice
 */
export function showResult(heading, text, success = true) {
  const page = /** @type {HTMLElement} */ (document.getElementById('app-message-page'));
  const title = h('h1', { class: success ? 'govuk-panel__title' : 'govuk-heading-xl', id: 'app-message-heading', tabindex: '-1', text: heading });
  page.replaceChildren(success
    ? h('div', { class: 'govuk-panel govuk-panel--confirmation app-message-result' }, [title,
      h('div', { class: 'govuk-panel__body', text })])
    : h('div', { class: 'app-message-result' }, [title, h('p', { class: 'govuk-body', text })]));
  document.title = `${heading} – trustmap`;
  title.focus();
}

/**
 * Asks whether messages are on; when they are off, says so plainly instead of a form.
 *
 * @returns {Promise<boolean>} whether a form may be shown
 */
export async function messagesOn() {
  const { messagesStatus } = await query(STATUS);
  if (!messagesStatus.enabled) {
    const page = /** @type {HTMLElement} */ (document.getElementById('app-message-page'));
    page.append(h('div', { class: 'govuk-warning-text app-messages-off' }, [
      h('span', { class: 'govuk-warning-text__icon', 'aria-hidden': 'true', text: '!' }),
      h('strong', { class: 'govuk-warning-text__text' }, [
        h('span', { class: 'govuk-visually-hidden', text: 'Warning' }), messagesStatus.message
      ])
    ]));
    loaded();
  }
  return messagesStatus.enabled;
}

/** Removes the "Loading…" line. */
export function loaded() {
  document.getElementById('app-message-loading')?.remove();
}

/**
 * @param {HTMLFormElement} form - the form
 * @returns {Record<string, string>} its fields' values by name
 */
export function values(form) {
  /** @type {Record<string, string>} */
  const result = {};
  for (const [name, value] of new FormData(form).entries()) {
    result[name] = String(value);
  }
  return result;
}
