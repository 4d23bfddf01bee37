/**
 * How each type of node and link is drawn: a shape AND a colour (Okabe-Ito palette, safe for colour
 * blindness) AND a word, so that nothing is told by colour alone (WCAG 1.4.1). The map's style, the key
 * and the SVG export all read this one table.
 * @module network/node-types
 */

/**
 * @typedef {object} NodeType
 * @property {string} type - the API's type
 * @property {string} name - what the key calls it
 * @property {string} shape - a Cytoscape node shape, also drawn by the SVG export
 * @property {string} colour - fill colour
 * @property {number} size - width and height in pixels
 */

/** @type {NodeType[]} */
export const NODE_TYPES = [
  { type: 'Authority', name: 'Authority', shape: 'octagon', colour: '#000000', size: 44 },
  { type: 'Partnership', name: 'Partnership (board or group)', shape: 'round-rectangle', colour: '#0072B2', size: 36 },
  { type: 'Post', name: 'Seat', shape: 'diamond', colour: '#E69F00', size: 24 },
  { type: 'Person', name: 'Person', shape: 'ellipse', colour: '#CC79A7', size: 22 },
  { type: 'Body', name: 'Organisation', shape: 'rectangle', colour: '#009E73', size: 26 },
  { type: 'School', name: 'School', shape: 'triangle', colour: '#56B4E9', size: 24 },
  { type: 'SchoolCluster', name: 'School cluster', shape: 'hexagon', colour: '#F0E442', size: 26 },
  { type: 'District', name: 'District', shape: 'pentagon', colour: '#D55E00', size: 30 },
  { type: 'Plan', name: 'Plan or agreement', shape: 'star', colour: '#999999', size: 26 }
];

/** The look of types not in the table. */
export const OTHER_TYPE = { type: 'Other', name: 'Other', shape: 'star', colour: '#999999', size: 26 };

/**
 * @param {string} type - a node's type
 * @returns {NodeType} how it is drawn
 */
export function nodeType(type) {
  if (type === 'Agreement' || type === 'Outcome') {
    return NODE_TYPES[NODE_TYPES.length - 1];
  }
  return NODE_TYPES.find((entry) => entry.type === type) ?? OTHER_TYPE;
}

/**
 * @typedef {object} EdgeKind
 * @property {string} name - what the key calls it
 * @property {'solid'|'dashed'|'dotted'|'dashdot'} line - how the line is drawn
 * @property {string[]} types - the relation types drawn this way
 */

/** Links, by line style; each link also reads as words in the details panel and the list. */
/** @type {EdgeKind[]} */
export const EDGE_KINDS = [
  { name: 'Structure: part of, sub-group of, reports to, coordinates', line: 'solid',
    types: ['PART_OF', 'SUB_GROUP_OF', 'REPORTS_TO', 'COORDINATES', 'THEMATIC_PARTNERSHIP_OF', 'LEADS', 'OWNS', 'SUCCEEDED_BY'] },
  { name: 'Seats: a seat on, holds, acts for', line: 'dashed', types: ['SEAT_ON', 'HOLDS', 'ACTS_FOR'] },
  { name: 'Places: covers, is in, built around', line: 'dotted',
    types: ['COVERS', 'IN_DISTRICT', 'FOR_AREA', 'BASED_IN', 'IN_CLUSTER', 'BUILT_AROUND', 'IN_AUTHORITY'] }
];

/** Links of any other type (duty to co-operate, links to, must consult...). */
/** @type {EdgeKind} */
export const OTHER_EDGES = { name: 'Duties and other links: duty to co-operate, links to, must consult', line: 'dashdot', types: [] };

/** Dash patterns of the line styles, for the map and the SVG export alike. */
export const DASHES = Object.freeze({ solid: [], dashed: [6, 4], dotted: [1, 3], dashdot: [8, 3, 2, 3] });

/**
 * @param {string} type - an edge's relation type
 * @returns {'solid'|'dashed'|'dotted'|'dashdot'} how it is drawn
 */
export function edgeLine(type) {
  return (EDGE_KINDS.find((kind) => kind.types.includes(type)) ?? OTHER_EDGES).line;
}
