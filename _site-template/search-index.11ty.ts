import type MiniSearch from 'minisearch';
import { eventIndex, passageShardPath, searchIndexScript, type SearchPassage } from '../src/site/search-index.ts';
import type { Timeline } from '../src/types.ts';

export const data = { permalink: 'assets/search-index.js', eleventyExcludeFromCollections: true };

/** The events' index, and where the shards of the passages' index are (search-passages.11ty.ts). */
export function render(data: { timeline: Timeline; searchPassageShards: Array<MiniSearch<SearchPassage>> }): string {
  return searchIndexScript(eventIndex(data.timeline), { paths: data.searchPassageShards.map((_, n) => passageShardPath(n)) });
}
