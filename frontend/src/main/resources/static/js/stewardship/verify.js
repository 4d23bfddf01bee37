/**
 * The editors' one-click actions: "Still correct" on a holding (`verifySeat`) and accepting or rejecting
 * a correction (`resolveCorrection`). A refused action says why beside its button; a stale one offers to
 * check again on the current version.
 * @module stewardship/verify
 */

import { announce } from '../announce.js';
import { h, link } from '../dom.js';
import { query } from '../graphql.js';
import { dateWords } from '../words.js';
import { acceptForm } from './accept-form.js';

const VERIFY = `
mutation VerifySeat($input: VerifySeatInput!) {
  verifySeat(input: $input) { membership { id version lastVerified } problems { field message } }
}`;

const CURRENT = 'query MembershipVersion($id: ID!) { node(id: $id) { ... on Membership { id version lastVerified } } }';

const RESOLVE = `
mutation ResolveCorrection($input: ResolveCorrectionInput!) {
  resolveCorrection(input: $input) { correction { id status reason } reporterNotice problems { field message } }
}`;

let counter = 0;

/**
 * A "Still correct" button for a holding.
 *
 * @param {{id: string, version: number, lastVerified?: string|null}} membership - the holding as read
 * @param {() => void} [onDone] - called once it is recorded
 * @returns {HTMLElement} the button and its status line
 */
export function verifyButton(membership, onDone) {
  let version = membership.version;
  const status = h('p', { class: 'govuk-body-s app-verify__status', 'aria-live': 'polite' },
    [membership.lastVerified ? `Last checked ${dateWords(membership.lastVerified)}.` : 'Never checked.']);
  const button = h('button', { type: 'button', class: 'govuk-button govuk-button--secondary app-verify', 'data-verify': membership.id },
    ['Still correct', h('span', { class: 'govuk-visually-hidden', text: ' (record that this holding was checked today)' })]);
  const again = h('button', { type: 'button', class: 'govuk-button govuk-button--warning app-verify__again', hidden: true, text: 'Check it again and confirm' });
  const send = async () => {
    button.setAttribute('disabled', '');
    try {
      const payload = (await query(VERIFY, { input: { membership: membership.id, version } })).verifySeat;
      if (payload.problems.length) {
        const stale = payload.problems.some((/** @type {any} */ p) => p.field === 'version');
        status.textContent = payload.problems.map((/** @type {any} */ p) => p.message).join(' ');
        status.classList.add('app-verify__status--problem');
        if (stale) {
          const current = (await query(CURRENT, { id: membership.id })).node;
          version = current.version;
          status.textContent = `Someone changed it meanwhile (now version ${current.version}, last checked `
            + `${current.lastVerified ? dateWords(current.lastVerified) : 'never'}). Look at it again, then confirm.`;
          again.hidden = false;
        }
        return;
      }
      version = payload.membership.version;
      status.classList.remove('app-verify__status--problem');
      status.textContent = `Checked today (${dateWords(payload.membership.lastVerified)}): recorded.`;
      again.hidden = true;
      announce('Recorded as still correct.');
      onDone?.();
    } catch (error) {
      status.textContent = `Sorry, it could not be recorded: ${/** @type {Error} */ (error).message}`;
    } finally {
      button.removeAttribute('disabled');
    }
  };
  button.addEventListener('click', () => void send());
  again.addEventListener('click', () => void send());
  return h('div', { class: 'app-verify__group' }, [button, again, status]);
}

/**
 * Accept and reject controls for a waiting correction.
 *
 * @param {any} correction - the Correction
 * @param {() => void} onDone - called once it is resolved
 * @returns {HTMLElement} the controls
 */
export function resolveCorrection(correction, onDone) {
  const id = `app-reject-${++counter}`;
  const reason = h('textarea', { class: 'govuk-textarea', id, name: 'reason', rows: 2 });
  const group = h('div', { class: 'govuk-form-group', 'data-field': 'reason' }, [
    h('label', { class: 'govuk-label', for: id, text: 'Why it is rejected (needed to reject)' }), reason
  ]);
  const status = h('p', { class: 'govuk-body-s', 'aria-live': 'polite' });
  const accept = h('button', { type: 'button', class: 'govuk-button', 'data-accept': correction.id, 'aria-expanded': 'false' },
    ['Accept', h('span', { class: 'govuk-visually-hidden', text: ' (opens the change form)' })]);
  const acceptOnly = h('button', { type: 'button', class: 'govuk-button govuk-button--secondary', 'data-accept-only': correction.id,
    text: 'Accept without a change' });
  const change = h('div', { class: 'app-correction__change', 'data-accept-form': correction.id });
  const reject = h('button', { type: 'button', class: 'govuk-button govuk-button--warning', 'data-reject': correction.id, text: 'Reject' });
  const send = async (/** @type {string} */ outcome) => {
    const text = /** @type {HTMLTextAreaElement} */ (reason).value.trim();
    const payload = (await query(RESOLVE, { input: { id: correction.id, status: outcome, reason: text || undefined } })).resolveCorrection;
    group.classList.toggle('govuk-form-group--error', payload.problems.some((/** @type {any} */ p) => p.field === 'reason'));
    if (payload.problems.length) {
      status.textContent = payload.problems.map((/** @type {any} */ p) => p.message).join(' ');
      if (payload.problems.some((/** @type {any} */ p) => p.field === 'reason')) {
        reason.focus();
      }
      return;
    }
    announce(`${outcome === 'ACCEPTED' ? 'Correction accepted.' : 'Correction rejected.'} ${payload.reporterNotice ?? ''}`.trim());
    onDone();
  };
  // Accepting is making the change: the form saves it and the acceptance together.
  accept.addEventListener('click', async () => {
    accept.setAttribute('aria-expanded', 'true');
    const form = await acceptForm(correction, () => {
      announce('Saved, and the correction accepted.');
      onDone();
    });
    change.replaceChildren(form);
    /** @type {HTMLElement|null} */ (form.querySelector('[data-suggested]') ?? form.querySelector('input, select, textarea'))?.focus();
  });
  acceptOnly.addEventListener('click', () => void send('ACCEPTED'));
  reject.addEventListener('click', () => void send('REJECTED'));
  return h('div', { class: 'app-correction' }, [
    h('dl', { class: 'govuk-summary-list app-summary-list' }, [
      ['What is wrong', correction.whatIsWrong], ['The right value', correction.rightValue], ['Which field', correction.field],
      ['Source', correction.source], ['Reply wanted', correction.replyWanted ? 'Yes: trustmap emails them the outcome when you accept or reject it' : 'No']
    ].filter(([, v]) => v).map(([k, v]) => h('div', { class: 'govuk-summary-list__row' }, [
      h('dt', { class: 'govuk-summary-list__key', text: k }), h('dd', { class: 'govuk-summary-list__value', text: v })
    ]))),
    h('p', { class: 'govuk-body' }, ['Accept opens the change form of ',
      link(`#/network?${new URLSearchParams({ authority: correction.authority, node: correction.about })}`, 'the record'),
      correction.field && correction.rightValue ? ' with the suggested value filled in' : '',
      '; saving it accepts the correction. If the record is already right, accept without a change.']),
    h('div', { class: 'govuk-button-group' }, [accept, acceptOnly]),
    change,
    group,
    h('div', { class: 'govuk-button-group' }, [reject]),
    status
  ]);
}
