import assert from 'node:assert/strict';
import { test } from 'node:test';

import { boxView, fitView, groupedLayout, hiddenCrossings, layeredLayout } from '../../../main/resources/static/js/network/layout.js';

/** @param {number} n @param {(i: number) => any} make */
const times = (n, make) => Array.from({ length: n }, (_, i) => make(i));

test('the layout puts each depth in its own band under its parents the same way every time', () => {
  const nodes = [{ id: 'top', depth: 0 }, { id: 'b', depth: 1, label: 'B' }, { id: 'a', depth: 1, label: 'A' },
    ...times(40, (i) => ({ id: `leaf${i}`, depth: 2, label: `Leaf ${i}` }))];
  const edges = [{ source: 'top', target: 'a' }, { source: 'top', target: 'b' },
    ...times(40, (i) => ({ source: i < 20 ? 'a' : 'b', target: `leaf${i}` }))];
  const one = layeredLayout(nodes, edges);
  const two = layeredLayout([...nodes].reverse(), [...edges].reverse());
  const p = (/** @type {string} */ id) => /** @type {{x: number, y: number}} */ (one.positions.get(id));

  assert.deepEqual(two.positions, one.positions);
  assert.ok(p('top').y < p('a').y && p('a').y === p('b').y && p('b').y < p('leaf0').y, 'one band per depth');
  assert.ok(p('a').x < p('b').x, 'a band in alphabetical order');
  assert.ok(Math.max(...times(20, (i) => p(`leaf${i}`).x)) < Math.min(...times(20, (i) => p(`leaf${i + 20}`).x)), 'children under their parent');
  assert.ok(new Set(times(40, (i) => p(`leaf${i}`).y)).size > 1, 'a wide band wraps');
  assert.deepEqual(one.order.slice(0, 3), ['top', 'a', 'b']);
});

test('the grouped layout keeps a lane for every line that skips a band so none runs behind a node', () => {
  const nodes = [{ id: 'trust', depth: 0, label: 'Trust' }, { id: 'board', depth: 1, label: 'Board' },
    { id: 'tpp', depth: 1, label: 'Teenage pregnancy' }, { id: 'yos', depth: 2, label: 'YOS' },
    ...times(12, (i) => ({ id: `lcp${i}`, depth: 3, label: `LCP ${i}` }))];
  const edges = [{ id: 'b', source: 'board', target: 'trust' }, { id: 't', source: 'tpp', target: 'trust' },
    { id: 'y', source: 'yos', target: 'board' },
    ...times(12, (i) => ({ id: `p${i}`, source: `lcp${i}`, target: 'trust' })),
    ...times(12, (i) => ({ id: `l${i}`, source: `lcp${i}`, target: 'tpp' }))];
  const groupOf = new Map(times(12, (i) => [`lcp${i}`, `district${i}`]));
  const one = groupedLayout(nodes, edges, { groupOf });
  const two = groupedLayout([...nodes].reverse(), [...edges].reverse(), { groupOf });
  const y = (/** @type {string} */ id) => /** @type {{x: number, y: number}} */ (one.positions.get(id)).y;

  assert.deepEqual(two.positions, one.positions);
  assert.deepEqual(hiddenCrossings(one.positions, edges, one.bends, 20), []);
  assert.ok(hiddenCrossings(one.positions, edges, new Map(), 20).length > 0, 'the check can fail: straight lines do run behind nodes');
  assert.equal(one.boxes.size, 12);
  assert.ok(new Set([...one.boxes.values()].map((box) => box.y1)).size > 1, 'the boxes wrap onto more than one row');
  assert.ok(y('trust') < y('board') && y('board') < y('yos'));
});

test('the view fits what shows in the map, centred, and a box just opened is shown whole', () => {
  const view = fitView([{ x: 0, y: 0 }, { x: 1000, y: 400 }], [], 1124, 600, 0.03);
  assert.ok(view);
  // 1000 wide and 50 either side fills 1124 less 24; the middle of the drawing is the middle of the map.
  assert.equal(view.zoom, 1);
  assert.deepEqual(view.pan, { x: 62, y: 300 - (460 - 30) / 2 });
  assert.equal(fitView([], [], 800, 600, 0.03), null);
  assert.equal(fitView([{ x: 0, y: 0 }, { x: 1e6, y: 0 }], [], 800, 600, 0.03)?.zoom, 0.03, 'never below the least zoom');
  const box = boxView({ x1: 0, y1: 0, x2: 776, y2: 100 }, 800, 600);
  assert.equal(box.zoom, 1);
  assert.deepEqual(box.pan, { x: 12, y: 250 });
});
