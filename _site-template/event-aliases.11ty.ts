import { eventAliases, eventAliasesScript } from '../src/site/event-aliases.ts';
import { timelineSiteLinks } from '../src/site/site-links.ts';
import type { Timeline } from '../src/types.ts';

export const data = { permalink: 'assets/event-aliases.js', eleventyExcludeFromCollections: true };

/** Every event id and statement id -> the event's current page (src/site/event-aliases.ts). */
export function render(data: { timeline: Timeline }): string {
  return eventAliasesScript(eventAliases(data.timeline, timelineSiteLinks(data.timeline)));
}
