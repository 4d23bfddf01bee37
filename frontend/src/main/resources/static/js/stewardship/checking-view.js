/**
 * "Needs checking": an editor's queue for their authority (`needsChecking`), with the count for every
 * reason (each a filter), "Still correct" on holdings, and accept or reject on corrections.
 * @module stewardship/checking-view
 */

import { account } from '../account.js';
import { announce } from '../announce.js';
import { h, link } from '../dom.js';
import { query } from '../graphql.js';
import { navigate } from '../router.js';
import { dateWords } from '../words.js';
import { BulkUpdate } from './bulk-update.js';
import { resolveCorrection, verifyButton } from './verify.js';

const QUEUE = `
query NeedsChecking($authority: ID!, $reason: CheckReason) {
  needsChecking(authority: $authority, reason: $reason) {
    authority asOf total counts { reason count }
    items {
      reason record message since
      post { id name partnership { id name } }
      membership { id version lastVerified person { id name } }
      correction { id about authority field whatIsWrong rightValue source replyWanted receivedAt }
    }
  }
}`;

const AUTHORITIES = 'query Authorities { authorities { id name } }';

/** The reasons, in words, in the order the counts show. */
export const REASONS = Object.freeze({
  CORRECTION: 'Corrections from the public',
  HOLDER_SAYS_NOT_HELD: 'Holders who say they left',
  TERM_ENDING: 'Terms ending within 60 days',
  LONG_VACANT: 'Seats vacant 6 months or more',
  NOT_VERIFIED: 'Not checked for 12 months',
  DATA_PROBLEM: 'Data problems',
  ILLUSTRATIVE: 'Invented example data in use'
});

export class CheckingView {
  /**
   * @param {HTMLElement} root - the view's section
   */
  constructor(root) {
    this.root = root;
    this.signIn = /** @type {HTMLElement} */ (root.querySelector('[data-checking-sign-in]'));
    this.controls = /** @type {HTMLElement} */ (root.querySelector('[data-checking-controls]'));
    this.authority = /** @type {HTMLSelectElement} */ (root.querySelector('[data-checking-authority]'));
    this.counts = /** @type {HTMLElement} */ (root.querySelector('[data-checking-counts]'));
    this.items = /** @type {HTMLElement} */ (root.querySelector('[data-checking-items]'));
    this.params = /** @type {Record<string, string>} */ ({});
    this.authority.addEventListener('change', () => navigate('checking', { authority: this.authority.value }));
    this.bulk = new BulkUpdate(/** @type {HTMLFormElement} */ (root.querySelector('[data-bulk-form]')),
      /** @type {HTMLElement} */ (root.querySelector('[data-bulk-errors]')),
      /** @type {HTMLElement} */ (root.querySelector('[data-bulk-result]')),
      // A file sent before the view has chosen its authority waits for it, rather than going with none.
      async () => { await this.shown; return this.authority.value; }, () => void this.load(this.authority.value, this.params.reason));
    /** @type {Promise<void>} the latest show, done once the authority is chosen and its queue loaded */
    this.shown = Promise.resolve();
  }

  /**
   * @param {Record<string, string>} params - authority, reason
   * @returns {Promise<void>} done once the queue shows
   */
  show(params) {
    this.shown = this.display(params);
    return this.shown;
  }

  /**
   * @param {Record<string, string>} params - authority, reason
   */
  async display(params) {
    this.params = params;
    this.root.dataset.state = 'loading';
    const who = await account();
    this.signIn.hidden = Boolean(who);
    this.controls.hidden = !who;
    if (!who) {
      this.root.dataset.state = 'ready';
      return;
    }
    const all = /** @type {Array<{id: string, name: string}>} */ ((await query(AUTHORITIES)).authorities);
    const mine = who.editsAll ? all : all.filter((a) => who.authorities.includes(a.id));
    if (this.authority.options.length !== mine.length) {
      this.authority.replaceChildren(...mine.map((a) => h('option', { value: a.id, text: a.name })));
    }
    const authority = params.authority ?? mine[0]?.id;
    if (!authority) {
      this.items.replaceChildren(h('p', { class: 'govuk-body', text: 'Your account edits no authority whose network is here.' }));
      this.root.dataset.state = 'ready';
      return;
    }
    this.authority.value = authority;
    await this.load(authority, params.reason);
  }

