import type { Timeline } from '../types.ts';
import type { SiteLinks } from './site-links.ts';

/** Where the site's alias map is (a classic script, loaded by the timeline pages). */
export const EVENT_ALIASES_PATH = '/assets/event-aliases.js';

/**
 * Every id a link to an event may name -> the event's current permalink (site-root URL without
 * the leading slash): the event's own id and the ids of its statements (`sources[].id`: the id
 * each statement's event had before it merged with another article's, and has again if they
 * part). Keys in code-unit order, so the same timeline gives the same bytes.
 */
export function eventAliases(timeline: Pick<Timeline, 'events'>, links: Pick<SiteLinks, 'event'>): Record<string, string> {
  const entries = new Map<string, string>();
  for (const event of timeline.events) {
    const href = links.event(event).replace(/^\//u, '');
    entries.set(event.id, href);
    for (const { id } of event.sources) if (id !== undefined && !entries.has(id)) entries.set(id, href);
  }
  const ids = [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(ids.map((id) => [id, entries.get(id)!]));
}

/**
 * What follows a link whose `#fragment` names no element of the page it opened: when the map
 * knows the id, the page is replaced by the event's current place (a year cut into months, a date
 * corrected to another year, a statement merged into another article's event). The site root is
 * the folder above this script's own `assets/`, so it works from file:// and under any base path.
 */
const FOLLOW = `(function (aliases, root) {
  'use strict';
  function follow() {
    var id;
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { return; }
    if (!id || document.getElementById(id) || !Object.prototype.hasOwnProperty.call(aliases, id)) return;
    var target = new URL(aliases[id], root);
    if (target.href !== location.href) location.replace(target.href);
  }
  window.addEventListener('hashchange', follow);
  follow();
})`;

/** The alias map as a classic script (`assets/event-aliases.js`): the map, and the code that follows it. */
export function eventAliasesScript(aliases: Record<string, string>): string {
  return `${FOLLOW}(${JSON.stringify(aliases)}, new URL('..', document.currentScript.src));\n`;
}
