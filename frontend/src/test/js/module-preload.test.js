import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const STATIC = join(dirname(fileURLToPath(import.meta.url)), '../../main/resources/static');

/**
 * Every module a module imports statically, itself included, as paths under static/.
 * @param {string} path - a module's path under static/
 * @param {Set<string>} [seen] - the modules found so far
 * @returns {Set<string>} the modules
 */
function closure(path, seen = new Set()) {
  if (seen.has(path)) {
    return seen;
  }
  seen.add(path);
  const text = readFileSync(join(STATIC, path), 'utf8');
  for (const match of text.matchAll(/^\s*(?:import|export)\b[^;'"]*?(?:from\s*)?'(\.[^']+)'/gm)) {
    closure(relative(STATIC, join(STATIC, dirname(path), match[1])), seen);
  }
  return seen;
}

test('the page preloads every module its script imports, so they load at once and not one level at a time', () => {
  const html = readFileSync(join(STATIC, 'index.html'), 'utf8');
  const entry = /<script type="module" src="([^"]+)">/.exec(html)?.[1];
  assert.ok(entry, 'index.html has a module script');
  const preloaded = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((match) => match[1]);
  const imported = [...closure(entry)].filter((path) => path !== entry).sort();
  assert.ok(imported.length > 20, `the import graph is read (${imported.length} modules)`);
  assert.deepEqual([...preloaded].sort(), imported, 'index.html\'s modulepreload links are the modules main.js imports, no more, no fewer');
  assert.equal(new Set(preloaded).size, preloaded.length, 'each module is preloaded once');
});

test('the network route does not fetch the map library before the first drawing, which is SVG', () => {
  const firstView = readFileSync(join(STATIC, 'js/first-view.js'), 'utf8');
  const map = readFileSync(join(STATIC, 'js/network/network-map.js'), 'utf8');
  assert.doesNotMatch(firstView, /cytoscape/i, 'first-view.js leaves Cytoscape to the map');
  assert.match(map, /const CYTOSCAPE = new URL\('\.\.\/\.\.\/webjars\/cytoscape\/dist\/cytoscape\.esm\.min\.mjs', import\.meta\.url\)/);
  assert.match(map, /rel: 'modulepreload', href: CYTOSCAPE/, 'the map preloads (when idle) the very URL it imports');
});
