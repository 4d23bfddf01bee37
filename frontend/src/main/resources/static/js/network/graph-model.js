/**
 * The network as loaded (nodes and edges from `authorityNetwork`, plus neighbourhoods expanded since) and
 * which part of it shows under the filters: types, sectors, district and the focus n steps around a
 * node. Pure: unit tested with node --test.
 * @module network/graph-model
 */

/**
 * @typedef {object} GraphNode
 * @property {string} id - global id
 * @property {string} type - Partnership, Post, Person...
 * @property {string|null} [kind] - finer kind
 * @property {string} label - what to write
 * @property {string|null} [sector] - sector, where it has one
 * @property {boolean} [voluntarySector] - belongs to or speaks for the voluntary sector
 * @property {boolean} [vacant] - a seat nobody holds
 * @property {boolean} [illustrative] - invented example data
 * @property {number} depth - band in the drawing
 * @property {string|null} [district] - the district it is in or covers
 */

/**
 * @typedef {object} GraphEdge
 * @property {string} id - stable id
 * @property {string} source - from
 * @property {string} target - to
 * @property {string} type - relation type
 * @property {string} label - how it reads
 */

/**
 * @typedef {object} Graph
 * @property {Map<string, GraphNode>} nodes - by id
 * @property {Map<string, GraphEdge>} edges - by id
 */

/**
 * @typedef {object} Filters
 * @property {Set<string>} hiddenTypes - node types not shown
 * @property {Set<string>} hiddenSectors - sectors not shown (nodes with no sector always show)
 * @property {string} [district] - only this district (and the county-level nodes linked to it)
 * @property {{id: string, hops: number}|null} [focus] - only nodes this many steps from this one
 */

/**
 * @param {{nodes: GraphNode[], edges: GraphEdge[]}} network - a NetworkGraph
 * @returns {Graph} the graph
 */
export function createGraph(network) {
  return {
    nodes: new Map(network.nodes.map((node) => [node.id, node])),
    edges: new Map(network.edges.map((edge) => [edge.id, edge]))
  };
}

/**
 * Adds a neighbourhood to the graph: nodes new to it go one band below the node expanded, or further.
 *
 * @param {Graph} graph - the graph
 * @param {{nodes: GraphNode[], edges: GraphEdge[]}} neighbourhood - a NetworkGraph around a node
 * @param {number} depth - the band of the node it was drawn around
 * @returns {{graph: Graph, added: number}} a new graph and how many nodes it gained
 */
export function mergeNeighbourhood(graph, neighbourhood, depth) {
  const nodes = new Map(graph.nodes);
  const edges = new Map(graph.edges);
  let added = 0;
  for (const node of neighbourhood.nodes) {
    if (!nodes.has(node.id)) {
      nodes.set(node.id, { ...node, depth: depth + Math.max(1, node.depth) });
      added += 1;
    }
  }
  for (const edge of neighbourhood.edges) {
    if (nodes.has(edge.source) && nodes.has(edge.target)) {
      edges.set(edge.id, edge);
    }
  }
  return { graph: { nodes, edges }, added };
}

/**
 * @param {Graph} graph - the graph
 * @returns {Map<string, Set<string>>} each node's neighbours
 */
export function adjacency(graph) {
  /** @type {Map<string, Set<string>>} */
  const result = new Map([...graph.nodes.keys()].map((id) => [id, new Set()]));
  for (const edge of graph.edges.values()) {
    result.get(edge.source)?.add(edge.target);
    result.get(edge.target)?.add(edge.source);
  }
  return result;
}

/**
 * Which nodes and edges show under the filters.
 *
 * @param {Graph} graph - the graph
 * @param {Filters} filters - what to show
 * @returns {{nodes: Set<string>, edges: Set<string>}} the ids that show
 */
export function visibleIds(graph, filters) {
  const links = adjacency(graph);
  let candidates = [...graph.nodes.values()].filter((node) => !filters.hiddenTypes.has(node.type)
    && !(node.sector && filters.hiddenSectors.has(node.sector)));

  if (filters.district) {
    const inDistrict = new Set(candidates.filter((node) => node.district === filters.district).map((node) => node.id));
    candidates = candidates.filter((node) => inDistrict.has(node.id)
      || (!node.district && [...(links.get(node.id) ?? [])].some((id) => inDistrict.has(id))));
  }

  let shown = new Set(candidates.map((node) => node.id));
  if (filters.focus && graph.nodes.has(filters.focus.id)) {
    const near = withinSteps(links, filters.focus.id, filters.focus.hops);
    shown = new Set([...shown].filter((id) => near.has(id)));
    shown.add(filters.focus.id);
  }

  const edges = new Set([...graph.edges.values()]
    .filter((edge) => shown.has(edge.source) && shown.has(edge.target)).map((edge) => edge.id));
  return { nodes: shown, edges };
}

/**
 * @param {Map<string, Set<string>>} links - neighbours by node
 * @param {string} start - where to start
 * @param {number} steps - how far to go
 * @returns {Set<string>} the nodes at most that many steps away
 */
export function withinSteps(links, start, steps) {
  const reached = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < steps; step += 1) {
    const next = [];
    for (const id of frontier) {
      for (const neighbour of links.get(id) ?? []) {
        if (!reached.has(neighbour)) {
          reached.add(neighbour);
          next.push(neighbour);
        }
      }
    }
    frontier = next;
  }
  return reached;
}

/**
 * @typedef {object} Changes
 * @property {string[]} added - nodes there on the later day and not on the earlier one
 * @property {string[]} ended - nodes there on the earlier day and gone by the later one
 * @property {string[]} vacated - seats held on the earlier day and vacant on the later one
 */

/**
 * What changed between two days, from the network as of each: no changes feed is needed, the as-of
 * answers (and the memberships' dates behind them) say it.
 *
 * @param {Graph} before - the network on the earlier day
 * @param {Graph} after - the network on the later day
 * @returns {Changes} what was added, what ended, which seats fell vacant
 */
export function changesBetween(before, after) {
  const added = [...after.nodes.keys()].filter((id) => !before.nodes.has(id)).sort();
  const ended = [...before.nodes.keys()].filter((id) => !after.nodes.has(id)).sort();
  const vacated = [...after.nodes.values()]
    .filter((node) => node.type === 'Post' && node.vacant && before.nodes.has(node.id) && !before.nodes.get(node.id)?.vacant)
    .map((node) => node.id).sort();
  return { added, ended, vacated };
}

/**
 * The graph with what ended before the later day put back, so that it can be drawn and marked.
 *
 * @param {Graph} after - the network on the later day
 * @param {Graph} before - the network on the earlier day
 * @param {string[]} ended - the nodes that ended
 * @returns {Graph} both together
 */
export function withEnded(after, before, ended) {
  const nodes = new Map(after.nodes);
  const edges = new Map(after.edges);
  for (const id of ended) {
    nodes.set(id, /** @type {GraphNode} */ (before.nodes.get(id)));
  }
  for (const edge of before.edges.values()) {
    if (!edges.has(edge.id) && nodes.has(edge.source) && nodes.has(edge.target) && (ended.includes(edge.source) || ended.includes(edge.target))) {
      edges.set(edge.id, edge);
    }
  }
  return { nodes, edges };
}
