/**
 * The answer to "who speaks for us?" as plain text, answer first: the nearest representative, their board
 * and how to reach them; then how the place was understood and how current the data is; then every level
 * from the nearest up, folded, each with its status in words (a gap is said, a vacancy says since when,
 * every seat when it was last verified), and the local council for voluntary service. Also the "not
 * found", "not covered", "unknown postcode" and "which one?" answers (an organisation's answer: find/organisation-answer).
 * @module find/answer
 */

import { reportLink } from '../stewardship/report-view.js';
import { changeSeatOnDemand } from '../stewardship/holding-form.js';
import { h, link, summaryList } from '../dom.js';
import { formatHash } from '../url-state.js';
import { alertsLink, reachThem } from './reach.js';
import { dateWords, LEVELS, STATUSES, today, words } from '../words.js';

/**
 * @param {{q?: string, id?: string}} ask - what to ask
 * @returns {string} the hash that asks it
 */
export function findHash(ask) {
  return formatHash('find', { q: ask.q, id: ask.id });
}

/** Headings of the answers that are not a place found. */
const NOT_ANSWERED = Object.freeze({
  NOT_COVERED: (/** @type {string} */ place) => `trustmap does not hold the network for ‘${place}’ yet`,
  UNKNOWN_POSTCODE: (/** @type {string} */ place) => `trustmap does not know the postcode ‘${place}’`,
  RETIRED_POSTCODE: (/** @type {string} */ place) => `${place} is a retired postcode`
});

/**
 * The answer to a lookup, answer first: the nearest representative, their board and how to reach them,
 * then how the place was understood, then every level (folded), each with its status in words.
 *
 * @param {any} lookup - a RepresentativeLookup
 * @param {boolean} [editor] - the reader edits the place's authority: each seat offers "Change"
 * @returns {HTMLElement[]} what to show
 */
export function answerElements(lookup, editor = false) {
  if (editor) {
    lookup = { ...lookup, editor };
  }
  if (lookup.status === 'AMBIGUOUS') {
    return [
      h('h2', { class: 'govuk-heading-l app-answer__heading', tabindex: '-1', text: `Which ‘${lookup.place}’ do you mean?` }),
      h('p', { class: 'govuk-body', text: lookup.message }),
      choices(lookup.candidates)
    ];
  }
  const notAnswered = NOT_ANSWERED[/** @type {keyof typeof NOT_ANSWERED} */ (lookup.status)];
  if (notAnswered) {
    return [
      h('h2', { class: 'govuk-heading-l app-answer__heading', tabindex: '-1', text: notAnswered(lookup.place) }),
      h('p', { class: 'govuk-body app-answer__summary', text: lookup.message }),
      lookup.resolvedAs ? h('div', { class: 'govuk-inset-text app-answer__understood' }, [
        h('h3', { class: 'govuk-heading-s', text: 'How we understood what you typed' }),
        h('p', { class: 'govuk-body', text: lookup.resolvedAs.explanation })
      ]) : null,
      lookup.candidates.length ? choices(lookup.candidates) : null,
      h('p', { class: 'govuk-body' }, [link(formatHash('coverage'), 'See which areas trustmap holds')])
    ].filter((element) => element !== null);
  }
  const place = lookup.resolvedAs;
  /** @type {Map<string, any[]>} */
  const byLevel = new Map();
  for (const seat of lookup.seats) {
    byLevel.set(seat.level, [...(byLevel.get(seat.level) ?? []), seat]);
  }
  return [
    h('h2', { class: 'govuk-heading-l app-answer__heading', tabindex: '-1', text: `Who speaks for the voluntary sector for ${place.name}` }),
    headline(lookup),
    asAt(lookup),
    h('div', { class: 'govuk-inset-text app-answer__understood' }, [
      h('h3', { class: 'govuk-heading-s', text: 'How we understood what you typed' }),
      h('p', { class: 'govuk-body', text: place.explanation })
    ]),
    h('p', { class: 'govuk-body app-answer__summary', text: lookup.message }),
    h('h3', { class: 'govuk-heading-m', text: 'Every level, nearest first' }),
    ...lookup.levels.map((/** @type {any} */ level) => levelSection(level, byLevel.get(level.level) ?? [], lookup)),
    councils(lookup.councilsForVoluntaryService, place),
    alertsLink(place),
    h('p', { class: 'govuk-body app-answer__more' }, [
      place.localPartnerships.length
        ? link(formatHash('network', { node: place.localPartnerships[0].id, focus: 1, asOf: mapDay(lookup.asOf) }),
          `See ${place.localPartnerships[0].name} on the network map`)
        : link(formatHash('network', { asOf: mapDay(lookup.asOf) }), 'See the whole partnership on the network map'),
      ' or ',
      link(formatHash('coverage'), 'see who represents the voluntary sector in every area'),
      '.'
    ]),
    h('p', { class: 'govuk-body-s' }, [reportLink(place.matched?.id ?? place.district?.id ?? place.authority?.id, place.name)])
  ];
}

