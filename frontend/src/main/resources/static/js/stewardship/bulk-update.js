/**
 * "Update seats from a spreadsheet": an editor previews what a CSV of holdings would change (added,
 * ended, changed, refused with reasons), then applies all of it or nothing (`updateSeatsFromCsv`).
 * @module stewardship/bulk-update
 */

import { announce } from '../announce.js';
import { h } from '../dom.js';
import { query } from '../graphql.js';
import { showProblems } from './form-errors.js';

const UPDATE = `
mutation UpdateSeats($input: SeatUpdateInput!) {
  updateSeatsFromCsv(input: $input) {
    applied unchanged
    added { line membership summary } ended { line membership summary } changed { line membership summary }
    refused { line membership summary reasons } problems { field message }
  }
}`;

export class BulkUpdate {
  /**
   * @param {HTMLFormElement} form - the upload form
   * @param {HTMLElement} summary - its error summary
   * @param {HTMLElement} result - where the preview goes
   * @param {() => Promise<string>} authority - the authority chosen, once the view has chosen it
   * @param {() => void} onApplied - called once a file is applied
   */
  constructor(form, summary, result, authority, onApplied) {
    this.form = form;
    this.summary = summary;
    this.result = result;
    this.authority = authority;
    this.onApplied = onApplied;
    this.csv = '';
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.preview();
    });
  }

  async preview() {
    const file = /** @type {HTMLInputElement} */ (this.form.querySelector('input[type=file]')).files?.[0];
    if (!file) {
      showProblems(this.form, this.summary, [{ field: 'csv', message: 'choose a CSV file first' }], { csv: 'CSV file' });
      return;
    }
    this.csv = await file.text();
    await this.send(false);
  }

  /**
   * @param {boolean} apply - write it, or only preview it
   */
  async send(apply) {
    const payload = (await query(UPDATE, { input: { authority: await this.authority(), csv: this.csv, apply } })).updateSeatsFromCsv;
    showProblems(this.form, this.summary, payload.problems, { csv: 'CSV file', authority: 'Authority' });
    if (payload.problems.length) {
      this.result.replaceChildren();
      return;
    }
    const list = (/** @type {string} */ title, /** @type {any[]} */ rows, /** @type {string} */ kind) => h('section', {
      class: 'app-bulk__section', 'data-bulk': kind, 'data-count': String(rows.length)
    }, [
      h('h3', { class: 'govuk-heading-s', text: `${title} (${rows.length})` }),
      rows.length ? h('ul', { class: 'govuk-list' }, rows.map((row) => h('li', {}, [
        `Line ${row.line}: ${row.membership}: ${row.summary}`,
        row.reasons?.length ? h('ul', { class: 'govuk-list govuk-list--bullet govuk-error-message' },
          row.reasons.map((/** @type {string} */ reason) => h('li', { text: reason }))) : null
      ]))) : null
    ]);
    const changes = payload.added.length + payload.ended.length + payload.changed.length;
    /** @type {HTMLElement|null} */
    let next = null;
    if (payload.applied) {
      next = h('p', { class: 'govuk-body', 'data-bulk-applied': '', text: `Applied: ${changes} changes written, in one go.` });
    } else if (payload.refused.length) {
      next = h('p', { class: 'govuk-body', text: 'Nothing has been written: correct the refused rows and preview the file again.' });
    } else if (changes) {
      next = h('button', { type: 'button', class: 'govuk-button', 'data-bulk-apply': '', text: `Apply all ${changes} changes` });
      next.addEventListener('click', () => void this.send(true));
    }
    this.result.replaceChildren(
      h('h3', { class: 'govuk-heading-s', tabindex: '-1', text: payload.applied ? 'What was changed' : 'What the file would change' }),
      list('Added', payload.added, 'added'), list('Ended', payload.ended, 'ended'), list('Changed', payload.changed, 'changed'),
      h('p', { class: 'govuk-body', text: `${payload.unchanged} rows change nothing.` }),
      list('Refused', payload.refused, 'refused'),
      ...(next ? [next] : [])
    );
    announce(payload.applied ? 'The file was applied.' : `${changes} changes, ${payload.refused.length} refused rows.`);
    if (payload.applied) {
      this.onApplied();
    }
  }
}
