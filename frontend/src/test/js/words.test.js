import assert from 'node:assert/strict';
import { test } from 'node:test';

import { dateWords, plural, today, words } from '../../main/resources/static/js/words.js';

test('an API code reads as words, with the words users use where they differ', () => {
  assert.equal(words('LOCAL_CHILDRENS_PARTNERSHIP'), "Local Children's Partnership");
  assert.equal(words('TRUST_BOARD'), 'Trust board');
  assert.equal(words('SchoolCluster'), 'School cluster');
  assert.equal(words('Post'), 'Seat');
  assert.equal(words('DUTY_TO_COOPERATE'), 'Duty to cooperate');
  assert.equal(words(null), '');
  assert.equal(words(undefined), '');
});

test('a date reads the GOV.UK way, as precise as the source gives it', () => {
  assert.equal(dateWords('2010'), '2010');
  assert.equal(dateWords('2019-07'), 'July 2019');
  assert.equal(dateWords('2026-11-03'), '3 November 2026');
  assert.equal(dateWords(null), '');
  assert.match(today(), /^\d{4}-\d{2}-\d{2}$/);
});

test('a count reads with its noun, plural when it is not one, with thousands separated', () => {
  assert.equal(plural(1, 'seat'), '1 seat');
  assert.equal(plural(0, 'seat'), '0 seats');
  assert.equal(plural(2, 'person', 'people'), '2 people');
  assert.equal(plural(1234, 'node'), '1,234 nodes');
});
