import assert from 'node:assert/strict';
import { test } from 'node:test';

/** @type {Array<{query: string, variables: Record<string, unknown>}>} */
const asked = [];
// The page's one way to the server, answered here as the server would, so the module's own logic is what is tested.
globalThis.fetch = /** @type {typeof fetch} */ (async (_url, init) => {
  const body = JSON.parse(String(init?.body));
  asked.push(body);
  return new Response(JSON.stringify({ data: { authorityNetwork: { centre: body.variables.authority, asOf: body.variables.asOf ?? 'today', nodes: [], edges: [] } } }),
    { headers: { 'Content-Type': 'application/json' } });
});
globalThis.document = /** @type {any} */ ({ cookie: '' });

const { askEarly, takeEarly } = await import('../../../main/resources/static/js/network/early-answer.js');
const { AUTHORITY_NETWORK, DEFAULT_AUTHORITY, NEIGHBOURHOOD } = await import('../../../main/resources/static/js/network/network-queries.js');

test('the network the URL names is asked for once, early, and the view takes that answer once', async () => {
  asked.length = 0;
  askEarly('#/network?authority=authority:E10000016&asOf=2010');
  askEarly('#/network?authority=authority:E10000016&asOf=2010');
  assert.equal(asked.length, 1, 'asked once however often the page starts');
  assert.deepEqual(asked[0].variables, { authority: 'authority:E10000016', asOf: '2010-12-31' }, 'a year means its last day, as the view reads it');

  assert.equal(takeEarly(AUTHORITY_NETWORK, { authority: 'authority:E10000016', asOf: '2010-12-31' }) !== undefined, true);
  assert.equal(takeEarly(AUTHORITY_NETWORK, { authority: 'authority:E10000016', asOf: '2010-12-31' }), undefined, 'taken once: a redraw asks the server');
});

test('an early answer is only for the network and the day it was asked for', async () => {
  asked.length = 0;
  askEarly('#/network');
  assert.deepEqual(asked[0].variables, { authority: DEFAULT_AUTHORITY });
  assert.equal(takeEarly(AUTHORITY_NETWORK, { authority: DEFAULT_AUTHORITY, asOf: '2010-12-31' }), undefined, 'another day');
  assert.equal(takeEarly(NEIGHBOURHOOD, { authority: DEFAULT_AUTHORITY }), undefined, 'another question');
  const answer = await takeEarly(AUTHORITY_NETWORK, { authority: DEFAULT_AUTHORITY, asOf: undefined });
  assert.equal(answer.authorityNetwork.centre, DEFAULT_AUTHORITY);
});
