/**
 * The drawing. First as SVG (svg-export.js's overviewSvg: the layout's positions, the live map's look, every
 * node a link), so the overview is on screen without waiting for Cytoscape; then, on the first interaction
 * that needs it, the live map: Cytoscape.js from its WebJar, preloaded when the page is idle, put in the SVG's
 * place at the same positions and view. The element says which shows: `data-map="overview-svg"` or "live".
 * The live map is tuned for thousands of elements (textures and no edges while panning and zooming, pixel
 * ratio 1), driven from the keyboard as well as the pointer, and exported as PNG (Cytoscape) or SVG.
 * @module network/network-map
 */

import { afterTwoFrames } from '../dom.js';
import { boxView, fitView } from './layout.js';
import { elementsOf, keyEntries, overviewDrawing } from './map-elements.js';
import { mapStyle } from './map-style.js';
import { edgeLine, nodeType } from './node-types.js';
import { overviewSvg } from './svg-export.js';

const CYTOSCAPE = new URL('../../webjars/cytoscape/dist/cytoscape.esm.min.mjs', import.meta.url).href;

const MIN_ZOOM = 0.03;

/** @type {Record<string, [number, number]>} what the arrow keys pan the live map by */
const PANS = { ArrowLeft: [60, 0], ArrowRight: [-60, 0], ArrowUp: [0, 60], ArrowDown: [0, -60] };

/** @type {any} the Cytoscape core of the map started last */
let lastCore = null;

/** @type {NetworkMap|null} the map made last */
let lastMap = null;

/**
 * Puts the live map in the first drawing's place (for the browser tests, which need Cytoscape's state, and
 * anything else that does).
 *
 * @returns {Promise<void>} done once the live map shows
 */
export function liveMap() {
  return lastMap ? lastMap.live() : Promise.resolve();
}