/**
 * @param {string|undefined} asOf - the day the answer holds for
 * @returns {string} that day for the map's link, empty for today (so the link shows today's map)
 */
export function mapDay(asOf) {
  return asOf && asOf !== today() ? asOf : '';
}

/**
 * The page title for an answer: it names the answer, not just the page.
 *
 * @param {any} lookup - a RepresentativeLookup
 * @returns {string} e.g. "Avery Pretend speaks for the voluntary sector for GU51 3AA"
 */
export function answerTitle(lookup) {
  const notAnswered = NOT_ANSWERED[/** @type {keyof typeof NOT_ANSWERED} */ (lookup.status)];
  if (lookup.status === 'AMBIGUOUS') {
    return `Which ‘${lookup.place}’ do you mean?`;
  }
  if (notAnswered) {
    return notAnswered(lookup.place);
  }
  const place = lookup.resolvedAs.name;
  if (lookup.coverage === 'STRUCTURE') {
    return `Who speaks for the voluntary sector for ${place}: trustmap does not know`;
  }
  const nearest = lookup.seats.find((/** @type {any} */ seat) => !seat.vacant);
  return nearest?.person ? `${nearest.person.name} speaks for the voluntary sector for ${place}`
    : `Nobody holds a voluntary-sector seat for ${place}`;
}

/**
 * The nearest held seat, first: who, on which board, how to reach them. Where the nearest level has no
 * one, says so in words before the nearest that has.
 *
 * @param {any} lookup - a RepresentativeLookup
 * @returns {HTMLElement} the headline block
 */
function headline(lookup) {
  const nearest = lookup.seats.find((/** @type {any} */ seat) => !seat.vacant);
  const firstLevel = lookup.levels.find((/** @type {any} */ level) => level.status !== 'NOT_APPLICABLE');
  const gap = firstLevel && firstLevel.status !== 'HELD' ? firstLevel.message : '';
  if (lookup.coverage === 'STRUCTURE' || !nearest) {
    return h('div', { class: 'app-headline app-headline--none' }, [
      h('p', { class: 'govuk-body-l app-headline__lead', text: gap || lookup.message }),
      councilsInBrief(lookup.councilsForVoluntaryService)
    ]);
  }
  return h('div', { class: 'app-headline' }, [
    gap ? h('p', { class: 'govuk-body app-headline__gap', text: gap }) : null,
    h('p', { class: 'govuk-body-l app-headline__lead', text: 'Your nearest voluntary-sector representative' }),
    seatCard(nearest, lookup, 'h3')
  ]);
}

/**
 * @param {any} lookup - a RepresentativeLookup
 * @returns {HTMLElement|null} the "data as at" line
 */
