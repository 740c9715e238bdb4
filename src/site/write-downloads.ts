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
  documentTitles,
  eventLinksPath,
  eventLinksScript,
  eventShard,
  eventShardDeal,
  eventShardLinks,
  eventShardPath,
  indexedEventInputs,
  passageShardInputs,
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
 * The key of a shard of the search: the site version, its place and what its index is made
 * from, in order (`indexedEventInputs` of its events, `passageShardInputs` of its runs). Same
 * key, same bytes: the shard script is a pure function of these and the tool (search-index.ts).
 */
function shardKey(version: string, sitePath: string, members: unknown[]): string {
  const hash = createHash('sha256').update(`search-shard\0${version}\0${sitePath}\0`);
  // Member by member: at 10,000 articles the passages of a shard are megabytes of JSON.
  for (const member of members) hash.update(JSON.stringify(member)).update('\n');
  return hash.digest('hex');
}

/** Files written into a site folder: `put` writes one, `write` also lists it in `written` (what the writers return). */
interface SiteFiles {
  written: string[];
  put(relative: string, text: string): Promise<void>;
  write(relative: string, text: string): Promise<void>;
}

function siteFiles(outDir: string): SiteFiles {
  const written: string[] = [];
  const put = async (relative: string, text: string): Promise<void> => {
    const file = path.join(outDir, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  };
  return {
    written,
    put,
    async write(relative, text) {
      await put(relative, text);
      written.push(relative);
    },
  };
}

/**
 * The files of `timeline build`'s site that are data, not pages, and that its pages link to:
 * the search index, its event and passage shards and its events shards' links (first, so that a
 * worker makes the shards while the rest is written), `timeline.csv`, the JSON Feed, the
 * TimelineJS file, the event alias map (`timeline.json` is written by the plugin for every
 * site). Each is made, written and let go before the next, and none goes through Eleventy: Eleventy keeps every
 * output it renders until the build ends, and at 10,000 articles these files are hundreds of
 * megabytes. `searchEventsPerShard` caps the events in a shard of the search index
 * (EVENTS_PER_SHARD without it). With `reuse`, a search shard whose key (`shardKey`, over what
 * its index is made from: an events shard's without the events' links) is the one the previous
 * site's was made from is linked from there instead of indexed again, and the shards' keys go to
 * `reuse.onKeys`; the links are written every time. With `pieces`, each event's piece of the CSV, the feed and
 * TimelineJS is copied from the previous site's file when its key is there (download-pieces.ts).
 * With `scripts`, the shards to make are handed to its worker and written when it has made
 * them (the caller waits with `scripts.settle()`); without, each is made here, in turn.
 * Returns the site-root-relative paths written (or handed to `scripts`), in order.
 */
export async function writeSiteDownloads(
  timeline: ValidTimeline,
  outDir: string,
  config: SiteConfig = DEFAULT_SITE_CONFIG,
  options: { searchEventsPerShard?: number; reuse?: PageReuse; links?: SiteLinks; pieces?: (sitePath: string) => EventPieces | undefined; scripts?: ShardScripts; searchShards?: boolean } = {},
): Promise<string[]> {
  const links = options.links ?? timelineSiteLinks(timeline);
  const files = siteFiles(outDir);
  const { written, write } = files;
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
  // The search's shards first: with `scripts` the worker makes them while this thread writes the rest.
  if (options.searchShards !== false) written.push(...(await writeSearchShards(timeline, outDir, { ...options, links })));
  const csv = timelineCsvParts(timeline, config);
  await writeEvents('timeline.csv', (piece) => [csv.head, ...csv.ordered.map((event) => piece(event, () => csv.rows(event)))]);
  const feed = timelineFeedParts(timeline, config, links);
  await writeEvents(FEED_PATH.slice(1), (piece) => jsonObjectWithListPieces(feed.head, 'items', feed.events, (event) => piece(event, () => indentedJson(feed.item(event), 2))));
  const slides = timelineJsParts(timeline, config);
  await writeEvents('timelinejs.json', (piece) => jsonObjectWithListPieces(slides.head, 'events', slides.ordered, (event) => piece(event, () => indentedJson(slides.slide(event), 2))));
  await write(EVENT_ALIASES_PATH.slice(1), eventAliasesScript(eventAliases(timeline, links)));
  return written;
}

/**
 * The search's index script and shards, events' then passages', as search-index.ts lays them
 * out, one built and written at a time (or kept from the previous site, when what its index is
 * made from is the same, or handed to `options.scripts`), and each events shard's links; `reuse` as for
 * writeSiteDownloads, which calls this unless told the caller did (buildSite hands the shards
 * to its worker before it makes the site model). Returns the paths written or handed, in order.
 */
export async function writeSearchShards(
  timeline: ValidTimeline,
  outDir: string,
  options: { searchEventsPerShard?: number; reuse?: PageReuse; links?: SiteLinks; scripts?: ShardScripts } = {},
): Promise<string[]> {
  const links = options.links ?? timelineSiteLinks(timeline);
  const { written, write, put } = siteFiles(outDir);
  const titles = documentTitles(timeline);
  const events = eventShardDeal(timeline, options.searchEventsPerShard);
  // The passages' shards as runs of documents: each shard's members are made when it is written.
  const passages = passageShardRuns(timeline);
  await write('assets/search-index.js', searchIndexScript({ paths: searchShardPaths({ events: events.length, passages: passages.length }) }));
  const reuse = options.reuse;
  const scripts = options.scripts;
  const keys = new Map<string, string>();
  let kept = 0;
  // `inputs`: what the shard's index is made from, so what its key is over (cheaper than its
  // members, which are made only for a shard that is indexed).
  const shard = async <T extends SearchEvent | SearchPassage>(kind: ShardJob['kind'], n: number, sitePath: string, make: () => T[], inputs: () => unknown[]): Promise<void> => {
    let made: T[] | undefined;
    const members = () => (made ??= make());
    if (reuse !== undefined) {
      const key = shardKey(reuse.version, sitePath, inputs());
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
  for (const [n, dealt] of events.entries()) {
    await shard('events', n, eventShardPath(n), () => eventShard(dealt, titles, links), () => dealt.map((event) => indexedEventInputs(event, titles)));
    // Its links are made here whatever the index: a plain map, cheap beside an index.
    await write(eventLinksPath(n), eventLinksScript(eventShardLinks(dealt, links), n));
  }
  for (const [n, runs] of passages.entries()) await shard('passages', n, passageShardPath(n), () => passageShard(runs, n, links), () => passageShardInputs(runs, links));
  reuse?.onKeys(keys, kept);
  return written;
}
