/**
 * The overview: what the first drawing shows so that a person can read the structure. The authority, the
 * districts with an LCP, the Trust and its county-level parts, and the LCPs show; the districts with no LCP
 * are counted on the authority (a box with nothing in it says nothing); everything below a partnership
 * (seats, people, bodies, schools, clusters, its sub-groups and the district partnerships it links to) is
 * collapsed into counts on it ("12 seats, 2 vacant") until that partnership is opened, or all are. Each
 * node that shows is also given the district box it is drawn in. Pure: unit tested with node --test.
 * @module network/overview
 */

/** Partnership kinds that always show: the LCPs are the overview's grouped band. */
const LCP_KINDS = new Set(['LOCAL_CHILDRENS_PARTNERSHIP']);

/** The box of LCPs whose district is not recorded. */
export const NO_DISTRICT_GROUP = 'group:no-district';

/**
 * @typedef {object} Counts
 * @property {number} seats - seats on it
 * @property {number} vacant - of which vacant on the day
 * @property {number} people - people holding them
 * @property {number} bodies - bodies and schools they act for, or linked to it
 * @property {number} groups - sub-groups and linked district partnerships
 * @property {number} clusters - school clusters it is built around
 * @property {number} districts - districts with no LCP (counted on the authority)
 */

/**
 * @typedef {object} Overview
 * @property {Set<string>} shown - the nodes the overview shows with what is open
 * @property {Map<string, Counts>} counts - what is collapsed into each partnership (all its members, open or not)
 * @property {Map<string, string[]>} owners - for each collapsible node, the nodes it collapses into
 * @property {Map<string, string>} groupOf - for each node that shows in a district box, the box
 * @property {Set<string>} openable - the nodes that have something collapsed into them
 */

/**
 * @param {import('./graph-model.js').GraphNode} node - a node
 * @param {Set<string>} subGroups - partnerships that are a sub-group of another
 * @param {Set<string>} lcpDistricts - districts an LCP is in
 * @returns {boolean} whether it always shows in the overview
 */
export function isAnchor(node, subGroups, lcpDistricts) {
  if (node.type === 'Authority') {
    return true;
  }
  if (node.type === 'District') {
    return lcpDistricts.has(node.id);
  }
  if (node.type !== 'Partnership') {
    return false;
  }
  return LCP_KINDS.has(node.kind ?? '') || (!node.district && !subGroups.has(node.id));
}

/**
 * Works out the overview of a graph.
 *
 * @param {import('./graph-model.js').Graph} graph - the graph
 * @param {Set<string>|'all'} open - the nodes opened (their members show), or all
 * @param {Set<string>} [forced] - nodes that show even when collapsed (the chosen one, a path)
 * @returns {Overview} what shows, the counts and the boxes
 */
export function overview(graph, open, forced = new Set()) {
  const edges = [...graph.edges.values()];
  const subGroups = new Set(edges.filter((edge) => edge.type === 'SUB_GROUP_OF').map((edge) => edge.source));
  const lcpDistricts = new Set([...graph.nodes.values()].filter((node) => node.type === 'Partnership' && LCP_KINDS.has(node.kind ?? ''))
    .map((node) => node.district ?? ''));
  const anchors = new Set([...graph.nodes.values()].filter((node) => isAnchor(node, subGroups, lcpDistricts)).map((node) => node.id));
  const owners = ownersOf(graph, anchors);

  const isOpen = (/** @type {string} */ id) => open === 'all' || open.has(id);
  const shown = new Set([...anchors, ...[...forced].filter((id) => graph.nodes.has(id))]);
  // Fix point: a collapsed node shows once one of the nodes it collapses into shows and is open.
  for (let changed = true; changed;) {
    changed = false;
    for (const [id, into] of owners) {
      if (!shown.has(id) && into.some((owner) => shown.has(owner) && isOpen(owner))) {
        shown.add(id);
        changed = true;
      }
    }
  }

  /** @type {Map<string, Counts>} */
  const counts = new Map();
  for (const [id, into] of owners) {
    const node = /** @type {import('./graph-model.js').GraphNode} */ (graph.nodes.get(id));
    for (const owner of into) {
      const count = counts.get(owner) ?? { seats: 0, vacant: 0, people: 0, bodies: 0, groups: 0, clusters: 0, districts: 0 };
      if (node.type === 'Post') {
        count.seats += 1;
        count.vacant += node.vacant ? 1 : 0;
      } else if (node.type === 'Person') {
        count.people += 1;
      } else if (node.type === 'Body' || node.type === 'School') {
        count.bodies += 1;
      } else if (node.type === 'SchoolCluster') {
        count.clusters += 1;
      } else if (node.type === 'District') {
        count.districts += 1;
      } else {
        count.groups += 1;
      }
      counts.set(owner, count);
    }
  }
  return { shown, counts, owners, groupOf: groups(graph, shown, owners, isOpen), openable: new Set(counts.keys()) };
}

