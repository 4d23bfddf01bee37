/**
 * The filters beside the map, which double as its key: one checkbox per type of node with its shape and
 * colour drawn next to its name, one per sector, a district menu, and the key to the line styles.
 * @module network/network-filters
 */

import { h } from '../dom.js';
import { SECTORS } from '../words.js';
import { DASHES, EDGE_KINDS, NODE_TYPES, OTHER_EDGES } from './node-types.js';
import { shape } from './svg-export.js';

export class NetworkFilters {
  /**
   * @param {HTMLElement} root - the network view
   * @param {() => void} onChange - called when the person changes a filter
   */
  constructor(root, onChange) {
    this.types = /** @type {HTMLElement} */ (root.querySelector('[data-type-options]'));
    this.sectors = /** @type {HTMLElement} */ (root.querySelector('[data-sector-options]'));
    this.district = /** @type {HTMLSelectElement} */ (root.querySelector('[data-district]'));
    const edgeKey = /** @type {HTMLElement} */ (root.querySelector('[data-edge-key]'));

    this.types.replaceChildren(...NODE_TYPES.map((entry) => checkbox(`network-type-${entry.type}`, entry.type, [
      swatch(shape(entry.shape, 10, 10, 16), entry.colour),
      ` ${entry.name} `,
      h('span', { class: 'app-filter-count', 'data-count-for': entry.type })
    ])));
    this.sectors.replaceChildren(...Object.entries(SECTORS).map(([code, name]) => checkbox(`network-sector-${code}`, code, [name])));
    edgeKey.replaceChildren(...[...EDGE_KINDS, OTHER_EDGES].map((kind) => h('li', { class: 'app-edge-key__item' }, [
      lineSwatch(DASHES[kind.line]), ` ${kind.name}`
    ])));

    for (const element of [this.types, this.sectors, this.district]) {
      element.addEventListener('change', onChange);
    }
  }

  /**
   * Fills the district menu and the counts from the graph.
   *
   * @param {import('./graph-model.js').Graph} graph - the graph
   */
  describe(graph) {
    const nodes = [...graph.nodes.values()];
    const districts = nodes.filter((node) => node.type === 'District').sort((a, b) => a.label.localeCompare(b.label));
    const chosen = this.district.value;
    this.district.replaceChildren(h('option', { value: '', text: 'All districts' }),
      ...districts.map((node) => h('option', { value: node.id, text: node.label })));
    this.district.value = chosen;
    for (const count of this.types.querySelectorAll('[data-count-for]')) {
      const type = /** @type {HTMLElement} */ (count).dataset.countFor;
      count.textContent = `(${nodes.filter((node) => node.type === type).length})`;
    }
  }

  /**
   * Shows the filters of a URL.
   *
   * @param {{hide: string[], hideSectors: string[], district: string}} state - what is hidden
   */
  set(state) {
    for (const input of this.types.querySelectorAll('input')) {
      input.checked = !state.hide.includes(input.value);
    }
    for (const input of this.sectors.querySelectorAll('input')) {
      input.checked = !state.hideSectors.includes(input.value);
    }
    if ([...this.district.options].some((option) => option.value === state.district)) {
      this.district.value = state.district;
    }
  }

  /**
   * @returns {{hide: string[], hideSectors: string[], district: string}} what the person chose to hide
   */
  read() {
    const unchecked = (/** @type {HTMLElement} */ box) => [...box.querySelectorAll('input')].filter((input) => !input.checked)
      .map((input) => input.value);
    return { hide: unchecked(this.types), hideSectors: unchecked(this.sectors), district: this.district.value };
  }
}

/**
 * @param {string} id - the input's id
 * @param {string} value - its value
 * @param {Array<Node|string>} label - its label's content
 * @returns {HTMLElement} a GOV.UK small checkbox, ticked
 */
function checkbox(id, value, label) {
  const input = h('input', { class: 'govuk-checkboxes__input', id, type: 'checkbox', value });
  /** @type {HTMLInputElement} */ (input).checked = true;
  return h('div', { class: 'govuk-checkboxes__item' }, [
    input,
    h('label', { class: 'govuk-label govuk-checkboxes__label app-filter-label', for: id }, label)
  ]);
}

/**
 * @param {string} shapeStart - an SVG shape's start tag, from svg-export.js
 * @param {string} colour - its fill
 * @returns {Element} a 20 by 20 picture of the shape (our own markup, no data from outside)
 */
function swatch(shapeStart, colour) {
  return svg(`${shapeStart} fill="${colour}" stroke="#0b0c0c" stroke-width="1"/>`);
}

/**
 * @param {number[]} dashes - a dash pattern
 * @returns {Element} a short line drawn with it
 */
function lineSwatch(dashes) {
  const dash = dashes.length ? ` stroke-dasharray="${dashes.join(' ')}"` : '';
  return svg(`<line x1="1" y1="10" x2="29" y2="10" stroke="#0b0c0c" stroke-width="2"${dash}/>`, 30);
}

/**
 * @param {string} content - SVG markup made by this module
 * @param {number} [width] - width in pixels
 * @returns {Element} the picture, hidden from assistive technology (the text beside it says it)
 */
function svg(content, width = 20) {
  const markup = `<svg xmlns="http://www.w3.org/2000/svg" class="app-swatch" width="${width}" height="20"`
    + ` viewBox="0 0 ${width} 20" aria-hidden="true" focusable="false">${content}</svg>`;
  const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
  return document.importNode(parsed, true);
}
