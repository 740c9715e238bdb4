interface ShardData {
  shardFile: { path: string; script: () => string };
}

/** Each shard of the events' and the passages' indexes, a classic script of its own, loaded by the front page's search. */
export const data = {
  pagination: { data: 'searchShardFiles', size: 1, alias: 'shardFile' },
  permalink: (data: ShardData) => data.shardFile.path,
  eleventyExcludeFromCollections: true,
};

export function render(data: ShardData): string {
  return data.shardFile.script();
}
