/**
 * The details panel of the chosen node: what it is, its seats and members as of the day (from
 * `node(id:)`), its links in words, and what to do next: expand its neighbours, focus on it, ask who
 * speaks for that place.
 * @module network/node-panel
 */

import { account, mayEdit } from '../account.js';
import { contact } from '../find/answer.js';
import { h, link, summaryList } from '../dom.js';
import { isAbort, query } from '../graphql.js';
import { formatHash } from '../url-state.js';
import { dateWords, SECTORS, words } from '../words.js';
import { nodeType } from './node-types.js';
import { NODE_DETAILS } from './network-queries.js';
import { historySection } from '../stewardship/history.js';
import { changeSeat } from '../stewardship/holding-form.js';
import { changeable, changeRecord } from '../stewardship/record-form.js';
import { reportLink } from '../stewardship/report-view.js';
import { createForm } from '../stewardship/create-forms.js';
import { verifyButton } from '../stewardship/verify.js';

/** Kinds of node that `findRepresentatives` can be asked about. */
const PLACES = new Set(['District', 'School', 'Partnership', 'Body', 'SchoolCluster', 'Authority']);

export class NodePanel {
  /**
   * @param {HTMLElement} element - the panel
   * @param {{nodeHref: (id: string) => string, focusHref: (id: string, hops: number) => string,
   *   onExpand: (id: string) => void, onToggleOpen: (id: string) => void, isOpen: (id: string) => boolean,
   *   collapsed: (id: string) => string, onClose: () => void, onCreated: (id: string) => void}} actions - links and actions the view provides
   */
  constructor(element, actions) {
    this.element = element;
    this.actions = actions;
    /** @type {AbortController|null} */
    this.pending = null;
    this.shown = '';
    /** @type {import('../account.js').Account|null} */
    this.account = null;
    /** @type {import('./graph-model.js').Graph|null} */
    this.lastGraph = null;
  }

  /**
   * Shows a node's details.
   *
   * @param {string|undefined} id - the node, or none
   * @param {string|undefined} asOf - the day
   * @param {import('./graph-model.js').Graph} graph - the graph, for the links in words
   * @returns {Promise<void>} done when the details show
   */
  async show(id, asOf, graph) {
    const key = `${id}|${asOf}|${graph.nodes.size}|${id ? this.actions.isOpen(id) : ''}`;
    if (key === this.shown) {
      return;
    }
    this.shown = key;
    this.lastGraph = graph;
    this.pending?.abort();
    if (!id) {
      this.element.replaceChildren(h('p', {
        class: 'govuk-body app-panel__empty', text: 'Choose a node on the map or in the list to see its details, seats and members.'
      }));
      return;
    }
    const controller = new AbortController();
    this.pending = controller;
    this.element.setAttribute('aria-busy', 'true');
    try {
      // Once more when refused (a busy database ends a long query), unless the person has moved on.
      const data = await query(NODE_DETAILS, { id, asOf }, { signal: controller.signal })
        .catch((error) => (isAbort(error) ? Promise.reject(error) : query(NODE_DETAILS, { id, asOf }, { signal: controller.signal })));
      const node = data.node;
      this.account = await account();
      this.element.replaceChildren(...(node ? this.details(node, graph) : [h('p', { class: 'govuk-body', text: `Nothing has the id ${id}.` })]));
    } catch (error) {
      if (isAbort(error)) {
        return;
      }
      const reason = /** @type {Error} */ (error).message;
      this.element.replaceChildren(h('p', { class: 'govuk-body', text: `Sorry, the details could not be loaded: ${reason}` }));
    }
    this.element.removeAttribute('aria-busy');
    this.element.dataset.nodeId = id;
  }

  /**
   * The authority whose network is drawn: a body or person is changed there (the API says no more).
   *
   * @returns {string|undefined} its id
   */
  networkAuthority() {
    return /** @type {HTMLSelectElement|null} */ (document.querySelector('[data-authority]'))?.value || undefined;
  }

  /** Shows the same node again, read anew (after an editor's change). */
  reload() {
    const [id, asOf] = this.shown.split('|');
    this.shown = '';
    if (this.lastGraph) {
      void this.show(id || undefined, asOf && asOf !== 'undefined' ? asOf : undefined, this.lastGraph);
    }
  }

