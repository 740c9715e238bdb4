import { searchIndexScript, searchShardPaths, type SearchIndexShards } from '../src/site/search-index.ts';

export const data = { permalink: 'assets/search-index.js', eleventyExcludeFromCollections: true };

/** Where the shards of the events' and the passages' indexes are (written by search-shards.11ty.ts). */
export function render(data: { searchShards: SearchIndexShards }): string {
  return searchIndexScript({ paths: searchShardPaths(data.searchShards) });
}
