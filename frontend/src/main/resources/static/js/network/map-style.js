/**
 * The Cytoscape stylesheet, built from node-types.js so that the map, its key and the SVG export agree.
 * @module network/map-style
 */

/**
 * Label sizes, in drawing units (they grow and shrink with the zoom), read by this stylesheet and by the
 * overview's first drawing in SVG alike.
 */
export const LABELS = Object.freeze({
  node: { fontSize: 10, maxWidth: 84, bold: false },
  district: { fontSize: 15, maxWidth: 140, bold: false },
  // The Trust, its parts and the LCPs: labels big enough to read in the overview's first drawing.
  structure: { fontSize: 18, maxWidth: 150, bold: true }
});

/** Semantic zoom: a label appears once it is legible (this many px on screen) and not before. */
export const LEGIBLE = 8;

/**
 * @param {string} type - a node's type
 * @param {boolean} structure - whether it is a Trust-level node or an LCP
 * @returns {{fontSize: number, maxWidth: number, bold: boolean}} its label's look
 */
export function labelLook(type, structure) {
  return structure ? LABELS.structure : type === 'District' ? LABELS.district : LABELS.node;
}

/**
 * @returns {Array<{selector: string, style: Record<string, unknown>}>} the stylesheet
 */
export function mapStyle() {
  return [
    {
      // Shape, colour and size come with each node (network-map.js reads them from node-types.js): data
      // mappers are cheaper for Cytoscape than one selector per type.
      selector: 'node',
      style: {
        label: 'data(short)',
        'font-family': 'Arial, "Liberation Sans", sans-serif',
        'font-size': LABELS.node.fontSize,
        color: '#0b0c0c',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'wrap',
        'text-max-width': LABELS.node.maxWidth,
        'min-zoomed-font-size': LEGIBLE,
        'border-width': 1,
        'border-color': '#0b0c0c',
        shape: 'data(shape)',
        'background-color': 'data(colour)',
        width: 'data(size)',
        height: 'data(size)'
      }
    },
    // A vacancy shows as a dashed border, not as a colour.
    { selector: 'node[?vacant]', style: { 'border-style': 'dashed', 'border-width': 3, 'border-color': '#d4351c' } },
    { selector: 'node[type = "District"]', style: { 'font-size': LABELS.district.fontSize, 'text-max-width': LABELS.district.maxWidth } },
    { selector: 'node.app-structure', style: { 'font-size': LABELS.structure.fontSize, 'text-max-width': LABELS.structure.maxWidth, 'font-weight': 'bold' } },
    {
      // A district box: a compound node, its name above it.
      selector: 'node.app-box',
      style: {
        shape: 'round-rectangle', 'background-color': '#f3f2f1', 'background-opacity': 1, 'border-width': 1, 'border-color': '#505a5f',
        'border-style': 'solid', label: 'data(short)', 'text-valign': 'top', 'text-halign': 'center', 'text-margin-y': -4,
        'font-size': 15, 'text-max-width': 400, padding: 18, 'min-zoomed-font-size': 6
      }
    },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#505a5f',
        // Every relation reads one way (X is part of Y, X holds Y): an arrow at its target says which.
        'curve-style': 'straight',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#505a5f',
        'arrow-scale': 1,
        'line-style': 'data(lineStyle)',
        'line-dash-pattern': 'data(dashes)'
      }
    },
    // A line that skips a band passes through the lane kept free for it.
    {
      selector: 'edge.app-bent',
      style: { 'curve-style': 'segments', 'segment-weights': 'data(weights)', 'segment-distances': 'data(distances)', 'edge-distances': 'node-position' }
    },
    { selector: '.app-hidden', style: { display: 'none' } },
    // Highlight of the voluntary sector: everything else fades, voluntary-sector nodes get a thick border.
    { selector: '.app-faded', style: { opacity: 0.2 } },
    { selector: 'node.app-vcs', style: { 'border-width': 5, 'border-color': '#0b0c0c' } },
    { selector: 'node.app-vcs[?vacant]', style: { 'border-style': 'dashed', 'border-color': '#d4351c' } },
    // The chosen node: a thick yellow and black ring, like GOV.UK's focus style.
    {
      selector: 'node.app-selected',
      style: {
        'overlay-color': '#ffdd00', 'overlay-opacity': 0.6, 'overlay-padding': 8,
        'font-size': 13, 'font-weight': 'bold', label: 'data(label)', 'min-zoomed-font-size': 0, 'text-background-color': '#ffdd00',
        'text-background-opacity': 1, 'text-background-padding': 2, 'z-index': 20
      }
    },
    {
      selector: 'edge.app-selected',
      style: {
        width: 3, 'line-color': '#0b0c0c', label: 'data(label)', 'font-size': 10,
        'text-background-color': '#ffffff', 'text-background-opacity': 1, 'text-rotation': 'autorotate', 'z-index': 10
      }
    },
    // The chosen node's neighbourhood is always labelled, whatever the zoom.
    { selector: 'node.app-near', style: { 'min-zoomed-font-size': 0 } },
    // A path between two nodes, and what changed between two days.
    { selector: 'node.app-path', style: { 'border-width': 6, 'border-color': '#0b0c0c', 'min-zoomed-font-size': 0, 'z-index': 15 } },
    { selector: 'edge.app-path', style: { width: 5, 'line-color': '#0b0c0c', 'target-arrow-color': '#0b0c0c', 'z-index': 15 } },
    { selector: 'node.app-added', style: { 'border-width': 6, 'border-color': '#00703c', 'border-style': 'double', 'min-zoomed-font-size': 0 } },
    { selector: 'node.app-ended', style: { 'border-width': 6, 'border-color': '#d4351c', 'border-style': 'dotted', 'min-zoomed-font-size': 0 } },
    { selector: 'node.app-vacated', style: { 'border-width': 6, 'border-color': '#d4351c', 'border-style': 'dashed', 'min-zoomed-font-size': 0 } },
    { selector: 'node.app-cursor', style: { 'overlay-color': '#0b0c0c', 'overlay-opacity': 0.25, 'overlay-padding': 6 } }
  ];
}
