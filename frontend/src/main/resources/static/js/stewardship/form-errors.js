/**
 * Errors beside their fields, after the GOV.UK error summary pattern, from a mutation payload's
 * problems: the summary lists each with a link to its field and takes the focus; each field shows its
 * message and is marked invalid.
 * @module stewardship/form-errors
 */

import { h } from '../dom.js';

/**
 * @typedef {object} Problem
 * @property {string|null} field - the input field at fault, or null for the whole
 * @property {string} message - what is wrong
 */

/**
 * Shows problems (or clears them when there are none).
 *
 * @param {HTMLFormElement} form - the form; each field's group has `data-field="name"`
 * @param {HTMLElement} summary - the error summary's container
 * @param {Problem[]} problems - the payload's problems
 * @param {Record<string, string>} labels - field name to its label, for the summary
 */
export function showProblems(form, summary, problems, labels) {
  for (const group of form.querySelectorAll('[data-field]')) {
    group.classList.remove('govuk-form-group--error');
    group.querySelector('.govuk-error-message')?.remove();
    group.querySelector('input, textarea, select')?.removeAttribute('aria-invalid');
  }
  if (!problems.length) {
    summary.replaceChildren();
    summary.hidden = true;
    return;
  }
  const items = problems.map((problem) => {
    const group = problem.field ? form.querySelector(`[data-field="${problem.field}"]`) : null;
    const control = /** @type {HTMLElement|null} */ (group?.querySelector('input, textarea, select') ?? null);
    const text = `${problem.field && labels[problem.field] ? `${labels[problem.field]}: ` : ''}${problem.message}`;
    if (group && control) {
      group.classList.add('govuk-form-group--error');
      const id = `${control.id}-error`;
      const message = h('p', { class: 'govuk-error-message', id }, [
        h('span', { class: 'govuk-visually-hidden', text: 'Error: ' }), problem.message
      ]);
      control.before(message);
      control.setAttribute('aria-invalid', 'true');
      const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && x !== id);
      control.setAttribute('aria-describedby', [...described, id].join(' '));
      return h('li', {}, [h('a', { href: `#${control.id}`, 'data-error-link': control.id, text })]);
    }
    return h('li', { text });
  });
  summary.replaceChildren(h('div', { class: 'govuk-error-summary', 'data-module': 'govuk-error-summary' }, [
    h('div', { role: 'alert' }, [
      h('h2', { class: 'govuk-error-summary__title', text: 'There is a problem' }),
      h('div', { class: 'govuk-error-summary__body' }, [h('ul', { class: 'govuk-list govuk-error-summary__list' }, items)])
    ])
  ]));
  summary.hidden = false;
  // The links move the focus to their field without changing the URL (the hash holds the route).
  for (const anchor of summary.querySelectorAll('[data-error-link]')) {
    anchor.addEventListener('click', (event) => {
      event.preventDefault();
      document.getElementById(/** @type {HTMLElement} */ (anchor).dataset.errorLink ?? '')?.focus();
    });
  }
  /** @type {HTMLElement} */ (summary.querySelector('.govuk-error-summary'))?.setAttribute('tabindex', '-1');
  /** @type {HTMLElement} */ (summary.querySelector('.govuk-error-summary'))?.focus();
}