/**
 * Which nodes each collapsible node collapses into: a seat into its partnership, a person into the owners
 * of the seats they hold, a body into the owners of the people acting for it (or the partnerships it is
 * linked to), a cluster into the partnership built around it, a school into its cluster or its people, a
 * sub-group or district partnership into the LCP or county part it is linked to, a district with no LCP into
 * its authority.
 *
 * @param {import('./graph-model.js').Graph} graph - the graph
 * @param {Set<string>} anchors - the nodes that always show
 * @returns {Map<string, string[]>} owners by node, each list sorted
 */
function ownersOf(graph, anchors) {
  const type = (/** @type {string} */ id) => graph.nodes.get(id)?.type ?? '';
  /** @type {Map<string, Set<string>>} */
  const result = new Map();
  const add = (/** @type {string} */ id, /** @type {string} */ owner) => {
    if (id !== owner && !anchors.has(id)) {
      result.set(id, (result.get(id) ?? new Set()).add(owner));
    }
  };
  const edges = [...graph.edges.values()].filter((edge) => graph.nodes.has(edge.source) && graph.nodes.has(edge.target));
  // Partnerships first (seats, sub-groups, district partnerships, clusters), then people, then bodies and schools.
  for (const edge of edges) {
    if (edge.type === 'SEAT_ON' || edge.type === 'SUB_GROUP_OF' || (edge.type === 'IN_AUTHORITY' && type(edge.source) === 'District')) {
      add(edge.source, edge.target);
    } else if (edge.type === 'BUILT_AROUND') {
      add(edge.target, edge.source);
    } else if (type(edge.source) === 'Partnership' && type(edge.target) === 'Partnership' && anchors.has(edge.source)
        && !anchors.has(edge.target) && graph.nodes.get(edge.source)?.kind === 'LOCAL_CHILDRENS_PARTNERSHIP') {
      add(edge.target, edge.source);
    }
  }
  for (const edge of edges) {
    if (edge.type === 'HOLDS') {
      for (const owner of result.get(edge.target) ?? []) {
        add(edge.source, owner);
      }
    }
  }
  for (const edge of edges) {
    if (edge.type === 'ACTS_FOR') {
      for (const owner of result.get(edge.source) ?? []) {
        add(edge.target, owner);
      }
    } else if (edge.type === 'IN_CLUSTER') {
      for (const owner of result.get(edge.target) ?? []) {
        add(edge.source, owner);
      }
    }
  }
  // Bodies and schools nobody acts for collapse into the partnerships they are linked to.
  for (const edge of edges) {
    const from = type(edge.source);
    if ((from === 'Body' || from === 'School') && !result.has(edge.source) && type(edge.target) === 'Partnership') {
      add(edge.source, edge.target);
    }
  }
  for (const edge of edges) {
    const from = type(edge.source);
    if ((from === 'Body' || from === 'School') && !result.has(edge.source) && result.has(edge.target)) {
      for (const owner of /** @type {Set<string>} */ (result.get(edge.target))) {
        add(edge.source, owner);
      }
    }
  }
  return new Map([...result].map(([id, set]) => [id, [...set].sort()]));
}

