/**
 * The Cytoscape stylesheet, built from node-types.js so that the map, its key and the SVG export agree.
 * @module network/map-style
 */


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
        'font-size': 10,
        color: '#0b0c0c',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'wrap',
        'text-max-width': 84,
        'min-zoomed-font-size': 7,
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
    {
      selector: 'edge',
      style: {
        width: 1,
        'line-color': '#505a5f',
        // Haystack edges are Cytoscape's fastest to draw; which way a link reads is said in words in the panel.
        'curve-style': 'haystack',
        'haystack-radius': 0,
        'line-style': 'data(lineStyle)',
        'line-dash-pattern': 'data(dashes)'
      }
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
    { selector: 'node.app-cursor', style: { 'overlay-color': '#0b0c0c', 'overlay-opacity': 0.25, 'overlay-padding': 6 } }
  ];
}
