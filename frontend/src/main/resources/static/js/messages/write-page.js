/**
 * "Write to <name>": the form of write.html?membership=..., sent through trustmap (the holder's address is
 * never on the page); on success, "Check your email" (the message goes once the emailed link is followed).
 * @module messages/write-page
 */

import { h } from '../dom.js';
import { query } from '../graphql.js';
import { formGroup, loaded, messagesOn, showProblems, showResult, values } from './form.js';

const SEAT = `
query WriteTo($membership: ID!) {
  node(id: $membership) {
    ... on Membership {
      id current
      person { name honorific acceptsMessages }
      post { name partnership { name } }
    }
  }
}`;

const WRITE = `
mutation Write($input: WriteToRepresentativeInput!) {
  writeToRepresentative(input: $input) { accepted enabled message problems { field message } }
}`;

async function start() {
  const membership = new URLSearchParams(location.search).get('membership') ?? '';
  const page = /** @type {HTMLElement} */ (document.getElementById('app-message-page'));
  if (!(await messagesOn())) {
    return;
  }
  const { node } = membership ? await query(SEAT, { membership }) : { node: null };
  loaded();
  if (!node?.person || !node.current || !node.person.acceptsMessages) {
    page.append(h('p', { class: 'govuk-body', text: node?.person
      ? `${node.person.name} has not agreed to trustmap passing on messages, or no longer holds this seat. Your council for voluntary service can pass on a message.`
      : 'trustmap does not know this seat. Go back to the answer and choose "Write to" again.' }));
    return;
  }
  const name = [node.person.honorific, node.person.name].filter(Boolean).join(' ');
  const title = `Write to ${name}`;
  document.title = `${title} – trustmap`;
  /** @type {HTMLElement} */ (document.getElementById('app-message-heading')).textContent = title;
  const form = /** @type {HTMLFormElement} */ (h('form', { class: 'app-message-form', novalidate: true }, [
    h('p', { class: 'govuk-body', text: `${name} holds the seat ${node.post.name} on ${node.post.partnership?.name ?? 'the partnership'}. trustmap passes your message on; their email address is not shown to you. We email you a link first: your message is sent only once you follow it.` }),
    formGroup({ name: 'name', label: 'Your name', autocomplete: 'name', width: '20' }),
    formGroup({ name: 'email', label: 'Your email address', type: 'email', autocomplete: 'email', hint: 'We send the link to confirm your message here, and their reply comes here.' }),
    formGroup({ name: 'organisation', label: 'Your organisation (optional)', autocomplete: 'organization', width: '20' }),
    formGroup({ name: 'message', label: 'Your message', multiline: true, hint: 'Up to 5,000 characters.' }),
    h('button', { type: 'submit', class: 'govuk-button', text: 'Send my message' })
  ]));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { writeToRepresentative: outcome } = await query(WRITE, { input: { membership, ...values(form) } });
    if (outcome.accepted) {
      showResult('Check your email', outcome.message);
    } else {
      showProblems(form, outcome.problems, `${title} – trustmap`);
    }
  });
  page.append(form);
}

start();