export function asAt(lookup) {
  const authority = lookup.resolvedAs?.authority?.name;
  if (!authority) {
    return null;
  }
  return h('p', { class: 'govuk-body-s app-answer__as-at', text: lookup.dataAsAt
    ? `${authority}'s data as at ${dateWords(lookup.dataAsAt)}.` : `${authority}'s data does not say how current it is.` });
}

/**
 * One level, folded: its status in words in the summary, its seats inside.
 *
 * @param {any} level - a LevelRepresentation
 * @param {any[]} seats - the level's seats
 * @param {any} lookup - the whole answer
 * @returns {HTMLElement} a details element
 */
function levelSection(level, seats, lookup) {
  const name = LEVELS[level.level] ?? words(level.level);
  return h('details', { class: 'govuk-details app-level', 'data-level': level.level }, [
    h('summary', { class: 'govuk-details__summary' }, [
      h('span', { class: 'govuk-details__summary-text app-level__heading', text: `${name}: ${STATUSES[level.status] ?? words(level.status)}` })
    ]),
    h('div', { class: 'govuk-details__text' }, [
      h('p', { class: 'govuk-body app-level__message', text: level.message }),
      ...seats.map((seat) => seatCard(seat, lookup))
    ])
  ]);
}

/**
 * @param {any[]} bodies - the councils for voluntary service
 * @returns {HTMLElement|null} whom to ask, in brief, for the headline
 */
function councilsInBrief(bodies) {
  const cvs = bodies[0];
  if (!cvs) {
    return null;
  }
  return h('div', { class: 'app-headline__cvs' }, [
    h('p', { class: 'govuk-body' }, [`Ask ${cvs.name}`, exampleTag(cvs.illustrative), ': they know who represents you.']),
    cvs.contact ? contact(cvs.contact) : null
  ]);
}

/**
 * @param {boolean|undefined} invented - whether the thing is invented demo data
 * @returns {HTMLElement|null} the "Example data" label
 */
export function exampleTag(invented) {
  return invented ? h('strong', { class: 'govuk-tag govuk-tag--grey app-tag app-tag--example', text: 'Example data' }) : null;
}

/**
 * The answer when nothing matched: the suggestions from the error's extensions.
 *
 * @param {string} place - what was typed
 * @param {Array<{id: string, name: string, kind: string, description: string}>} suggestions - close matches
 * @returns {HTMLElement[]} what to show
 */
export function notFoundElements(place, suggestions) {
  return [
    h('h2', { class: 'govuk-heading-l app-answer__heading', tabindex: '-1', text: `We could not find ‘${place}’` }),
    h('p', { class: 'govuk-body', text: 'Check the spelling, or try a full postcode, a town, a school or an organisation.' }),
    suggestions.length ? h('p', { class: 'govuk-body', text: 'Did you mean:' }) : null,
    suggestions.length ? choices(suggestions) : null
  ].filter((element) => element !== null);
}

/**
 * @param {Array<{id: string, name: string, kind: string, description: string}>} places - places to choose from
 * @returns {HTMLElement} a list of links that ask again with each place's id
 */
function choices(places) {
  return h('ul', { class: 'govuk-list govuk-list--spaced app-choices' }, places.map((place) => h('li', {}, [
    link(findHash({ q: place.name, id: place.id }), place.name),
    h('span', { class: 'govuk-hint app-choices__description', text: ` ${place.description}` })
  ])));
}

/**
 * @param {any} seat - a RepresentativeSeat
 * @param {any} lookup - the whole answer (for the day and the councils for voluntary service)
 * @param {string} [heading] - the card title's element: h3 first in the answer, h4 inside a level
 * @returns {HTMLElement} a summary card for the seat
 */
