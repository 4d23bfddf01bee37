/**
 * Building DOM without innerHTML: every text goes in as text, so nothing from the API can become markup.
 * @module dom
 */

/**
 * Creates an element.
 *
 * @param {string} tag - the element's name, e.g. 'li'
 * @param {Record<string, string|number|boolean|null|undefined>} [attributes] - attributes; `class` sets the
 *   class list, `text` sets the text content; false, null and undefined leave the attribute out
 * @param {Array<Node|string|null|undefined|false>} [children] - child nodes or texts; empty ones are skipped
 * @returns {HTMLElement} the element
 */
export function h(tag, attributes = {}, children = []) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) {
      continue;
    }
    if (name === 'text') {
      element.textContent = String(value);
    } else if (name === 'class') {
      element.className = String(value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

/**
 * Appends children, skipping empty ones.
 *
 * @param {Element} parent - where to add them
 * @param {Array<Node|string|null|undefined|false>} children - nodes or texts
 */
export function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false || child === '') {
      continue;
    }
    parent.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/**
 * One row of a summary list: its key and its value (an empty value leaves the row out).
 * @typedef {[string, Node|string|null|undefined]} SummaryRow
 */

/**
 * A GOV.UK summary list (`dl`) from rows, leaving out rows whose value is empty.
 *
 * @param {SummaryRow[]} rows - key and value pairs
 * @returns {HTMLElement} the list
 */
export function summaryList(rows) {
  return h('dl', { class: 'govuk-summary-list app-summary-list' }, rows
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([key, value]) => h('div', { class: 'govuk-summary-list__row' }, [
      h('dt', { class: 'govuk-summary-list__key', text: key }),
      h('dd', { class: 'govuk-summary-list__value' }, [value])
    ])));
}

/**
 * A link to a hash route of this page.
 *
 * @param {string} href - e.g. '#/find?q=Fleet'
 * @param {string} text - the link text
 * @param {string} [extraClass] - more classes
 * @returns {HTMLElement} the link
 */
export function link(href, text, extraClass = '') {
  return h('a', { class: `govuk-link ${extraClass}`.trim(), href, text });
}

/**
 * Calls `fn` once no call has come for `wait` milliseconds.
 *
 * @template {unknown[]} A
 * @param {(...args: A) => void} fn - what to call
 * @param {number} wait - quiet time in milliseconds
 * @returns {(...args: A) => void} the debounced function
 */
export function debounce(fn, wait) {
  let timer = 0;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  };
}

/**
 * Resolves after the browser has painted twice: what the page shows is then on screen.
 *
 * @returns {Promise<void>} done after two animation frames
 */
export function afterTwoFrames() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}
