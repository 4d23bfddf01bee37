/**
 * A layered layout that shows the hierarchy and is the same at every visit: one band per `depth` (the
 * authority at the top, then the Trust, its Board and groups, the LCPs, their seats, the people, the
 * bodies), each node placed under the nodes it links to above (the mean of their x, as in Sugiyama's
 * barycentre method), ties broken by label and id. No randomness, so the same data always gives the same
 * drawing. Wide bands wrap onto a few staggered lines. Pure: unit tested with node --test.
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
 * @typedef {object} GroupedOptions
 * @property {Map<string, string>} groupOf - the box each node is drawn in (nodes not in it go in the bands at the top)
 * @property {Map<string, string>} [groupLabel] - each box's name, for its order
 * @property {number} [rowWidth] - widest row of boxes before the next row starts (1300)
 * @property {number} [columnGap] - room for one node and its label at the top (170)
 * @property {number} [bandGap] - vertical room between bands (70, on top of the tallest item)
 * @property {Set<string>} [inRows] - nodes outside any box that go in the rows of boxes (a district with no LCP)
 * @property {string} [firstRow] - the box that goes first
 */

/**
 * @typedef {object} GroupedLayout
 * @property {Map<string, {x: number, y: number}>} positions - where each node goes
 * @property {string[]} order - reading order: bands at the top, then box by box
 * @property {Map<string, Array<{x: number, y: number}>>} bends - for each edge that skips a band, the points it
 *   passes through (lanes kept free in each band it crosses, as Sugiyama's dummy nodes), source to target
 * @property {Map<string, {x1: number, y1: number, x2: number, y2: number}>} boxes - each box's extent
 */

/**
 * The overview's layout: the nodes outside any box in bands at the top, by depth, then the district boxes
 * (each laid out inside with layeredLayout) in rows below them. Every band, and every row of boxes, keeps a
 * free lane for each line that passes through it, so that no line is drawn behind a node it does not link.
 * Deterministic, like layeredLayout.
 *
 * @param {LayoutNode[]} nodes - the nodes that show
 * @param {Array<{id?: string, source: string, target: string}>} edges - the edges that show
 * @param {GroupedOptions} options - the boxes and spacing
 * @returns {GroupedLayout} the layout
 */