  /**
   * @param {string} authority - the authority
   * @param {string|undefined} reason - the filter
   */
  async load(authority, reason) {
    this.items.setAttribute('aria-busy', 'true');
    if (!this.items.firstChild) {
      this.items.replaceChildren(h('p', { class: 'govuk-body', text: 'Loading…' }));
    }
    try {
      const queue = (await query(QUEUE, { authority, reason })).needsChecking;
      const count = new Map(queue.counts.map((/** @type {any} */ c) => [c.reason, c.count]));
      this.counts.replaceChildren(h('ul', { class: 'govuk-list app-checking__counts' }, [
        h('li', {}, [reason ? link(`#/checking?authority=${encodeURIComponent(authority)}`, `Everything (${queue.total})`)
          : h('strong', { text: `Everything (${queue.total})` })]),
        ...Object.entries(REASONS).map(([code, text]) => h('li', { 'data-count': code, 'data-value': String(count.get(code) ?? 0) }, [
          code === reason ? h('strong', { 'aria-current': 'true', text: `${text} (${count.get(code) ?? 0})` })
            : link(`#/checking?${new URLSearchParams({ authority, reason: code })}`, `${text} (${count.get(code) ?? 0})`)
        ]))
      ]));
      this.items.replaceChildren(queue.items.length
        ? h('ol', { class: 'govuk-list app-checking__items' }, queue.items.map((/** @type {any} */ item) => this.item(item)))
        : h('p', { class: 'govuk-body', text: 'Nothing to check here.' }));
      announce(`${queue.total} things to check; ${queue.items.length} shown.`);
    } catch (error) {
      this.items.replaceChildren(h('p', { class: 'govuk-body', text: `Sorry, the queue could not be loaded: ${/** @type {Error} */ (error).message}` }));
    }
    this.items.removeAttribute('aria-busy');
    this.root.dataset.state = 'ready';
  }

  /**
   * @param {any} item - a CheckItem
   * @returns {HTMLElement} its entry
   */
  item(item) {
    const node = (/** @type {string} */ id) => `#/network?${new URLSearchParams({ authority: this.authority.value, node: id })}`;
    const what = item.post
      ? [link(node(item.post.id), item.post.name), item.post.partnership ? ` on ${item.post.partnership.name}` : '',
        item.membership ? [', ', link(node(item.membership.person.id), item.membership.person.name)] : '']
      : [link(node(item.record), item.record)];
    /** @type {Array<HTMLElement|string|null>} */
    const actions = [];
    if (item.membership && ['NOT_VERIFIED', 'TERM_ENDING', 'HOLDER_SAYS_NOT_HELD'].includes(item.reason)) {
      actions.push(verifyButton(item.membership, () => this.load(this.authority.value, this.params.reason)));
    }
    if (item.correction) {
      actions.push(resolveCorrection(item.correction, () => this.load(this.authority.value, this.params.reason)));
    }
    return h('li', { class: 'app-checking__item', 'data-reason': item.reason, 'data-record': item.record }, [
      h('h3', { class: 'govuk-heading-s app-checking__title' }, [
        h('strong', { class: 'govuk-tag govuk-tag--yellow app-tag', text: REASONS[/** @type {keyof REASONS} */ (item.reason)] ?? item.reason }),
        ' ', ...what.flat()
      ]),
      h('p', { class: 'govuk-body', text: item.message + (item.since ? ` (to check since ${dateWords(item.since)})` : '') }),
      ...actions
    ]);
  }
}
