// The UMD bundles that static/graphiql/index.html loads from /webjars before graphiql.js, as window
// globals; only what graphiql.js uses. Type-checking only: nothing here is served.

interface Window {
  React: {
    createElement(type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]): unknown;
  };
  ReactDOM: {
    createRoot(container: Element): { render(element: unknown): void };
  };
  GraphiQL: ((props: Record<string, unknown>) => unknown) & {
    createFetcher(options: { url: string; headers?: Record<string, string> }): unknown;
  };
}
