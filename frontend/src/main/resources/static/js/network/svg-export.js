/**
 * A small SVG serialiser for the drawing: Cytoscape's core exports PNG only (its issues #639 and #1944).
 * It writes the nodes where the layout put them, with the same shapes, colours and line styles as the
 * map (node-types.js), and each label as text. Pure: unit tested with node --test.
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
 * @property {Array<{x: number, y: number}>} [bends] - points it passes through
 */

/**
 * @typedef {object} SvgDrawing
 * @property {string} title - what it is
 * @property {string} [subtitle] - the authority, the day it shows, the day it was drawn
 * @property {Array<{text: string, colour?: string, line?: number[]}>} [key] - the key, written beside it
 * @property {Array<{x1: number, y1: number, x2: number, y2: number, label: string}>} [boxes] - district boxes
 * @property {SvgNode[]} nodes - the nodes
 * @property {SvgEdge[]} edges - the lines
 */

/**
 * Writes the drawing as an SVG document: its title, authority and date above it, the key beside it.
 *
 * @param {SvgDrawing} drawing - what to draw
 * @returns {string} the SVG document
 */
export function toSvg(drawing) {
  const margin = 60;
  const key = drawing.key ?? [];
  const boxes = drawing.boxes ?? [];
  const xs = [...drawing.nodes.flatMap((node) => [node.x - node.size, node.x + node.size]), ...boxes.flatMap((box) => [box.x1, box.x2])];
  const ys = [...drawing.nodes.flatMap((node) => [node.y - node.size, node.y + node.size + 30]), ...boxes.flatMap((box) => [box.y1 - 20, box.y2])];
  const minX = Math.min(0, ...xs) - margin;
  const minY = Math.min(0, ...ys) - margin - 60;
  const keyWidth = key.length ? 380 : 0;
  const right = Math.max(1, ...xs) + margin;
  const width = right - minX + keyWidth;
  const height = Math.max(Math.max(1, ...ys) - minY + margin, key.length * 24 + 140);
  const keyX = right + 10;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(minX)} ${n(minY)} ${n(width)} ${n(height)}"`
      + ` width="${n(width)}" height="${n(height)}" font-family="Arial, sans-serif" font-size="10">`,
    `<title>${escapeXml(drawing.title)}</title>`,
    drawing.subtitle ? `<desc>${escapeXml(drawing.subtitle)}</desc>` : '',
    `<rect x="${n(minX)}" y="${n(minY)}" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`,
    `<text x="${n(minX + 16)}" y="${n(minY + 30)}" font-size="22" font-weight="bold" fill="#0b0c0c">${escapeXml(drawing.title)}</text>`,
    drawing.subtitle ? `<text x="${n(minX + 16)}" y="${n(minY + 54)}" font-size="14" fill="#0b0c0c">${escapeXml(drawing.subtitle)}</text>` : '',
    ...boxes.map((box) => `<rect x="${n(box.x1)}" y="${n(box.y1)}" width="${n(box.x2 - box.x1)}" height="${n(box.y2 - box.y1)}" rx="6"`
      + ` fill="#f3f2f1" stroke="#505a5f"/><text class="app-box-label" x="${n((box.x1 + box.x2) / 2)}" y="${n(box.y1 - 6)}" font-size="14"`
      + ` text-anchor="middle" fill="#0b0c0c">${escapeXml(box.label)}</text>`),
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
      + '<path d="M 0 0 L 10 5 L 0 10 z" fill="#505a5f"/></marker></defs>',
    '<g stroke="#505a5f" stroke-width="1" fill="none">',
    ...drawing.edges.map((edge) => {
      const dash = DASHES[edge.line] ?? [];
      const pattern = dash.length ? ` stroke-dasharray="${dash.join(' ')}"` : '';
      const points = [edge.from, ...(edge.bends ?? []), edge.to].map((point) => `${n(point.x)},${n(point.y)}`).join(' ');
      return `<polyline points="${points}"${pattern} marker-end="url(#arrow)"/>`;
    }),
    '</g>',
    '<g stroke="#0b0c0c">',
    ...drawing.nodes.map((node) => {
      const border = `stroke-width="${node.thickBorder ? 4 : 1}"${node.dashedBorder ? ' stroke-dasharray="4 2"' : ''}`;
      return `${shape(node.shape, node.x, node.y, node.size)} fill="${escapeXml(node.fill)}" ${border}/>`;
    }),
    '</g>',
    '<g fill="#0b0c0c" text-anchor="middle">',
    ...drawing.nodes.map((node) => `<text class="node-label" x="${n(node.x)}" y="${n(node.y + node.size / 2 + 12)}">${escapeXml(truncate(node.label.replace('\n', ': '), 64))}</text>`),
    '</g>',
    ...(key.length ? [
      `<g class="key" font-size="13" fill="#0b0c0c"><text x="${n(keyX)}" y="${n(minY + 90)}" font-size="15" font-weight="bold">Key</text>`,
      ...key.map((entry, index) => {
        const y = minY + 116 + index * 24;
        const mark = entry.line
          ? `<line x1="${n(keyX)}" y1="${n(y - 4)}" x2="${n(keyX + 24)}" y2="${n(y - 4)}" stroke="#0b0c0c"${entry.line.length ? ` stroke-dasharray="${entry.line.join(' ')}"` : ''}/>`
          : `<rect x="${n(keyX + 2)}" y="${n(y - 12)}" width="16" height="16" fill="${escapeXml(entry.colour ?? '#ffffff')}" stroke="#0b0c0c"/>`;
        return `${mark}<text x="${n(keyX + 32)}" y="${n(y)}">${escapeXml(entry.text)}</text>`;
      }),
      '</g>'
    ] : []),
    '</svg>'
  ].filter(Boolean);
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
