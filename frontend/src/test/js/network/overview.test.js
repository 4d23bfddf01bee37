import assert from 'node:assert/strict';
import { test } from 'node:test';

import { createGraph } from '../../../main/resources/static/js/network/graph-model.js';
import { countSentence, countWords, overview } from '../../../main/resources/static/js/network/overview.js';

test('the overview collapses seats, people and bodies into counts on their partnership', () => {
  const graph = createGraph({
    nodes: [{ id: 'county', type: 'Authority', depth: 0, label: 'County' },
      { id: 'trust', type: 'Partnership', kind: 'CHILDRENS_TRUST', depth: 1, label: 'Trust' },
      { id: 'lcp', type: 'Partnership', kind: 'LOCAL_CHILDRENS_PARTNERSHIP', depth: 2, label: 'LCP', district: 'hart' },
      { id: 'hart', type: 'District', depth: 3, label: 'Hart', district: 'hart' },
      { id: 'sub', type: 'Partnership', kind: 'SUB_GROUP', depth: 3, label: 'Sub-group' },
      { id: 'seat1', type: 'Post', depth: 4, label: 'Chair' }, { id: 'seat2', type: 'Post', depth: 4, label: 'VCS', vacant: true },
      { id: 'amy', type: 'Person', depth: 5, label: 'Amy' }, { id: 'body', type: 'Body', depth: 6, label: 'Body' }],
    edges: [{ id: 'e1', source: 'lcp', target: 'trust', type: 'PART_OF' }, { id: 'e2', source: 'sub', target: 'lcp', type: 'SUB_GROUP_OF' },
      { id: 'e3', source: 'seat1', target: 'lcp', type: 'SEAT_ON' }, { id: 'e4', source: 'seat2', target: 'lcp', type: 'SEAT_ON' },
      { id: 'e5', source: 'amy', target: 'seat1', type: 'HOLDS' }, { id: 'e6', source: 'amy', target: 'body', type: 'ACTS_FOR' },
      { id: 'e7', source: 'lcp', target: 'hart', type: 'COVERS' }].map((edge) => ({ ...edge, label: edge.type }))
  });
  const closed = overview(graph, new Set());
  const opened = overview(graph, new Set(['lcp']));
  const forced = overview(graph, new Set(), new Set(['amy']));
  const counts = closed.counts.get('lcp');

  assert.deepEqual([...closed.shown].sort(), ['county', 'hart', 'lcp', 'trust']);
  assert.deepEqual([...opened.shown].sort(), ['amy', 'body', 'county', 'hart', 'lcp', 'seat1', 'seat2', 'sub', 'trust']);
  assert.deepEqual([...forced.shown].sort(), ['amy', 'county', 'hart', 'lcp', 'trust']);
  assert.equal(overview(graph, 'all').shown.size, 9);
  assert.equal(countWords(counts), '2 seats, 1 vacant; 1 group');
  assert.equal(countSentence(counts), '2 seats, 1 vacant seat, 1 person, 1 organisation or school, 1 group');
  assert.deepEqual([closed.groupOf.get('lcp'), opened.groupOf.get('amy'), closed.groupOf.has('trust')], ['hart', 'hart', false]);
});

test('a district with no LCP is counted on its authority until the authority is opened; one with an LCP shows', () => {
  const graph = createGraph({
    nodes: [{ id: 'county', type: 'Authority', depth: 0, label: 'County' },
      { id: 'lcp', type: 'Partnership', kind: 'LOCAL_CHILDRENS_PARTNERSHIP', depth: 2, label: 'LCP', district: 'hart' },
      { id: 'hart', type: 'District', depth: 3, label: 'Hart', district: 'hart' },
      { id: 'rushmoor', type: 'District', depth: 3, label: 'Rushmoor', district: 'rushmoor' },
      { id: 'gosport', type: 'District', depth: 3, label: 'Gosport', district: 'gosport' }],
    edges: [{ id: 'e1', source: 'hart', target: 'county', type: 'IN_AUTHORITY' },
      { id: 'e2', source: 'rushmoor', target: 'county', type: 'IN_AUTHORITY' },
      { id: 'e3', source: 'gosport', target: 'county', type: 'IN_AUTHORITY' }].map((edge) => ({ ...edge, label: edge.type }))
  });
  const closed = overview(graph, new Set());
  const opened = overview(graph, new Set(['county']));

  assert.deepEqual([...closed.shown].sort(), ['county', 'hart', 'lcp']);
  assert.equal(countWords(closed.counts.get('county')), '2 districts with no LCP');
  assert.equal(countSentence(closed.counts.get('county')), '2 districts with no LCP recorded');
  assert.ok(closed.openable.has('county'));
  assert.deepEqual([...opened.shown].sort(), ['county', 'gosport', 'hart', 'lcp', 'rushmoor']);
  assert.equal(opened.groupOf.has('rushmoor'), false, 'an opened district with no LCP is not drawn as a box');
});
