/**
 * How to reach a seat's holder: their published contact details, "Write to <name>" where trustmap may pass
 * a message on (their address stays private), else through the council for voluntary service; and the link
 * to alerts about a place's seats.
 * @module find/reach
 */

import { h, link } from '../dom.js';

/**
 * @param {any} seat - a held RepresentativeSeat
 * @param {string} cvsName - whom to ask otherwise
 * @param {(details: any) => HTMLElement} contact - draws published contact details
 * @returns {HTMLElement|string} the "How to reach them" value
 */
export function reachThem(seat, cvsName, contact) {
  const write = seat.person?.acceptsMessages && seat.membership?.id
    ? h('p', { class: 'govuk-body app-write-to' }, [
      link(`write.html?membership=${encodeURIComponent(seat.membership.id)}`, `Write to ${seat.person.name}`),
      seat.contact ? null : ' (trustmap passes your message on; their address stays private)'
    ])
    : null;
  if (seat.contact) {
    return h('div', {}, [contact(seat.contact), write]);
  }
  return write ?? `Their contact details are not public: ask ${cvsName} to pass on a message.`;
}

/**
 * @param {any} place - the ResolvedPlace
 * @returns {HTMLElement|null} a link to alerts for the place's LCP, else its district
 */
export function alertsLink(place) {
  const target = place.localPartnerships?.[0] ?? place.district;
  if (!target) {
    return null;
  }
  return h('p', { class: 'govuk-body app-alerts-link' }, [
    link(`alerts.html?area=${encodeURIComponent(target.id)}&name=${encodeURIComponent(target.name)}`,
      `Get an email when a voluntary-sector seat for ${target.name} changes`)
  ]);
}
