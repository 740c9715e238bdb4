import type { Timeline } from '../types.ts';
import type { SiteLinks } from './site-links.ts';
import { byText } from '../sort-text.ts';

/** Where the site's alias map is (a classic script, loaded by the follower when a link needs it). */
export const EVENT_ALIASES_PATH = '/assets/event-aliases.js';

/**
 * Every id a link to an event may name -> the event's current permalink (site-root URL without
 * the leading slash): the event's own id and the ids of its statements (`sources[].id`: the id
 * each statement's event had before it merged with another article's, and has again if they
 * part) and the ids a previous build gave it (`formerIds`). Keys in code-unit order, so the same timeline gives the same bytes.
 */
export function eventAliases(timeline: Pick<Timeline, 'events'>, links: Pick<SiteLinks, 'event'>): Record<string, string> {
  const entries = new Map<string, string>();
  for (const event of timeline.events) {
    const href = links.event(event).replace(/^\//u, '');
    entries.set(event.id, href);
    for (const { id } of event.sources) if (id !== undefined && !entries.has(id)) entries.set(id, href);
  }
  // Ids carried over from a previous build that no event or statement has now (src/timeline/carry-ids.ts).
  for (const event of timeline.events) for (const id of event.formerIds ?? []) if (!entries.has(id)) entries.set(id, links.event(event).replace(/^\//u, ''));
  const ids = [...entries.keys()].sort(byText);
  return Object.fromEntries(ids.map((id) => [id, entries.get(id)!]));
}

/** The global the map's script sets (read by the follower). */
export const EVENT_ALIASES_GLOBAL = 'TIMELINE_EVENT_ALIASES';

/** Where the follower is (a classic script every timeline page loads; it loads the map when a link needs it). */
export const EVENT_ALIAS_FOLLOWER_PATH = '/assets/follow-alias.js';

/**
 * What follows a link whose `#fragment` names no element of the page it opened: the map (585 KB
 * at 10,000 events) is loaded then, on load or on hashchange, not with every page; when it knows
 * the id, the page is replaced by the event's current place (a year cut into months, a date
 * corrected to another year, a statement merged into another article's event). If the map fails
 * to load the page stays as it is. The map and the site root are found from this script's own
 * URL (`assets/`), so it works from file:// and under any base path; the script it inserts is
 * allowed by the pages' policy ('strict-dynamic': inserted by a script the loader loaded).
 */
const FOLLOW = `(function (mapSrc, root) {
  'use strict';
  var state = 'not loaded';
  function unknownId() {
    var id;
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { return null; }
    return id && !document.getElementById(id) ? id : null;
  }
  function follow() {
    var id = unknownId();
    if (id === null) return;
    if (state === 'ready') {
      var aliases = window.${EVENT_ALIASES_GLOBAL};
      if (!Object.prototype.hasOwnProperty.call(aliases, id)) return;
      var target = new URL(aliases[id], root);
      if (target.href !== location.href) location.replace(target.href);
      return;
    }
    // While the map loads, its arrival follows the fragment the page has then; a map that failed stays failed.
    if (state !== 'not loaded') return;
    state = 'loading';
    var script = document.createElement('script');
    script.src = mapSrc;
    script.onload = function () {
      state = window.${EVENT_ALIASES_GLOBAL} ? 'ready' : 'failed';
      follow();
    };
    script.onerror = function () { state = 'failed'; };
    document.head.append(script);
  }
  window.addEventListener('hashchange', follow);
  follow();
})(new URL('${EVENT_ALIASES_PATH.split('/').pop()}', document.currentScript.src).href, new URL('..', document.currentScript.src));
`;

/** The follower (`assets/follow-alias.js`), the same bytes for every site. */
export function eventAliasFollowerScript(): string {
  return FOLLOW;
}

/** The alias map as a classic script (`assets/event-aliases.js`): it sets the map the follower reads. */
export function eventAliasesScript(aliases: Record<string, string>): string {
  return `window.${EVENT_ALIASES_GLOBAL} = ${JSON.stringify(aliases)};\n`;
}
