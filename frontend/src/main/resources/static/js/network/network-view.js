/**
 * The network view: Hampshire's partnership drawn with a layered layout, filters that double as the key,
 * a year control, a details panel and a list that mirrors the drawing. Its URL holds everything:
 * `#/network?asOf=2010&node=partnership:hart-lcp&focus=1&hide=Person&hideSectors=STATUTORY&district=...
 * &highlight=1&expand=cluster:hart-fleet`.
 * @module network/network-view
 */

import { announce } from '../announce.js';
import { Combobox } from '../combobox.js';
import { debounce } from '../dom.js';
import { downloadBlob } from '../download.js';
import { query } from '../graphql.js';
import { navigate } from '../router.js';
import { dateParam, formatHash, listParam } from '../url-state.js';
import { dateWords, plural, today } from '../words.js';
import { adjacency, createGraph, mergeNeighbourhood, visibleIds } from './graph-model.js';
import { layeredLayout } from './layout.js';
import { nodeType } from './node-types.js';
import { NetworkFilters } from './network-filters.js';
import { NetworkMap } from './network-map.js';
import { AUTHORITY_NETWORK, NEIGHBOURHOOD } from './network-queries.js';
import { NodeList } from './node-list.js';
import { NodePanel } from './node-panel.js';
import { toSvg } from './svg-export.js';

/** The authority drawn: the one whose data the service ships with. */
const AUTHORITY = 'authority:E10000014';

export class NetworkView {
  /**
   * @param {HTMLElement} root - the view's section, `data-module="app-network"`
   */
  constructor(root) {
    this.root = root;
    /** @type {Record<string, string>} */
    this.params = {};
    this.loadedKey = '';
    this.sequence = 0;
    this.fly = false;
    /** @type {import('./graph-model.js').Graph} */
    this.graph = { nodes: new Map(), edges: new Map() };
    /** @type {string[]} */
    this.order = [];
    /** @type {Map<string, Promise<any>>} answers already fetched, by query and day */
    this.cache = new Map();
    this.count = /** @type {HTMLElement} */ (root.querySelector('[data-count]'));
    this.year = /** @type {HTMLInputElement} */ (root.querySelector('#network-year'));
    this.yearValue = /** @type {HTMLElement} */ (root.querySelector('[data-year-value]'));
    this.focus = /** @type {HTMLSelectElement} */ (root.querySelector('[data-focus]'));
    this.highlight = /** @type {HTMLInputElement} */ (root.querySelector('[data-highlight]'));

    this.map = new NetworkMap(/** @type {HTMLElement} */ (root.querySelector('[data-map]')), (id) => this.choose(id, false));
    this.filters = new NetworkFilters(root, () => this.update(this.filters.read()));
    this.list = new NodeList(/** @type {HTMLElement} */ (root.querySelector('[data-node-list]')), {
      onChoose: (id) => this.choose(id, true),
      onCursor: (id) => this.map.cy && this.map.markCursor(id)
    });
    this.panel = new NodePanel(/** @type {HTMLElement} */ (root.querySelector('[data-panel]')), {
      nodeHref: (id) => formatHash('network', { ...this.params, node: id }),
      focusHref: (id, hops) => formatHash('network', { ...this.params, node: id, focus: hops }),
      onExpand: (id) => navigate('network', { ...this.params, node: id, expand: [...listParam(this.params.expand), id].join(',') })
    });
    new Combobox(/** @type {HTMLElement} */ (root.querySelector('.app-network__toolbar .app-combobox')), {
      source: async (text) => this.findOnMap(text),
      onChoose: (suggestion) => this.choose(suggestion.id, true),
      announce,
      minLength: 1,
      wait: 80
    });

    this.year.max = today().slice(0, 4);
    const yearChanged = debounce(() => this.update({ asOf: this.year.value === this.year.max ? '' : this.year.value }), 300);
    this.year.addEventListener('input', () => {
      this.showYear(this.year.value);
      yearChanged();
    });
    this.focus.addEventListener('change', () => this.update({ focus: this.focus.value }));
    this.highlight.addEventListener('change', () => this.update({ highlight: this.highlight.checked ? '1' : '' }));
    root.querySelectorAll('[data-zoom]').forEach((button) => button.addEventListener('click',
      () => this.map.cy && this.map.zoom(/** @type {any} */ (/** @type {HTMLElement} */ (button).dataset.zoom))));
    root.querySelectorAll('[data-export]').forEach((button) => button.addEventListener('click',
      () => this.export(/** @type {HTMLElement} */ (button).dataset.export ?? 'png')));
  }

