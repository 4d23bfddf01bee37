import assert from 'node:assert/strict';
import { test } from 'node:test';

import { escapeXml, overviewSvg, toSvg, wrap } from '../../../main/resources/static/js/network/svg-export.js';

/** @param {string} text @param {string[]} parts */
const assertContains = (text, parts) => parts.forEach((part) => assert.ok(text.includes(part), `the SVG has ${part}`));

test('the SVG export draws every node and link and escapes the labels', () => {
  const svg = toSvg({ title: 'Kids & <Co>', nodes: [
    { x: 0, y: 0, size: 20, shape: 'ellipse', fill: '#CC79A7', label: "O'Brien & Sons" },
    { x: 100, y: 100, size: 20, shape: 'diamond', fill: '#E69F00', label: 'Seat', dashedBorder: true }],
  edges: [{ from: { x: 0, y: 0 }, to: { x: 100, y: 100 }, line: 'dashed' }] });

  assert.ok(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'));
  assertContains(svg, ['<title>Kids &amp; &lt;Co&gt;</title>', 'O&apos;Brien &amp; Sons', '<circle cx="0" cy="0" r="10"',
    '<polygon points=', 'stroke-dasharray="6 4"', 'stroke-dasharray="4 2"']);
  assertWellFormed(svg);
});

test('the SVG export carries its title, subtitle, boxes and key', () => {
  const svg = toSvg({ title: 'Kent network', subtitle: 'Authority: Kent. As of 1 May 2020.',
    key: [{ text: 'Seat (diamond)', colour: '#E69F00' }, { text: 'Structure', line: [] }],
    boxes: [{ x1: -50, y1: -50, x2: 50, y2: 50, label: 'Ashford' }],
    nodes: [{ x: 0, y: 0, size: 20, shape: 'diamond', fill: '#E69F00', label: 'Hart LCP\n8 seats' }],
    edges: [{ from: { x: 0, y: 0 }, to: { x: 100, y: 100 }, line: 'solid', bends: [{ x: 0, y: 50 }] }] });

  assertContains(svg, ['<title>Kent network</title>', '<desc>Authority: Kent. As of 1 May 2020.</desc>', '>Key</text>',
    '>Seat (diamond)</text>', '>Ashford</text>', '>Hart LCP: 8 seats</text>', 'points="0,0 0,50 100,100"']);
  assertWellFormed(svg);
});

test('the first drawing in the page is the same drawing, seen through the view, each node a link with its name', () => {
  const svg = overviewSvg({ title: 'Hampshire', boxes: [{ x1: -50, y1: -50, x2: 50, y2: 50, label: 'Hart' }],
    nodes: [
      { x: 0, y: 0, size: 36, shape: 'round-rectangle', fill: '#0072B2', label: 'Hart Local Partnership\n8 seats', fontSize: 18, bold: true,
        maxWidth: 150, id: 'partnership:hart-lcp', href: '#/network?node=partnership:hart-lcp', name: 'Hart LCP, Partnership: 8 seats', ring: true,
        tabbable: true },
      { x: 0, y: -100, size: 24, shape: 'diamond', fill: '#E69F00', label: 'A seat', fontSize: 10, id: 'post:a', hideLabel: true }],
    edges: [{ from: { x: 0, y: -100 }, to: { x: 0, y: 0 }, line: 'solid', toSize: 36 }] }, { zoom: 0.5, pan: { x: 400, y: 300 }, width: 800, height: 600 });

  assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" class="app-map__overview" width="800" height="600" viewBox="0 0 800 600"'));
  assertContains(svg, ['<g transform="translate(400 300) scale(0.5)">', '<a href="#/network?node=partnership:hart-lcp" data-id="partnership:hart-lcp" tabindex="0"', 'data-id="post:a" tabindex="-1"',
    'aria-label="Hart LCP, Partnership: 8 seats"', 'app-map__node--chosen', 'font-size="18" font-weight="bold"',
    '>Hart Local</tspan>', '>Partnership</tspan>', '>8 seats</tspan>', '>Hart</text>',
    // The arrow stops at the edge of the node it points at (half of 36, and 1), not under it.
    'points="0,-100 0,-19"']);
  assert.ok(!svg.includes('>A seat<'), 'a label too small to read at this zoom is left out');
  assertWellFormed(svg);
});

test('a label wraps between words at about its width', () => {
  assert.deepEqual(wrap('Hampshire Children\'s Trust Board', 150, 18, true), ['Hampshire', 'Children\'s Trust', 'Board']);
  assert.deepEqual(wrap('Hart', 84, 10, false), ['Hart']);
});

test('XML escaping covers the five characters XML reserves', () => {
  assert.equal(escapeXml('<a href="x">Tom & Jerry\'s</a>'), '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
});

/**
 * A small XML well-formedness check (node has no XML parser; the browser test used DOMParser): one root element,
 * tags nested and closed, attributes quoted and not repeated, and no raw '<' or stray '&' in text or
 * attribute values. Not a validator: it does not know SVG.
 */
const NAME = '[A-Za-z_][\\w.:-]*';
const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);)/;
const ATTRIBUTE = new RegExp(`^\\s+(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);

/**
 * @param {string} xml - a document
 * @throws {Error} naming the first problem and where it is
 */
function assertWellFormed(xml) {
  let at = 0;
  const fail = (/** @type {string} */ problem) => {
    throw new Error(`Not well-formed XML at ${at}: ${problem}: ${JSON.stringify(xml.slice(at, at + 40))}`);
  };
  /** @type {string[]} */
  const open = [];
  let roots = 0;
  const declaration = /^<\?xml[^?]*\?>/.exec(xml);
  at = declaration ? declaration[0].length : 0;
  while (at < xml.length) {
    const next = xml.indexOf('<', at);
    const text = xml.slice(at, next === -1 ? xml.length : next);
    if (ENTITY.test(text)) {
      fail('a stray & in text');
    }
    if (open.length === 0 && text.trim() !== '') {
      fail('text outside the root element');
    }
    if (next === -1) {
      break;
    }
    at = next;
    if (xml.startsWith('<!--', at)) {
      const end = xml.indexOf('-->', at);
      if (end === -1) {
        fail('an unclosed comment');
      }
      at = end + 3;
      continue;
    }
    const close = new RegExp(`^</(${NAME})\\s*>`).exec(xml.slice(at));
    if (close) {
      if (open.pop() !== close[1]) {
        fail(`</${close[1]}> closes nothing open`);
      }
      at += close[0].length;
      continue;
    }
    const start = new RegExp(`^<(${NAME})`).exec(xml.slice(at));
    if (!start) {
      fail('a < that starts no tag');
      return;
    }
    at += start[0].length;
    const names = new Set();
    for (let attribute = ATTRIBUTE.exec(xml.slice(at)); attribute; attribute = ATTRIBUTE.exec(xml.slice(at))) {
      const value = attribute[2] ?? attribute[3];
      if (names.has(attribute[1])) {
        fail(`attribute ${attribute[1]} twice`);
      }
      if (value.includes('<') || ENTITY.test(value)) {
        fail(`a raw < or stray & in attribute ${attribute[1]}`);
      }
      names.add(attribute[1]);
      at += attribute[0].length;
    }
    const end = /^\s*(\/?)>/.exec(xml.slice(at));
    if (!end) {
      fail(`<${start[1]}> is not closed by > or />`);
      return;
    }
    at += end[0].length;
    if (open.length === 0) {
      roots += 1;
    }
    if (!end[1]) {
      open.push(start[1]);
    }
  }
  if (open.length > 0) {
    fail(`<${open.at(-1)}> is never closed`);
  }
  if (roots !== 1) {
    fail(`${roots} root elements`);
  }
}

test('the well-formedness check passes good XML and can fail', () => {
  assert.doesNotThrow(() => assertWellFormed('<?xml version="1.0"?>\n<svg a="1" b=\'&amp;\'><!-- c --><g/><text>x &lt; y &#233;</text></svg>\n'));
  for (const bad of ['<svg><g></svg>', '<svg>a & b</svg>', '<svg a="1" a="2"/>', '<svg a="<"/>', '<svg>', '<svg/><svg/>',
    '<svg a=1/>', 'text<svg/>', '<svg></g></svg>', '<svg><1/></svg>']) {
    assert.throws(() => assertWellFormed(bad), /Not well-formed XML/, bad);
  }
});
