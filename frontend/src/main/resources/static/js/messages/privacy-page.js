/**
 * The privacy notice's retention periods, read from this trustmap's settings (messagesStatus), so that the notice
 * says what this copy does. Without an answer the page keeps the defaults it is written with, said to be defaults.
 * @module messages/privacy-page
 */

import { query } from '../graphql.js';

const STATUS = 'query Retention { messagesStatus { messageRetention correctionRetention } }';

async function start() {
  /** @type {{messageRetention: string, correctionRetention: string}} */
  let status;
  try {
    status = (await query(STATUS)).messagesStatus;
  } catch {
    return;
  }
  /** @type {Record<string, string>} */
  const figures = { messages: status.messageRetention, corrections: status.correctionRetention };
  document.querySelectorAll('[data-retention]').forEach((element) => {
    const figure = figures[/** @type {HTMLElement} */ (element).dataset.retention ?? ''];
    if (figure) {
      element.textContent = figure;
    }
  });
  document.querySelectorAll('[data-retention-default]').forEach((element) => {
    /** @type {HTMLElement} */ (element).hidden = true;
  });
  document.body.dataset.retentionRead = 'true';
}

void start();
