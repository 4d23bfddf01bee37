import assert from 'node:assert/strict';
import { test } from 'node:test';

import { dateParam, formatHash, listParam, parseHash } from '../../main/resources/static/js/url-state.js';

test('the URL state reads and writes every view\'s parameters', () => {
  assert.equal(formatHash('network', { asOf: '2010', node: 'partnership:hart-lcp', hide: ['Person', 'Post'], focus: 0, empty: '', no: false }),
    '#/network?asOf=2010&node=partnership:hart-lcp&hide=Person,Post&focus=0');
  assert.deepEqual(parseHash('#/network?asOf=2010&node=partnership:hart-lcp&hide=Person,Post'),
    { view: 'network', params: { asOf: '2010', node: 'partnership:hart-lcp', hide: 'Person,Post' } });
  assert.deepEqual(parseHash(''), { view: 'find', params: {} });
  assert.equal(parseHash('#main-content'), null);
  assert.equal(parseHash('#/nowhere?q=x')?.view, 'find');
  assert.equal(parseHash(formatHash('find', { q: 'GU51 3AA' }))?.params.q, 'GU51 3AA');
  assert.equal(dateParam('2010'), '2010-12-31');
  assert.equal(dateParam('2010-02-01'), '2010-02-01');
  assert.equal(dateParam('soon') ?? null, null);
  assert.deepEqual(listParam('a,,b'), ['a', 'b']);
});

test('a parameter the page writes reads back the same, whatever characters it holds', () => {
  const params = { q: 'O\'Brien & Sons, 50% = "all"?#/', node: 'partnership:hart-lcp' };
  assert.deepEqual(parseHash(formatHash('find', params)), { view: 'find', params });
  assert.deepEqual(listParam(undefined), []);
  assert.equal(formatHash('coverage'), '#/coverage');
});
