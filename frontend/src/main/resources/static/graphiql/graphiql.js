/**
 * Starts GraphiQL against this server's /graphql endpoint, with the questions of DOMAIN.md as ready-made
 * tabs. React and GraphiQL are the UMD bundles loaded before this module from /webjars, so nothing
 * comes from a CDN.
 */
const { React, ReactDOM, GraphiQL } = window;

const WELCOME = '# Welcome to trustmap. Press the play button (or Ctrl-Enter) to run a query.\n'
  + '# The Docs button on the left is the manual: every type and field is described.\n'
  + '# The other tabs hold the questions users ask, ready to run.\n'
  + '{\n  graphSummary {\n    nodes\n    relationships\n    kinds { kind count }\n  }\n}\n';

/**
 * Loads the example operations listed in examples/index.json.
 * @returns {Promise<Array<{query: string}>>} one tab per example
 */
async function exampleTabs() {
  try {
    const index = await (await fetch('examples/index.json')).json();
    return Promise.all(index.map(async (example) => ({
      query: await (await fetch(`examples/${example.file}`)).text(),
    })));
  } catch (error) {
    console.warn('The example operations could not be loaded', error);
    return [];
  }
}

/** The CSRF token Spring Security puts in a cookie, which a signed-in browser session must send back. */
function csrfHeaders() {
  const token = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return token ? { 'X-XSRF-TOKEN': decodeURIComponent(token.split('=')[1]) } : {};
}

const fetcher = GraphiQL.createFetcher({ url: '/graphql', headers: csrfHeaders() });
const tabs = [{ query: WELCOME }, ...(await exampleTabs())];

ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultEditorToolsVisibility: true,
    defaultTabs: tabs,
  }),
);
