/**
 * Starts GraphiQL against this server's /graphql endpoint. React and GraphiQL are the UMD bundles
 * loaded before this module from /webjars, so nothing comes from a CDN.
 */
const { React, ReactDOM, GraphiQL } = window;

const fetcher = GraphiQL.createFetcher({ url: '/graphql' });

ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultEditorToolsVisibility: true,
    defaultQuery: '# Welcome to trustmap. Press the play button (or Ctrl-Enter) to run a query.\n'
      + '# The Docs button on the left is the manual: every type and field is described.\n'
      + '{\n  graphSummary {\n    nodes\n    relationships\n    kinds { kind count }\n  }\n}\n',
  }),
);
