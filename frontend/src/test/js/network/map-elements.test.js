import assert from 'node:assert/strict';
import { test } from 'node:test';

import { elementsOf, overviewDrawing, segments, shortName } from '../../../main/resources/static/js/network/map-elements.js';

/** A Trust board with an LCP in a district's box and a vacant seat on the LCP, one member of the board. */
function network() {
  const nodes = [
    { id: 'partnership:board', type: 'Partnership', kind: 'TRUST_BOARD', label: "Testshire Children's Trust Board" },
    { id: 'partnership:hart-lcp', type: 'Partnership', kind: 'LOCAL_CHILDRENS_PARTNERSHIP', label: "Hart Local Children's Partnership" },
    { id: 'post:hart-vcs', type: 'Post', label: 'VCS representative, Hart LCP', vacant: true },
    { id: 'person:hidden', type: 'Person', label: 'Not shown' }
  ];
  const edges = [
    { id: 'e1', source: 'partnership:hart-lcp', target: 'partnership:board', type: 'REPORTS_TO' },
    { id: 'e2', source: 'post:hart-vcs', target: 'partnership:hart-lcp', type: 'SEAT_ON' },
    { id: 'e3', source: 'person:hidden', target: 'partnership:board', type: 'SEAT_ON' }
  ];
  return {
    graph: { nodes: new Map(nodes.map((n) => [n.id, n])), edges: new Map(edges.map((e) => [e.id, e])) },
    layout: {
      positions: new Map([['partnership:board', { x: 0, y: 0 }], ['partnership:hart-lcp', { x: 0, y: 100 }],
        ['post:hart-vcs', { x: 100, y: 200 }]]),
      bends: new Map([['e2', [{ x: 100, y: 100 }]]]),
      boxes: new Map([['district:hart', { x1: -50, y1: 60, x2: 60, y2: 140 }]])
    },
    visible: { nodes: new Set(['partnership:board', 'partnership:hart-lcp', 'post:hart-vcs', 'district:hart']), edges: new Set(['e1', 'e2']) },
    extra: { counts: new Map(), groupOf: new Map([['partnership:hart-lcp', 'district:hart']]), boxLabels: new Map([['district:hart', 'Hart']]) }
  };
}

test('only what shows becomes an element, with its type\'s look, its short name and its box', () => {
  const { graph, layout, visible, extra } = network();
  const elements = elementsOf(graph, layout, visible, extra);
  const byId = new Map(elements.map((e) => [e.data.id, e]));

  assert.deepEqual([...byId.keys()].sort(), ['district:hart', 'e1', 'e2', 'partnership:board', 'partnership:hart-lcp', 'post:hart-vcs']);
  assert.equal(byId.get('district:hart').data.label, 'Hart', 'a box without a node of its own is drawn from its label');
  assert.equal(byId.get('partnership:hart-lcp').data.parent, 'district:hart');
  assert.equal(byId.get('partnership:hart-lcp').data.short, 'Hart LCP');
  assert.equal(byId.get('post:hart-vcs').data.short, 'VCS representative', 'a seat without its partnership\'s name');
  assert.equal(byId.get('partnership:board').data.shape, 'round-rectangle');
  assert.ok(byId.get('partnership:board').classes.includes('app-structure'), 'a Trust-level label is made legible');
  assert.ok(byId.get('e2').classes.includes('app-bent'));
  assert.deepEqual(byId.get('e2').data.weights.length, 1);
});

test('the first drawing is the elements in reading order, small labels left out except around the chosen node', () => {
  const { graph, layout, visible, extra } = network();
  const elements = elementsOf(graph, layout, visible, extra);
  const drawing = overviewDrawing(elements, layout.positions, layout.bends, layout.boxes, 'partnership:hart-lcp', undefined, 0.1,
    (id) => `#/network?focus=${id}`);

  assert.deepEqual(drawing.nodes.map((n) => n.id), ['partnership:board', 'partnership:hart-lcp', 'post:hart-vcs']);
  assert.deepEqual(drawing.boxes.map((b) => b.label), ['Hart']);
  const node = (/** @type {string} */ id) => /** @type {any} */ (drawing.nodes.find((n) => n.id === id));
  assert.equal(node('partnership:hart-lcp').ring, true);
  assert.equal(node('partnership:hart-lcp').tabbable, true, 'the chosen node takes the tab stop');
  assert.equal(node('post:hart-vcs').hideLabel, false, 'next to the chosen node, its label shows at any zoom');
  assert.equal(node('post:hart-vcs').dashedBorder, true, 'a vacant seat has a dashed border');
  assert.equal(node('partnership:board').href, '#/network?focus=partnership:board');
  assert.equal(drawing.edges.length, 2);
});

test('a bend is placed along and across the line between its ends, as Cytoscape\'s segment edges want it', () => {
  assert.deepEqual(segments({ x: 0, y: 0 }, { x: 100, y: 0 }, [{ x: 50, y: 20 }]), { weights: [0.5], distances: [20] });
  assert.equal(shortName("Hart Local Children's Partnership"), 'Hart LCP');
  assert.equal(shortName("Rushmoor Local Children's Services Partnership"), 'Rushmoor LCSP');
});
