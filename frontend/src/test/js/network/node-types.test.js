import assert from 'node:assert/strict';
import { test } from 'node:test';

import { DASHES, EDGE_KINDS, edgeLine, NODE_TYPES, nodeType, OTHER_EDGES, OTHER_TYPE }
  from '../../../main/resources/static/js/network/node-types.js';

test('every node type has its own shape and its own colour, so none is told by colour alone', () => {
  const drawn = NODE_TYPES.filter((type) => type.type !== 'Plan');
  assert.equal(new Set(drawn.map((type) => type.shape)).size, drawn.length);
  assert.equal(new Set(NODE_TYPES.map((type) => type.colour)).size, NODE_TYPES.length);
  assert.equal(nodeType('Post').name, 'Seat');
  assert.equal(nodeType('Agreement').type, 'Plan');
  assert.equal(nodeType('Nonsense'), OTHER_TYPE);
});

test('each link type is drawn one way, with a dash pattern for each line style', () => {
  const types = EDGE_KINDS.flatMap((kind) => kind.types);
  assert.equal(new Set(types).size, types.length, 'no link type is in two kinds');
  assert.equal(edgeLine('PART_OF'), 'solid');
  assert.equal(edgeLine('HOLDS'), 'dashed');
  assert.equal(edgeLine('COVERS'), 'dotted');
  assert.equal(edgeLine('DUTY_TO_COOPERATE'), OTHER_EDGES.line);
  for (const kind of [...EDGE_KINDS, OTHER_EDGES]) {
    assert.ok(Array.isArray(DASHES[kind.line]), kind.line);
  }
});
