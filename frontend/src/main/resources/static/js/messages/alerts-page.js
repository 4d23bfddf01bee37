/**
 * The alerts subscription of alerts.html?area=...&name=...: an email when a voluntary-sector seat there
 * changes holder, falls vacant or its term ends soon (double opt-in: a link is emailed first).
 * @module messages/alerts-page
 */

import { h } from '../dom.js';
import { query } from '../graphql.js';
import { formGroup, loaded, messagesOn, showProblems, showResult, values } from './form.js';

const SUBSCRIBE = `
mutation Subscribe($input: SubscribeToAlertsInput!) {
  subscribeToAlerts(input: $input) { accepted enabled message problems { field message } }
}`;

async function start() {
  const params = new URLSearchParams(location.search);
  const page = /** @type {HTMLElement} */ (document.getElementById('app-message-page'));
  if (!(await messagesOn())) {
    return;
  }
  loaded();
  const title = 'Get an email when your representatives change – trustmap';
  const form = /** @type {HTMLFormElement} */ (h('form', { class: 'app-message-form', novalidate: true }, [
    h('p', { class: 'govuk-body', text: 'trustmap emails you when a voluntary-sector seat for the area or partnership you choose changes holder, falls vacant, or its term ends within 60 days. Every email has a link to stop them.' }),
    formGroup({ name: 'area', label: 'Postcode, district or partnership', value: params.get('area') ?? '',
      hint: params.get('name') ? `Filled in for ${params.get('name')}; or type a postcode.` : 'For example, GU51 3AA.', width: '20' }),
    formGroup({ name: 'email', label: 'Your email address', type: 'email', autocomplete: 'email', hint: 'We send a link here first: alerts start only once you follow it.' }),
    h('button', { type: 'submit', class: 'govuk-button', text: 'Subscribe' })
  ]));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { subscribeToAlerts: outcome } = await query(SUBSCRIBE, { input: values(form) });
    if (outcome.accepted) {
      showResult('Check your email', outcome.message);
    } else {
      showProblems(form, outcome.problems, title);
    }
  });
  page.append(form);
}

start();
