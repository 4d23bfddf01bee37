/**
 * A small SVG serialiser for the drawing: Cytoscape's core exports PNG only (its issues #639 and #1944).
 * It writes the nodes where the layout put them, with the same shapes, colours and line styles as the
 * map (node-types.js), and each label as text. Pure: unit tested in WebLogicBrowserTest.
 * @module network/svg-export
 */

import { DASHES } from './node-types.js';

/**
 * @typedef {object} SvgNode
 * @property {number} x - centre
 * @property {number} y - centre
 * @property {number} size - width and height
 * @property {string} shape - a Cytoscape shape name
 * @property {string} fill - fill colour
 * @property {string} label - text under it
 * @property {boolean} [dashedBorder] - a vacant seat
 * @property {boolean} [thickBorder] - a highlighted voluntary-sector node
 */

/**
 * @typedef {object} SvgEdge
 * @property {{x: number, y: number}} from - start
 * @property {{x: number, y: number}} to - end
 * @property {'solid'|'dashed'|'dotted'|'dashdot'} line - line style
 */

/**
 * Writes the drawing as an SVG document.
 *
 * @param {{title: string, nodes: SvgNode[], edges: SvgEdge[]}} drawing - what to draw
 * @returns {string} the SVG document
 */
export function toSvg(drawing) {
  const margin = 60;
  const xs = drawing.nodes.flatMap((node) => [node.x - node.size, node.x + node.size]);
  const ys = drawing.nodes.flatMap((node) => [node.y - node.size, node.y + node.size + 30]);
  const minX = Math.min(0, ...xs) - margin;
  const minY = Math.min(0, ...ys) - margin;
  const width = Math.max(1, ...xs) - minX + margin;
  const height = Math.max(1, ...ys) - minY + margin;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(minX)} ${n(minY)} ${n(width)} ${n(height)}"`
      + ` width="${n(width)}" height="${n(height)}" font-family="Arial, sans-serif" font-size="10">`,
    `<title>${escapeXml(drawing.title)}</title>`,
    `<rect x="${n(minX)}" y="${n(minY)}" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`,
    '<g stroke="#505a5f" stroke-width="1" fill="none">',
    ...drawing.edges.map((edge) => {
      const dash = DASHES[edge.line] ?? [];
      const pattern = dash.length ? ` stroke-dasharray="${dash.join(' ')}"` : '';
      return `<line x1="${n(edge.from.x)}" y1="${n(edge.from.y)}" x2="${n(edge.to.x)}" y2="${n(edge.to.y)}"${pattern}/>`;
    }),
    '</g>',
    '<g stroke="#0b0c0c">',
    ...drawing.nodes.map((node) => {
      const border = `stroke-width="${node.thickBorder ? 4 : 1}"${node.dashedBorder ? ' stroke-dasharray="4 2"' : ''}`;
      return `${shape(node.shape, node.x, node.y, node.size)} fill="${escapeXml(node.fill)}" ${border}/>`;
    }),
    '</g>',
    '<g fill="#0b0c0c" text-anchor="middle">',
    ...drawing.nodes.map((node) => `<text x="${n(node.x)}" y="${n(node.y + node.size / 2 + 12)}">${escapeXml(truncate(node.label, 40))}</text>`),
    '</g>',
    '</svg>'
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The opening of an SVG element for a shape, without its closing `/>`.
 *
 * @param {string} name - a Cytoscape shape name
 * @param {number} x - centre
 * @param {number} y - centre
 * @param {number} size - width and height
 * @returns {string} the element's start
 */
export function shape(name, x, y, size) {
  const r = size / 2;
  switch (name) {
    case 'ellipse':
      return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}"`;
    case 'rectangle':
      return `<rect x="${n(x - r)}" y="${n(y - r)}" width="${n(size)}" height="${n(size)}"`;
    case 'round-rectangle':
      return `<rect x="${n(x - r)}" y="${n(y - r)}" width="${n(size)}" height="${n(size)}" rx="${n(size / 5)}"`;
    case 'diamond':
      return polygon(x, y, r, 4, 0);
    case 'triangle':
      return polygon(x, y, r, 3, 0);
    case 'pentagon':
      return polygon(x, y, r, 5, 0);
    case 'hexagon':
      return polygon(x, y, r, 6, Math.PI / 6);
    case 'octagon':
      return polygon(x, y, r, 8, Math.PI / 8);
    default:
      return star(x, y, r);
  }
}

/**
 * @param {number} x - centre
 * @param {number} y - centre
 * @param {number} r - radius
 * @param {number} sides - how many
 * @param {number} turn - rotation, radians
 * @returns {string} a polygon start tag, first corner at the top
 */
function polygon(x, y, r, sides, turn) {
  const points = Array.from({ length: sides }, (_, i) => {
    const angle = -Math.PI / 2 + turn + (2 * Math.PI * i) / sides;
    return `${n(x + r * Math.cos(angle))},${n(y + r * Math.sin(angle))}`;
  });
  return `<polygon points="${points.join(' ')}"`;
}

/**
 * @param {number} x - centre
 * @param {number} y - centre
 * @param {number} r - outer radius
 * @returns {string} a five-pointed star start tag
 */
function star(x, y, r) {
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 ? r * 0.45 : r;
    const angle = -Math.PI / 2 + (Math.PI * i) / 5;
    return `${n(x + radius * Math.cos(angle))},${n(y + radius * Math.sin(angle))}`;
  });
  return `<polygon points="${points.join(' ')}"`;
}

/**
 * @param {string} text - any text
 * @returns {string} it, safe inside XML text and attributes
 */
export function escapeXml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/**
 * @param {string} text - a label
 * @param {number} max - longest allowed
 * @returns {string} it, cut with an ellipsis when longer
 */
function truncate(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * @param {number} value - a coordinate
 * @returns {string} it with at most one decimal
 */
function n(value) {
  return String(Math.round(value * 10) / 10);
}
