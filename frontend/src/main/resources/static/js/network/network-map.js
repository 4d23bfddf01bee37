/**
 * The drawing: Cytoscape.js from its WebJar, loaded only when the network view first opens. Tuned for
 * thousands of elements (textures and no edges while panning and zooming, pixel ratio 1), driven from
 * the keyboard as well as the pointer, and exported as PNG (Cytoscape) or SVG (svg-export.js).
 * @module network/network-map
 */

import { afterTwoFrames } from '../dom.js';
import { mapStyle } from './map-style.js';
import { DASHES, edgeLine, nodeType } from './node-types.js';

const CYTOSCAPE = new URL('../../webjars/cytoscape/dist/cytoscape.esm.min.mjs', import.meta.url).href;

export class NetworkMap {
  /**
   * @param {HTMLElement} container - the element to draw in
   * @param {(id: string) => void} onSelect - called when a node is tapped or clicked
   */
  constructor(container, onSelect) {
    this.container = container;
    this.onSelect = onSelect;
    /** @type {any} the Cytoscape core, once loaded */
    this.cy = null;
  }

  /** Loads Cytoscape and creates the (empty) map. */
  async start() {
    if (this.cy) {
      return;
    }
    const { default: cytoscape } = await import(CYTOSCAPE);
    this.cy = cytoscape({
      container: this.container,
      style: mapStyle(),
      layout: { name: 'preset' },
      minZoom: 0.03,
      maxZoom: 4,
      // Smooth panning and zooming with thousands of elements.
      textureOnViewport: true,
      hideEdgesOnViewport: true,
      hideLabelsOnViewport: true,
      pixelRatio: 1,
      motionBlur: false,
      // The layout means something: nodes are not dragged about (2.5.7: the buttons and keys pan and zoom too).
      autoungrabify: true,
      boxSelectionEnabled: false
    });
    // For tests and for the curious: the map's state (see UI.md: never return it from page.evaluate).
    /** @type {any} */ (window).cy = this.cy;
    this.cy.on('tap', 'node', (/** @type {any} */ event) => this.onSelect(event.target.id()));
    this.container.addEventListener('keydown', (event) => this.onKeyDown(event));
  }

