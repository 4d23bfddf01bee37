/**
 * The landing page of every link in trustmap's emails (link.html?token=...). The token's first part says
 * what it is for (it is signed, not secret); the page asks for one press of a button, so that a mail
 * scanner opening the link does nothing, except for unsubscribing, which happens as the page opens.
 * @module messages/link-page
 */

import { h } from '../dom.js';
import { query } from '../graphql.js';
import { loaded, showResult } from './form.js';

const FOLLOW = `
mutation Follow($token: String!) { followLink(token: $token) { accepted enabled message problems { field message } } }`;

/** What each kind of link asks, and its button. */
const PURPOSES = Object.freeze({
  'message-confirm': ['Send your message', 'Press the button to send your message. It is sent once, however often you follow the link.', 'Send my message', 'Your message is on its way'],
  'message-flag': ['Report this message', 'Press the button to report the message you received to the partnership\'s officers as abusive.', 'Report the message', 'Message reported'],
  'alert-confirm': ['Start your alerts', 'Press the button to start the email alerts you asked for.', 'Start my alerts', 'Your alerts have started'],
  'verify-yes': ['You still hold this seat', 'Press the button to confirm that you still hold the seat.', 'Yes, I still hold it', 'Thank you'],
  'verify-no': ['You no longer hold this seat', 'Press the button to tell the partnership\'s officers that you no longer hold the seat.', 'I no longer hold it', 'Thank you'],
  unsubscribe: ['Unsubscribing', '', '', 'You have unsubscribed']
});

/**
 * @param {string} token - the link's token
 * @returns {string} what it is for ('' when unreadable)
 */
export function purposeOf(token) {
  try {
    const payload = token.split('.')[0].replaceAll('-', '+').replaceAll('_', '/');
    return atob(payload).split('|')[0];
  } catch {
    return '';
  }
}

/** @param {string} token - the link's token */
async function follow(token) {
  const { followLink: outcome } = await query(FOLLOW, { token });
  const done = PURPOSES[/** @type {keyof typeof PURPOSES} */ (purposeOf(token))]?.[3] ?? 'Done';
  if (outcome.accepted) {
    showResult(done, outcome.message);
  } else {
    showResult('This link did not work', outcome.message, false);
  }
}

function start() {
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const purpose = PURPOSES[/** @type {keyof typeof PURPOSES} */ (purposeOf(token))];
  loaded();
  if (!purpose) {
    showResult('This link did not work', 'This link is not complete: copy the whole link from the email.', false);
    return;
  }
  if (purposeOf(token) === 'unsubscribe') {
    follow(token);
    return;
  }
  const [heading, text, button] = purpose;
  const page = /** @type {HTMLElement} */ (document.getElementById('app-message-page'));
  /** @type {HTMLElement} */ (document.getElementById('app-message-heading')).textContent = heading;
  document.title = `${heading} – trustmap`;
  const press = h('button', { type: 'button', class: 'govuk-button', text: button });
  press.addEventListener('click', () => {
    press.setAttribute('disabled', '');
    follow(token);
  });
  page.append(h('p', { class: 'govuk-body', text }), press);
}

start();
