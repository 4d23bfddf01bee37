/**
 * Says something to screen-reader users through the page's one polite live region (WCAG 4.1.3).
 * @module announce
 */

/**
 * Announces a message; the same message twice is announced twice.
 *
 * @param {string} message - what to say
 */
export function announce(message) {
  const region = document.getElementById('app-announcer');
  if (!region) {
    return;
  }
  region.textContent = '';
  // A change in a later task is what screen readers pick up.
  setTimeout(() => {
    region.textContent = message;
  }, 50);
}
