/**
 * The answer to "who speaks for us?" as plain text: how the place was understood, then each level from
 * the nearest up with who holds the seat, for whom, since when and how to reach them, vacancies said
 * plainly, and the local council for voluntary service. Also the "not found" and "which one?" answers.
 * @module find/answer
 */

import { h, link, summaryList } from '../dom.js';
import { formatHash } from '../url-state.js';
import { dateWords, LEVELS, today, words } from '../words.js';

/**
 * @param {{q?: string, id?: string}} ask - what to ask
 * @returns {string} the hash that asks it
 */
export function findHash(ask) {
  return formatHash('find', { q: ask.q, id: ask.id });
}

/**
 * The answer to a lookup that found a place or several.
 *
 * @param {any} lookup - a RepresentativeLookup
 * @returns {HTMLElement[]} what to show
 */
export function answerElements(lookup) {
  if (lookup.status === 'AMBIGUOUS') {
    return [
      h('h2', { class: 'govuk-heading-l app-answer__heading', tabindex: '-1', text: `Which ‘${lookup.place}’ do you mean?` }),
      h('p', { class: 'govuk-body', text: lookup.message }),
      choices(lookup.candidates)
    ];
  }
  const place = lookup.resolvedAs;
  /** @type {Map<string, any[]>} */
  const byLevel = new Map();
  for (const seat of lookup.seats) {
    byLevel.set(seat.level, [...(byLevel.get(seat.level) ?? []), seat]);
  }
  return [
    h('h2', { class: 'govuk-heading-l app-answer__heading', tabindex: '-1', text: `Who speaks for the voluntary sector for ${place.name}` }),
    h('div', { class: 'govuk-inset-text app-answer__understood' }, [
      h('h3', { class: 'govuk-heading-s', text: 'How we understood what you typed' }),
      h('p', { class: 'govuk-body', text: place.explanation })
    ]),
    h('p', { class: 'govuk-body-l app-answer__summary', text: lookup.message }),
    ...[...byLevel].map(([level, seats]) => h('section', { class: 'app-level', 'aria-label': LEVELS[level] ?? words(level) }, [
      h('h3', { class: 'govuk-heading-m app-level__heading', text: LEVELS[level] ?? words(level) }),
      ...seats.map((/** @type {any} */ seat) => seatCard(seat, lookup))
    ])),
    councils(lookup.councilsForVoluntaryService, place),
    h('p', { class: 'govuk-body app-answer__more' }, [
      place.localPartnerships.length
        ? link(formatHash('network', { node: place.localPartnerships[0].id, focus: 1, asOf: mapDay(lookup.asOf) }),
          `See ${place.localPartnerships[0].name} on the network map`)
        : link(formatHash('network', { asOf: mapDay(lookup.asOf) }), 'See the whole partnership on the network map'),
      ' or ',
      link(formatHash('coverage'), 'see who represents the voluntary sector in every area'),
      '.'
    ])
  ];
}

/**
 * @param {string|undefined} asOf - the day the answer holds for
 * @returns {string} that day for the map's link, empty for today (so the link shows today's map)
 */
function mapDay(asOf) {
  return asOf && asOf !== today() ? asOf : '';
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
 * @returns {HTMLElement} a summary card for the seat
 */
function seatCard(seat, lookup) {
  const title = h('h4', { class: 'govuk-summary-card__title', text: seat.partnership.name });
  const tag = seat.vacant ? h('strong', { class: 'govuk-tag govuk-tag--red app-tag', text: 'Vacant' }) : null;
  const cvs = lookup.councilsForVoluntaryService[0];
  const cvsName = cvs ? cvs.name : 'your council for voluntary service';
  const rows = seat.vacant
    ? [
        ['Seat', seat.post.name],
        ['Who', `Nobody holds this seat on ${dateWords(lookup.asOf)}.`],
        ['What you can do', `Ask ${cvsName} how a voluntary group can be put forward for it.`]
      ]
    : [
        ['Who', person(seat.person)],
        ['Seat', `${seat.post.name}${seat.membership?.role && seat.membership.role !== 'MEMBER' ? ` (${words(seat.membership.role)})` : ''}`],
        ['On behalf of', seat.onBehalfOf?.name],
        ['Since', dateWords(seat.since)],
        ['How to reach them', seat.contact ? contact(seat.contact)
          : `Their contact details are not public: ask ${cvsName} to pass on a message.`]
      ];
  return h('div', { class: `govuk-summary-card app-seat${seat.vacant ? ' app-seat--vacant' : ''}` }, [
    h('div', { class: 'govuk-summary-card__title-wrapper' }, [title, tag]),
    h('div', { class: 'govuk-summary-card__content' }, [summaryList(rows)])
  ]);
}

/**
 * @param {any} who - a Person
 * @returns {HTMLElement} their name, with a warning for invented example people
 */
function person(who) {
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
      h('h4', { class: 'govuk-heading-s', text: body.name }),
      body.contact ? contact(body.contact) : h('p', { class: 'govuk-body', text: 'No contact details recorded.' })
    ]))
  ]);
}
