/**
 * "Accept" on a correction: the change form of the record it is about, with the reporter's suggested value
 * filled in where the correction names a field (otherwise unfilled). Saving makes the change and accepts the
 * correction in one transaction (the edit's `correction` input); the change's audit event names it.
 * @module stewardship/accept-form
 */

import { h } from '../dom.js';
import { query } from '../graphql.js';
import { changeSeat } from './holding-form.js';
import { changeable, changeRecord } from './record-form.js';

const CORRECTED = `
query CorrectedRecord($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Body { name validTo note version }
    ... on Partnership { name validFrom validTo note version }
    ... on Person { name honorific honorificSuffix version }
    ... on Post { name holders { id version person { name } } }
    ... on Membership { version person { name } post { id name } }
  }
}`;

/**
 * The change form a correction's "Accept" opens.
 *
 * @param {any} correction - the Correction (about, authority, field, rightValue)
 * @param {() => void} onDone - called once the change is saved (and the correction accepted)
 * @returns {Promise<HTMLElement>} the form, or a sentence saying why there is none
 */
export async function acceptForm(correction, onDone) {
  const node = (await query(CORRECTED, { id: correction.about })).node;
  const options = { correction: correction.id, field: correction.field, value: correction.rightValue, open: true };
  if (!node) {
    return h('p', { class: 'govuk-body', text: `${correction.about} is no longer in the network: accept without a change or reject it.` });
  }
  if (node.__typename === 'Post') {
    return changeSeat(node, correction.authority, node.holders, onDone, options);
  }
  if (node.__typename === 'Membership') {
    return changeSeat(node.post, correction.authority, [node], onDone, options);
  }
  if (changeable(node.__typename)) {
    return changeRecord(node, onDone, options);
  }
  return h('p', { class: 'govuk-body', text: `${node.name ?? node.id} is reference data (it changes only by import): accept without a change or reject it.` });
}
