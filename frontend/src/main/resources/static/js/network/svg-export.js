/**
 * A small SVG serialiser for the drawing: Cytoscape's core exports PNG only (its issues #639 and #1944).
 * It writes the nodes where the layout put them, with the same shapes, colours and line styles as the
 * map (node-types.js), and each label as text. The same pieces make the overview's first drawing in the
 * page (overviewSvg), shown before Cytoscape has loaded, with every node a link. Pure: unit tested with
 * node --test.
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
 * @property {number} [fontSize] - the label's size; without it the label is one line of 10 (the export's)
 * @property {boolean} [bold] - a bold label
 * @property {number} [maxWidth] - where the label wraps, in drawing units (with fontSize)
 * @property {boolean} [hideLabel] - the label is too small to read at this zoom, so it is left out
 * @property {string} [id] - the node's id (the first drawing's links)
 * @property {string} [name] - what a screen reader says for it (the first drawing's links)
 * @property {string} [href] - where its link goes (the first drawing's links)
 * @property {boolean} [ring] - the chosen node's ring
 * @property {boolean} [tabbable] - the one node of the first drawing in the tab order (arrows move between them)
 */

/**
 * @typedef {object} SvgEdge
 * @property {{x: number, y: number}} from - start
 * @property {{x: number, y: number}} to - end
 * @property {'solid'|'dashed'|'dotted'|'dashdot'} line - line style
 * @property {Array<{x: number, y: number}>} [bends] - points it passes through
 * @property {number} [toSize] - the size of the node it ends at: the arrow stops at its edge, not under it
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
      + ` width="${n(width)}" height="${n(height)}" font-family="${FONT}" font-size="10">`,
    `<title>${escapeXml(drawing.title)}</title>`,
    drawing.subtitle ? `<desc>${escapeXml(drawing.subtitle)}</desc>` : '',
    `<rect x="${n(minX)}" y="${n(minY)}" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`,
    `<text x="${n(minX + 16)}" y="${n(minY + 30)}" font-size="22" font-weight="bold" fill="#0b0c0c">${escapeXml(drawing.title)}</text>`,
    drawing.subtitle ? `<text x="${n(minX + 16)}" y="${n(minY + 54)}" font-size="14" fill="#0b0c0c">${escapeXml(drawing.subtitle)}</text>` : '',
    ...boxes.map((box) => boxMarkup(box, true)),
    ARROW,
    `<g ${EDGE_STYLE}>`,
    ...drawing.edges.map(edgeMarkup),
    '</g>',
    '<g stroke="#0b0c0c">',
    ...drawing.nodes.map(nodeShape),
    '</g>',
    '<g fill="#0b0c0c" text-anchor="middle">',
    ...drawing.nodes.map(nodeLabel),
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
 * The overview's first drawing in the page, before the live map has loaded: the same boxes, lines and nodes as
 * the export, seen as the live map would show them (its zoom and pan), each node a link a keyboard and a screen
 * reader can use (one of them in the tab order, as the list below the map is: arrows move between them). Labels too
 * small to read at that zoom are left out, as the live map leaves them out.
 *
 * @param {SvgDrawing} drawing - what to draw (nodes with their id, name and href)
 * @param {{zoom: number, pan: {x: number, y: number}, width: number, height: number}} view - the viewport
 * @returns {string} an svg element
 */
