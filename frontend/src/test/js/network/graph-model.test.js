import assert from 'node:assert/strict';
import { test } from 'node:test';

import { adjacency, changesBetween, createGraph, mergeNeighbourhood, visibleIds, withEnded, withinSteps }
  from '../../../main/resources/static/js/network/graph-model.js';

const network = () => createGraph({
  nodes: [{ id: 'trust', type: 'Partnership', depth: 0, label: 'Trust' },
    { id: 'lcp', type: 'Partnership', depth: 1, label: 'LCP', district: 'hart' },
    { id: 'other', type: 'Partnership', depth: 1, label: 'Other LCP', district: 'havant' },
    { id: 'seat', type: 'Post', depth: 2, label: 'Seat', district: 'hart', sector: 'VOLUNTARY_AND_COMMUNITY' },
    { id: 'person', type: 'Person', depth: 3, label: 'Person' }],
  edges: [{ id: 'e1', source: 'lcp', target: 'trust' }, { id: 'e2', source: 'other', target: 'trust' },
    { id: 'e3', source: 'seat', target: 'lcp' }, { id: 'e4', source: 'person', target: 'seat' }]
});

test('filters keep types, sectors, a district and a focus, and their links', () => {
  const graph = network();
  const none = { hiddenTypes: new Set(), hiddenSectors: new Set() };
  const ids = (/** @type {{nodes: Set<string>}} */ visible) => [...visible.nodes].sort();

  assert.deepEqual(ids(visibleIds(graph, none)), ['lcp', 'other', 'person', 'seat', 'trust']);
  assert.deepEqual(ids(visibleIds(graph, { ...none, hiddenTypes: new Set(['Person']) })), ['lcp', 'other', 'seat', 'trust']);
  assert.deepEqual(ids(visibleIds(graph, { ...none, hiddenSectors: new Set(['VOLUNTARY_AND_COMMUNITY']) })), ['lcp', 'other', 'person', 'trust']);
  assert.deepEqual(ids(visibleIds(graph, { ...none, district: 'hart' })), ['lcp', 'person', 'seat', 'trust']);
  const focus = visibleIds(graph, { ...none, focus: { id: 'lcp', hops: 1 } });
  assert.deepEqual(ids(focus), ['lcp', 'seat', 'trust']);
  assert.deepEqual([...focus.edges].sort(), ['e1', 'e3']);
});

test('a neighbourhood merged in adds its new nodes one step deeper and only the links between known nodes', () => {
  const grown = mergeNeighbourhood(network(), { nodes: [{ id: 'school', type: 'School', depth: 1, label: 'S' }],
    edges: [{ id: 'e5', source: 'school', target: 'seat' }, { id: 'e6', source: 'school', target: 'nowhere' }] }, 2);
  assert.equal(grown.added, 1);
  assert.equal(grown.graph.nodes.get('school')?.depth, 3);
  assert.equal(grown.graph.edges.size, 5);
});

test('steps along the links reach the nodes at most that far away, either way along a link', () => {
  const links = adjacency(network());
  assert.deepEqual([...withinSteps(links, 'person', 0)], ['person']);
  assert.deepEqual([...withinSteps(links, 'person', 2)].sort(), ['lcp', 'person', 'seat']);
  assert.deepEqual([...withinSteps(links, 'person', 9)].sort(), ['lcp', 'other', 'person', 'seat', 'trust']);
});

test('what changed between two days comes from the network as of each', () => {
  const before = createGraph({ nodes: [{ id: 'old', type: 'Partnership' }, { id: 'seat', type: 'Post', vacant: false },
    { id: 'kept', type: 'Post', vacant: true }], edges: [{ id: 'e', source: 'old', target: 'seat' }] });
  const after = createGraph({ nodes: [{ id: 'new', type: 'Partnership' }, { id: 'seat', type: 'Post', vacant: true },
    { id: 'kept', type: 'Post', vacant: true }], edges: [] });
  const changes = changesBetween(before, after);
  const both = withEnded(after, before, changes.ended);
  assert.deepEqual([changes.added, changes.ended, changes.vacated, [...both.nodes.keys()].sort(), [...both.edges.keys()]],
    [['new'], ['old'], ['seat'], ['kept', 'new', 'old', 'seat'], ['e']]);
});
