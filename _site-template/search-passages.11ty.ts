import type MiniSearch from 'minisearch';
import { passageShardPath, passageShardScript, type SearchPassage } from '../src/site/search-index.ts';

interface ShardData {
  shard: MiniSearch<SearchPassage>;
  pagination: { pageNumber: number };
}

/** Each shard of the passages' index, a classic script of its own, loaded by the front page's search. */
export const data = {
  pagination: { data: 'searchPassageShards', size: 1, alias: 'shard' },
  permalink: (data: ShardData) => passageShardPath(data.pagination.pageNumber),
  eleventyExcludeFromCollections: true,
};

export function render(data: ShardData): string {
  return passageShardScript(data.shard, data.pagination.pageNumber);
}
