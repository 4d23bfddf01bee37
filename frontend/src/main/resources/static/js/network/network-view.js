/**
 * The network view: an authority's partnership drawn as an overview first (the Trust and its parts, the
 * LCPs in their districts' boxes, seats and members collapsed into counts until a partnership is opened),
 * filters that double as the key, a year control, a path between two nodes, what changed between two
 * days, a details panel and a list that mirrors the drawing. Its URL holds everything:
 * `#/network?authority=authority:E10000016&asOf=2010&node=partnership:hart-lcp&open=partnership:hart-lcp
 * &focus=1&hide=Person&hideSectors=STATUTORY&district=...&highlight=1&expand=cluster:hart-fleet
 * &from=...&to=...&since=2010-01-01` (`open=all` opens every partnership).
 * @module network/network-view
 */

import { announce } from '../announce.js';
import { Combobox } from '../combobox.js';
import { debounce, h } from '../dom.js';
import { downloadBlob } from '../download.js';
import { query } from '../graphql.js';
import { navigate } from '../router.js';
import { dateParam, formatHash, listParam } from '../url-state.js';
import { dateWords, plural, today } from '../words.js';
import { account, mayEdit } from '../account.js';
import { NOT_TOLD, periods, SEAT_CHANGES, withSeatChanges } from './seat-changes.js';
import { showAddToNetwork } from '../stewardship/create-forms.js';
import { adjacency, changesBetween, createGraph, mergeNeighbourhood, visibleIds, withEnded } from './graph-model.js';
import { groupedLayout } from './layout.js';
import { nodeType } from './node-types.js';
import { NetworkFilters } from './network-filters.js';
import { NetworkMap } from './network-map.js';
import { takeEarly } from './early-answer.js';
import { AUTHORITIES, AUTHORITY_NETWORK, CONNECTION, DEFAULT_AUTHORITY, NEIGHBOURHOOD } from './network-queries.js';
import { NodeList } from './node-list.js';
import { NodePanel } from './node-panel.js';
import { countSentence, NO_DISTRICT_GROUP, overview } from './overview.js';
import { toSvg } from './svg-export.js';

