/**
 * The answer when what was typed is an organisation, not a place: what it sits on and through whom, and for a
 * voluntary-sector body the seats it holds for the sector (the API's seatsOf).
 * @module find/organisation-answer
 */

import { h, link, summaryList } from '../dom.js';
import { formatHash } from '../url-state.js';
import { dateWords, plural, words } from '../words.js';
import { asAt, contact, exampleTag, mapDay, person } from './answer.js';

/**
 * @param {any[]} seats - Seats (seatsOf)
 * @returns {number} on how many boards they are (a seat of a post without a partnership counts its post)
 */
function boardCount(seats) {
  return new Set(seats.map((seat) => seat.partnership?.id ?? seat.post.id)).size;
}

/**
 * @param {any} organisation - a Body
 * @returns {boolean} whether it is itself a voluntary-sector body
 */
function voluntary(organisation) {
  return organisation.sector === 'VOLUNTARY_AND_COMMUNITY';
}

/**
 * The page title for an organisation's answer.
 *
 * @param {any} organisation - a Body
 * @param {any[]} seats - its Seats on the day
 * @returns {string} e.g. "Hampshire Constabulary sits on 3 boards"
 */
export function organisationTitle(organisation, seats) {
  const boards = boardCount(seats);
  return voluntary(organisation)
    ? `${organisation.name} holds ${plural(seats.length, 'seat')}`
    : `${organisation.name} sits on ${plural(boards, 'board')}`;
}

/**
 * An organisation's answer: not "who speaks for it" (it is not a place) but what it sits on and through
 * whom; for a voluntary-sector body, the seats it holds for the sector.
 *
 * @param {any} lookup - the RepresentativeLookup that found the organisation (its day and its data's date)
 * @param {any} organisation - the Body
 * @param {any[]} seats - its Seats on the day (seatsOf)
 * @returns {HTMLElement[]} what to show
 */
export function organisationElements(lookup, organisation, seats) {
  const day = dateWords(lookup.asOf);
  const boards = boardCount(seats);
  const people = new Set(seats.map((seat) => seat.membership.person.id)).size;
  const heading = voluntary(organisation) ? `The seats ${organisation.name} holds`
    : `What ${organisation.name} sits on, and through whom`;
  const summary = seats.length === 0
    ? `Nobody holds a seat on behalf of ${organisation.name} on ${day}.`
    : voluntary(organisation)
      ? `${organisation.name} holds ${plural(seats.length, 'seat')} on ${plural(boards, 'board')} on ${day}, `
        + `through ${plural(people, 'person', 'people')}.`
      : `${organisation.name} sits on ${plural(boards, 'board')} on ${day}, through ${plural(people, 'person', 'people')}`
        + `${people === seats.length ? '' : ` in ${plural(seats.length, 'seat')}`}.`;
  const what = [words(organisation.kind).toLowerCase(), SECTOR_WORDS[organisation.sector]].filter(Boolean).join(', ');
  return [
    h('h2', { class: 'govuk-heading-l app-answer__heading', tabindex: '-1' }, [heading, exampleTag(organisation.illustrative)]),
    h('p', { class: 'govuk-body-l app-answer__summary', text: summary }),
    asAt(lookup),
    h('div', { class: 'govuk-inset-text app-answer__understood' }, [
      h('h3', { class: 'govuk-heading-s', text: 'How we understood what you typed' }),
      h('p', { class: 'govuk-body', text: `${organisation.name} is an organisation (${what}), not a place, so this is `
        + (voluntary(organisation) ? 'what it holds for the voluntary sector.' : 'what it sits on and who sits there for it.') })
    ]),
    ...[...seats].sort((a, b) => (a.partnership?.name ?? '').localeCompare(b.partnership?.name ?? '', 'en-GB'))
      .map((seat) => organisationSeatCard(seat)),
    organisation.contact?.email || organisation.contact?.phone || organisation.contact?.website ? h('section', { class: 'app-organisation__contact', 'aria-labelledby': 'app-organisation-contact' }, [
      h('h3', { class: 'govuk-heading-m', id: 'app-organisation-contact', text: `How to reach ${organisation.name}` }),
      contact(organisation.contact)
    ]) : null,
    h('p', { class: 'govuk-body app-answer__more' }, [
      'To find who speaks for the voluntary sector where you are, type your postcode or town. Or ',
      link(formatHash('network', { node: organisation.id, focus: 1, asOf: mapDay(lookup.asOf) }),
        `see ${organisation.name} on the network map`),
      '.'
    ])
  ].filter((element) => element !== null);
}

/** Sectors in the words of a sentence. */
/** @type {Readonly<Record<string, string>>} */
const SECTOR_WORDS = Object.freeze({
  STATUTORY: 'statutory sector',
  VOLUNTARY_AND_COMMUNITY: 'voluntary and community sector',
  PRIVATE: 'private sector',
  EDUCATION: 'education'
});

/**
 * @param {any} seat - a Seat (seatsOf)
 * @returns {HTMLElement} a summary card: the board, the seat, who holds it and since when
 */
function organisationSeatCard(seat) {
  const board = seat.partnership?.name ?? seat.post.name;
  const membership = seat.membership;
  return h('div', { class: 'govuk-summary-card app-seat' }, [
    h('div', { class: 'govuk-summary-card__title-wrapper' }, [
      h('h3', { class: 'govuk-summary-card__title' }, [board, exampleTag(seat.partnership?.illustrative)])
    ]),
    h('div', { class: 'govuk-summary-card__content' }, [summaryList([
      ['Seat', `${seat.post.name}${membership.role && membership.role !== 'MEMBER' ? ` (${words(membership.role)})` : ''}`],
      ['Who', person(membership.person)],
      ['Since', dateWords(membership.validFrom)],
      ['Last verified', membership.lastVerified ? dateWords(membership.lastVerified) : 'Not recorded']
    ])])
  ]);
}
