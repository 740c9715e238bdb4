import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { indentedJson, jsonObjectWithListPieces, writeChunks } from '../output/json-chunks.ts';
import { pieceTexts, writePieces, type Piece } from '../output/keyed-pieces.ts';
import type { EventPieces } from '../timeline/timeline-json.ts';
import type { TimelineEvent } from '../types.ts';
import { DEFAULT_SITE_CONFIG, type SiteConfig } from '../load/read-site-config.ts';
import type { ValidTimeline } from '../timeline/validate-timeline.ts';
import { EVENT_ALIASES_PATH, eventAliases, eventAliasesScript } from './event-aliases.ts';
import type { ShardJob, ShardScripts } from './shard-scripts.ts';
import {
  type SearchEvent,
  type SearchPassage,
  eventShardMembers,
  eventShardPath,
  passageShard,
  passageShardRuns,
  passageShardPath,
  searchIndexScript,
  searchShardPaths,
  shardScript,
} from './search-index.ts';
import type { PageReuse } from './eleventy-plugin.ts';
import { keepFile } from './page-keys.ts';
import { timelineSiteLinks, type SiteLinks } from './site-links.ts';
import { timelineCsvParts } from './timeline-csv.ts';
import { FEED_PATH, timelineFeedParts } from './timeline-feed.ts';
import { timelineJsParts } from './timelinejs.ts';

/**
 * The key of a shard of the search: the site version, its place and its members (what its
 * index is built from, in order). Same key, same bytes: the shard script is a pure function of
 * these (search-index.ts).
 */
function shardKey(version: string, sitePath: string, members: unknown[]): string {
  const hash = createHash('sha256').update(`search-shard\0${version}\0${sitePath}\0`);
  // Member by member: at 10,000 articles the passages of a shard are megabytes of JSON.
  for (const member of members) hash.update(JSON.stringify(member)).update('\n');
  return hash.digest('hex');
}

/**
 * The files of `timeline build`'s site that are data, not pages, and that its pages link to:
 * `timeline.csv`, the JSON Feed, the TimelineJS file, the search index and its event and
 * passage shards, the event alias map (`timeline.json` is written by the plugin for every
 * site). Each is made, written and let go before the next, and none goes through Eleventy: Eleventy keeps every
 * output it renders until the build ends, and at 10,000 articles these files are hundreds of
 * megabytes. `searchEventsPerShard` caps the events in a shard of the search index
 * (EVENTS_PER_SHARD without it). With `reuse`, a search shard whose key (`shardKey`) is the
 * one the previous site's was made from is linked from there instead of indexed again, and the
 * shards' keys go to `reuse.onKeys`. With `pieces`, each event's piece of the CSV, the feed and
 * TimelineJS is copied from the previous site's file when its key is there (download-pieces.ts).
 * With `scripts`, the shards to make are handed to its worker and written when it has made
 * them (the caller waits with `scripts.settle()`); without, each is made here, in turn.
 * Returns the site-root-relative paths written (or handed to `scripts`), in order.
 */
export async function writeSiteDownloads(
  timeline: ValidTimeline,
  outDir: string,
  config: SiteConfig = DEFAULT_SITE_CONFIG,
  options: { searchEventsPerShard?: number; reuse?: PageReuse; links?: SiteLinks; pieces?: (sitePath: string) => EventPieces | undefined; scripts?: ShardScripts } = {},
): Promise<string[]> {
  const links = options.links ?? timelineSiteLinks(timeline);
  const written: string[] = [];
  const put = async (relative: string, text: string): Promise<void> => {
    const file = path.join(outDir, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  };
  const write = async (relative: string, text: string): Promise<void> => {
    await put(relative, text);
    written.push(relative);
  };
  // The per-event files, each event a piece of its own: copied from the previous file when its
  // key is the same (options.pieces: src/site/download-pieces.ts), else made. Written as a
  // stream of pieces, never one string: held whole, the feed and TimelineJS were about 170 MB of
  // heap each at 10,000 articles, the build's largest peak (bench/README.md, branch mem).
  const writeEvents = async (relative: string, make: (piece: (event: TimelineEvent, text: () => string) => Piece) => Iterable<Piece>): Promise<void> => {
    const pieces = options.pieces?.(relative);
    const file = path.join(outDir, relative);
    await mkdir(path.dirname(file), { recursive: true });
    if (pieces === undefined) await writeChunks(pieceTexts(make((_, text) => text())), file);
    else {
      const done = await writePieces(make((event, text) => ({ key: pieces.keyOf(event), text })), file, pieces.kept);
      pieces.done(done.table, done.kept);
    }
    written.push(relative);
  };
  const csv = timelineCsvParts(timeline, config);
  await writeEvents('timeline.csv', (piece) => [csv.head, ...csv.ordered.map((event) => piece(event, () => csv.rows(event)))]);
  const feed = timelineFeedParts(timeline, config, links);
  await writeEvents(FEED_PATH.slice(1), (piece) => jsonObjectWithListPieces(feed.head, 'items', feed.events, (event) => piece(event, () => indentedJson(feed.item(event), 2))));
  const slides = timelineJsParts(timeline, config);
  await writeEvents('timelinejs.json', (piece) => jsonObjectWithListPieces(slides.head, 'events', slides.ordered, (event) => piece(event, () => indentedJson(slides.slide(event), 2))));
  await write(EVENT_ALIASES_PATH.slice(1), eventAliasesScript(eventAliases(timeline, links)));
  // The search's shards, events' then passages', as search-index.ts lays them out, one built
  // and written at a time (or kept from the previous site, when its members are the same).
  const events = eventShardMembers(timeline, links, options.searchEventsPerShard);
  // The passages' shards as runs of documents: each shard's members are made when it is written.
  const passages = passageShardRuns(timeline);
  await write('assets/search-index.js', searchIndexScript({ paths: searchShardPaths({ events: events.length, passages: passages.length }) }));
  const reuse = options.reuse;
  const scripts = options.scripts;
  const keys = new Map<string, string>();
  let kept = 0;
  const shard = async <T extends SearchEvent | SearchPassage>(kind: ShardJob['kind'], n: number, sitePath: string, make: () => T[]): Promise<void> => {
    let made: T[] | undefined;
    const members = () => (made ??= make());
    if (reuse !== undefined) {
      const key = shardKey(reuse.version, sitePath, members());
      keys.set(sitePath, key);
      const previous = reuse.previous;
      if (previous !== undefined && previous.keys.get(sitePath) === key) {
        // A previous file that is missing or cannot be linked is made again.
        try {
          keepFile(previous.dir, outDir, sitePath);
          kept += 1;
          written.push(sitePath);
          return;
        } catch {
          // Made below.
        }
      }
    }
    if (scripts === undefined) return write(sitePath, shardScript(kind, members(), n));
    // Made on the worker beside the pages, written when it is done (`scripts.settle`).
    written.push(sitePath);
    scripts.add({ kind, n, members, write: (script) => put(sitePath, script) });
  };
  for (const [n, members] of events.entries()) await shard('events', n, eventShardPath(n), () => members);
  for (const [n, runs] of passages.entries()) await shard('passages', n, passageShardPath(n), () => passageShard(runs, n, links));
  reuse?.onKeys(keys, kept);
  return written;
}
