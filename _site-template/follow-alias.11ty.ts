import { eventAliasFollowerScript } from '../src/site/event-aliases.ts';

export const data = { permalink: 'assets/follow-alias.js', eleventyExcludeFromCollections: true };

/** What takes a link to an event that moved to its current page, loading the alias map only then (src/site/event-aliases.ts). */
export function render(): string {
  return eventAliasFollowerScript();
}