  /**
   * @param {any} node - the Node from the API
   * @param {import('./graph-model.js').Graph} graph - the graph
   * @returns {HTMLElement[]} the panel's content
   */
  details(node, graph) {
    const drawn = graph.nodes.get(node.id);
    const kind = node.partnershipKind ?? node.bodyKind ?? node.role;
    const tags = [
      drawn?.voluntarySector || node.sector === 'VOLUNTARY_AND_COMMUNITY' || node.postSector === 'VOLUNTARY_AND_COMMUNITY'
        ? h('strong', { class: 'govuk-tag govuk-tag--turquoise app-tag', text: 'Voluntary sector' }) : null,
      node.vacant ? h('strong', { class: 'govuk-tag govuk-tag--red app-tag', text: 'Vacant' }) : null,
      node.illustrative ? h('strong', { class: 'govuk-tag govuk-tag--grey app-tag', text: 'Example data' }) : null
    ];
    const close = h('button', { type: 'button', class: 'govuk-button govuk-button--secondary app-panel__close', text: 'Close details' });
    close.addEventListener('click', () => this.actions.onClose());
    // Sections a reader may not see are null here; replaceChildren would write them as the text "null".
    return /** @type {HTMLElement[]} */ ([
      close,
      h('p', { class: 'govuk-caption-m app-panel__type', text: [nodeType(node.__typename).name, words(kind)].filter(Boolean).join(': ') }),
      h('h2', { class: 'govuk-heading-m app-panel__heading', text: [node.honorific, node.name, node.honorificSuffix].filter(Boolean).join(' ') }),
      h('p', { class: 'app-panel__tags' }, tags),
      summaryList([
        ['Sector', SECTORS[node.sector ?? node.postSector] ?? ''],
        ['On', node.partnership ? link(this.actions.nodeHref(node.partnership.id), node.partnership.name) : null],
        ['Since', dateWords(node.validFrom)],
        ['Until', dateWords(node.validTo)],
        ['District', node.district ? link(this.actions.nodeHref(node.district.id), node.district.name) : null],
        ['School cluster', node.cluster ? link(this.actions.nodeHref(node.cluster.id), node.cluster.name) : null],
        ['Town', [node.town, node.postcode].filter(Boolean).join(', ')],
        ['DfE URN', node.urn ? String(node.urn) : ''],
        ['ONS code', node.onsCode ?? ''],
        ['Contact', node.contact ? contact(node.contact) : null],
        ['Note', node.note ?? ''],
        ['Source', node.source?.title ?? '']
      ]),
      ...this.members(node),
      changeable(node.__typename) && mayEdit(this.account, node.authority?.id ?? this.networkAuthority())
        ? changeRecord(node, () => this.reload()) : null,
      node.__typename === 'Partnership' && mayEdit(this.account, node.authority?.id)
        ? createForm('Post', { partnership: node.id }, (id) => this.actions.onCreated(id)) : null,
      h('p', { class: 'govuk-body-s' }, [reportLink(node.id, node.name)]),
      this.account ? historySection(node.id) : null,
      this.linksInWords(node.id, graph),
      this.nextSteps(node)
    ].filter(Boolean));
  }

