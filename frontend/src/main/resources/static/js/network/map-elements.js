/**
 * The map's elements, made from the graph and its layout: plain data for Cytoscape (each node's shape, colour,
 * size and short label, each line's dashes and bends), the first drawing's SVG model made from the same elements,
 * and the key. No DOM and no Cytoscape, so node tests reach it.
 * @module network/map-elements
 */

import { labelLook, LEGIBLE } from './map-style.js';
import { DASHES, EDGE_KINDS, edgeLine, NODE_TYPES, nodeType, OTHER_EDGES } from './node-types.js';
import { countWords } from './overview.js';

/**
 * What to draw, as Cytoscape elements (plain data, read by the first drawing too).
 *
 * @param {import('./graph-model.js').Graph} graph - what to draw
 * @param {import('./layout.js').GroupedLayout} layout - where the nodes that show go
 * @param {{nodes: Set<string>, edges: Set<string>}} visible - ids of what shows
 * @param {{counts: Map<string, import('./overview.js').Counts>, groupOf: Map<string, string>, boxLabels: Map<string, string>}} extra -
 *   what is collapsed into each node, and the boxes
 * @returns {any[]} the elements
 */
export function elementsOf(graph, layout, visible, extra) {
  const { positions, bends } = layout;
  const boxes = new Set(layout.boxes.keys());
  return [
    ...[...boxes].filter((id) => !graph.nodes.has(id)).map((id) => ({
      group: 'nodes', data: { id, label: extra.boxLabels.get(id) ?? id, short: extra.boxLabels.get(id) ?? id, type: 'Group', shape: 'round-rectangle', colour: '#f3f2f1', size: 30 }, classes: ['app-box']
    })),
    // Only what shows is given to Cytoscape: styling and drawing cost grows with every element it holds.
    ...[...graph.nodes.values()].filter((node) => visible.nodes.has(node.id)).map((node) => {
      const isBox = boxes.has(node.id) && visible.nodes.has(node.id);
      const parent = visible.nodes.has(node.id) ? extra.groupOf.get(node.id) : undefined;
      const counts = extra.counts.get(node.id);
      return {
        group: 'nodes',
        data: { ...node, ...look(node, counts), collapsed: countWords(counts), ...(parent && boxes.has(parent) ? { parent } : {}) },
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
}

/**
 * The first drawing, from the elements the live map would be given: the same positions, boxes, lines and
 * labels (labels too small to read at the zoom left out, as the live map leaves them out, except around the
 * chosen node).
 *
 * @param {any[]} elements - what to draw, from elementsOf
 * @param {Map<string, {x: number, y: number}>} positions - the layout's positions
 * @param {Map<string, Array<{x: number, y: number}>>} bends - the layout's bends
 * @param {Map<string, {x1: number, y1: number, x2: number, y2: number}>} boxes - the layout's boxes
 * @param {string|undefined} chosen - the node chosen
 * @param {string|undefined} focused - the node the focus is on
 * @param {number} zoom - the view's zoom
 * @param {(id: string) => string} hrefOf - where a node's link goes
 * @returns {import('./svg-export.js').SvgDrawing} the drawing
 */
export function overviewDrawing(elements, positions, bends, boxes, chosen, focused, zoom, hrefOf) {
  const shown = elements.filter((element) => !element.classes.includes('app-hidden'));
  const at = (/** @type {any} */ node) => positions.get(node.data.id) ?? node.position ?? { x: 0, y: 0 };
  // In reading order, band by band, left to right: the order the arrow keys and a screen reader go in.
  const nodes = shown.filter((element) => element.group === 'nodes' && !element.classes.includes('app-box'))
    .sort((a, b) => at(a).y - at(b).y || at(a).x - at(b).x);
  const tabbable = [focused, chosen].find((id) => id && nodes.some((node) => node.data.id === id)) ?? nodes[0]?.data.id;
  const edges = shown.filter((element) => element.group === 'edges');
  const sizeOf = new Map(nodes.map((node) => [node.data.id, node.data.size]));
  const near = new Set(edges.filter((edge) => edge.data.source === chosen || edge.data.target === chosen)
    .flatMap((edge) => [edge.data.source, edge.data.target]));
  return {
    title: 'The network\'s overview: choose a node for its details',
    boxes: shown.filter((element) => element.group === 'nodes' && boxes.has(element.data.id))
      .map((element) => ({ .../** @type {{x1: number, y1: number, x2: number, y2: number}} */ (boxes.get(element.data.id)), label: element.data.short })),
    nodes: nodes.map((node) => {
      const label = labelLook(node.data.type, node.classes.includes('app-structure'));
      const type = nodeType(node.data.type).name;
      return {
        ...(positions.get(node.data.id) ?? node.position), size: node.data.size, shape: node.data.shape, fill: node.data.colour,
        label: node.data.short, dashedBorder: Boolean(node.data.vacant), ...label,
        hideLabel: label.fontSize * zoom < LEGIBLE && node.data.id !== chosen && !near.has(node.data.id),
        id: node.data.id, href: hrefOf(node.data.id), ring: node.data.id === chosen, tabbable: node.data.id === tabbable,
        name: `${node.data.label}, ${type}${node.data.collapsed ? `: ${node.data.collapsed}` : ''}`
      };
    }),
    edges: edges.filter((edge) => positions.has(edge.data.source) && positions.has(edge.data.target)).map((edge) => ({
      from: /** @type {{x: number, y: number}} */ (positions.get(edge.data.source)),
      to: /** @type {{x: number, y: number}} */ (positions.get(edge.data.target)),
      line: edgeLine(edge.data.type), bends: bends.get(edge.data.id) ?? [], toSize: sizeOf.get(edge.data.target)
    }))
  };
}

/**
 * @returns {Array<{text: string, colour?: string, line?: number[]}>} the key: node types by colour (and shape
 *   on the map), line styles
 */
export function keyEntries() {
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
