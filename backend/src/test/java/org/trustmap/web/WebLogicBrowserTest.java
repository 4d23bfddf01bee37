package org.trustmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustmap.support.BrowserExtension;

/**
 * Unit tests of the page's pure modules (URL state, layout, filters, SVG, CSV), run in the browser that
 * serves them: each test imports the module as the page does and checks what it returns.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
class WebLogicBrowserTest {

    @LocalServerPort
    int port;

    private Page opened(Page page) {
        page.navigate("http://localhost:" + port + "/");
        return page;
    }

    @Test
    void urlStateReadsAndWritesEveryViewsParameters(Page page) {
        Object result = opened(page).evaluate("""
                async () => {
                  const { parseHash, formatHash, dateParam, listParam } = await import('/js/url-state.js');
                  return {
                    written: formatHash('network', { asOf: '2010', node: 'partnership:hart-lcp', hide: ['Person', 'Post'], focus: 0, empty: '', no: false }),
                    read: parseHash('#/network?asOf=2010&node=partnership:hart-lcp&hide=Person,Post'),
                    landing: parseHash(''), anchor: parseHash('#main-content'), unknown: parseHash('#/nowhere?q=x'),
                    spaces: parseHash(formatHash('find', { q: 'GU51 3AA' })).params.q,
                    year: dateParam('2010'), day: dateParam('2010-02-01'), bad: dateParam('soon') ?? null, list: listParam('a,,b')
                  };
                }""");
        Map<?, ?> r = (Map<?, ?>) result;
        assertThat(r.get("written")).isEqualTo("#/network?asOf=2010&node=partnership:hart-lcp&hide=Person,Post&focus=0");
        assertThat(r.get("read")).isEqualTo(Map.of("view", "network",
                "params", Map.of("asOf", "2010", "node", "partnership:hart-lcp", "hide", "Person,Post")));
        assertThat(r.get("landing")).isEqualTo(Map.of("view", "find", "params", Map.of()));
        assertThat(r.get("anchor")).isNull();
        assertThat(((Map<?, ?>) r.get("unknown")).get("view")).isEqualTo("find");
        assertThat(r.get("spaces")).isEqualTo("GU51 3AA");
        assertThat(r.get("year")).isEqualTo("2010-12-31");
        assertThat(r.get("day")).isEqualTo("2010-02-01");
        assertThat(r.get("bad")).isNull();
        assertThat(r.get("list")).isEqualTo(List.of("a", "b"));
    }

    @Test
    void theLayoutPutsEachDepthInItsOwnBandUnderItsParentsTheSameWayEveryTime(Page page) {
        Object result = opened(page).evaluate("""
                async () => {
                  const { layeredLayout } = await import('/js/network/layout.js');
                  const nodes = [{ id: 'top', depth: 0 }, { id: 'b', depth: 1, label: 'B' }, { id: 'a', depth: 1, label: 'A' },
                    ...Array.from({ length: 40 }, (_, i) => ({ id: 'leaf' + i, depth: 2, label: 'Leaf ' + i }))];
                  const edges = [{ source: 'top', target: 'a' }, { source: 'top', target: 'b' },
                    ...Array.from({ length: 40 }, (_, i) => ({ source: i < 20 ? 'a' : 'b', target: 'leaf' + i }))];
                  const one = layeredLayout(nodes, edges);
                  const two = layeredLayout([...nodes].reverse(), [...edges].reverse());
                  const p = one.positions;
                  return {
                    same: JSON.stringify([...one.positions].sort()) === JSON.stringify([...two.positions].sort()),
                    bands: p.get('top').y < p.get('a').y && p.get('a').y === p.get('b').y && p.get('b').y < p.get('leaf0').y,
                    alphabetical: p.get('a').x < p.get('b').x,
                    underParents: Math.max(...Array.from({ length: 20 }, (_, i) => p.get('leaf' + i).x))
                      < Math.min(...Array.from({ length: 20 }, (_, i) => p.get('leaf' + (i + 20)).x)),
                    wrapped: new Set(Array.from({ length: 40 }, (_, i) => p.get('leaf' + i).y)).size,
                    order: one.order.slice(0, 3)
                  };
                }""");
        Map<?, ?> r = (Map<?, ?>) result;
        assertThat(r.get("same")).isEqualTo(true);
        assertThat(r.get("bands")).isEqualTo(true);
        assertThat(r.get("alphabetical")).isEqualTo(true);
        assertThat(r.get("underParents")).isEqualTo(true);
        assertThat(((Number) r.get("wrapped")).intValue()).isGreaterThan(1);
        assertThat(r.get("order")).isEqualTo(List.of("top", "a", "b"));
    }

    @Test
    void filtersKeepTypesSectorsADistrictAndAFocusAndTheirLinks(Page page) {
        Object result = opened(page).evaluate("""
                async () => {
                  const { createGraph, visibleIds, mergeNeighbourhood } = await import('/js/network/graph-model.js');
                  const graph = createGraph({
                    nodes: [{ id: 'trust', type: 'Partnership', depth: 0, label: 'Trust' },
                      { id: 'lcp', type: 'Partnership', depth: 1, label: 'LCP', district: 'hart' },
                      { id: 'other', type: 'Partnership', depth: 1, label: 'Other LCP', district: 'havant' },
                      { id: 'seat', type: 'Post', depth: 2, label: 'Seat', district: 'hart', sector: 'VOLUNTARY_AND_COMMUNITY' },
                      { id: 'person', type: 'Person', depth: 3, label: 'Person' }],
                    edges: [{ id: 'e1', source: 'lcp', target: 'trust' }, { id: 'e2', source: 'other', target: 'trust' },
                      { id: 'e3', source: 'seat', target: 'lcp' }, { id: 'e4', source: 'person', target: 'seat' }]
                  });
                  const none = { hiddenTypes: new Set(), hiddenSectors: new Set() };
                  const ids = (v) => [...v.nodes].sort();
                  const grown = mergeNeighbourhood(graph, { nodes: [{ id: 'school', type: 'School', depth: 1, label: 'S' }],
                    edges: [{ id: 'e5', source: 'school', target: 'seat' }, { id: 'e6', source: 'school', target: 'nowhere' }] }, 2);
                  return {
                    all: ids(visibleIds(graph, none)),
                    noPeople: ids(visibleIds(graph, { ...none, hiddenTypes: new Set(['Person']) })),
                    noVcs: ids(visibleIds(graph, { ...none, hiddenSectors: new Set(['VOLUNTARY_AND_COMMUNITY']) })),
                    hart: ids(visibleIds(graph, { ...none, district: 'hart' })),
                    focus: ids(visibleIds(graph, { ...none, focus: { id: 'lcp', hops: 1 } })),
                    edges: [...visibleIds(graph, { ...none, focus: { id: 'lcp', hops: 1 } }).edges].sort(),
                    grown: [grown.added, grown.graph.nodes.get('school').depth, grown.graph.edges.size]
                  };
                }""");
        Map<?, ?> r = (Map<?, ?>) result;
        assertThat(r.get("all")).isEqualTo(List.of("lcp", "other", "person", "seat", "trust"));
        assertThat(r.get("noPeople")).isEqualTo(List.of("lcp", "other", "seat", "trust"));
        assertThat(r.get("noVcs")).isEqualTo(List.of("lcp", "other", "person", "trust"));
        assertThat(r.get("hart")).isEqualTo(List.of("lcp", "person", "seat", "trust"));
        assertThat(r.get("focus")).isEqualTo(List.of("lcp", "seat", "trust"));
        assertThat(r.get("edges")).isEqualTo(List.of("e1", "e3"));
        assertThat(r.get("grown")).isEqualTo(List.of(1, 3, 5));
    }

    @Test
    void theSvgExportDrawsEveryNodeAndLinkAndEscapesTheLabels(Page page) {
        String svg = (String) opened(page).evaluate("""
                async () => {
                  const { toSvg } = await import('/js/network/svg-export.js');
                  return toSvg({ title: 'Kids & <Co>', nodes: [
                      { x: 0, y: 0, size: 20, shape: 'ellipse', fill: '#CC79A7', label: "O'Brien & Sons" },
                      { x: 100, y: 100, size: 20, shape: 'diamond', fill: '#E69F00', label: 'Seat', dashedBorder: true }],
                    edges: [{ from: { x: 0, y: 0 }, to: { x: 100, y: 100 }, line: 'dashed' }] });
                }""");
        assertThat(svg).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"");
        assertThat(svg).contains("<title>Kids &amp; &lt;Co&gt;</title>", "O&apos;Brien &amp; Sons", "<circle cx=\"0\" cy=\"0\" r=\"10\"",
                "<polygon points=", "stroke-dasharray=\"6 4\"", "stroke-dasharray=\"4 2\"");
        Object parses = page.evaluate("svg => new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('parsererror').length === 0", svg);
        assertThat(parses).isEqualTo(true);
    }

    @Test
    void theOverviewCollapsesSeatsPeopleAndBodiesIntoCountsOnTheirPartnership(Page page) {
        Object result = opened(page).evaluate("""
                async () => {
                  const { createGraph } = await import('/js/network/graph-model.js');
                  const { overview, countWords, countSentence } = await import('/js/network/overview.js');
                  const graph = createGraph({
                    nodes: [{ id: 'county', type: 'Authority', depth: 0, label: 'County' },
                      { id: 'trust', type: 'Partnership', kind: 'CHILDRENS_TRUST', depth: 1, label: 'Trust' },
                      { id: 'lcp', type: 'Partnership', kind: 'LOCAL_CHILDRENS_PARTNERSHIP', depth: 2, label: 'LCP', district: 'hart' },
                      { id: 'hart', type: 'District', depth: 3, label: 'Hart', district: 'hart' },
                      { id: 'sub', type: 'Partnership', kind: 'SUB_GROUP', depth: 3, label: 'Sub-group' },
                      { id: 'seat1', type: 'Post', depth: 4, label: 'Chair' }, { id: 'seat2', type: 'Post', depth: 4, label: 'VCS', vacant: true },
                      { id: 'amy', type: 'Person', depth: 5, label: 'Amy' }, { id: 'body', type: 'Body', depth: 6, label: 'Body' }],
                    edges: [{ id: 'e1', source: 'lcp', target: 'trust', type: 'PART_OF' }, { id: 'e2', source: 'sub', target: 'lcp', type: 'SUB_GROUP_OF' },
                      { id: 'e3', source: 'seat1', target: 'lcp', type: 'SEAT_ON' }, { id: 'e4', source: 'seat2', target: 'lcp', type: 'SEAT_ON' },
                      { id: 'e5', source: 'amy', target: 'seat1', type: 'HOLDS' }, { id: 'e6', source: 'amy', target: 'body', type: 'ACTS_FOR' },
                      { id: 'e7', source: 'lcp', target: 'hart', type: 'COVERS' }]
                  });
                  const closed = overview(graph, new Set());
                  const opened = overview(graph, new Set(['lcp']));
                  const forced = overview(graph, new Set(), new Set(['amy']));
                  return {
                    closed: [...closed.shown].sort(), opened: [...opened.shown].sort(), forced: [...forced.shown].sort(),
                    all: overview(graph, 'all').shown.size,
                    words: countWords(closed.counts.get('lcp')), sentence: countSentence(closed.counts.get('lcp')),
                    box: [closed.groupOf.get('lcp'), opened.groupOf.get('amy'), closed.groupOf.has('trust')]
                  };
                }""");
        Map<?, ?> r = (Map<?, ?>) result;
        assertThat(r.get("closed")).isEqualTo(List.of("county", "hart", "lcp", "trust"));
        assertThat(r.get("opened")).isEqualTo(List.of("amy", "body", "county", "hart", "lcp", "seat1", "seat2", "sub", "trust"));
        assertThat(r.get("forced")).isEqualTo(List.of("amy", "county", "hart", "lcp", "trust"));
        assertThat(((Number) r.get("all")).intValue()).isEqualTo(9);
        assertThat(r.get("words")).isEqualTo("2 seats, 1 vacant; 1 group");
        assertThat(r.get("sentence")).isEqualTo("2 seats, 1 vacant seat, 1 person, 1 organisation or school, 1 group");
        assertThat(r.get("box")).isEqualTo(List.of("hart", "hart", false));
    }

    @Test
    void theGroupedLayoutKeepsALaneForEveryLineThatSkipsABandSoNoneRunsBehindANode(Page page) {
        Object result = opened(page).evaluate("""
                async () => {
                  const { groupedLayout, hiddenCrossings } = await import('/js/network/layout.js');
                  const nodes = [{ id: 'trust', depth: 0, label: 'Trust' }, { id: 'board', depth: 1, label: 'Board' },
                    { id: 'tpp', depth: 1, label: 'Teenage pregnancy' }, { id: 'yos', depth: 2, label: 'YOS' },
                    ...Array.from({ length: 12 }, (_, i) => ({ id: 'lcp' + i, depth: 3, label: 'LCP ' + i }))];
                  const edges = [{ id: 'b', source: 'board', target: 'trust' }, { id: 't', source: 'tpp', target: 'trust' },
                    { id: 'y', source: 'yos', target: 'board' },
                    ...Array.from({ length: 12 }, (_, i) => ({ id: 'p' + i, source: 'lcp' + i, target: 'trust' })),
                    ...Array.from({ length: 12 }, (_, i) => ({ id: 'l' + i, source: 'lcp' + i, target: 'tpp' }))];
                  const groupOf = new Map(Array.from({ length: 12 }, (_, i) => ['lcp' + i, 'district' + i]));
                  const one = groupedLayout(nodes, edges, { groupOf });
                  const two = groupedLayout([...nodes].reverse(), [...edges].reverse(), { groupOf });
                  const straight = { ...one, bends: new Map() };
                  return {
                    same: JSON.stringify([...one.positions].sort()) === JSON.stringify([...two.positions].sort()),
                    hidden: hiddenCrossings(one.positions, edges, one.bends, 20),
                    withoutLanes: hiddenCrossings(straight.positions, edges, straight.bends, 20).length,
                    boxes: one.boxes.size, rows: new Set([...one.boxes.values()].map((box) => box.y1)).size,
                    bands: one.positions.get('trust').y < one.positions.get('board').y && one.positions.get('board').y < one.positions.get('yos').y
                  };
                }""");
        Map<?, ?> r = (Map<?, ?>) result;
        assertThat(r.get("same")).isEqualTo(true);
        assertThat((List<?>) r.get("hidden")).isEmpty();
        assertThat(((Number) r.get("withoutLanes")).intValue()).as("the check can fail: straight lines do run behind nodes").isPositive();
        assertThat(((Number) r.get("boxes")).intValue()).isEqualTo(12);
        assertThat(((Number) r.get("rows")).intValue()).isGreaterThan(1);
        assertThat(r.get("bands")).isEqualTo(true);
    }

    @Test
    void whatChangedBetweenTwoDaysComesFromTheNetworkAsOfEach(Page page) {
        Object result = opened(page).evaluate("""
                async () => {
                  const { createGraph, changesBetween, withEnded } = await import('/js/network/graph-model.js');
                  const before = createGraph({ nodes: [{ id: 'old', type: 'Partnership' }, { id: 'seat', type: 'Post', vacant: false },
                    { id: 'kept', type: 'Post', vacant: true }], edges: [{ id: 'e', source: 'old', target: 'seat' }] });
                  const after = createGraph({ nodes: [{ id: 'new', type: 'Partnership' }, { id: 'seat', type: 'Post', vacant: true },
                    { id: 'kept', type: 'Post', vacant: true }], edges: [] });
                  const changes = changesBetween(before, after);
                  const both = withEnded(after, before, changes.ended);
                  return [changes.added, changes.ended, changes.vacated, [...both.nodes.keys()].sort(), [...both.edges.keys()]];
                }""");
        assertThat(result).isEqualTo(List.of(List.of("new"), List.of("old"), List.of("seat"), List.of("kept", "new", "old", "seat"), List.of("e")));
    }

    @Test
    void theSvgExportCarriesItsTitleSubtitleBoxesAndKey(Page page) {
        String svg = (String) opened(page).evaluate("""
                async () => {
                  const { toSvg } = await import('/js/network/svg-export.js');
                  return toSvg({ title: 'Kent network', subtitle: 'Authority: Kent. As of 1 May 2020.',
                    key: [{ text: 'Seat (diamond)', colour: '#E69F00' }, { text: 'Structure', line: [] }],
                    boxes: [{ x1: -50, y1: -50, x2: 50, y2: 50, label: 'Ashford' }],
                    nodes: [{ x: 0, y: 0, size: 20, shape: 'diamond', fill: '#E69F00', label: 'Hart LCP\\n8 seats' }],
                    edges: [{ from: { x: 0, y: 0 }, to: { x: 100, y: 100 }, line: 'solid', bends: [{ x: 0, y: 50 }] }] });
                }""");
        assertThat(svg).contains("<title>Kent network</title>", "<desc>Authority: Kent. As of 1 May 2020.</desc>", ">Key</text>",
                ">Seat (diamond)</text>", ">Ashford</text>", ">Hart LCP: 8 seats</text>", "points=\"0,0 0,50 100,100\"");
        assertThat(page.evaluate("svg => new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('parsererror').length", svg)).isEqualTo(0);
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndDefusesFormulas(Page page) {
        Object csv = opened(page).evaluate("""
                async () => {
                  const { toCsv, sortRows } = await import('/js/coverage/coverage-data.js');
                  const rows = [{ name: 'B', district: { name: 'Y' }, vacancies: 1, gaps: [], levels: [{ level: 'LCP', status: 'HELD' }] },
                    { name: 'A', district: { name: 'Z' }, vacancies: 3, gaps: ['LCP'], levels: [{ level: 'LCP', status: 'NO_SEAT' }] }];
                  return [toCsv([['Name', 'Note'], ['Smith, Jo', 'said "hi"'], ['=SUM(A1)', 'line\\nbreak']]),
                    sortRows(rows, 'area', 'asc').map(r => r.name).join(), sortRows(rows, 'vacancies', 'desc').map(r => r.name).join(),
                    sortRows(rows, 'LCP', 'asc').map(r => r.name).join()];
                }""");
        List<?> r = (List<?>) csv;
        assertThat(r.get(0)).isEqualTo("Name,Note\r\n\"Smith, Jo\",\"said \"\"hi\"\"\"\r\n'=SUM(A1),\"line\nbreak\"\r\n");
        assertThat(r.subList(1, 4)).isEqualTo(List.of("A,B", "A,B", "A,B"));
    }
}