  /**
   * @param {any} node - the Node from the API
   * @returns {HTMLElement[]} its seats, holders, memberships or schools
   */
  members(node) {
    const item = (/** @type {Array<HTMLElement|string|null>} */ parts) => h('li', {}, parts);
    const person = (/** @type {any} */ who) => link(this.actions.nodeHref(who.id), who.name);
    const forBody = (/** @type {any} */ body) => (body ? [' for ', link(this.actions.nodeHref(body.id), body.name)] : []);
    const since = (/** @type {string|null} */ from) => (from ? `, since ${dateWords(from)}` : '');
    /** @type {Array<[string, HTMLElement[]]>} */
    const sections = [];
    // An editor of the record's network checks each holding where it is shown ("Still correct", its History).
    const steward = (/** @type {any} */ m, /** @type {string|undefined} */ authority) => (mayEdit(this.account, authority)
      ? [verifyButton(m), historySection(m.id, `History of ${m.person.name}'s holding`)] : []);
    if (node.posts) {
      sections.push(['Seats and members', node.posts.map((/** @type {any} */ post) => item([
        link(this.actions.nodeHref(post.id), post.name), ': ',
        ...(post.vacant || !post.holders.length ? [h('strong', { text: 'vacant' })]
          : post.holders.flatMap((/** @type {any} */ m) => [person(m.person), ...forBody(m.onBehalfOf), since(m.validFrom),
            ...steward(m, node.authority?.id)])),
        mayEdit(this.account, node.authority?.id) ? changeSeat(post, node.authority.id, post.holders, () => this.reload()) : null
      ]))]);
    }
    if (node.holders) {
      sections.push(['Held by', node.holders.length ? node.holders.map((/** @type {any} */ m) => item([
        person(m.person), ...forBody(m.onBehalfOf), since(m.validFrom), m.person.contact ? contact(m.person.contact) : null,
        m.person.acceptsMessages ? h('p', { class: 'govuk-body-s app-write-to' }, [
          link(`write.html?membership=${encodeURIComponent(m.id)}`, `Write to ${m.person.name}`)]) : null,
        ...steward(m, node.partnership?.authority?.id)
      ])) : [item([h('strong', { text: 'Nobody: the seat is vacant.' })])]]);
      if (mayEdit(this.account, node.partnership?.authority?.id)) {
        sections.push(['Change', [item([changeSeat(node, node.partnership.authority.id, node.holders, () => this.reload())])]]);
      }
    }
    if (node.memberships) {
      sections.push(['Seats held', node.memberships.map((/** @type {any} */ m) => item([
        link(this.actions.nodeHref(m.post.id), m.post.name), ' on ',
        m.post.partnership ? link(this.actions.nodeHref(m.post.partnership.id), m.post.partnership.name) : '',
        ...forBody(m.onBehalfOf), since(m.validFrom)
      ]))]);
    }
    if (node.seats) {
      sections.push(['Seats held on its behalf', node.seats.map((/** @type {any} */ seat) => item([
        seat.partnership ? link(this.actions.nodeHref(seat.partnership.id), seat.partnership.name) : '', ': ',
        link(this.actions.nodeHref(seat.post.id), seat.post.name), ', ', person(seat.membership.person)
      ]))]);
    }
    if (node.schools) {
      sections.push(['Schools', node.schools.map((/** @type {any} */ school) => item([link(this.actions.nodeHref(school.id), school.name)]))]);
    }
    return sections.map(([title, items]) => h('section', { class: 'app-panel__section' }, [
      h('h3', { class: 'govuk-heading-s', text: `${title} (${items.length})` }),
      items.length ? h('ul', { class: 'govuk-list app-panel__list' }, items) : h('p', { class: 'govuk-body-s', text: 'None on this day.' })
    ]));
  }

  /**
   * @param {string} id - the node
   * @param {import('./graph-model.js').Graph} graph - the graph
   * @returns {HTMLElement} its links on the map, in words
   */
  linksInWords(id, graph) {
    const lines = [...graph.edges.values()].filter((edge) => edge.source === id || edge.target === id).map((edge) => {
      const outgoing = edge.source === id;
      const other = graph.nodes.get(outgoing ? edge.target : edge.source);
      const otherLink = link(this.actions.nodeHref(other?.id ?? ''), other?.label ?? '');
      return h('li', {}, outgoing ? [`${edge.label} `, otherLink] : [otherLink, ` ${edge.label} this`]);
    });
    return h('section', { class: 'app-panel__section' }, [
      h('h3', { class: 'govuk-heading-s', text: `Links on the map (${lines.length})` }),
      lines.length ? h('ul', { class: 'govuk-list app-panel__list' }, lines) : h('p', { class: 'govuk-body-s', text: 'None drawn.' })
    ]);
  }

  /**
   * @param {any} node - the Node from the API
   * @returns {HTMLElement} what to do next
   */
  nextSteps(node) {
    const expand = h('button', {
      type: 'button', class: 'govuk-button govuk-button--secondary app-panel__expand', text: 'Add its neighbours to the map'
    });
    expand.addEventListener('click', () => this.actions.onExpand(node.id));
    const collapsed = this.actions.collapsed(node.id);
    const open = this.actions.isOpen(node.id);
    /** @type {HTMLElement|null} */
    let toggle = null;
    if (collapsed) {
      toggle = h('button', {
        type: 'button', class: 'govuk-button app-panel__open', 'aria-pressed': String(open),
        text: open ? 'Collapse its seats and members on the map' : `Show its ${collapsed} on the map`
      });
      toggle.addEventListener('click', () => this.actions.onToggleOpen(node.id));
    }
    return h('section', { class: 'app-panel__section' }, [
      h('h3', { class: 'govuk-heading-s', text: 'Next' }),
      toggle,
      expand,
      h('ul', { class: 'govuk-list' }, [
        h('li', {}, [link(this.actions.focusHref(node.id, 1), 'Show only what is 1 step from it')]),
        h('li', {}, [link(this.actions.focusHref(node.id, 2), 'Show what is up to 2 steps from it')]),
        PLACES.has(node.__typename)
          ? h('li', {}, [link(formatHash('find', { q: node.name, id: node.id }), `Who speaks for the voluntary sector for ${node.name}?`)])
          : null
      ])
    ]);
  }
}
