/**
 * The landing view: one box for a postcode, a town, a school or an organisation, suggestions as you
 * type, and a plain answer. Its URL is `#/find?q=GU51 3AA` (`&id=school:116003` once a suggestion or a
 * candidate was chosen, `&asOf=2015-12-31` for another day).
 * @module find/find-view
 */

import { announce } from '../announce.js';
import { Combobox } from '../combobox.js';
import { h } from '../dom.js';
import { GraphQlError, isAbort, query } from '../graphql.js';
import { navigate } from '../router.js';
import { dateParam } from '../url-state.js';
import { account, mayEdit } from '../account.js';
import { answerElements, answerTitle, notFoundElements } from './answer.js';
import { organisationElements, organisationTitle } from './organisation-answer.js';
import { FIND_REPRESENTATIVES, SEARCH, SEATS_OF } from './find-queries.js';

export class FindView {
  /**
   * @param {HTMLElement} root - the view's section, `data-module="app-find"`
   */
  constructor(root) {
    this.root = root;
    this.form = /** @type {HTMLFormElement} */ (root.querySelector('[data-find-form]'));
    this.input = /** @type {HTMLInputElement} */ (root.querySelector('[role=combobox]'));
    this.formGroup = /** @type {HTMLElement} */ (root.querySelector('[data-find-group]'));
    this.error = /** @type {HTMLElement} */ (root.querySelector('[data-find-error]'));
    this.answer = /** @type {HTMLElement} */ (root.querySelector('[data-answer]'));
    /** @type {AbortController|null} */
    this.pending = null;
    /** When the person asked: the answer's time is measured from here (performance entry trustmap:find). */
    this.askedAt = 0;
    this.lastAsk = '';
    /** Whether the next answer takes the focus (after the person asked, not on a shared link). */
    this.focusAnswer = false;

    this.combobox = new Combobox(/** @type {HTMLElement} */ (root.querySelector('.app-combobox')), {
      source: async (text, signal) => {
        const data = await query(SEARCH, { text, first: 8 }, { signal });
        return data.search.map((/** @type {any} */ hit) => ({
          // A postcode or a postal town is asked by its name: neither is a node with an id.
          id: hit.type === 'Postcode' || hit.type === 'PostalTown' ? '' : hit.id, label: hit.name, description: hit.description
        }));
      },
      onChoose: (suggestion) => this.submit({ q: suggestion.label, id: suggestion.id || undefined }),
      announce
    });
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit({ q: this.input.value.trim() });
    });
  }

  /**
   * The person asks: the URL changes, and the route asks the server.
   *
   * @param {{q: string, id?: string}} ask - what was typed, and the id of what was chosen
   */
  submit(ask) {
    if (!ask.q) {
      this.showError('Enter a postcode, a town, a school or an organisation');
      this.input.focus();
      return;
    }
    this.showError('');
    this.askedAt = performance.now();
    this.focusAnswer = true;
    navigate('find', ask);
    // The same question again changes no URL: ask anyway.
    if (this.lastAsk === JSON.stringify(ask)) {
      this.show({ ...ask, again: '1' });
    }
  }

  /**
   * Shows the view for a route.
   *
   * @param {Record<string, string>} params - q, id, asOf
   */
  show(params) {
    const ask = { q: params.q, id: params.id };
    if (document.activeElement !== this.input || params.again) {
      this.input.value = params.q ?? '';
    }
    if (!params.q && !params.id) {
      this.lastAsk = '';
      this.answer.replaceChildren();
      return;
    }
    this.lastAsk = JSON.stringify(params.id ? ask : { q: ask.q });
    this.ask(params.id ?? params.q ?? '', params.q ?? params.id ?? '', dateParam(params.asOf));
  }

  /**
   * Asks the server and shows the answer.
   *
   * @param {string} place - what to ask with: the text, or an id
   * @param {string} typed - what the person typed or chose, for the wording
   * @param {string|undefined} asOf - the day, or today
   */
  async ask(place, typed, asOf) {
    this.pending?.abort();
    const controller = new AbortController();
    this.pending = controller;
    const started = this.askedAt || performance.now();
    this.askedAt = 0;
    this.answer.setAttribute('aria-busy', 'true');
    this.answer.replaceChildren(h('p', { class: 'govuk-body app-answer__loading', text: `Looking up ‘${typed}’…` }));
    let elements;
    let message;
    let title = 'Find your representative';
    try {
      const data = await query(FIND_REPRESENTATIVES, { place, asOf }, { signal: controller.signal });
      const lookup = data.findRepresentatives;
      const found = lookup.status === 'FOUND' ? lookup.resolvedAs : null;
      if (found?.kind === 'ORGANISATION' && found.matched?.id) {
        // An organisation is not a place: its answer is what it sits on, and through whom.
        const held = await query(SEATS_OF, { organisation: found.matched.id, asOf }, { signal: controller.signal });
        elements = organisationElements(lookup, held.organisation, held.seatsOf);
        title = organisationTitle(held.organisation, held.seatsOf);
        message = /** @type {HTMLElement} */ (elements[1]).textContent ?? title;
      } else {
        elements = answerElements(lookup, mayEdit(await account(), lookup.resolvedAs?.authority?.id));
        message = lookup.message;
        title = answerTitle(lookup);
      }
    } catch (error) {
      if (isAbort(error)) {
        return;
      }
      if (error instanceof GraphQlError && error.classification === 'NOT_FOUND') {
        const suggestions = error.extensions.suggestions ?? [];
        elements = notFoundElements(typed, suggestions);
        message = `We could not find ${typed}. ${suggestions.length} suggestions.`;
        title = `We could not find ‘${typed}’`;
      } else {
        elements = [h('p', { class: 'govuk-body app-answer__error', text: `Sorry, there is a problem: ${/** @type {Error} */ (error).message}` })];
        message = 'Sorry, there is a problem with the service.';
      }
    }
    this.answer.replaceChildren(...elements);
    this.answer.removeAttribute('aria-busy');
    document.title = `${title} – trustmap`;
    performance.measure('trustmap:find', { start: started, end: performance.now() });
    this.root.dataset.answered = String(Number(this.root.dataset.answered ?? 0) + 1);
    announce(message);
    if (this.focusAnswer) {
      this.focusAnswer = false;
      const heading = /** @type {HTMLElement|null} */ (this.answer.querySelector('.app-answer__heading'));
      // The answer starts at the top of the screen, so that on a phone the representative is on the first screen.
      heading?.focus({ preventScroll: true });
      heading?.scrollIntoView({ block: 'start' });
    }
  }

  /**
   * Shows or clears the GOV.UK error message on the box.
   *
   * @param {string} message - the error ('' clears it)
   */
  showError(message) {
    this.error.hidden = !message;
    this.error.replaceChildren(h('span', { class: 'govuk-visually-hidden', text: 'Error:' }), ` ${message}`);
    this.formGroup.classList.toggle('govuk-form-group--error', Boolean(message));
    this.input.classList.toggle('govuk-input--error', Boolean(message));
    const describedBy = ['find-place-hint', message ? 'find-place-error' : ''].filter(Boolean).join(' ');
    this.input.setAttribute('aria-describedby', describedBy);
  }
}