function seatCard(seat, lookup, heading = 'h4') {
  const title = h(heading, { class: 'govuk-summary-card__title' }, [seat.partnership.name, exampleTag(seat.partnership.illustrative)]);
  const tag = seat.vacant ? h('strong', { class: 'govuk-tag govuk-tag--red app-tag', text: 'Vacant' }) : null;
  const cvs = lookup.councilsForVoluntaryService[0];
  const cvsName = cvs ? cvs.name : 'your council for voluntary service';
  /** @type {import('../dom.js').SummaryRow[]} */
  const rows = seat.vacant
    ? [
        ['Seat', seat.post.name],
        ['Who', `Nobody holds this seat on ${dateWords(lookup.asOf)}.`],
        ['Vacant since', dateWords(seat.vacantSince)],
        ['What you can do', `Ask ${cvsName} how a voluntary group can be put forward for it.`]
      ]
    : [
        ['Who', person(seat.person)],
        ['Board', seat.partnership.name],
        ['Seat', `${seat.post.name}${seat.membership?.role && seat.membership.role !== 'MEMBER' ? ` (${words(seat.membership.role)})` : ''}`],
        ['How to reach them', reachThem(seat, cvsName, contact)],
        ['On behalf of', seat.onBehalfOf ? h('span', {}, [seat.onBehalfOf.name, exampleTag(seat.onBehalfOf.illustrative)]) : null],
        ['Since', dateWords(seat.since)],
        ['Last verified', seat.membership?.lastVerified ? dateWords(seat.membership.lastVerified) : 'Not recorded']
      ];
  const record = seat.membership?.id ?? seat.post.id;
  return h('div', { class: `govuk-summary-card app-seat${seat.vacant ? ' app-seat--vacant' : ''}` }, [
    h('div', { class: 'govuk-summary-card__title-wrapper' }, [title, tag]),
    h('div', { class: 'govuk-summary-card__content' }, [
      summaryList(rows),
      h('p', { class: 'govuk-body-s app-seat__report' }, [reportLink(record, `${seat.post.name} on ${seat.partnership.name}`)]),
      lookup.editor ? changeSeatOnDemand(seat.post, lookup.resolvedAs.authority.id) : null
    ])
  ]);
}

/**
 * @param {any} who - a Person
 * @returns {HTMLElement} their name, with a warning for invented example people
 */
export function person(who) {
  const name = [who.honorific, who.name, who.honorificSuffix].filter(Boolean).join(' ');
  return h('span', {}, [
    h('span', { class: 'app-person__name', text: name }),
    who.illustrative ? h('strong', { class: 'govuk-tag govuk-tag--grey app-tag app-tag--example', text: 'Example data' }) : null
  ]);
}

/**
 * @param {{email?: string, phone?: string, website?: string}} details - a Contact
 * @returns {HTMLElement} links to write, call or visit
 */
export function contact(details) {
  return h('ul', { class: 'govuk-list app-contact' }, [
    details.email ? h('li', {}, ['Email: ', link(`mailto:${details.email}`, details.email)]) : null,
    details.phone ? h('li', {}, ['Telephone: ', link(`tel:${details.phone.replaceAll(' ', '')}`, details.phone)]) : null,
    details.website ? h('li', {}, ['Website: ', link(details.website, details.website)]) : null
  ]);
}

/**
 * @param {any[]} bodies - the councils for voluntary service
 * @param {any} place - the ResolvedPlace
 * @returns {HTMLElement} the section saying whom to ask
 */
function councils(bodies, place) {
  return h('section', { class: 'app-cvs', 'aria-labelledby': 'app-cvs-heading' }, [
    h('h3', { class: 'govuk-heading-m', id: 'app-cvs-heading', text: 'Your local council for voluntary service' }),
    bodies.length
      ? h('p', { class: 'govuk-body', text: 'They know who your representatives are and can put you in touch.' })
      : h('p', { class: 'govuk-body', text: `trustmap knows no council for voluntary service for ${place.name}.` }),
    ...bodies.map((body) => h('div', { class: 'app-cvs__body' }, [
      h('h4', { class: 'govuk-heading-s' }, [body.name, exampleTag(body.illustrative)]),
      body.contact ? contact(body.contact) : h('p', { class: 'govuk-body', text: 'No contact details recorded.' })
    ]))
  ]);
}