/** Fetches Cytoscape (without running it) once the page is idle, so that the live map loads at once when asked for. */
function preloadWhenIdle() {
  const preload = () => {
    if (!document.querySelector(`link[rel=modulepreload][href="${CYTOSCAPE}"]`)) {
      document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href: CYTOSCAPE }));
    }
  };
  if ('requestIdleCallback' in window) {
    requestIdleCallback(preload, { timeout: 5000 });
  } else {
    setTimeout(preload, 1000);
  }
}

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
   * @param {(id: string) => void} onSelect - called when a node is tapped, clicked or chosen with Enter
   * @param {(id: string) => string} hrefOf - where a node's link in the first drawing goes
   */
  constructor(container, onSelect, hrefOf) {
    this.container = container;
    this.onSelect = onSelect;
    this.hrefOf = hrefOf;
    /** @type {any} the Cytoscape core, once the live map has loaded */
    this.cy = null;
    /** @type {Promise<void>|null} the live map loading, once asked for */
    this.going = null;
    /** @type {SVGSVGElement|null} the first drawing, until the live map replaces it */
    this.overview = null;
    /** @type {any[]} what was drawn last, as Cytoscape elements */
    this.elements = [];
    /** @type {import('./layout.js').View} the first drawing's view, which the live map takes over */
    this.view = { zoom: 1, pan: { x: 0, y: 0 } };
    /** @type {string|undefined} the node chosen in the first drawing */
    this.chosen = undefined;
    /** @type {{width: number, height: number}} the map's size the first drawing was fitted to */
    this.drawnFor = { width: 0, height: 0 };
    lastMap = this;
    // A phone turned or a window resized before the live map loads: the first drawing is fitted again.
    new ResizeObserver(() => this.refitOverview()).observe(container);
    container.addEventListener('keydown', (event) => this.onKeyDown(event));
    container.addEventListener('click', (event) => this.onOverviewClick(event));
    // Panning and zooming need the live map: the first wheel, or press on the drawing (a press on a node chooses it), loads it.
    for (const type of ['pointerdown', 'wheel']) {
      container.addEventListener(type, (event) => {
        if (!this.cy && (type === 'wheel' || !/** @type {Element} */ (event.target).closest?.('a'))) {
          void this.live().catch(() => {});
        }
      }, { passive: true });
    }
  }

  /**
   * Loads Cytoscape and puts the live map in the first drawing's place, at the same positions and view.
   * Asked for by the first interaction that needs it (pan, zoom, a path, what changed, a highlight, a move to
   * a node, an export); the map says which it shows in `data-map`: "overview-svg" or "live".
   *
   * @returns {Promise<void>} done once the live map shows (rejected when Cytoscape could not be loaded: the
   *   first drawing stays, and the next interaction tries again)
   */
  live() {
    if (!this.going) {
      this.going = this.startLive();
      this.going.catch(() => {
        this.going = null;
      });
    }
    return this.going;
  }

  async startLive() {
    const started = performance.now();
    const { default: cytoscape } = await import(CYTOSCAPE);
    performance.measure('trustmap:network-library', { start: started, end: performance.now() });
    const cy = cytoscape({
      container: this.container,
      style: mapStyle(),
      layout: { name: 'preset' },
      minZoom: MIN_ZOOM,
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
    cy.on('tap', 'node', (/** @type {any} */ event) => this.onSelect(event.target.id()));
    this.cy = cy;
    lastCore = cy;
    if (this.elements.length) {
      await this.drawLive();
      cy.viewport(this.view);
      this.markChosen(this.chosen);
      await afterTwoFrames();
    }
    const hadFocus = this.overview?.contains(document.activeElement);
    this.overview?.remove();
    this.overview = null;
    if (hadFocus) {
      this.container.focus({ preventScroll: true });
    }
    this.container.dataset.map = 'live';
  }

  /**
   * Draws a graph where the layout put it, and resolves once it is on screen: as the first drawing in SVG
   * until the live map has loaded, then with Cytoscape. The district boxes are Cytoscape compound nodes (the
   * district's own node, or a box for LCPs whose district is not recorded); lines that skip a band pass
   * through the lanes the layout kept free for them.
   *
   * @param {import('./graph-model.js').Graph} graph - what to draw
   * @param {import('./layout.js').GroupedLayout} layout - where the nodes that show go
   * @param {{nodes: Set<string>, edges: Set<string>}} visible - ids of what shows
   * @param {{counts: Map<string, import('./overview.js').Counts>, groupOf: Map<string, string>, boxLabels: Map<string, string>}} extra -
   *   what is collapsed into each node, and the boxes
   * @returns {Promise<void>} done after the layout stopped and two frames were painted
   */
  async draw(graph, layout, visible, extra) {
    this.elements = elementsOf(graph, layout, visible, extra);
    this.positions = layout.positions;
    this.bends = layout.bends;
    this.boxes = layout.boxes;
    if (this.cy) {
      await this.drawLive();
      this.fitShown();
    } else {
      this.chosen = undefined;
      this.fitShown();
      preloadWhenIdle();
    }
    await afterTwoFrames();
  }

  /** @returns {Promise<void>} the elements drawn last, given to Cytoscape and placed */
  async drawLive() {
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(this.elements.map((element) => ({ ...element, data: { ...element.data }, ...(element.position ? { position: { ...element.position } } : {}) })));
    });
    await new Promise((resolve) => {
      const layoutRun = this.cy.layout({ name: 'preset', fit: false, animate: false });
      layoutRun.one('layoutstop', resolve);
      layoutRun.run();
    });
  }

  /** Fits the view to what shows (layout.js's fitView: the live map and the first drawing alike). */
  fitShown() {
    const width = this.cy ? this.cy.width() : this.container.clientWidth;
    const height = this.cy ? this.cy.height() : this.container.clientHeight;
    const view = fitView((this.positions ?? new Map()).values(), (this.boxes ?? new Map()).values(), width, height, MIN_ZOOM);
    if (!view) {
      return;
    }
    this.setView(view);
  }

  /**
   * @param {import('./layout.js').View} view - the view to show
   */
  setView(view) {
    if (this.cy) {
      this.cy.viewport(view);
    } else {
      this.view = view;
      this.drawOverview();
    }
  }

  /**
   * (Re)writes the first drawing from what was drawn last, in the view, the chosen node ringed; the focus stays
   * on the node it was on.
   */
  drawOverview() {
    const focused = /** @type {HTMLElement|null} */ (this.overview?.contains(document.activeElement) ? document.activeElement : null)?.dataset?.id;
    const markup = overviewSvg(overviewDrawing(this.elements, this.positions ?? new Map(), this.bends ?? new Map(), this.boxes ?? new Map(),
      this.chosen, focused, this.view.zoom, this.hrefOf), { ...this.view, width: this.container.clientWidth, height: this.container.clientHeight });
    // Parsed, not set as HTML: every text in it went through escapeXml.
    const svg = /** @type {SVGSVGElement} */ (/** @type {unknown} */ (document.importNode(new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement, true)));
    if (this.overview) {
      this.overview.replaceWith(svg);
    } else {
      this.container.append(svg);
    }
    this.overview = svg;
    this.drawnFor = { width: this.container.clientWidth, height: this.container.clientHeight };
    this.container.dataset.map = 'overview-svg';
    if (focused) {
      /** @type {HTMLElement|null} */ (svg.querySelector(`a[data-id="${CSS.escape(focused)}"]`))?.focus({ preventScroll: true });
    }
  }

  /** Fits the first drawing again when the map's size changed since it was drawn (the chosen node's box kept in view). */
  refitOverview() {
    const { clientWidth: width, clientHeight: height } = this.container;
    if (this.cy || !this.overview || !width || !height || (width === this.drawnFor.width && height === this.drawnFor.height)) {
      return;
    }
    this.fitShown();
    this.chooseInOverview(this.chosen);
  }

  /**
   * A node of the first drawing clicked or chosen with Enter: its panel opens, as a tap on the live map does.
   *
   * @param {MouseEvent} event - a click in the map
   */
  onOverviewClick(event) {
    const link = /** @type {Element} */ (event.target).closest?.('a[data-id]');
    if (!link || !this.overview?.contains(link)) {
      return;
    }
    event.preventDefault();
    this.onSelect(/** @type {string} */ (link.getAttribute('data-id')));
  }

  /**
   * @param {boolean} on - fade all but the voluntary-sector nodes and vacant seats
   */
  highlightVoluntarySector(on) {
    if (!this.cy) {
      return;
    }
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
    if (!this.cy) {
      this.chooseInOverview(id);
      return;
    }
    const node = this.markChosen(id);
    if (!node) {
      return;
    }
    if (fly) {
      this.cy.animate({ center: { eles: node }, zoom: Math.max(this.cy.zoom(), 1.1) }, { duration: 300 });
    } else if (node.isChild() && node.parent().children().length > 1 && node.parent().boundingBox().w > 400) {
      // Just opened: its box is shown whole, as large as fits.
      this.cy.viewport(boxView(node.parent().boundingBox(), this.cy.width(), this.cy.height()));
    } else if (!node.visible() || !isInView(this.cy, node)) {
      this.cy.center(node);
    }
  }

  /**
   * @param {string|undefined} id - the node chosen, or none
   * @returns {any} its Cytoscape node, marked with its links, its neighbourhood labelled; null if it is not drawn
   */
  markChosen(id) {
    this.cy.elements('.app-selected').removeClass('app-selected');
    this.cy.nodes('.app-near').removeClass('app-near');
    const node = id ? this.cy.getElementById(id) : null;
    if (!node || node.empty()) {
      return null;
    }
    node.addClass('app-selected');
    node.connectedEdges().addClass('app-selected');
    node.neighborhood().nodes().addClass('app-near');
    return node;
  }

  /**
   * The first drawing's choice: the node ringed, its neighbourhood labelled; a partnership just opened in a wide
   * box shows its box whole, as the live map does.
   *
   * @param {string|undefined} id - the node chosen, or none
   */
  chooseInOverview(id) {
    this.chosen = id;
    const node = id ? this.elements.find((element) => element.group === 'nodes' && element.data.id === id) : undefined;
    const box = node?.data.parent ? this.boxes?.get(node.data.parent) : undefined;
    const inBox = node ? this.elements.filter((element) => element.group === 'nodes' && element.data.parent === node.data.parent).length : 0;
    if (box && inBox > 1 && box.x2 - box.x1 > 400) {
      this.view = boxView(box, this.container.clientWidth, this.container.clientHeight);
    }
    this.drawOverview();
  }

  /**
   * @param {{nodes: Array<{id: string}>, edges: Array<{id: string, source: string, target: string}>}|null} path - a
   *   connection to draw in bold, or none
   */
  markPath(path) {
    if (!this.cy) {
      return;
    }
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
    if (!this.cy) {
      return;
    }
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
    if (!this.cy) {
      return;
    }
    this.cy.nodes('.app-cursor').removeClass('app-cursor');
    if (id) {
      this.cy.getElementById(id).addClass('app-cursor');
    }
  }

  /**
   * @param {'in'|'out'|'fit'} direction - zoom in, out, or fit what shows
   * @returns {Promise<void>} done once zoomed (in or out, the live map loads first)
   */
  async zoom(direction) {
    if (direction === 'fit') {
      this.fitShown();
      return;
    }
    await this.live();
    const factor = direction === 'in' ? 1.4 : 1 / 1.4;
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
  }

  /**
   * @param {KeyboardEvent} event - a key pressed on the map
   */
  onKeyDown(event) {
    const link = event.target instanceof Element ? event.target.closest('a[data-id]') : null;
    if (link && this.overview?.contains(link) && this.rove(/** @type {SVGAElement} */ (link), event.key)) {
      event.preventDefault();
      return;
    }
    if (!(event.key in PANS) && !['+', '=', '-', '0'].includes(event.key)) {
      return;
    }
    event.preventDefault();
    const key = event.key;
    if (this.cy) {
      this.keyAction(key);
    } else {
      // The first drawing does not pan or zoom: the live map loads, then does what the key asks.
      void this.live().then(() => this.keyAction(key), () => {});
    }
  }

  /**
   * @param {string} key - an arrow (pan), plus or minus (zoom), or 0 (fit)
   */
  keyAction(key) {
    if (PANS[key]) {
      this.cy.panBy({ x: PANS[key][0], y: PANS[key][1] });
    } else if (key === '+' || key === '=') {
      void this.zoom('in');
    } else if (key === '-') {
      void this.zoom('out');
    } else if (key === '0') {
      void this.zoom('fit');
    }
  }

  /**
   * Arrows, Home and End on a node of the first drawing move to the next, previous, first or last node in
   * reading order (one tab stop for them all, as in the list below the map).
   *
   * @param {SVGAElement} link - the node the focus is on
   * @param {string} key - the key pressed
   * @returns {boolean} whether the key moved the focus
   */
  rove(link, key) {
    const links = /** @type {SVGAElement[]} */ ([...(this.overview?.querySelectorAll('a[data-id]') ?? [])]);
    const at = links.indexOf(link);
    /** @type {Record<string, number>} */
    const moves = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: links.length - 1 };
    if (!(key in moves)) {
      return false;
    }
    const next = links[Math.max(0, Math.min(links.length - 1, moves[key]))];
    link.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
    next.focus();
    return true;
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
        bends: this.bends?.get(edge.id()) ?? [], toSize: edge.target().data('size')
      }))
    };
  }
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
