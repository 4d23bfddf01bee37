/**
 * A layered layout that shows the hierarchy and is the same at every visit: one band per `depth` (the
 * authority at the top, then the Trust, its Board and groups, the LCPs, their seats, the people, the
 * bodies), each node placed under the nodes it links to above (the mean of their x, as in Sugiyama's
 * barycentre method), ties broken by label and id. No randomness, so the same data always gives the same
 * drawing. Wide bands wrap onto a few staggered lines. Pure: unit tested in WebLogicBrowserTest.
 * @module network/layout
 */

/**
 * @typedef {object} LayoutNode
 * @property {string} id - its id
 * @property {number} depth - its band, 0 at the top
 * @property {string} [label] - its label, for ties
 */

/**
 * @typedef {object} LayoutOptions
 * @property {number} [columnGap] - horizontal room for one node and its label (90)
 * @property {number} [bandGap] - vertical room between bands (170)
 * @property {number} [lineGap] - vertical room between the lines of a wrapped band (62)
 * @property {number} [perLine] - nodes on one line before a band wraps (about the square root of the count)
 */

/**
 * Places the nodes.
 *
 * @param {LayoutNode[]} nodes - the nodes
 * @param {Array<{source: string, target: string}>} edges - the edges (edges to unknown nodes are ignored)
 * @param {LayoutOptions} [options] - spacing
 * @returns {{positions: Map<string, {x: number, y: number}>, order: string[]}} where each node goes, and the
 *   reading order (band by band, left to right) for the list that mirrors the drawing
 */
export function layeredLayout(nodes, edges, options = {}) {
  const columnGap = options.columnGap ?? 90;
  const bandGap = options.bandGap ?? 170;
  const lineGap = options.lineGap ?? 62;
  const perLine = options.perLine ?? Math.max(12, Math.ceil(Math.sqrt(nodes.length * 2.5)));

  /** @type {Map<string, string[]>} */
  const neighbours = new Map(nodes.map((node) => [node.id, []]));
  for (const edge of edges) {
    if (edge.source !== edge.target && neighbours.has(edge.source) && neighbours.has(edge.target)) {
      neighbours.get(edge.source)?.push(edge.target);
      neighbours.get(edge.target)?.push(edge.source);
    }
  }

  /** @type {Map<string, {x: number, y: number}>} */
  const positions = new Map();
  /** @type {string[]} */
  const order = [];
  const depths = [...new Set(nodes.map((node) => node.depth))].sort((a, b) => a - b);
  let top = 0;
  for (const depth of depths) {
    const band = nodes.filter((node) => node.depth === depth);
    const weight = new Map(band.map((node) => [node.id, barycentre(neighbours.get(node.id) ?? [], positions)]));
    band.sort((a, b) => compareNumbers(weight.get(a.id), weight.get(b.id))
      || compareText(a.label ?? '', b.label ?? '') || compareText(a.id, b.id));

    const lines = Math.ceil(band.length / perLine);
    const width = band.length / lines;
    band.forEach((node, index) => {
      // Column by column: consecutive nodes stay side by side, so a node stays under its parents.
      positions.set(node.id, {
        x: round((index / lines - (width - 1) / 2) * columnGap),
        y: top + (index % lines) * lineGap
      });
      order.push(node.id);
    });
    top += (lines - 1) * lineGap + bandGap;
  }
  return { positions, order };
}

/**
 * @param {string[]} ids - a node's neighbours
 * @param {Map<string, {x: number}>} placed - the nodes placed so far (the bands above)
 * @returns {number} the mean x of the placed neighbours, or Infinity when none is placed
 */
function barycentre(ids, placed) {
  let sum = 0;
  let count = 0;
  for (const id of ids) {
    const position = placed.get(id);
    if (position) {
      sum += position.x;
      count += 1;
    }
  }
  return count ? sum / count : Number.POSITIVE_INFINITY;
}

/**
 * @param {number|undefined} a - a number, possibly infinite
 * @param {number|undefined} b - another
 * @returns {number} their order, with infinities equal to each other
 */
function compareNumbers(a = 0, b = 0) {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}

/**
 * @param {string} a - a text
 * @param {string} b - another
 * @returns {number} their order, the same in every browser and locale
 */
function compareText(a, b) {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}

/**
 * @param {number} value - a coordinate
 * @returns {number} it to a tenth of a pixel, so that positions compare exactly between runs
 */
function round(value) {
  return Math.round(value * 10) / 10;
}
