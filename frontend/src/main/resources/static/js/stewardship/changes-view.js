/**
 * "What changed": the changes to an area's seats between two days (`changes`), newest first, with the
 * Atom feed of the same changes. The area, days and page are in the URL.
 * @module stewardship/changes-view
 */

import { announce } from '../announce.js';
import { h, link } from '../dom.js';
import { query } from '../graphql.js';
import { navigate } from '../router.js';
import { dateWords } from '../words.js';

const CHANGES = `
query Changes($area: ID!, $from: Date!, $to: Date!, $after: String) {
  changes(area: $area, from: $from, to: $to, first: 50, after: $after) {
    area areaName total nextCursor
    items {
      kind on dateAsRecorded recordedAt
      post { id name partnership { id name } }
      membership { id person { id name illustrative } onBehalfOf { id name } }
    }
  }
}`;

const AUTHORITIES = 'query Authorities { authorities { id name } }';

const KINDS = { APPOINTED: 'Appointed', ENDED: 'Left', VACANT: 'Became vacant', VERIFIED: 'Checked, still correct' };

/**
 * @param {Date} day - a day
 * @returns {string} it as YYYY-MM-DD
 */
function isoDay(day) {
  return day.toISOString().slice(0, 10);
}

export class ChangesView {
  /**
   * @param {HTMLElement} root - the view's section
   */
  constructor(root) {
    this.root = root;
    this.form = /** @type {HTMLFormElement} */ (root.querySelector('[data-changes-form]'));
    this.area = /** @type {HTMLSelectElement} */ (root.querySelector('[data-changes-area]'));
    this.from = /** @type {HTMLInputElement} */ (root.querySelector('[data-changes-from]'));
    this.to = /** @type {HTMLInputElement} */ (root.querySelector('[data-changes-to]'));
    this.result = /** @type {HTMLElement} */ (root.querySelector('[data-changes-result]'));
    this.feed = /** @type {HTMLAnchorElement} */ (root.querySelector('[data-changes-feed]'));
    this.shown = '';
    this.authorities = query(AUTHORITIES).then((data) => data.authorities).catch(() => []);
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      navigate('changes', { area: this.area.value, from: this.from.value, to: this.to.value });
    });
  }

  /**
   * @param {Record<string, string>} params - area, from, to, after
   */
  async show(params) {
    const authorities = await this.authorities;
    if (this.area.options.length === 0) {
      this.area.replaceChildren(...authorities.map((/** @type {any} */ a) => h('option', { value: a.id, text: a.name })));
    }
    const today = new Date();
    const area = params.area ?? authorities[0]?.id ?? 'authority:E10000014';
    const from = params.from ?? isoDay(new Date(today.getTime() - 365 * 86400000));
    const to = params.to ?? isoDay(today);
    if (![...this.area.options].some((o) => o.value === area)) {
      this.area.append(h('option', { value: area, text: area }));
    }
    this.area.value = area;
    this.from.value = from;
    this.to.value = to;
    this.feed.href = `feeds/changes.atom?area=${encodeURIComponent(area)}`;
    const key = `${area}|${from}|${to}|${params.after ?? ''}`;
    if (key === this.shown) {
      return;
    }
    this.shown = key;
    this.root.dataset.state = 'loading';
    this.result.setAttribute('aria-busy', 'true');
    try {
      const { changes } = await query(CHANGES, { area, from, to, after: params.after });
      this.result.replaceChildren(...this.list(changes, params));
      announce(`${changes.total} changes in ${changes.areaName} from ${dateWords(from)} to ${dateWords(to)}.`);
    } catch (error) {
      this.result.replaceChildren(h('p', { class: 'govuk-body', text: `Sorry, the changes could not be loaded: ${/** @type {Error} */ (error).message}` }));
    }
    this.result.removeAttribute('aria-busy');
    this.root.dataset.state = 'ready';
  }

  /**
   * @param {any} changes - the ChangeList
   * @param {Record<string, string>} params - the route's parameters
   * @returns {HTMLElement[]} the list and its paging
   */
  list(changes, params) {
    const authority = changes.area.startsWith('authority:') ? changes.area : undefined;
    const node = (/** @type {string} */ id) => `#/network?${new URLSearchParams({ ...(authority ? { authority } : {}), node: id })}`;
    const items = changes.items.map((/** @type {any} */ change) => h('li', { class: 'app-changes__item', 'data-change': change.kind }, [
      h('strong', { class: 'govuk-tag app-tag app-changes__kind', text: KINDS[/** @type {keyof KINDS} */ (change.kind)] ?? change.kind }),
      ' ',
      h('span', { text: `${dateWords(change.dateAsRecorded)}: ` }),
      link(node(change.post.id), change.post.name),
      change.post.partnership ? [' on ', link(node(change.post.partnership.id), change.post.partnership.name)] : '',
      ', ',
      link(node(change.membership.person.id), change.membership.person.name),
      change.membership.person.illustrative ? ' (invented example)' : '',
      h('span', { class: 'govuk-body-s app-changes__recorded', text: change.recordedAt
        ? ` (recorded ${new Date(change.recordedAt).toLocaleDateString('en-GB')})` : ' (from an import)' })
    ].flat()));
    const count = h('p', { class: 'govuk-body', 'data-changes-count': String(changes.total),
      text: `${changes.total} ${changes.total === 1 ? 'change' : 'changes'} in ${changes.areaName}.` });
    const next = changes.nextCursor
      ? h('p', { class: 'govuk-body' }, [h('a', { class: 'govuk-link', text: 'Older changes', href: `#/changes?${new URLSearchParams({
        area: changes.area, from: params.from ?? this.from.value, to: params.to ?? this.to.value, after: changes.nextCursor })}` })])
      : null;
    return [count, items.length ? h('ul', { class: 'govuk-list app-changes__list' }, items) : h('p', { class: 'govuk-body', text: 'No seat changed between these days.' }), next]
      .filter((x) => x !== null);
  }
}