export function overviewSvg(drawing, view) {
  const { zoom, pan } = view;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="app-map__overview" width="${n(view.width)}" height="${n(view.height)}"`
      + ` viewBox="0 0 ${n(view.width)} ${n(view.height)}" font-family="${FONT}" font-size="10" role="group" aria-label="${escapeXml(drawing.title)}">`,
    ARROW,
    `<g transform="translate(${n(pan.x)} ${n(pan.y)}) scale(${Math.round(zoom * 10000) / 10000})">`,
    ...(drawing.boxes ?? []).map((box) => boxMarkup(box, 15 * zoom >= 6)),
    `<g ${EDGE_STYLE}>`,
    ...drawing.edges.map(edgeMarkup),
    '</g>',
    ...drawing.nodes.map((node) => `<a href="${escapeXml(node.href ?? '#')}" data-id="${escapeXml(node.id ?? '')}" tabindex="${node.tabbable ? 0 : -1}"`
      + ` aria-label="${escapeXml(node.name ?? node.label)}" class="app-map__node${node.ring ? ' app-map__node--chosen' : ''}">`
      + `${node.ring ? `<circle cx="${n(node.x)}" cy="${n(node.y)}" r="${n(node.size / 2 + 8)}" fill="#ffdd00" fill-opacity="0.6"/>` : ''}`
      + `<g stroke="#0b0c0c">${nodeShape(node)}</g><g fill="#0b0c0c" text-anchor="middle">${node.hideLabel ? '' : nodeLabel(node)}</g></a>`),
    '</g>',
    '</svg>'
  ].join('');
}

const FONT = 'Arial, Liberation Sans, sans-serif';

const ARROW = '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
  + '<path d="M 0 0 L 10 5 L 0 10 z" fill="#505a5f"/></marker></defs>';

const EDGE_STYLE = 'stroke="#505a5f" stroke-width="1.5" fill="none"';

/**
 * @param {{x1: number, y1: number, x2: number, y2: number, label: string}} box - a district box
 * @param {boolean} labelled - whether its name is written above it
 * @returns {string} it
 */
function boxMarkup(box, labelled) {
  return `<rect x="${n(box.x1)}" y="${n(box.y1)}" width="${n(box.x2 - box.x1)}" height="${n(box.y2 - box.y1)}" rx="6"`
    + ` fill="#f3f2f1" stroke="#505a5f"/>${labelled ? `<text class="app-box-label" x="${n((box.x1 + box.x2) / 2)}" y="${n(box.y1 - 6)}" font-size="15"`
    + ` text-anchor="middle" fill="#0b0c0c">${escapeXml(box.label)}</text>` : ''}`;
}

/**
 * @param {SvgEdge} edge - a line
 * @returns {string} it, its arrow at the edge of the node it ends at
 */
function edgeMarkup(edge) {
  const dash = DASHES[edge.line] ?? [];
  const pattern = dash.length ? ` stroke-dasharray="${dash.join(' ')}"` : '';
  const points = [edge.from, ...(edge.bends ?? []), edge.to];
  if (edge.toSize) {
    points[points.length - 1] = shortened(points[points.length - 2], edge.to, edge.toSize / 2 + 1);
  }
  return `<polyline points="${points.map((point) => `${n(point.x)},${n(point.y)}`).join(' ')}"${pattern} marker-end="url(#arrow)"/>`;
}

/**
 * @param {{x: number, y: number}} from - where the last stretch starts
 * @param {{x: number, y: number}} to - where it ends
 * @param {number} by - how much shorter
 * @returns {{x: number, y: number}} its new end
 */
function shortened(from, to, by) {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  if (length <= by) {
    return to;
  }
  return { x: to.x - ((to.x - from.x) * by) / length, y: to.y - ((to.y - from.y) * by) / length };
}

/**
 * @param {SvgNode} node - a node
 * @returns {string} its shape
 */
function nodeShape(node) {
  const border = `stroke-width="${node.thickBorder ? 4 : 1}"${node.dashedBorder ? ' stroke-dasharray="4 2"' : ''}`;
  return `${shape(node.shape, node.x, node.y, node.size)} fill="${escapeXml(node.fill)}" ${border}/>`;
}

/**
 * @param {SvgNode} node - a node
 * @returns {string} its label under it: one line in the export; wrapped at its width, as the live map wraps it,
 *   in the first drawing
 */
function nodeLabel(node) {
  if (!node.fontSize) {
    return `<text class="node-label" x="${n(node.x)}" y="${n(node.y + node.size / 2 + 12)}">${escapeXml(truncate(node.label.replace('\n', ': '), 64))}</text>`;
  }
  const size = node.fontSize;
  const lines = node.label.split('\n').flatMap((line) => wrap(line, node.maxWidth ?? 84, size, Boolean(node.bold)));
  const top = node.y + node.size / 2 + 3;
  const weight = node.bold ? ' font-weight="bold"' : '';
  const spans = lines.map((line, index) => `<tspan x="${n(node.x)}" y="${n(top + size * (index + 0.9))}">${escapeXml(line)}</tspan>`);
  return `<text class="node-label" font-size="${n(size)}"${weight}>${spans.join('')}</text>`;
}

/**
 * @param {string} text - one line of a label
 * @param {number} width - where it wraps
 * @param {number} size - its font size
 * @param {boolean} bold - bold text is wider
 * @returns {string[]} it in lines no wider than that (by an Arial character's mean width), broken between words
 */
export function wrap(text, width, size, bold) {
  const most = Math.max(4, Math.floor(width / (size * (bold ? 0.5 : 0.48))));
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > most) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return [...lines, line];
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