export function groupedLayout(nodes, edges, options) {
  const columnGap = options.columnGap ?? 170;
  const bandGap = options.bandGap ?? 70;
  const rowWidth = options.rowWidth ?? 1300;
  const lane = 24;
  const known = new Map(nodes.map((node) => [node.id, node]));
  const shownEdges = edges.filter((edge) => edge.source !== edge.target && known.has(edge.source) && known.has(edge.target));

  // Items: a node at the top, or a whole box. Each has a width, a height and the nodes it holds.
  /** @type {Map<string, {id: string, label: string, width: number, height: number, inner: Map<string, {x: number, y: number}>, order: string[], band: number}>} */
  const items = new Map();
  /** @type {Map<string, string>} */
  const itemOf = new Map();
  const top = nodes.filter((node) => !options.groupOf.has(node.id));
  for (const node of top) {
    items.set(node.id, { id: node.id, label: node.label ?? '', width: columnGap, height: 90, inner: new Map([[node.id, { x: 0, y: 0 }]]), order: [node.id], band: 0 });
    itemOf.set(node.id, node.id);
  }
  /** @type {Map<string, LayoutNode[]>} */
  const members = new Map();
  for (const node of nodes) {
    const box = options.groupOf.get(node.id);
    if (box !== undefined) {
      members.set(box, [...(members.get(box) ?? []), node]);
    }
  }
  for (const [box, inside] of members) {
    const ids = new Set(inside.map((node) => node.id));
    const depths = [...new Set(inside.map((node) => node.depth))].sort((a, b) => a - b);
    const relative = inside.map((node) => ({ ...node, depth: depths.indexOf(node.depth) }));
    const layout = layeredLayout(relative, shownEdges.filter((edge) => ids.has(edge.source) && ids.has(edge.target)),
      { columnGap: 170, bandGap: 130, lineGap: 110, perLine: Math.max(3, Math.ceil(Math.sqrt(inside.length * 1.5))) });
    const xs = [...layout.positions.values()].map((point) => point.x);
    const ys = [...layout.positions.values()].map((point) => point.y);
    const [left, right, upper, lower] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const inner = new Map([...layout.positions].map(([id, point]) => [id, { x: point.x - (left + right) / 2, y: point.y - upper }]));
    const label = options.groupLabel?.get(box) ?? box;
    items.set(box, { id: box, label, width: right - left + 180, height: lower - upper + 130, inner, order: layout.order, band: 0 });
    for (const node of inside) {
      itemOf.set(node.id, box);
    }
  }

  // Nodes that belong in the rows of boxes though nothing is drawn inside them (a district with no LCP).
  for (const id of options.inRows ?? []) {
    const item = items.get(id);
    if (item && !members.has(id)) {
      top.splice(top.findIndex((node) => node.id === id), 1);
      members.set(id, []);
    }
  }
  // Bands: the top nodes by depth, then the boxes by name in rows no wider than rowWidth.
  const topDepths = [...new Set(top.map((node) => node.depth))].sort((a, b) => a - b);
  /** @type {string[][]} */
  const bands = topDepths.map((depth) => top.filter((node) => node.depth === depth).map((node) => node.id));
  // The box of LCPs with no district first, nearest the Trust; then the districts by name.
  const rank = (/** @type {string} */ id) => (options.firstRow === id ? 0 : 1);
  const boxes = [...members.keys()].sort((a, b) => rank(a) - rank(b)
    || compareText(items.get(a)?.label ?? '', items.get(b)?.label ?? '') || compareText(a, b));
  /** @type {string[]} */
  let row = [];
  let width = 0;
  for (const box of boxes) {
    const boxWidth = items.get(box)?.width ?? 0;
    if (row.length && width + boxWidth > rowWidth) {
      bands.push(row);
      row = [];
      width = 0;
    }
    row.push(box);
    width += boxWidth;
  }
  if (row.length) {
    bands.push(row);
  }
  bands.forEach((band, index) => band.forEach((id) => {
    /** @type {any} */ (items.get(id)).band = index;
  }));

  // Links between items, and the lanes each needs in the bands between its ends.
  /** @type {Map<string, string[]>} */
  const above = new Map([...items.keys()].map((id) => [id, []]));
  /** @type {Array<{edge: {id?: string, source: string, target: string}, from: number, to: number, lanes: string[]}>} */
  const long = [];
  for (const edge of shownEdges) {
    const a = /** @type {any} */ (items.get(/** @type {string} */ (itemOf.get(edge.source))));
    const b = /** @type {any} */ (items.get(/** @type {string} */ (itemOf.get(edge.target))));
    if (a === b) {
      continue;
    }
    const [upper, lower] = a.band <= b.band ? [a, b] : [b, a];
    above.get(lower.id)?.push(upper.id);
    if (lower.band - upper.band > 1) {
      long.push({ edge, from: upper.band, to: lower.band, lanes: [] });
    }
  }
  /** @type {Map<string, {x: number, y: number}>} */
  const itemAt = new Map();
  /** @type {Map<string, number>} */
  const laneX = new Map();
  /** @type {Map<string, Array<{x: number, y: number}>>} */
  const laneAt = new Map();
  /** @type {Array<{top: number, bottom: number}>} */
  const bandEdges = [];
  let y = 0;
  bands.forEach((band, index) => {
    // A lane for each long edge crossing this band, placed under the lane (or item) it comes from above.
    /** @type {Array<{id: string, width: number, weight: number, label: string, height: number}>} */
    const entries = band.map((id) => {
      const item = /** @type {any} */ (items.get(id));
      return { id, width: item.width, weight: barycentre(above.get(id) ?? [], itemAt), label: item.label, height: item.height };
    });
    // Lines from the same node above share one lane (a bus), so a busy Trust does not widen every band.
    for (const crossing of long) {
      if (crossing.from < index && crossing.to > index) {
        const upperNode = bandOf(crossing.edge, itemOf, items, 'upper');
        const id = `lane:${upperNode}:${index}`;
        if (!entries.some((entry) => entry.id === id)) {
          const previous = crossing.lanes.at(-1);
          const upperItem = /** @type {string} */ (itemOf.get(upperNode));
          const weight = previous ? (laneX.get(previous) ?? 0) : (itemAt.get(upperItem)?.x ?? 0);
          entries.push({ id, width: lane, weight, label: `~${upperNode}`, height: 0 });
        }
        crossing.lanes.push(id);
      }
    }
    entries.sort((a, b) => compareNumbers(a.weight, b.weight) || compareText(a.label, b.label) || compareText(a.id, b.id));
    const total = entries.reduce((sum, entry) => sum + entry.width, 0);
    const height = Math.max(0, ...entries.map((entry) => entry.height));
    let x = -total / 2;
    for (const entry of entries) {
      const centre = round(x + entry.width / 2);
      if (entry.id.startsWith('lane:')) {
        laneX.set(entry.id, centre);
        // In at the band's top, out at its bottom: between bands a line only crosses empty space.
        laneAt.set(entry.id, [{ x: centre, y: round(y - 10) }, { x: centre, y: round(y + Math.max(height, 40) + 10) }]);
      } else {
        itemAt.set(entry.id, { x: centre, y });
      }
      x += entry.width;
    }
    bandEdges.push({ top: round(y - 10), bottom: round(y + Math.max(height, 40) + 10) });
    y += Math.max(height, 40) + bandGap;
  });

  /** @type {Map<string, {x: number, y: number}>} */
  const positions = new Map();
  /** @type {Map<string, {x1: number, y1: number, x2: number, y2: number}>} */
  const extents = new Map();
  /** @type {string[]} */
  const order = [];
  for (const band of bands) {
    const inBand = [...band].sort((a, b) => compareNumbers(itemAt.get(a)?.x, itemAt.get(b)?.x));
    for (const id of inBand) {
      const item = /** @type {any} */ (items.get(id));
      const at = /** @type {{x: number, y: number}} */ (itemAt.get(id));
      const isBox = (members.get(id)?.length ?? 0) > 0;
      // A box's members start below its name; a node at the top sits on its band's line.
      const offset = isBox ? 55 : 25;
      for (const [node, point] of item.inner) {
        positions.set(node, { x: round(at.x + point.x), y: round(at.y + offset + point.y) });
      }
      if (isBox) {
        extents.set(id, { x1: at.x - item.width / 2, y1: at.y, x2: at.x + item.width / 2, y2: at.y + item.height });
      }
      order.push(...(isBox ? [id] : []), ...item.order);
    }
  }
  /** @type {Map<string, Array<{x: number, y: number}>>} */
  const bends = new Map();
  // A line between two nodes of the same band at the top arcs over the band, not through the nodes between them.
  for (const edge of shownEdges) {
    const a = items.get(/** @type {string} */ (itemOf.get(edge.source)));
    const b = items.get(/** @type {string} */ (itemOf.get(edge.target)));
    const from = positions.get(edge.source);
    const to = positions.get(edge.target);
    if (a && b && a !== b && a.band === b.band && !members.has(a.id) && !members.has(b.id) && from && to) {
      const over = Math.min(from.y, to.y) - 42;
      bends.set(edge.id ?? `${edge.source}>${edge.target}`, [{ x: from.x, y: over }, { x: to.x, y: over }]);
    }
  }
  /** @type {Map<string, string[]>} */
  const lanesOf = new Map(long.map((crossing) => [crossing.edge.id ?? `${crossing.edge.source}>${crossing.edge.target}`, crossing.lanes]));
  for (const edge of shownEdges) {
    const id = edge.id ?? `${edge.source}>${edge.target}`;
    const a = /** @type {any} */ (items.get(/** @type {string} */ (itemOf.get(edge.source))));
    const b = /** @type {any} */ (items.get(/** @type {string} */ (itemOf.get(edge.target))));
    if (a === b || a.band === b.band) {
      continue;
    }
    const [upperNode, lowerNode] = a.band < b.band ? [edge.source, edge.target] : [edge.target, edge.source];
    const upperBox = extents.get(/** @type {string} */ (itemOf.get(upperNode)));
    const lowerBox = extents.get(/** @type {string} */ (itemOf.get(lowerNode)));
    const up = /** @type {{x: number, y: number}} */ (positions.get(upperNode));
    const low = /** @type {{x: number, y: number}} */ (positions.get(lowerNode));
    // Into and out of a box straight down its node's own column, which no other node in the box shares.
    // A node outside a box leaves its band straight down (or enters it straight from above): a line
    // only runs aslant in the empty space between bands.
    const points = [
      upperBox ? { x: up.x, y: round(upperBox.y2 + 8) } : { x: up.x, y: bandEdges[a.band < b.band ? a.band : b.band].bottom },
      ...(lanesOf.get(id) ?? []).flatMap((lane) => laneAt.get(lane) ?? []),
      lowerBox ? { x: low.x, y: round(lowerBox.y1 + 8) } : { x: low.x, y: bandEdges[a.band < b.band ? b.band : a.band].top }
    ];
    if (points.length) {
      bends.set(id, a.band < b.band ? points : points.reverse());
    }
  }
  return { positions, order, bends, boxes: extents };
}