  /**
   * Shows the view for a route: loads and draws the network when the day or the expansions changed, then
   * applies the filters and the selection.
   *
   * @param {Record<string, string>} params - the URL's parameters
   * @returns {Promise<void>} done when the view is ready
   */
  async show(params) {
    const sequence = ++this.sequence;
    this.params = params;
    const asOf = dateParam(params.asOf);
    const expand = listParam(params.expand);
    const key = `${asOf}|${expand.join(',')}`;
    this.showControls(params, asOf);
    let started = 0;
    if (key !== this.loadedKey) {
      this.root.dataset.state = 'loading';
      started = performance.now();
      this.count.textContent = 'Loading the network…';
      const [graph] = await Promise.all([
        this.load(asOf, expand).finally(() => performance.measure('trustmap:network-fetch', { start: started, end: performance.now() })),
        this.map.start().finally(() => performance.measure('trustmap:network-library', { start: started, end: performance.now() }))
      ]);
      if (sequence !== this.sequence) {
        return;
      }
      this.graph = graph;
      this.loadedKey = key;
      this.filters.describe(graph);
    }
    await this.apply(params, asOf, sequence);
    if (sequence !== this.sequence) {
      return;
    }
    if (started) {
      performance.measure('trustmap:network-draw', { start: started, end: performance.now() });
    }
    this.root.dataset.state = 'ready';
    this.root.dataset.drawn = key;
  }

  /**
   * @param {string|undefined} asOf - the day
   * @param {string[]} expand - nodes whose neighbours were added
   * @returns {Promise<import('./graph-model.js').Graph>} the graph
   */
  async load(asOf, expand) {
    const network = await this.fetch(`network|${asOf}`, AUTHORITY_NETWORK, { authority: AUTHORITY, asOf });
    this.truncated = network.authorityNetwork.truncated;
    this.asOf = network.authorityNetwork.asOf;
    let graph = createGraph(network.authorityNetwork);
    for (const id of expand) {
      const around = await this.fetch(`around|${id}|${asOf}`, NEIGHBOURHOOD, { id, asOf });
      graph = mergeNeighbourhood(graph, around.neighbourhood, graph.nodes.get(id)?.depth ?? 0).graph;
    }
    return graph;
  }

  /**
   * @param {string} key - cache key
   * @param {string} document - the query
   * @param {Record<string, unknown>} variables - its variables
   * @returns {Promise<any>} its data, fetched once
   */
  fetch(key, document, variables) {
    if (!this.cache.has(key)) {
      const answer = query(document, variables);
      answer.catch(() => this.cache.delete(key));
      this.cache.set(key, answer);
    }
    return /** @type {Promise<any>} */ (this.cache.get(key));
  }

