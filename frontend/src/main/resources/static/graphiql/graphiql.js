/**
 * Starts GraphiQL against this server's /graphql endpoint, with the questions users ask (examples/index.json:
 * who speaks for the voluntary sector in Fleet, which LCPs have no voluntary sector seat...) as ready-made
 * tabs. React and GraphiQL are the UMD bundles loaded before this module from /webjars, so nothing
 * comes from a CDN.
 */
import { keepAccessible } from './graphiql-accessibility.js';

const { React, ReactDOM, GraphiQL } = window;

const WELCOME = '# Welcome to trustmap. Press the play button (or Ctrl-Enter) to run a query.\n'
  + '# The Docs button on the left is the manual: every type and field is described.\n'
  + '# The other tabs hold the questions users ask, ready to run.\n'
  + 'query Welcome {\n  graphSummary {\n    nodes\n    relationships\n    kinds { kind count }\n  }\n}\n';

/**
 * Loads the example operations listed in examples/index.json.
 * @returns {Promise<Array<{title: string, query: string}>>} one tab per example
 */
async function examples() {
  try {
    const index = await (await fetch('examples/index.json')).json();
    return Promise.all(index.map(async (/** @type {{file: string, title: string}} */ example) => ({
      title: example.title,
      query: await (await fetch(`examples/${example.file}`)).text(),
    })));
  } catch (error) {
    console.warn('The example operations could not be loaded', error);
    return [];
  }
}

/**
 * The name of the first operation of a document, which GraphiQL shows as the tab's title.
 * @param {string} query
 * @returns {string | undefined}
 */
function operationName(query) {
  return /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/m.exec(query)?.[1];
}

/**
 * The CSRF token Spring Security puts in a cookie, which a signed-in browser session must send back.
 * @returns {Record<string, string>} the header, or none before the cookie is set
 */
function csrfHeaders() {
  const token = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return token ? { 'X-XSRF-TOKEN': decodeURIComponent(token.split('=')[1]) } : {};
}

const fetcher = GraphiQL.createFetcher({ url: '/graphql', headers: csrfHeaders() });
const loaded = [{ title: 'Welcome', query: WELCOME }, ...(await examples())];
/** @type {Map<string, string>} */
const titles = new Map();
for (const tab of loaded) {
  const name = operationName(tab.query);
  if (name) {
    titles.set(name, tab.title);
  }
}

const root = /** @type {HTMLElement} */ (document.getElementById('graphiql'));
ReactDOM.createRoot(root).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultEditorToolsVisibility: true,
    defaultTabs: loaded.map(({ query }) => ({ query })),
  }),
);
keepAccessible(root, titles);
