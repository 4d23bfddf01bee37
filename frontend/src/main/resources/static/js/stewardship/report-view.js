/**
 * "Report a mistake": anyone tells the editors what is wrong with a record (`suggestCorrection`). The
 * record comes from the link that opened the view (`#/report?about=<id>`); nothing changes until an
 * editor accepts it.
 * @module stewardship/report-view
 */

import { h } from '../dom.js';
import { query } from '../graphql.js';
import { showProblems } from './form-errors.js';

const SUGGEST = `
mutation SuggestCorrection($input: CorrectionInput!) {
  suggestCorrection(input: $input) { correction { id status } problems { field message } }
}`;

const LABELS = { about: 'The record', field: 'Which detail', whatIsWrong: 'What is wrong', rightValue: 'The right value', source: 'Source', email: 'Email address' };

export class ReportView {
  /**
   * @param {HTMLElement} root - the view's section
   */
  constructor(root) {
    this.root = root;
    this.form = /** @type {HTMLFormElement} */ (root.querySelector('[data-report-form]'));
    this.summary = /** @type {HTMLElement} */ (root.querySelector('[data-report-errors]'));
    this.done = /** @type {HTMLElement} */ (root.querySelector('[data-report-done]'));
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.send();
    });
  }

  /**
   * @param {Record<string, string>} params - `about`: the record's id, `name`: its name for the heading
   */
  show(params) {
    const about = /** @type {HTMLInputElement} */ (this.form.elements.namedItem('about'));
    if (about.value !== (params.about ?? '')) {
      this.form.reset();
      about.value = params.about ?? '';
      showProblems(this.form, this.summary, [], LABELS);
      this.done.hidden = true;
      this.form.hidden = false;
    }
    /** @type {HTMLElement} */ (this.root.querySelector('[data-report-about]')).textContent = params.name
      ? `${params.name} (${params.about})` : params.about ?? 'not chosen: use "Report a mistake" beside what is wrong';
  }

  async send() {
    const value = (/** @type {string} */ name) => /** @type {HTMLInputElement} */ (this.form.elements.namedItem(name)).value.trim();
    const input = Object.fromEntries(['about', 'field', 'whatIsWrong', 'rightValue', 'source', 'email']
      .map((name) => [name, value(name)]).filter(([, v]) => v !== ''));
    const button = /** @type {HTMLButtonElement} */ (this.form.querySelector('button[type=submit]'));
    button.disabled = true;
    try {
      const payload = (await query(SUGGEST, { input: { whatIsWrong: '', ...input } })).suggestCorrection;
      showProblems(this.form, this.summary, payload.problems, LABELS);
      if (!payload.problems.length) {
        this.form.hidden = true;
        this.done.hidden = false;
        /** @type {HTMLElement} */ (this.done.querySelector('h2'))?.focus();
      }
    } catch (error) {
      showProblems(this.form, this.summary, [{ field: null, message: /** @type {Error} */ (error).message }], LABELS);
    } finally {
      button.disabled = false;
    }
  }
}

/**
 * A "Report a mistake" link for a record.
 *
 * @param {string} id - the record's id
 * @param {string} [name] - its name
 * @returns {HTMLElement} the link
 */
export function reportLink(id, name) {
  const params = new URLSearchParams({ about: id, ...(name ? { name } : {}) });
  return h('a', { class: 'govuk-link app-report-link', href: `#/report?${params}`, 'data-report': id },
    ['Report a mistake', h('span', { class: 'govuk-visually-hidden', text: ` about ${name ?? id}` })]);
}