  /**
   * Applies filters, highlight and selection to the drawing, the list, the panel and the count. What shows
   * is laid out anew (the same layout, on what shows only), so a focus or a district reads at a glance.
   *
   * @param {Record<string, string>} params - the URL's parameters
   * @param {string|undefined} asOf - the day
   * @param {number} sequence - the route being shown
   * @returns {Promise<void>} done when drawn
   */
  async apply(params, asOf, sequence) {
    const state = { hide: listParam(params.hide), hideSectors: listParam(params.hideSectors), district: params.district ?? '' };
    this.filters.set(state);
    const selected = params.node && this.graph.nodes.has(params.node) ? params.node : undefined;
    const hops = Number(params.focus) || 0;
    const focus = selected && hops ? { id: selected, hops } : null;
    const visible = visibleIds(this.graph, {
      hiddenTypes: new Set(state.hide), hiddenSectors: new Set(state.hideSectors), district: state.district, focus
    });
    const placedKey = JSON.stringify([state, focus, this.loadedKey]);
    if (placedKey !== this.placedKey) {
      const layout = layeredLayout([...visible.nodes].map((id) => /** @type {any} */ (this.graph.nodes.get(id))),
        [...visible.edges].map((id) => /** @type {any} */ (this.graph.edges.get(id))));
      this.order = layout.order;
      if (this.drawnKey !== this.loadedKey) {
        const drawing = performance.now();
        await this.map.draw(this.graph, layout.positions, visible);
        performance.measure('trustmap:network-render', { start: drawing, end: performance.now() });
        if (sequence !== this.sequence) {
          return;
        }
        this.drawnKey = this.loadedKey;
      } else {
        this.map.place(layout.positions, visible);
      }
      this.placedKey = placedKey;
    }
    this.map.highlightVoluntarySector(params.highlight === '1');
    this.map.select(selected, this.fly);
    this.fly = false;
    this.list.update(this.graph, this.order, visible.nodes, adjacency(this.graph), selected);
    this.panel.show(selected, asOf, this.graph);
    const message = `Showing ${plural(visible.nodes.size, 'node')} of ${this.graph.nodes.size}`
      + ` and ${plural(visible.edges.size, 'link')} of ${this.graph.edges.size}, as of ${dateWords(this.asOf)}.`
      + (this.truncated ? ' Some nodes were left out to keep the drawing readable.' : '');
    if (message !== this.count.textContent) {
      this.count.textContent = message;
    }
  }

  /**
   * @param {Record<string, string>} params - the URL's parameters
   * @param {string|undefined} asOf - the day
   */
  showControls(params, asOf) {
    const year = asOf ? asOf.slice(0, 4) : this.year.max;
    if (document.activeElement !== this.year) {
      this.year.value = year;
      this.showYear(year);
    }
    this.focus.value = params.focus ?? '';
    this.focus.disabled = !params.node;
    this.highlight.checked = params.highlight === '1';
  }

  /**
   * @param {string} year - the year on the control
   */
  showYear(year) {
    this.yearValue.textContent = year === this.year.max ? `${year} (today)` : `${year} (on 31 December)`;
  }

  /**
   * Changes some parameters; filters replace the history entry, so Back goes to the previous view.
   *
   * @param {Record<string, string>} changes - the parameters to change
   */
  update(changes) {
    navigate('network', { ...this.params, ...changes }, { replace: true });
  }

  /**
   * @param {string} id - the node chosen
   * @param {boolean} fly - whether the map moves to it
   */
  choose(id, fly) {
    this.fly = fly;
    if (id === this.params.node) {
      this.map.select(id, fly);
      this.fly = false;
      return;
    }
    navigate('network', { ...this.params, node: id });
  }

  /**
   * @param {string} text - what was typed in "Find on the map"
   * @returns {import('../combobox.js').Suggestion[]} matching nodes that show, names starting with it first
   */
  findOnMap(text) {
    const wanted = text.toLowerCase();
    return [...this.graph.nodes.values()]
      .filter((node) => node.label.toLowerCase().includes(wanted) && this.map.cy?.getElementById(node.id).visible())
      .sort((a, b) => Number(!a.label.toLowerCase().startsWith(wanted)) - Number(!b.label.toLowerCase().startsWith(wanted))
        || a.label.localeCompare(b.label))
      .slice(0, 10)
      .map((node) => ({ id: node.id, label: node.label, description: nodeType(node.type).name }));
  }

  /**
   * @param {string} format - png or svg
   */
  async export(format) {
    if (!this.map.cy) {
      return;
    }
    const name = `trustmap-hampshire-network-${this.asOf ?? today()}`;
    if (format === 'svg') {
      const svg = toSvg(this.map.svgDrawing(`Hampshire Children's Trust network as of ${dateWords(this.asOf)} (trustmap)`));
      downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), `${name}.svg`);
    } else {
      downloadBlob(await this.map.png(), `${name}.png`);
    }
    announce(`The drawing was saved as ${name}.${format}.`);
  }
}
