import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { jsonObjectWithListChunks, writeChunks } from '../output/json-chunks.ts';
import { DEFAULT_SITE_CONFIG, type SiteConfig } from '../load/read-site-config.ts';
import type { ValidTimeline } from '../timeline/validate-timeline.ts';
import { EVENT_ALIASES_PATH, eventAliases, eventAliasesScript } from './event-aliases.ts';
import { eventShardPath, eventShardScript, eventShardsOneByOne, passageShardPath, passageShardScript, passageShardsOneByOne, searchIndexScript, searchShardPaths } from './search-index.ts';
import { timelineSiteLinks } from './site-links.ts';
import { timelineCsv } from './timeline-csv.ts';
import { FEED_PATH, timelineFeedParts } from './timeline-feed.ts';
import { timelineJsParts } from './timelinejs.ts';

/**
 * The files of `timeline build`'s site that are data, not pages, and that its pages link to:
 * `timeline.csv`, the JSON Feed, the TimelineJS file, the search index and its event and
 * passage shards, the event alias map (`timeline.json` is written by the plugin for every
 * site). Each is made, written and let go before the next, and none goes through Eleventy: Eleventy keeps every
 * output it renders until the build ends, and at 10,000 articles these files are hundreds of
 * megabytes. `searchEventsPerShard` caps the events in a shard of the search index
 * (EVENTS_PER_SHARD without it). Returns the site-root-relative paths written, in order.
 */
export async function writeSiteDownloads(
  timeline: ValidTimeline,
  outDir: string,
  config: SiteConfig = DEFAULT_SITE_CONFIG,
  options: { searchEventsPerShard?: number } = {},
): Promise<string[]> {
  const links = timelineSiteLinks(timeline);
  const written: string[] = [];
  const write = async (relative: string, text: string): Promise<void> => {
    const file = path.join(outDir, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    written.push(relative);
  };
  await write('timeline.csv', timelineCsv(timeline, config));
  // The two largest (about 90 and 100 MB at 10,000 articles) as a stream of pieces, never one
  // string, their items made as they are written: held whole, each was about 170 MB of heap
  // at 10,000 articles, the build's largest peak (bench/README.md, branch mem).
  const writeJson = async (relative: string, head: object, key: string, items: Iterable<unknown>): Promise<void> => {
    await writeChunks(jsonObjectWithListChunks(head, key, items), path.join(outDir, relative));
    written.push(relative);
  };
  const feed = timelineFeedParts(timeline, config);
  await writeJson(FEED_PATH.slice(1), feed.head, 'items', feed.items());
  const slides = timelineJsParts(timeline, config);
  await writeJson('timelinejs.json', slides.head, 'events', slides.events());
  await write(EVENT_ALIASES_PATH.slice(1), eventAliasesScript(eventAliases(timeline, links)));
  // The search's shards, events' then passages', as search-index.ts lays them out, one built and written at a time.
  const events = eventShardsOneByOne(timeline, links, options.searchEventsPerShard);
  const passages = passageShardsOneByOne(timeline, links);
  await write('assets/search-index.js', searchIndexScript({ paths: searchShardPaths({ events: events.count, passages: passages.count }) }));
  let n = 0;
  for (const shard of events.shards) {
    await write(eventShardPath(n), eventShardScript(shard, n));
    n += 1;
  }
  n = 0;
  for (const shard of passages.shards) {
    await write(passageShardPath(n), passageShardScript(shard, n));
    n += 1;
  }
  return written;
}
