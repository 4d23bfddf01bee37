/**
 * The drawing: Cytoscape.js from its WebJar, loaded only when the network view first opens. Tuned for
 * thousands of elements (textures and no edges while panning and zooming, pixel ratio 1), driven from
 * the keyboard as well as the pointer, and exported as PNG (Cytoscape) or SVG (svg-export.js).
 * @module network/network-map
 */

import { afterTwoFrames } from '../dom.js';
import { mapStyle } from './map-style.js';
import { DASHES, EDGE_KINDS, edgeLine, NODE_TYPES, nodeType, OTHER_EDGES } from './node-types.js';
import { countWords } from './overview.js';

const CYTOSCAPE = new URL('../../webjars/cytoscape/dist/cytoscape.esm.min.mjs', import.meta.url).href;

/** @type {any} the Cytoscape core of the map started last */
let lastCore = null;

/**
 * The map's state, for the browser tests, which import this module to read it. It is not on window: only code
 * that imports this module reaches the map. Read it inside the page only: it is not serialisable.
 *
 * @returns {any} the Cytoscape core of the map started last, or null before the network view first opened
 */
export function mapCore() {
  return lastCore;
}

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
    lastCore = this.cy;
    this.cy.on('tap', 'node', (/** @type {any} */ event) => this.onSelect(event.target.id()));
    this.container.addEventListener('keydown', (event) => this.onKeyDown(event));
  }

  /**
   * Draws a graph where the layout put it, and resolves once it is on screen. The district boxes are
   * Cytoscape compound nodes (the district's own node, or a box for LCPs whose district is not recorded);
   * lines that skip a band pass through the lanes the layout kept free for them.
   *
   * @param {import('./graph-model.js').Graph} graph - what to draw
   * @param {import('./layout.js').GroupedLayout} layout - where the nodes that show go
   * @param {{nodes: Set<string>, edges: Set<string>}} visible - ids of what shows
   * @param {{counts: Map<string, import('./overview.js').Counts>, groupOf: Map<string, string>, boxLabels: Map<string, string>}} extra -
   *   what is collapsed into each node, and the boxes
   * @returns {Promise<void>} done after the layout stopped and two frames were painted
   */
  async draw(graph, layout, visible, extra) {
    const { positions, bends } = layout;
    const boxes = new Set(layout.boxes.keys());
    const elements = [
      ...[...boxes].filter((id) => !graph.nodes.has(id)).map((id) => ({
        group: 'nodes', data: { id, label: extra.boxLabels.get(id) ?? id, short: extra.boxLabels.get(id) ?? id, type: 'Group', shape: 'round-rectangle', colour: '#f3f2f1', size: 30 }, classes: ['app-box']
      })),
      // Only what shows is given to Cytoscape: styling and drawing cost grows with every element it holds.
      ...[...graph.nodes.values()].filter((node) => visible.nodes.has(node.id)).map((node) => {
        const isBox = boxes.has(node.id) && visible.nodes.has(node.id);
        const parent = visible.nodes.has(node.id) ? extra.groupOf.get(node.id) : undefined;
        return {
          group: 'nodes',
          data: { ...node, ...look(node, extra.counts.get(node.id)), ...(parent && boxes.has(parent) ? { parent } : {}) },
          classes: [visible.nodes.has(node.id) ? '' : 'app-hidden', isBox ? 'app-box' : '', trustLevel(node, extra.groupOf) ? 'app-structure' : '']
            .filter(Boolean),
          ...(isBox ? {} : { position: { ...(positions.get(node.id) ?? { x: 0, y: 0 }) } })
        };
      }),
      ...[...graph.edges.values()].filter((edge) => visible.edges.has(edge.id) && !boxes.has(edge.source) && !boxes.has(edge.target)).map((edge) => {
        const implied = boxes.has(edge.source) || boxes.has(edge.target);
        const from = positions.get(edge.source);
        const to = positions.get(edge.target);
        const points = bends.get(edge.id);
        return {
          group: 'edges',
          data: { ...edge, ...lineLook(edge.type), ...(points && from && to ? segments(from, to, points) : {}) },
          classes: [visible.edges.has(edge.id) && !implied ? '' : 'app-hidden', points ? 'app-bent' : ''].filter(Boolean)
        };
      })
    ];
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elements);
    });
    this.positions = positions;
    this.bends = bends;
    this.boxes = layout.boxes;
    await new Promise((resolve) => {
      const layoutRun = this.cy.layout({ name: 'preset', fit: false, animate: false });
      layoutRun.one('layoutstop', resolve);
      layoutRun.run();
    });
    this.fitShown();
    await afterTwoFrames();
  }

  /**
   * Fits the view to what shows, from the layout's positions: cheaper than cy.fit(), which computes every
   * element's style and label size first (a third of a second for Hampshire on a slow machine).
   */
  fitShown() {
    const points = [...(this.positions ?? new Map()).values(),
      ...[...(this.boxes ?? new Map()).values()].flatMap((box) => [{ x: box.x1, y: box.y1 - 20 }, { x: box.x2, y: box.y2 }])];
    if (!points.length) {
      return;
    }
    const xs = points.map((point) => point.x);
    const ys = points.map((point) => point.y);
    const [left, right, top, bottom] = [Math.min(...xs) - 50, Math.max(...xs) + 50, Math.min(...ys) - 30, Math.max(...ys) + 60];
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
   * Marks the chosen node and its links, labels its neighbourhood at any zoom; centres on it.
   *
   * @param {string|undefined} id - the node, or none
   * @param {boolean} fly - also zoom in on it
   */
  select(id, fly) {
    this.cy.elements('.app-selected').removeClass('app-selected');
    this.cy.nodes('.app-near').removeClass('app-near');
    const node = id ? this.cy.getElementById(id) : null;
    if (!node || node.empty()) {
      return;
    }
    node.addClass('app-selected');
    node.connectedEdges().addClass('app-selected');
    node.neighborhood().nodes().addClass('app-near');
    if (fly) {
      this.cy.animate({ center: { eles: node }, zoom: Math.max(this.cy.zoom(), 1.1) }, { duration: 300 });
    } else if (node.isChild() && node.parent().children().length > 1 && node.parent().boundingBox().w > 400) {
      // Just opened: its box is shown whole, as large as fits.
      const box = node.parent().boundingBox();
      const zoom = Math.min(1.2, (this.cy.width() - 24) / box.w, (this.cy.height() - 24) / box.h);
      this.cy.viewport({ zoom, pan: { x: this.cy.width() / 2 - zoom * (box.x1 + box.x2) / 2, y: this.cy.height() / 2 - zoom * (box.y1 + box.y2) / 2 } });
    } else if (!node.visible() || !isInView(this.cy, node)) {
      this.cy.center(node);
    }
  }

  /**
   * @param {{nodes: Array<{id: string}>, edges: Array<{id: string, source: string, target: string}>}|null} path - a
   *   connection to draw in bold, or none
   */
  markPath(path) {
    this.cy.elements('.app-path').removeClass('app-path');
    if (!path) {
      return;
    }
    for (const node of path.nodes) {
      this.cy.getElementById(node.id).addClass('app-path');
    }
    for (const edge of path.edges) {
      const drawn = this.cy.getElementById(edge.id);
      const between = drawn.nonempty() ? drawn : this.cy.edges().filter((/** @type {any} */ e) => (e.source().id() === edge.source
        && e.target().id() === edge.target) || (e.source().id() === edge.target && e.target().id() === edge.source));
      between.addClass('app-path').removeClass('app-hidden');
    }
  }

  /**
   * @param {import('./graph-model.js').Changes|null} changes - what changed between two days, or nothing asked
   */
  markChanges(changes) {
    this.cy.nodes('.app-added, .app-ended, .app-vacated').removeClass('app-added app-ended app-vacated');
    if (!changes) {
      return;
    }
    this.cy.batch(() => {
      for (const [ids, mark] of /** @type {Array<[string[], string]>} */ ([[changes.added, 'app-added'], [changes.ended, 'app-ended'],
        [changes.vacated, 'app-vacated']])) {
        for (const id of ids) {
          this.cy.getElementById(id).addClass(mark);
        }
      }
    });
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
    /** @type {Record<string, [number, number]>} */
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
   * The whole drawing as PNG, under its title, authority and date, with the key beside it. The chosen
   * node's highlight is left out unless asked for.
   *
   * @param {string} title - the drawing's title
   * @param {string} subtitle - the authority, the day it shows and the day it was drawn
   * @param {boolean} withSelection - keep the chosen node's highlight
   * @returns {Promise<Blob>} the image
   */
  async png(title, subtitle, withSelection) {
    const selected = this.cy.elements('.app-selected, .app-near, .app-cursor');
    const classes = selected.map((/** @type {any} */ element) => [element, element.classes()]);
    if (!withSelection) {
      selected.removeClass('app-selected app-near app-cursor');
    }
    let drawing;
    try {
      drawing = await this.cy.png({ output: 'blob-promise', full: true, bg: '#ffffff', scale: 1, maxWidth: 6000, maxHeight: 6000 });
    } finally {
      if (!withSelection) {
        for (const [element, names] of classes) {
          element.classes(names);
        }
      }
    }
    const image = await createImageBitmap(drawing);
    const keyRows = keyEntries();
    const header = 70;
    const keyWidth = 330;
    const canvas = document.createElement('canvas');
    canvas.width = image.width + keyWidth;
    canvas.height = Math.max(image.height, keyRows.length * 26 + 40) + header;
    const g = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d'));
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.fillStyle = '#0b0c0c';
    g.font = 'bold 22px Arial, sans-serif';
    g.fillText(title, 16, 30);
    g.font = '14px Arial, sans-serif';
    g.fillText(subtitle, 16, 54);
    g.drawImage(image, 0, header);
    g.font = 'bold 15px Arial, sans-serif';
    g.fillText('Key', image.width + 16, header + 20);
    g.font = '13px Arial, sans-serif';
    keyRows.forEach((row, index) => {
      const y = header + 46 + index * 26;
      g.fillStyle = row.colour ?? '#0b0c0c';
      if (row.line) {
        g.strokeStyle = '#0b0c0c';
        g.setLineDash(row.line);
        g.beginPath();
        g.moveTo(image.width + 16, y - 4);
        g.lineTo(image.width + 40, y - 4);
        g.stroke();
        g.setLineDash([]);
      } else {
        g.fillRect(image.width + 18, y - 12, 16, 16);
        g.strokeStyle = '#0b0c0c';
        g.strokeRect(image.width + 18, y - 12, 16, 16);
      }
      g.fillStyle = '#0b0c0c';
      g.fillText(row.text, image.width + 48, y);
    });
    return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No PNG'))), 'image/png'));
  }

  /**
   * @param {string} title - the drawing's title
   * @param {string} subtitle - the authority, the day it shows and the day it was drawn
   * @returns {import('./svg-export.js').SvgDrawing} what shows, for toSvg
   */
  svgDrawing(title, subtitle) {
    const shown = this.cy.elements().not('.app-hidden');
    return {
      title,
      subtitle,
      key: keyEntries(),
      boxes: shown.nodes('.app-box').map((/** @type {any} */ box) => ({ ...box.boundingBox({ includeLabels: false }), label: box.data('short') })),
      nodes: shown.nodes().not('.app-box').map((/** @type {any} */ node) => {
        const look = nodeType(node.data('type'));
        return {
          ...node.position(), size: look.size, shape: look.shape, fill: look.colour, label: node.data('short'),
          dashedBorder: Boolean(node.data('vacant')), thickBorder: node.hasClass('app-vcs')
        };
      }),
      edges: shown.edges().map((/** @type {any} */ edge) => ({
        from: edge.source().position(), to: edge.target().position(), line: edgeLine(edge.data('type')),
        bends: this.bends?.get(edge.id()) ?? []
      }))
    };
  }
}

/**
 * @returns {Array<{text: string, colour?: string, line?: number[]}>} the key: node types by colour (and shape
 *   on the map), line styles
 */
function keyEntries() {
  return [
    ...NODE_TYPES.map((entry) => ({ text: `${entry.name} (${entry.shape.replace('-', ' ')})`, colour: entry.colour })),
    ...[...EDGE_KINDS, OTHER_EDGES].map((kind) => ({ text: kind.name, line: DASHES[kind.line].length ? DASHES[kind.line] : [] })),
    { text: 'Grey box: a district, with its LCPs inside', colour: '#f3f2f1' },
    { text: 'Dashed red border: a vacant seat', colour: '#ffffff' }
  ];
}

/**
 * @param {import('./graph-model.js').GraphNode} node - a node
 * @param {import('./overview.js').Counts|undefined} counts - what is collapsed into it, if anything
 * @returns {{short: string, shape: string, colour: string, size: number}} how the map draws it: its type's
 *   shape, colour and size, and its label (a seat without its partnership's name, at most 48 characters)
 */
function look(node, counts) {
  const label = shortName(node.type === 'Post' ? node.label.split(', ')[0] : node.label);
  const { shape, colour, size } = nodeType(node.type);
  const short = label.length > 48 ? `${label.slice(0, 47)}…` : label;
  const collapsed = countWords(counts);
  return { short: collapsed ? `${short}\n${collapsed}` : short, shape, colour, size };
}

/**
 * @param {string} label - a name
 * @returns {string} it shortened the way people say it on the map: "Hart LCP" (the list and panel keep the full name)
 */
export function shortName(label) {
  return label.replace("Local Children's Partnership", 'LCP').replace("Local Children's Services Partnership", 'LCSP');
}

/**
 * @param {import('./graph-model.js').GraphNode} node - a node
 * @param {Map<string, string>} groupOf - the boxes
 * @returns {boolean} whether it is a Trust-level node or an LCP, whose label the overview must make legible
 */
function trustLevel(node, groupOf) {
  return node.type === 'Authority' || (node.type === 'Partnership' && (!groupOf.has(node.id) || node.kind === 'LOCAL_CHILDRENS_PARTNERSHIP'));
}

/**
 * Cytoscape's segment edges place their bends relative to the line between the ends: a weight along it
 * (0 at the source, 1 at the target) and a distance across it.
 *
 * @param {{x: number, y: number}} from - the source's centre
 * @param {{x: number, y: number}} to - the target's centre
 * @param {Array<{x: number, y: number}>} points - the bends, in model coordinates
 * @returns {{weights: number[], distances: number[]}} them for segment-weights and segment-distances
 */
export function segments(from, to, points) {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  return {
    weights: points.map((p) => ((p.x - from.x) * dx + (p.y - from.y) * dy) / (length * length)),
    distances: points.map((p) => ((p.y - from.y) * dx - (p.x - from.x) * dy) / length)
  };
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