/**
 * @param {{source: string, target: string}} edge - an edge between two items
 * @param {Map<string, string>} itemOf - the item of each node
 * @param {Map<string, {band: number}>} items - the items
 * @param {'upper'} which - its upper end
 * @returns {string} the node at that end
 */
function bandOf(edge, itemOf, items, which) {
  const a = items.get(/** @type {string} */ (itemOf.get(edge.source)))?.band ?? 0;
  const b = items.get(/** @type {string} */ (itemOf.get(edge.target)))?.band ?? 0;
  return which === 'upper' && a <= b ? edge.source : edge.target;
}

/**
 * Lines drawn behind a node they do not link: each edge as a polyline (its bends between its ends) tested
 * against every other node's box. The layout's promise, checked by the tests.
 *
 * @param {Map<string, {x: number, y: number}>} positions - where the nodes are
 * @param {Array<{id: string, source: string, target: string}>} edges - the edges drawn
 * @param {Map<string, Array<{x: number, y: number}>>} bends - their bends
 * @param {number} half - half the side of a node's box
 * @returns {string[]} "edge id behind node id" for each such crossing
 */
export function hiddenCrossings(positions, edges, bends, half) {
  const found = [];
  for (const edge of edges) {
    const from = positions.get(edge.source);
    const to = positions.get(edge.target);
    if (!from || !to) {
      continue;
    }
    const points = [from, ...(bends.get(edge.id) ?? []), to];
    for (const [id, at] of positions) {
      if (id === edge.source || id === edge.target) {
        continue;
      }
      for (let i = 1; i < points.length; i += 1) {
        if (segmentHitsBox(points[i - 1], points[i], at, half)) {
          found.push(`${edge.id} behind ${id}`);
          break;
        }
      }
    }
  }
  return found;
}

