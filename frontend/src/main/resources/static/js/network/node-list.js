/**
 * The network as a list: the accessible equivalent of the drawing (WCAG 1.1.1, 1.3.1, 2.1.1). One tab
 * stop (roving tabindex); up and down move through the list in the drawing's reading order, right goes
 * to a linked node one band down, left to one band up, Enter or Space chooses the node (details panel,
 * map centred on it). It always lists exactly what the map shows.
 * @module network/node-list
 */

import { h } from '../dom.js';
import { nodeType } from './node-types.js';

export class NodeList {
  /**
   * @param {HTMLElement} element - the `ul[role=listbox]`
   * @param {{onChoose: (id: string) => void, onCursor: (id: string|undefined) => void}} actions - what the
   *   list asks of the view
   */
  constructor(element, actions) {
    this.element = element;
    this.actions = actions;
    /** @type {string[]} the ids listed, in order */
    this.ids = [];
    /** @type {Map<string, HTMLElement>} */
    this.items = new Map();
    /** @type {Map<string, Set<string>>} */
    this.links = new Map();
    /** @type {Map<string, number>} */
    this.depths = new Map();
    this.current = '';
    element.addEventListener('keydown', (event) => this.onKeyDown(event));
    element.addEventListener('click', (event) => {
      const item = /** @type {HTMLElement} */ (event.target).closest('[role=option]');
      if (item) {
        this.moveTo(/** @type {HTMLElement} */ (item).dataset.id ?? '');
        this.actions.onChoose(/** @type {HTMLElement} */ (item).dataset.id ?? '');
      }
    });
    element.addEventListener('focusout', (event) => {
      if (!element.contains(/** @type {Node|null} */ (event.relatedTarget))) {
        this.actions.onCursor(undefined);
      }
    });
  }

  /**
   * Lists what the map shows.
   *
   * @param {import('./graph-model.js').Graph} graph - the graph
   * @param {string[]} order - reading order of the drawing
   * @param {Set<string>} visible - ids of the nodes that show
   * @param {Map<string, Set<string>>} links - neighbours by node
   * @param {string|undefined} selected - the chosen node
   */
  update(graph, order, visible, links, selected) {
    this.links = links;
    this.ids = order.filter((id) => visible.has(id));
    this.depths = new Map(this.ids.map((id) => [id, graph.nodes.get(id)?.depth ?? 0]));
    this.items = new Map(this.ids.map((id, index) => {
      const node = /** @type {import('./graph-model.js').GraphNode} */ (graph.nodes.get(id));
      const linked = [...(links.get(id) ?? [])].filter((other) => visible.has(other)).length;
      const notes = [nodeType(node.type).name, node.vacant ? 'vacant' : '', node.voluntarySector ? 'voluntary sector' : '',
        `${linked} ${linked === 1 ? 'link' : 'links'}`].filter(Boolean).join(', ');
      return [id, h('li', {
        role: 'option', id: `app-node-${index}`, class: `app-node-list__item app-node-list__item--${node.type}`,
        'data-id': id, 'aria-selected': String(id === selected), tabindex: '-1'
      }, [
        h('span', { class: 'app-node-list__label', text: node.label }),
        h('span', { class: 'app-node-list__notes', text: ` (${notes})` })
      ])];
    }));
    this.element.replaceChildren(...this.items.values());
    const start = this.items.has(this.current) ? this.current : (selected && this.items.has(selected) ? selected : this.ids[0]);
    this.current = '';
    if (start) {
      this.setCurrent(start);
    }
  }

  /**
   * Marks the chosen node.
   *
   * @param {string|undefined} id - the node, or none
   */
  select(id) {
    for (const [itemId, item] of this.items) {
      item.setAttribute('aria-selected', String(itemId === id));
    }
    if (id && this.items.has(id)) {
      this.setCurrent(id);
    }
  }

  /**
   * @param {KeyboardEvent} event - a key pressed in the list
   */
  onKeyDown(event) {
    const index = this.ids.indexOf(this.current);
    /** @type {string|undefined} */
    let next;
    switch (event.key) {
      case 'ArrowDown': next = this.ids[Math.min(index + 1, this.ids.length - 1)]; break;
      case 'ArrowUp': next = this.ids[Math.max(index - 1, 0)]; break;
      case 'Home': next = this.ids[0]; break;
      case 'End': next = this.ids[this.ids.length - 1]; break;
      case 'ArrowRight': next = this.linked(1); break;
      case 'ArrowLeft': next = this.linked(-1); break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.actions.onChoose(this.current);
        return;
      default:
        return;
    }
    event.preventDefault();
    if (next) {
      this.moveTo(next);
    }
  }

  /**
   * @param {1|-1} direction - down a band or up a band
   * @returns {string|undefined} the first listed node linked to the current one in that direction
   */
  linked(direction) {
    const depth = this.depths.get(this.current) ?? 0;
    const near = this.links.get(this.current) ?? new Set();
    return this.ids.find((id) => near.has(id) && Math.sign((this.depths.get(id) ?? 0) - depth) === direction);
  }

  /**
   * @param {string} id - the node to move the keyboard to
   */
  moveTo(id) {
    this.setCurrent(id);
    this.items.get(id)?.focus();
    this.actions.onCursor(id);
  }

  /**
   * @param {string} id - the node that takes the one tab stop
   */
  setCurrent(id) {
    this.items.get(this.current)?.setAttribute('tabindex', '-1');
    this.current = id;
    this.items.get(id)?.setAttribute('tabindex', '0');
  }
}