/**
 * The district box each node that shows is drawn in: a node in a district (an LCP, a district partnership)
 * goes in its district's box; a collapsed node that shows goes where the first shown node it collapses
 * into goes; an LCP whose district is not recorded goes in the box of those.
 *
 * @param {import('./graph-model.js').Graph} graph - the graph
 * @param {Set<string>} shown - what shows
 * @param {Map<string, string[]>} owners - owners by node
 * @param {(id: string) => boolean} isOpen - whether a node is open
 * @returns {Map<string, string>} the box by node
 */
function groups(graph, shown, owners, isOpen) {
  /** @type {Map<string, string>} */
  const result = new Map();
  for (const id of shown) {
    const node = /** @type {import('./graph-model.js').GraphNode} */ (graph.nodes.get(id));
    if (node.type === 'Partnership' && LCP_KINDS.has(node.kind ?? '')) {
      result.set(id, node.district && graph.nodes.has(node.district) ? node.district : NO_DISTRICT_GROUP);
    }
  }
  // Owners before their members: a seat goes where its partnership goes, a person where their seat goes.
  for (let changed = true; changed;) {
    changed = false;
    for (const id of shown) {
      if (result.has(id) || !owners.has(id)) {
        continue;
      }
      // The box of an open owner first (the one it was opened from), else of any owner that shows.
      const ready = (owners.get(id) ?? []).filter((other) => shown.has(other) && (result.has(other) || !owners.has(other)));
      const owner = ready.find(isOpen) ?? ready[0];
      if (owner !== undefined) {
        const box = result.get(owner);
        if (box) {
          result.set(id, box);
        }
        changed = true;
        if (!box) {
          // Collapsed into a county-level node: drawn in the bands at the top, outside every box.
          result.set(id, '');
        }
      }
    }
  }
  for (const [id, box] of [...result]) {
    if (!box) {
      result.delete(id);
    }
  }
  return result;
}

/**
 * @param {Counts|undefined} counts - what is collapsed into a partnership
 * @returns {string} them in words, seats first: "12 seats, 2 vacant; 3 groups"
 */
export function countWords(counts) {
  if (!counts) {
    return '';
  }
  const parts = [];
  if (counts.seats) {
    parts.push(`${counts.seats} ${counts.seats === 1 ? 'seat' : 'seats'}${counts.vacant ? `, ${counts.vacant} vacant` : ''}`);
  }
  const others = [
    [counts.groups, 'group', 'groups'], [counts.clusters, 'school cluster', 'school clusters'],
    [counts.districts, 'district with no LCP', 'districts with no LCP']
  ].filter(([count]) => count).map(([count, one, many]) => `${count} ${count === 1 ? one : many}`);
  return [parts.join(''), ...others].filter(Boolean).join('; ');
}

/**
 * @param {Counts|undefined} counts - what is collapsed into a partnership
 * @returns {string} everything collapsed into it, in words, for the list and the panel
 */
export function countSentence(counts) {
  if (!counts) {
    return '';
  }
  const parts = [[counts.seats, 'seat', 'seats'], [counts.vacant, 'vacant seat', 'vacant seats'], [counts.people, 'person', 'people'],
    [counts.bodies, 'organisation or school', 'organisations or schools'], [counts.groups, 'group', 'groups'],
    [counts.clusters, 'school cluster', 'school clusters'], [counts.districts, 'district with no LCP recorded', 'districts with no LCP recorded']];
  return parts.filter(([count]) => count).map(([count, one, many]) => `${count} ${count === 1 ? one : many}`).join(', ');
}