/**
 * @param {{x: number, y: number}} a - one end
 * @param {{x: number, y: number}} b - the other
 * @param {{x: number, y: number}} c - a box's centre
 * @param {number} half - half its side
 * @returns {boolean} whether the segment passes through the box (Liang-Barsky clipping)
 */
function segmentHitsBox(a, b, c, half) {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const checks = [[-dx, a.x - (c.x - half)], [dx, c.x + half - a.x], [-dy, a.y - (c.y - half)], [dy, c.y + half - a.y]];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) {
        return false;
      }
    } else {
      const t = q / p;
      if (p < 0) {
        t0 = Math.max(t0, t);
      } else {
        t1 = Math.min(t1, t);
      }
      if (t0 > t1) {
        return false;
      }
    }
  }
  return true;
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

/**
 * @typedef {object} View
 * @property {number} zoom - drawing units to screen pixels
 * @property {{x: number, y: number}} pan - where the drawing's origin is on screen
 */

/**
 * The view that fits what shows, from the layout's positions (cheaper than Cytoscape's fit, which computes
 * every element's style and label size first). The live map and the first drawing in SVG both start from it.
 *
 * @param {Iterable<{x: number, y: number}>} positions - the nodes
 * @param {Iterable<{x1: number, y1: number, x2: number, y2: number}>} boxes - the boxes
 * @param {number} width - the map's width on screen
 * @param {number} height - its height
 * @param {number} minZoom - the least zoom
 * @returns {View|null} the view, or null when nothing shows
 */
export function fitView(positions, boxes, width, height, minZoom) {
  const points = [...positions, ...[...boxes].flatMap((box) => [{ x: box.x1, y: box.y1 - 20 }, { x: box.x2, y: box.y2 }])];
  if (!points.length) {
    return null;
  }
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const [left, right, top, bottom] = [Math.min(...xs) - 50, Math.max(...xs) + 50, Math.min(...ys) - 30, Math.max(...ys) + 60];
  const zoom = Math.max(minZoom, Math.min(1.5, (width - 24) / (right - left), (height - 24) / (bottom - top)));
  return { zoom, pan: { x: width / 2 - zoom * (left + right) / 2, y: height / 2 - zoom * (top + bottom) / 2 } };
}

/**
 * @param {{x1: number, y1: number, x2: number, y2: number}} box - a box just opened
 * @param {number} width - the map's width on screen
 * @param {number} height - its height
 * @returns {View} the view that shows it whole, as large as fits
 */
export function boxView(box, width, height) {
  const zoom = Math.min(1.2, (width - 24) / (box.x2 - box.x1), (height - 24) / (box.y2 - box.y1));
  return { zoom, pan: { x: width / 2 - zoom * (box.x1 + box.x2) / 2, y: height / 2 - zoom * (box.y1 + box.y2) / 2 } };
}
