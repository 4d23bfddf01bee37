/**
 * Runs before the body is drawn (a classic script in the head, not a deferred module): marks the <html>
 * element with the view the URL names, so that the first paint shows that view and not the find view the
 * HTML starts with (the stylesheet hides every other view). main.js keeps the mark up to date. Without
 * JavaScript there is no mark and the find view shows.
 */
(() => {
  const match = /^#\/(find|network|coverage|changes|checking|report)(?:[?/]|$)/.exec(window.location.hash);
  document.documentElement.dataset.route = match ? match[1] : 'find';
  if (match?.[1] === 'network') {
    // The network's answer, while the page's modules load (the view takes it: early-answer.js). The map's
    // library is not fetched here: the first drawing is SVG, and network-map.js preloads the library when idle.
    import('./network/early-answer.js').then((early) => early.askEarly(window.location.hash), () => {});
  }
})();