  /**
   * Draws a graph where the layout put it, and resolves once it is on screen.
   *
   * @param {import('./graph-model.js').Graph} graph - what to draw
   * @param {Map<string, {x: number, y: number}>} positions - where the nodes that show go
   * @param {{nodes: Set<string>, edges: Set<string>}} visible - ids of what shows
   * @returns {Promise<void>} done after the layout stopped and two frames were painted
   */
  async draw(graph, positions, visible) {
    const elements = [
      ...[...graph.nodes.values()].map((node) => ({
        group: 'nodes', data: { ...node, ...look(node) }, classes: visible.nodes.has(node.id) ? [] : ['app-hidden'],
        position: { ...(positions.get(node.id) ?? { x: 0, y: 0 }) }
      })),
      ...[...graph.edges.values()].map((edge) => ({
        group: 'edges', data: { ...edge, ...lineLook(edge.type) }, classes: visible.edges.has(edge.id) ? [] : ['app-hidden']
      }))
    ];
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elements);
    });
    this.positions = positions;
    await new Promise((resolve) => {
      const layout = this.cy.layout({ name: 'preset', fit: false, animate: false });
      layout.one('layoutstop', resolve);
      layout.run();
    });
    this.fitShown();
    await afterTwoFrames();
  }

  /**
   * Moves the nodes that show to new places and hides the rest.
   *
   * @param {Map<string, {x: number, y: number}>} positions - where the nodes that show go
   * @param {{nodes: Set<string>, edges: Set<string>}} visible - ids of what shows
   */
  place(positions, visible) {
    // Whole collections at once: one style update rather than one per element.
    const shown = this.cy.elements().filter((/** @type {any} */ element) => (element.isNode() ? visible.nodes : visible.edges).has(element.id()));
    this.cy.batch(() => {
      this.cy.elements().difference(shown).addClass('app-hidden');
      shown.removeClass('app-hidden');
      shown.nodes().positions((/** @type {any} */ node) => positions.get(node.id()) ?? node.position());
    });
    this.positions = positions;
    this.fitShown();
  }

  /**
   * Fits the view to what shows, from the layout's positions: cheaper than cy.fit(), which computes every
   * element's style and label size first (a third of a second for Hampshire on a slow machine).
   */
  fitShown() {
    const points = [...(this.positions ?? new Map()).values()];
    if (!points.length) {
      return;
    }
    const xs = points.map((point) => point.x);
    const ys = points.map((point) => point.y);
    const [left, right, top, bottom] = [Math.min(...xs) - 50, Math.max(...xs) + 50, Math.min(...ys) - 30, Math.max(...ys) + 50];
    const width = this.cy.width();
    const height = this.cy.height();
    const zoom = Math.max(this.cy.minZoom(), Math.min(1.5, (width - 24) / (right - left), (height - 24) / (bottom - top)));
    this.cy.viewport({ zoom, pan: { x: width / 2 - zoom * (left + right) / 2, y: height / 2 - zoom * (top + bottom) / 2 } });
  }

  /**
   * @param {boolean} on - fade all but the voluntary-sector nodes and vacant seats
   */
  highlightVoluntarySector(on) {
    const marked = this.cy.elements('.app-vcs, .app-faded');
    if (!on) {
      if (marked.nonempty()) {
        marked.removeClass('app-vcs app-faded');
      }
      return;
    }
    const vcs = this.cy.nodes().filter((/** @type {any} */ node) => node.data('voluntarySector') || node.data('vacant'));
    this.cy.batch(() => {
      vcs.addClass('app-vcs');
      this.cy.elements().difference(vcs).addClass('app-faded');
    });
  }

  /**
   * Marks the chosen node and its links; centres on it.
   *
   * @param {string|undefined} id - the node, or none
   * @param {boolean} fly - also zoom in on it
   */
  select(id, fly) {
    this.cy.elements('.app-selected').removeClass('app-selected');
    const node = id ? this.cy.getElementById(id) : null;
    if (!node || node.empty()) {
      return;
    }
    node.addClass('app-selected');
    node.connectedEdges().addClass('app-selected');
    if (fly) {
      this.cy.animate({ center: { eles: node }, zoom: Math.max(this.cy.zoom(), 1.1) }, { duration: 300 });
    } else if (!node.visible() || !isInView(this.cy, node)) {
      this.cy.center(node);
    }
  }

  /**
   * @param {string|undefined} id - the node the keyboard is on in the list, or none
   */
  markCursor(id) {
    this.cy.nodes('.app-cursor').removeClass('app-cursor');
    if (id) {
      this.cy.getElementById(id).addClass('app-cursor');
    }
  }

  /**
   * @param {'in'|'out'|'fit'} direction - zoom in, out, or fit what shows
   */
  zoom(direction) {
    if (direction === 'fit') {
      this.fitShown();
      return;
    }
    const factor = direction === 'in' ? 1.4 : 1 / 1.4;
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
  }

  /**
   * @param {KeyboardEvent} event - a key pressed on the map
   */
  onKeyDown(event) {
    const pans = { ArrowLeft: [60, 0], ArrowRight: [-60, 0], ArrowUp: [0, 60], ArrowDown: [0, -60] };
    if (pans[event.key]) {
      this.cy.panBy({ x: pans[event.key][0], y: pans[event.key][1] });
    } else if (event.key === '+' || event.key === '=') {
      this.zoom('in');
    } else if (event.key === '-') {
      this.zoom('out');
    } else if (event.key === '0') {
      this.zoom('fit');
    } else {
      return;
    }
    event.preventDefault();
  }

  /**
   * @returns {Promise<Blob>} the whole drawing as PNG
   */
  png() {
    return this.cy.png({ output: 'blob-promise', full: true, bg: '#ffffff', scale: 1, maxWidth: 8000, maxHeight: 8000 });
  }

  /**
   * @param {string} title - the drawing's title
   * @returns {{title: string, nodes: import('./svg-export.js').SvgNode[], edges: import('./svg-export.js').SvgEdge[]}}
   *   what shows, for toSvg
   */
  svgDrawing(title) {
    const shown = this.cy.elements().not('.app-hidden');
    return {
      title,
      nodes: shown.nodes().map((/** @type {any} */ node) => {
        const look = nodeType(node.data('type'));
        return {
          ...node.position(), size: look.size, shape: look.shape, fill: look.colour, label: node.data('short'),
          dashedBorder: Boolean(node.data('vacant')), thickBorder: node.hasClass('app-vcs')
        };
      }),
      edges: shown.edges().map((/** @type {any} */ edge) => ({
        from: edge.source().position(), to: edge.target().position(), line: edgeLine(edge.data('type'))
      }))
    };
  }
}

/**
 * @param {import('./graph-model.js').GraphNode} node - a node
 * @returns {{short: string, shape: string, colour: string, size: number}} how the map draws it: its type's
 *   shape, colour and size, and its label (a seat without its partnership's name, at most 48 characters)
 */
function look(node) {
  const label = node.type === 'Post' ? node.label.split(', ')[0] : node.label;
  const { shape, colour, size } = nodeType(node.type);
  return { short: label.length > 48 ? `${label.slice(0, 47)}…` : label, shape, colour, size };
}

/**
 * @param {string} type - a relation type
 * @returns {{lineStyle: string, dashes: number[]}} how the map draws it (dash-dot is a dash pattern)
 */
function lineLook(type) {
  const line = edgeLine(type);
  return { lineStyle: line === 'dashdot' ? 'dashed' : line, dashes: DASHES[line].length ? DASHES[line] : [6, 4] };
}

/**
 * @param {any} cy - the core
 * @param {any} node - a node
 * @returns {boolean} whether it is within the visible part of the map
 */
function isInView(cy, node) {
  const box = cy.extent();
  const { x, y } = node.position();
  return x >= box.x1 && x <= box.x2 && y >= box.y1 && y <= box.y2;
}