/** The authority drawn when the URL names none: the one whose data the service ships with first. */
/** Phones: the panel opens as a sheet over the map. */
const SHEET = '(max-width: 640px)';

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
    this.seatChangesProblem = '';
    this.seatChangesLeftOut = 0;
    /** @type {Set<string>} records added by the editor on this page */
    this.created = new Set();
    /** @type {Map<string, import('./layout.js').GroupedLayout>} layouts already worked out: the same network draws the same way, at once */
    this.layouts = new Map();
    /** @type {string|undefined} the key of the layout drawn now */
    this.placedKey = undefined;
    /** @type {import('./graph-model.js').Changes|null} */
    this.changes = null;
    /** @type {Array<{id: string, name: string}>} */
    this.authorities = [];
    this.count = /** @type {HTMLElement} */ (root.querySelector('[data-count]'));
    this.year = /** @type {HTMLInputElement} */ (root.querySelector('#network-year'));
    this.yearValue = /** @type {HTMLElement} */ (root.querySelector('[data-year-value]'));
    this.focus = /** @type {HTMLSelectElement} */ (root.querySelector('[data-focus]'));
    this.highlight = /** @type {HTMLInputElement} */ (root.querySelector('[data-highlight]'));
    this.authority = /** @type {HTMLSelectElement} */ (root.querySelector('[data-authority]'));
    this.openAll = /** @type {HTMLButtonElement} */ (root.querySelector('[data-open-all]'));
    this.exportSelection = /** @type {HTMLInputElement} */ (root.querySelector('[data-export-selection]'));
    this.pathWords = /** @type {HTMLElement} */ (root.querySelector('[data-path-words]'));
    this.changesWords = /** @type {HTMLElement} */ (root.querySelector('[data-changes-words]'));
    this.since = /** @type {HTMLInputElement} */ (root.querySelector('[data-since]'));
    this.panelElement = /** @type {HTMLElement} */ (root.querySelector('[data-panel]'));
    /** @type {{from?: string, to?: string}} */
    this.pathEnds = {};

    this.map = new NetworkMap(/** @type {HTMLElement} */ (root.querySelector('[data-map]')), (id) => this.choose(id, false, 'map'),
      (id) => formatHash('network', { ...this.params, node: id }));
    this.filters = new NetworkFilters(root, () => this.update(this.filters.read()));
    this.list = new NodeList(/** @type {HTMLElement} */ (root.querySelector('[data-node-list]')), {
      onChoose: (id) => this.choose(id, true, 'list'),
      onCursor: (id) => this.map.cy && this.map.markCursor(id),
      onPanel: () => this.panelElement.focus(),
      describe: (id) => this.describeChoice(id)
    });
    this.panel = new NodePanel(this.panelElement, {
      nodeHref: (id) => formatHash('network', { ...this.params, node: id }),
      focusHref: (id, hops) => formatHash('network', { ...this.params, node: id, focus: hops }),
      onExpand: (id) => navigate('network', { ...this.params, node: id, expand: [...listParam(this.params.expand), id].join(',') }),
      onToggleOpen: (id) => this.toggleOpen(id),
      isOpen: (id) => this.isOpen(id),
      collapsed: (id) => countSentence(this.overview?.counts.get(id)),
      onClose: () => this.closeSheet(),
      onCreated: (id) => this.openCreated(id)
    });
    new Combobox(/** @type {HTMLElement} */ (root.querySelector('[data-find-combobox]')), {
      source: async (text) => this.findOnMap(text),
      onChoose: (suggestion) => this.choose(suggestion.id, true, 'find'),
      announce,
      minLength: 1,
      wait: 80
    });
    for (const end of /** @type {const} */ (['from', 'to'])) {
      new Combobox(/** @type {HTMLElement} */ (root.querySelector(`[data-path-${end}]`)), {
        source: async (text) => this.findOnMap(text),
        onChoose: (suggestion) => {
          this.pathEnds[end] = suggestion.id;
        },
        announce,
        minLength: 1,
        wait: 80
      });
    }
    root.querySelector('[data-path-form]')?.addEventListener('submit', (event) => {
      event.preventDefault();
      const from = this.pathEnds.from ?? this.params.from;
      const to = this.pathEnds.to ?? this.params.to;
      if (!from || !to) {
        this.pathWords.textContent = 'Choose both ends from the suggestions first: what to start from, and what to end at.';
        return;
      }
      this.update({ from, to });
    });
    root.querySelector('[data-changes-form]')?.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!dateParam(this.since.value)) {
        this.changesWords.textContent = 'Enter the day to compare with, for example 2010-01-01.';
        return;
      }
      this.update({ since: this.since.value });
    });

    this.year.max = today().slice(0, 4);
    const yearChanged = debounce(() => this.update({ asOf: this.year.value === this.year.max ? '' : this.year.value }), 300);
    this.year.addEventListener('input', () => {
      this.showYear(this.year.value);
      yearChanged();
    });
    this.focus.addEventListener('change', () => this.update({ focus: this.focus.value }));
    this.highlight.addEventListener('change', () => this.update({ highlight: this.highlight.checked ? '1' : '' }));
    this.authority.addEventListener('change', () => navigate('network', { authority: this.authority.value, asOf: this.params.asOf ?? '' }));
    this.openAll.addEventListener('click', () => this.update({ open: this.params.open === 'all' ? '' : 'all' }));
    root.querySelectorAll('[data-zoom]').forEach((button) => button.addEventListener('click',
      () => void this.map.zoom(/** @type {any} */ (/** @type {HTMLElement} */ (button).dataset.zoom)).catch(() => {})));
    root.querySelectorAll('[data-export]').forEach((button) => button.addEventListener('click',
      () => this.export(/** @type {HTMLElement} */ (button).dataset.export ?? 'png')));
    this.loadAuthorities();
  }

  /**
   * "Add to this network" for an editor of the authority drawn; a new record's panel opens once saved.
   *
   * @param {string} authority - the authority drawn
   */
  async showAdd(authority) {
    const element = /** @type {HTMLElement|null} */ (this.root.querySelector('[data-network-add]'));
    if (element) {
      await showAddToNetwork(element, authority, mayEdit(await account(), authority), (id) => this.openCreated(id));
    }
  }

  /**
   * Opens a record an editor just added: the network is read anew (it may now be drawn) and its panel shows.
   *
   * @param {string} id - the new record
   */
  openCreated(id) {
    this.created.add(id);
    this.cache.clear();
    this.loadedKey = '';
    navigate('network', { ...this.params, node: id });
  }

  /** Fills the authority chooser with every authority whose network is in the graph. */
  async loadAuthorities() {
    try {
      const data = await this.fetch('authorities', AUTHORITIES, {});
      this.authorities = data.authorities;
      const chosen = this.params.authority ?? DEFAULT_AUTHORITY;
      this.authority.replaceChildren(...this.authorities.map((authority) => new Option(authority.name, authority.id)));
      this.authority.value = chosen;
    } catch {
      // The chooser keeps the authority it was written with.
    }
  }

  /**
   * Shows the view for a route: loads and draws the network when the authority, the day or the expansions
   * changed, then applies the filters and the selection.
   *
   * @param {Record<string, string>} params - the URL's parameters
   * @returns {Promise<void>} done when the view is ready
   */
  async show(params) {
    const sequence = ++this.sequence;
    this.params = params;
    const asOf = dateParam(params.asOf);
    const since = dateParam(params.since);
    const authority = params.authority || DEFAULT_AUTHORITY;
    const expand = listParam(params.expand);
    const key = `${authority}|${asOf}|${expand.join(',')}|${since ?? ''}`;
    this.showControls(params, asOf);
    void this.showAdd(authority);
    let started = 0;
    if (key !== this.loadedKey) {
      this.root.dataset.state = 'loading';
      started = performance.now();
      this.count.textContent = 'Loading the network…';
      try {
        // The first drawing needs no library: Cytoscape loads when an interaction needs the live map (network-map.js).
        const graph = await this.load(authority, asOf, expand, since)
          .finally(() => performance.measure('trustmap:network-fetch', { start: started, end: performance.now() }));
        if (sequence !== this.sequence) {
          return;
        }
        this.graph = graph;
      } catch (error) {
        if (sequence === this.sequence) {
          this.count.textContent = `The network could not be loaded: ${/** @type {Error} */ (error).message}`;
          this.root.dataset.state = 'error';
        }
        return;
      }
      this.loadedKey = key;
      this.authorityName = this.authorities.find((entry) => entry.id === authority)?.name
        ?? this.graph.nodes.get(authority)?.label ?? authority;
      this.filters.describe(this.graph);
    }
    await this.showPath(params, asOf);
    if (sequence !== this.sequence) {
      return;
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
    if (this.changes && !('seatChanges' in this.changes) && !this.seatChangesProblem) {
      void this.addSeatChanges(authority, this.changes, key);
    }
  }

  /**
   * @param {string} authority - the authority
   * @param {string|undefined} asOf - the day
   * @param {string[]} expand - nodes whose neighbours were added
   * @param {string|undefined} since - the earlier day of "what changed", if asked
   * @returns {Promise<import('./graph-model.js').Graph>} the graph
   */
  async load(authority, asOf, expand, since) {
    const network = await this.fetch(`network|${authority}|${asOf}`, AUTHORITY_NETWORK, { authority, asOf });
    this.truncated = network.authorityNetwork.truncated;
    this.asOf = network.authorityNetwork.asOf;
    let graph = createGraph(network.authorityNetwork);
    for (const id of expand) {
      const around = await this.fetch(`around|${id}|${asOf}`, NEIGHBOURHOOD, { id, asOf });
      graph = mergeNeighbourhood(graph, around.neighbourhood, graph.nodes.get(id)?.depth ?? 0).graph;
    }
    this.changes = null;
    if (since) {
      const before = await this.fetch(`network|${authority}|${since}`, AUTHORITY_NETWORK, { authority, asOf: since });
      const earlier = createGraph(before.authorityNetwork);
      this.changes = changesBetween(earlier, graph);
      this.seatChangesProblem = '';
      graph = withEnded(graph, earlier, this.changes.ended);
      this.sinceDay = before.authorityNetwork.asOf;
    }
    return graph;
  }

  /**
   * Adds the record of appointments to the comparison, once it answers (the map is drawn meanwhile): a seat
   * vacated and filled again between the two days is then marked and listed too.
   *
   * @param {string} authority - the area
   * @param {import('./graph-model.js').Changes} compared - the comparison it adds to
   * @param {string} key - the network drawn
   */
  async addSeatChanges(authority, compared, key) {
    try {
      const answers = await Promise.all(periods(this.sinceDay ?? '', this.asOf ?? '').map(([from, to]) =>
        this.fetch(`changes|${authority}|${from}|${to}`, SEAT_CHANGES, { area: authority, from, to })));
      if (this.changes !== compared) {
        return;
      }
      const items = answers.flatMap((answer) => answer.changes.items);
      this.seatChangesLeftOut = answers.reduce((sum, answer) => sum + answer.changes.total - answer.changes.items.length, 0);
      this.changes = withSeatChanges(compared, items, this.graph);
    } catch (error) {
      if (this.changes !== compared) {
        return;
      }
      this.seatChangesProblem = `The record of appointments could not be read: ${/** @type {Error} */ (error).message}`;
    }
    if (this.loadedKey === key) {
      // Drawn again with the seats the record adds (the network itself is not read again).
      await this.show(this.params);
    }
  }

  /**
   * @param {string} key - cache key
   * @param {string} document - the query
   * @param {Record<string, unknown>} variables - its variables
   * @returns {Promise<any>} its data, fetched once
   */
  fetch(key, document, variables) {
    if (!this.cache.has(key)) {
      // Once more when refused: a busy database ends a long query and asks for it to be retried.
      const answer = (takeEarly(document, variables) ?? query(document, variables)).catch(() => query(document, variables));
      answer.catch(() => this.cache.delete(key));
      this.cache.set(key, answer);
    }
    return /** @type {Promise<any>} */ (this.cache.get(key));
  }

  /**
   * Asks the API for the connection the URL names, and says it in words.
   *
   * @param {Record<string, string>} params - the URL's parameters
   * @param {string|undefined} asOf - the day
   */
  async showPath(params, asOf) {
    this.path = null;
    if (!params.from || !params.to) {
      this.pathWords.replaceChildren();
      return;
    }
    const name = (/** @type {string} */ id) => this.graph.nodes.get(id)?.label ?? id;
    try {
      const data = await this.fetch(`path|${params.from}|${params.to}|${asOf}`, CONNECTION, { from: params.from, to: params.to, asOf });
      this.path = data.connection;
    } catch (error) {
      this.pathWords.textContent = `The connection could not be worked out: ${/** @type {Error} */ (error).message}`;
      return;
    }
    const heading = document.createElement('p');
    heading.className = 'govuk-body';
    if (!this.path) {
      heading.textContent = `${name(params.from)} and ${name(params.to)} are not connected within 8 steps on ${dateWords(this.asOf)}.`;
      this.pathWords.replaceChildren(heading);
      return;
    }
    heading.textContent = `${name(params.from)} is connected to ${name(params.to)} in ${plural(this.path.length, 'step')}`
      + ` (drawn in bold on the map):`;
    const steps = document.createElement('ol');
    steps.className = 'govuk-list govuk-list--number';
    steps.replaceChildren(...this.path.description.map((/** @type {string} */ line) => Object.assign(document.createElement('li'), { textContent: line })));
    this.pathWords.replaceChildren(heading, steps);
  }

  /**
   * Applies the overview, filters, highlight and selection to the drawing, the list, the panel and the
   * count. What shows is laid out (the same layout, cached, for the same nodes), so a focus or a district
   * reads at a glance.
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
    const open = params.open === 'all' ? 'all' : new Set(listParam(params.open));
    // What is asked for shows even when it is collapsed: the chosen node, the path, what changed.
    const forced = new Set([selected, ...(this.path?.nodes ?? []).map((/** @type {any} */ node) => node.id),
      ...(this.changes ? this.changedToShow(this.changes) : [])].filter(Boolean));
    this.overview = overview(this.graph, open, /** @type {Set<string>} */ (forced));
    const filtered = visibleIds(this.graph, {
      hiddenTypes: new Set(state.hide), hiddenSectors: new Set(state.hideSectors), district: state.district, focus
    });
    const overviewShown = this.overview.shown;
    const shownNodes = new Set([...filtered.nodes].filter((id) => overviewShown.has(id) || (focus && filtered.nodes.has(id))));
    const visible = {
      nodes: shownNodes,
      edges: new Set([...filtered.edges].filter((id) => {
        const edge = /** @type {import('./graph-model.js').GraphEdge} */ (this.graph.edges.get(id));
        return shownNodes.has(edge.source) && shownNodes.has(edge.target);
      }))
    };
    const groupOf = new Map([...this.overview.groupOf].filter(([id, box]) => shownNodes.has(id) && (box === NO_DISTRICT_GROUP || shownNodes.has(box))));
    const boxIds = new Set(groupOf.values());
    const layoutKey = JSON.stringify([this.loadedKey, [...shownNodes].sort(), [...groupOf].sort()]);
    if (layoutKey !== this.placedKey) {
      let layout = this.layouts.get(layoutKey);
      if (!layout) {
        const nodes = [...shownNodes].filter((id) => !boxIds.has(id)).map((id) => {
          const node = /** @type {import('./graph-model.js').GraphNode} */ (this.graph.nodes.get(id));
          return { id, depth: node.depth, label: node.label };
        });
        const boxLabels = new Map([...boxIds].map((id) => [id, this.graph.nodes.get(id)?.label ?? 'District not recorded']));
        const inRows = new Set(nodes.filter((node) => this.graph.nodes.get(node.id)?.type === 'District').map((node) => node.id));
        for (const id of inRows) {
          boxLabels.set(id, this.graph.nodes.get(id)?.label ?? id);
        }
        layout = groupedLayout(nodes, [...visible.edges].map((id) => /** @type {any} */ (this.graph.edges.get(id))),
          { groupOf, groupLabel: boxLabels, inRows, firstRow: NO_DISTRICT_GROUP });
        this.layouts.set(layoutKey, layout);
      }
      this.order = layout.order.filter((id) => this.graph.nodes.has(id));
      const drawing = performance.now();
      await this.map.draw(this.graph, layout, visible, {
        counts: this.openCounts(open), groupOf,
        boxLabels: new Map([[NO_DISTRICT_GROUP, 'LCPs whose district is not recorded']])
      });
      performance.measure('trustmap:network-render', { start: drawing, end: performance.now() });
      if (sequence !== this.sequence) {
        return;
      }
      this.placedKey = layoutKey;
    }
    if (!this.map.cy && (params.highlight === '1' || this.path || this.changes || this.fly)) {
      // A highlight, a path, what changed and a move to a node are drawn by the live map. Without it (Cytoscape
      // could not be loaded) the first drawing stays, with the choice ringed, and the words say the rest.
      await this.map.live().catch(() => {});
      if (sequence !== this.sequence) {
        return;
      }
    }
    this.map.highlightVoluntarySector(params.highlight === '1');
    this.map.markPath(this.path);
    this.map.markChanges(this.changes);
    this.map.select(selected, this.fly);
    this.fly = false;
    this.openAll.setAttribute('aria-pressed', String(params.open === 'all'));
    this.openAll.textContent = params.open === 'all' ? 'Collapse all' : 'Expand all';
    this.list.update(this.graph, this.order, visible.nodes, adjacency(this.graph), selected,
      (id) => (this.isOpen(id) ? '' : countSentence(this.overview?.counts.get(id))));
    // A record not drawn (a person without a seat, just added) still shows its panel.
    this.panel.show(selected ?? (params.node && this.created.has(params.node) ? params.node : undefined), asOf, this.graph);
    this.showChanges();
    const collapsed = [...this.graph.nodes.keys()].filter((id) => !shownNodes.has(id)).length;
    // For tests and the curious: how many nodes the network has, drawn or collapsed.
    this.root.dataset.nodes = String(this.graph.nodes.size);
    this.root.dataset.shown = String(shownNodes.size);
    const message = `Showing ${plural(visible.nodes.size, 'node')} of ${this.graph.nodes.size}`
      + ` and ${plural(visible.edges.size, 'link')} of ${this.graph.edges.size}, as of ${dateWords(this.asOf)}`
      + (collapsed ? `; the rest are collapsed into their partnerships (choose one to open it, or Expand all).` : '.')
      + (this.truncated ? ' Some nodes were left out to keep the drawing readable.' : '');
    if (message !== this.count.textContent) {
      this.count.textContent = message;
    }
  }

  /**
   * @param {import('./graph-model.js').Changes} changes - what changed
   * @returns {string[]} what of it shows even when collapsed: partnerships added or ended, and seats that fell
   *   vacant (people and bodies added or ended are marked where their partnership is open, and all are listed in words)
   */
  changedToShow(changes) {
    const partnership = (/** @type {string} */ id) => this.graph.nodes.get(id)?.type === 'Partnership';
    return [...changes.added.filter(partnership), ...changes.ended.filter(partnership), ...changes.vacated];
  }

  /**
   * @param {Set<string>|'all'} open - what is open
   * @returns {Map<string, import('./overview.js').Counts>} the counts to write on the partnerships still closed
   */
  openCounts(open) {
    const counts = this.overview?.counts ?? new Map();
    return open === 'all' ? new Map() : new Map([...counts].filter(([id]) => !open.has(id)));
  }

  /**
   * @param {string} id - a node
   * @returns {boolean} whether its members show
   */
  isOpen(id) {
    return this.params.open === 'all' || listParam(this.params.open).includes(id);
  }

  /**
   * Opens a partnership's seats and members, or closes them again.
   *
   * @param {string} id - the partnership
   */
  toggleOpen(id) {
    if (this.params.open === 'all') {
      return;
    }
    const open = new Set(listParam(this.params.open));
    if (open.has(id)) {
      open.delete(id);
    } else {
      open.add(id);
    }
    this.update({ open: [...open].join(',') });
  }

  /** Writes what changed between the two days, and says how it is marked on the map. */
  showChanges() {
    if (!this.changes) {
      this.changesWords.replaceChildren();
      return;
    }
    const name = (/** @type {string} */ id) => this.graph.nodes.get(id)?.label ?? id;
    const section = (/** @type {string} */ title, /** @type {string[]} */ ids) => {
      const heading = Object.assign(document.createElement('h2'), { className: 'govuk-heading-s', textContent: `${title} (${ids.length})` });
      const list = Object.assign(document.createElement('ul'), { className: 'govuk-list govuk-list--bullet' });
      list.replaceChildren(...ids.slice(0, 50).map((id) => Object.assign(document.createElement('li'), { textContent: name(id) })));
      return [heading, ...(ids.length ? [list] : [])];
    };
    const summary = Object.assign(document.createElement('p'), {
      className: 'govuk-body',
      textContent: `Between ${dateWords(this.sinceDay)} and ${dateWords(this.asOf)}: ${plural(this.changes.added.length, 'node')} added`
        + ` (double green border), ${this.changes.ended.length} ended (dotted red border)`
        + ` and ${plural(this.changes.vacated.length, 'seat')} fell vacant (dashed red border).`
    });
    this.changesWords.replaceChildren(summary, ...section('Added', this.changes.added), ...section('Ended', this.changes.ended),
      ...section('Seats that fell vacant', this.changes.vacated), ...this.seatChangesWords());
  }

  /**
   * @returns {HTMLElement[]} the record of appointments between the two days, in words, with what it cannot tell
   */
  seatChangesWords() {
    const events = /** @type {import('./seat-changes.js').SeatEvent[]|undefined} */ (/** @type {any} */ (this.changes)?.seatChanges);
    if (this.seatChangesProblem) {
      return [h('p', { class: 'govuk-body', text: this.seatChangesProblem })];
    }
    if (!events) {
      return [h('p', { class: 'govuk-body-s', text: 'Reading the record of appointments…' })];
    }
    const KIND = { APPOINTED: 'Appointed', ENDED: 'Ended', VACANT: 'Fell vacant' };
    return [
      h('h2', { class: 'govuk-heading-s', 'data-seat-changes': String(events.length), text: `Appointments, ends and vacancies (${events.length})` }),
      events.length ? h('ul', { class: 'govuk-list govuk-list--bullet' }, events.slice(0, 100).map((event) => h('li', {
        'data-seat-change': event.kind
      }, [h('strong', { text: `${KIND[/** @type {keyof KIND} */ (event.kind)]}, ${dateWords(event.on)}: ` }), event.words]))) : null,
      events.length > 100 || this.seatChangesLeftOut
        ? h('p', { class: 'govuk-body-s', text: `${events.length > 100 ? `The first 100 of ${events.length} are listed. ` : ''}`
          + `${this.seatChangesLeftOut ? `${this.seatChangesLeftOut} more were not read; What changed lists them all.` : ''}` }) : null,
      h('p', { class: 'govuk-body-s', text: NOT_TOLD })
    ].filter((element) => element !== null);
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
    const authority = params.authority || DEFAULT_AUTHORITY;
    if ([...this.authority.options].some((option) => option.value === authority)) {
      this.authority.value = authority;
    }
    if (params.since && document.activeElement !== this.since) {
      this.since.value = dateParam(params.since) ?? '';
    }
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
   * @param {import('../url-state.js').HashParams} changes - the parameters to change
   */
  update(changes) {
    navigate('network', { ...this.params, ...changes }, { replace: true });
  }

  /**
   * Chooses a node: it is selected, and a partnership with something collapsed into it opens.
   *
   * @param {string} id - the node chosen
   * @param {boolean} fly - whether the map moves to it
   * @param {'map'|'list'|'find'} from - where it was chosen
   */
  choose(id, fly, from) {
    this.fly = fly;
    this.sheetWanted = from === 'map' && window.matchMedia(SHEET).matches;
    const open = this.params.open === 'all' ? 'all' : [...new Set([...listParam(this.params.open),
      ...(this.overview?.openable.has(id) ? [id] : [])])].join(',');
    if (id === this.params.node && open === (this.params.open ?? '')) {
      this.map.select(id, fly);
      this.fly = false;
      this.openSheet();
      return;
    }
    navigate('network', { ...this.params, node: id, open });
    this.openSheet();
  }

  /** On a phone, the chosen node's panel opens as a sheet in view, and the focus moves to it. */
  openSheet() {
    if (!this.sheetWanted) {
      return;
    }
    this.sheetWanted = false;
    this.panelElement.classList.add('app-network__panel--sheet');
    this.panelElement.focus({ preventScroll: true });
  }

  /** Closes the phone's sheet and gives the focus back to the map. */
  closeSheet() {
    this.panelElement.classList.remove('app-network__panel--sheet');
    /** @type {HTMLElement|null} */ (this.root.querySelector('[data-map]'))?.focus();
  }

  /**
   * @param {string} id - a node chosen in the list
   * @returns {string} what the live region says about it
   */
  describeChoice(id) {
    const node = this.graph.nodes.get(id);
    if (!node) {
      return '';
    }
    const collapsed = countSentence(this.overview?.counts.get(id));
    return `Chosen: ${node.label}, ${nodeType(node.type).name}.${collapsed ? ` Opened: ${collapsed}.` : ''} Press P for its details.`;
  }

  /**
   * @param {string} text - what was typed in "Find on the map"
   * @returns {import('../combobox.js').Suggestion[]} matching nodes (collapsed ones too: choosing one opens it), names starting with it first
   */
  findOnMap(text) {
    const wanted = text.toLowerCase();
    return [...this.graph.nodes.values()]
      .filter((node) => node.label.toLowerCase().includes(wanted))
      .sort((a, b) => Number(!a.label.toLowerCase().startsWith(wanted)) - Number(!b.label.toLowerCase().startsWith(wanted))
        || a.label.localeCompare(b.label))
      .slice(0, 10)
      .map((node) => ({ id: node.id, label: node.label, description: nodeType(node.type).name }));
  }

  /**
   * @param {string} format - png or svg
   */
  async export(format) {
    try {
      await this.map.live();
    } catch (error) {
      announce(`The drawing could not be saved: the map's library did not load (${/** @type {Error} */ (error).message}).`);
      return;
    }
    const authority = this.authorityName ?? 'Hampshire';
    const day = this.asOf ?? today();
    const name = `trustmap-${authority.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-network-${day}`;
    const title = `${authority} Children's Trust network`;
    const subtitle = `Authority: ${authority}. As of ${dateWords(day)}. Drawn by trustmap on ${dateWords(today())}.`;
    if (format === 'svg') {
      const svg = toSvg(this.map.svgDrawing(title, subtitle));
      downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), `${name}.svg`);
    } else {
      downloadBlob(await this.map.png(title, subtitle, this.exportSelection.checked), `${name}.png`);
    }
    announce(`The drawing was saved as ${name}.${format}.`);
  }
}

