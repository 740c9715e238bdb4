import { searchIndex, searchIndexScript } from '../src/site/search-index.ts';
import type { Timeline } from '../src/types.ts';

export const data = { permalink: 'assets/search-index.js', eleventyExcludeFromCollections: true };

export function render(data: { timeline: Timeline }): string {
  return searchIndexScript(searchIndex(data.timeline));
}
