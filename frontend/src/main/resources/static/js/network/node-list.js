/**
 * The network as a list: the accessible equivalent of the drawing (WCAG 1.1.1, 1.3.1, 2.1.1). One tab
 * stop (roving tabindex); up and down move through the list in the drawing's reading order, right goes
 * to a linked node one band down, left to one band up, Enter or Space chooses the node (details panel,
 * map centred on it). It always lists exactly what the map shows.
 * @module network/node-list
 */

import { announce } from '../announce.js';
import { h } from '../dom.js';
import { nodeType } from './node-types.js';

export class NodeList {
  /**
   * @param {HTMLElement} element - the `ul[role=listbox]`
   * @param {{onChoose: (id: string) => void, onCursor: (id: string|undefined) => void, onPanel: () => void,
   *   describe: (id: string) => string}} actions - what the list asks of the view
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
    /** @type {string[]} the nodes Right came from, so that Left goes back the same way */
    this.trail = [];
    element.addEventListener('keydown', (event) => this.onKeyDown(event));
    element.addEventListener('click', (event) => {
      const item = /** @type {HTMLElement} */ (event.target).closest('[role=option]');
      if (item) {
        this.moveTo(/** @type {HTMLElement} */ (item).dataset.id ?? '');
        this.actions.onChoose(/** @type {HTMLElement} */ (item).dataset.id ?? '');
      }
    });
    element.addEventListener('focusin', (event) => {
      const item = /** @type {HTMLElement} */ (event.target).closest('[role=option]');
      if (item && /** @type {HTMLElement} */ (item).dataset.id !== this.current) {
        this.setCurrent(/** @type {HTMLElement} */ (item).dataset.id ?? '');
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
   * @param {(id: string) => string} [collapsed] - what is collapsed into a node, in words
   */
  update(graph, order, visible, links, selected, collapsed = () => '') {
    // The list is written anew; a person using it keeps their place and the focus (WCAG 2.4.3).
    const hadFocus = this.element.contains(document.activeElement);
    this.links = links;
    this.ids = order.filter((id) => visible.has(id));
    this.depths = new Map(this.ids.map((id) => [id, graph.nodes.get(id)?.depth ?? 0]));
    this.items = new Map(this.ids.map((id, index) => {
      const node = /** @type {import('./graph-model.js').GraphNode} */ (graph.nodes.get(id));
      const linked = [...(links.get(id) ?? [])].filter((other) => visible.has(other)).length;
      const closed = collapsed(id);
      const notes = [nodeType(node.type).name, node.vacant ? 'vacant' : '', node.voluntarySector ? 'voluntary sector' : '',
        `${linked} ${linked === 1 ? 'link' : 'links'}`, closed ? `collapsed: ${closed}` : ''].filter(Boolean).join(', ');
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
      if (hadFocus) {
        this.items.get(start)?.focus({ preventScroll: false });
      }
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
      case 'ArrowDown': next = this.ids[Math.min(index + 1, this.ids.length - 1)]; this.trail = []; break;
      case 'ArrowUp': next = this.ids[Math.max(index - 1, 0)]; this.trail = []; break;
      case 'Home': next = this.ids[0]; this.trail = []; break;
      case 'End': next = this.ids[this.ids.length - 1]; this.trail = []; break;
      case 'ArrowRight':
        next = this.linked(1);
        if (next) {
          this.trail.push(this.current);
        }
        break;
      case 'ArrowLeft': {
        // Back the way Right came, while the way is still in the list; else one level up.
        const back = this.trail.pop();
        next = back && this.items.has(back) ? back : this.linked(-1);
        break;
      }
      case 'p':
      case 'P':
        event.preventDefault();
        this.actions.onPanel();
        return;
      case 'Enter':
      case ' ':
        event.preventDefault();
        announce(this.actions.describe(this.current));
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
