/**
 * Mends what GraphiQL 2.4 (an upstream React bundle we serve unchanged from WebJars) gets wrong for WCAG 2.2 AA,
 * as axe-core reports it, by adjusting the DOM it renders. Each mend is idempotent and re-applied whenever
 * GraphiQL re-renders, so the fixes hold as tabs open and close. Colours are mended in graphiql.css.
 * Reported upstream as far as they remain in GraphiQL 3+: see README "GraphiQL".
 */

/** Accessible names for GraphiQL's CodeMirror editors (axe: label), by where they sit. */
const EDITORS = [
  { selector: '.graphiql-query-editor .graphiql-editor', labels: ['GraphQL query'] },
  { selector: '.graphiql-editor-tool .graphiql-editor', labels: ['Variables (JSON)', 'Headers (JSON)'] },
  { selector: '.graphiql-response', labels: ['Result'] },
];

/**
 * @param {Element} root GraphiQL's container
 * @param {Map<string, string>} titles human titles of the example tabs, by operation name
 */
function mend(root, titles) {
  // The tab bar holds buttons, not ARIA tabs: its "tabs" contain two buttons each (nested-interactive) and it
  // holds the "New tab" button too (aria-required-children). A list of buttons, the open one marked current.
  root.querySelectorAll('[role=tablist]').forEach((bar) => {
    bar.removeAttribute('role');
    bar.setAttribute('role', 'group');
    bar.setAttribute('aria-label', 'Open tabs');
  });
  root.querySelectorAll('.graphiql-tab').forEach((tab) => {
    const active = tab.classList.contains('graphiql-tab-active');
    tab.removeAttribute('role');
    tab.removeAttribute('aria-selected');
    const button = /** @type {HTMLElement|null} */ (tab.querySelector('.graphiql-tab-button'));
    if (!button) {
      return;
    }
    if (active) {
      button.setAttribute('aria-current', 'true');
    } else {
      button.removeAttribute('aria-current');
    }
    nameTab(button, titles);
  });
  for (const { selector, labels } of EDITORS) {
    root.querySelectorAll(selector).forEach((editor, index) => {
      const label = labels[Math.min(index, labels.length - 1)];
      editor.querySelectorAll('textarea:not([aria-label])').forEach((area) => area.setAttribute('aria-label', label));
      // A scrolling region must be reachable by keyboard to be read (axe: scrollable-region-focusable).
      // CodeMirror gives its scroller tabindex -1, which a keyboard cannot reach.
      editor.querySelectorAll('.CodeMirror-scroll:not([tabindex="0"])').forEach((scroll) => {
        scroll.setAttribute('tabindex', '0');
        scroll.setAttribute('role', 'region');
        scroll.setAttribute('aria-label', label);
      });
    });
  }
}

/**
 * Shows an example tab's human title ("1. Who speaks for the VCS in Fleet?") before its operation name while the
 * tab still runs that operation; a renamed operation shows its own name alone again. The title is CSS generated
 * content (graphiql.css), not text React would overwrite, and it is part of the button's accessible name.
 * @param {HTMLElement} button
 * @param {Map<string, string>} titles
 */
function nameTab(button, titles) {
  const operation = (button.textContent ?? '').trim();
  const title = titles.get(operation);
  if (title && title !== operation) {
    if (button.dataset.title !== title) {
      button.dataset.title = title;
      button.setAttribute('title', `${title} (operation ${operation})`);
    }
  } else if (button.dataset.title) {
    delete button.dataset.title;
    button.removeAttribute('title');
  }
}

/**
 * Keeps GraphiQL's rendering accessible from now on.
 * @param {Element} root the element GraphiQL renders into
 * @param {Map<string, string>} titles human titles of the example tabs, by operation name
 */
export function keepAccessible(root, titles) {
  let scheduled = false;
  const observer = new MutationObserver(() => {
    if (scheduled) {
      return;
    }
    scheduled = true;
    // One pass per frame however many nodes React touched; the pass's own changes are ignored by the flag.
    requestAnimationFrame(() => {
      observer.disconnect();
      mend(root, titles);
      observer.observe(root, OBSERVED);
      scheduled = false;
    });
  });
  const OBSERVED = { subtree: true, childList: true, characterData: true, attributes: true,
    attributeFilter: ['class', 'role', 'aria-selected'] };
  mend(root, titles);
  observer.observe(root, OBSERVED);
}
