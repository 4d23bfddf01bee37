import assert from 'node:assert/strict';
import { test } from 'node:test';

import { coverageCells, needsAttention, seatWords, sharedLevels, sortRows, tableRows, toCsv }
  from '../../../main/resources/static/js/coverage/coverage-data.js';

test('CSV quotes what needs quoting and defuses formulas', () => {
  assert.equal(toCsv([['Name', 'Note'], ['Smith, Jo', 'said "hi"'], ['=SUM(A1)', 'line\nbreak']]),
    'Name,Note\r\n"Smith, Jo","said ""hi"""\r\n\'=SUM(A1),"line\nbreak"\r\n');
  assert.equal(toCsv([['+1', '-1', '@x', 'a-b']]), "'+1,'-1,'@x,a-b\r\n");
});

test('the table sorts by area, by a count or by a level\'s status, gaps first', () => {
  const rows = [{ name: 'B', district: { name: 'Y' }, vacancies: 1, gaps: [], levels: [{ level: 'LCP', status: 'HELD' }] },
    { name: 'A', district: { name: 'Z' }, vacancies: 3, gaps: ['LCP'], levels: [{ level: 'LCP', status: 'NO_SEAT' }] }];
  const names = (/** @type {any[]} */ sorted) => sorted.map((row) => row.name).join();
  assert.equal(names(sortRows(rows, 'area', 'asc')), 'A,B');
  assert.equal(names(sortRows(rows, 'vacancies', 'desc')), 'A,B');
  assert.equal(names(sortRows(rows, 'LCP', 'asc')), 'A,B');
  assert.equal(names(sortRows(rows, 'district', 'asc')), 'B,A');
  assert.equal(names(rows), 'B,A', 'a sorted copy: the rows themselves keep their order');
});

/** A level of an AreaRepresentation row: its partnerships and seats. */
const level = (/** @type {string} */ code, /** @type {string[]} */ partnerships, /** @type {any[]} */ seats, status = 'HELD') =>
  ({ level: code, status, partnerships: partnerships.map((id) => ({ id })), seats });
const held = { vacant: false, person: { name: 'Kendall Example' }, onBehalfOf: { name: 'Hart CVS' } };
const vacant = { vacant: true, person: null };

test('a district with its only LCP shares one row, and the levels every area shares are not an area\'s vacancies', () => {
  const board = level('TRUST_BOARD', ['board'], [vacant]);
  const rows = [
    { kind: 'DISTRICT', name: 'Hart', area: { id: 'hart' }, district: { id: 'hart', name: 'Hart' }, gaps: ['TRUST_BOARD'],
      levels: [level('LOCAL_CHILDRENS_PARTNERSHIP', ['hart-lcp'], [held]), board] },
    { kind: 'PARTNERSHIP', name: 'Hart LCP', area: { id: 'hart-lcp' }, district: { id: 'hart', name: 'Hart' }, gaps: ['TRUST_BOARD'],
      levels: [level('LOCAL_CHILDRENS_PARTNERSHIP', ['hart-lcp'], [held, vacant]), board] },
    { kind: 'DISTRICT', name: 'Rushmoor', area: { id: 'rushmoor' }, district: { id: 'rushmoor', name: 'Rushmoor' }, gaps: ['TRUST_BOARD'],
      levels: [level('LOCAL_CHILDRENS_PARTNERSHIP', ['a', 'b'], []), board] }
  ];
  const shared = sharedLevels(rows, ['LOCAL_CHILDRENS_PARTNERSHIP', 'TRUST_BOARD']);
  assert.deepEqual(shared, ['TRUST_BOARD']);
  assert.deepEqual(sharedLevels(rows.slice(0, 1), ['TRUST_BOARD']), [], 'one area shares nothing');

  const table = tableRows(rows, shared);
  assert.deepEqual(table.map((row) => [row.name, row.kind, row.vacancies, row.gaps, needsAttention(row)]),
    [['Hart LCP', 'DISTRICT_AND_LCP', 1, [], true], ['Rushmoor', 'DISTRICT', 0, [], false]]);

  const cells = coverageCells(table, ['LOCAL_CHILDRENS_PARTNERSHIP', 'TRUST_BOARD'], shared, '2020-05-01', 'Hampshire');
  assert.deepEqual(cells[0], ['Area', 'Kind', 'District',
    "Local Children's Partnership: status", "Local Children's Partnership: held by",
    "Children's Trust Board (for all of Hampshire): status", "Children's Trust Board (for all of Hampshire): held by",
    'Vacancies in the area', 'Levels with no seat', 'As of']);
  assert.deepEqual(cells[1], ['Hart LCP', "District and its only Local Children's Partnership", 'Hart',
    'Held', 'Kendall Example for Hart CVS; Vacant', 'Held', 'Vacant', '1', 'None', '2020-05-01']);
  assert.deepEqual(cells[2].slice(3, 5), ['Held', 'None']);
});

test('a level an area has no answer for is not known, never empty', () => {
  const cells = coverageCells([{ name: 'X', kind: 'DISTRICT', district: { name: 'X' }, levels: [], vacancies: 0, gaps: [] }], ['SAFEGUARDING']);
  assert.deepEqual(cells[1].slice(3, 5), ['Not known', 'Not known']);
  assert.equal(seatWords({ vacant: false, person: null }), 'Vacant');
});
