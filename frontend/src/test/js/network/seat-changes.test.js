import { test } from 'node:test';
import assert from 'node:assert/strict';
import { periods, withSeatChanges } from '../../../main/resources/static/js/network/seat-changes.js';

test('a period longer than 10 years is asked in parts that meet', () => {
  assert.deepEqual(periods('2010-01-01', '2026-12-01'), [['2010-01-01', '2019-12-31'], ['2020-01-01', '2026-12-01']]);
  assert.deepEqual(periods('2024-02-29', '2024-03-01'), [['2024-02-29', '2024-03-01']]);
  assert.deepEqual(periods('2026-12-02', '2026-12-01'), []);
});

test('a seat vacated and filled again between the days is marked vacated and every change is listed, newest first', () => {
  const before = { added: ['post:new'], ended: [], vacated: [] };
  const post = { id: 'post:vcs', name: 'VCS seat', partnership: { name: 'Hart LCP' } };
  const items = [
    { kind: 'ENDED', on: '2015-03-31', post, membership: { person: { name: 'Ada' } } },
    { kind: 'VACANT', on: '2015-03-31', post, membership: { person: { name: 'Ada' } } },
    { kind: 'APPOINTED', on: '2015-06-01', post, membership: { person: { name: 'Ben' } } },
    { kind: 'VERIFIED', on: '2016-01-01', post, membership: { person: { name: 'Ben' } } },
    { kind: 'VACANT', on: '2015-01-01', post: { id: 'post:not-drawn', name: 'Other' }, membership: { person: { name: 'Cat' } } }
  ];
  const merged = withSeatChanges(before, items, { nodes: new Map([['post:vcs', {}]]) });
  assert.deepEqual(merged.vacated, ['post:vcs']);
  assert.deepEqual(merged.added, ['post:new']);
  assert.deepEqual(merged.seatChanges.map((e) => `${e.on} ${e.words}`), [
    '2015-06-01 Ben appointed to VCS seat on Hart LCP', '2015-03-31 Ada left VCS seat on Hart LCP',
    '2015-03-31 Vacant: VCS seat on Hart LCP', '2015-01-01 Vacant: Other']);
});
