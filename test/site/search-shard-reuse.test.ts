import { describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeSiteDownloads } from '../../src/site/write-downloads.ts';
import { ShardScripts } from '../../src/site/shard-scripts.ts';
import { validateTimeline } from '../../src/timeline/validate-timeline.ts';
import type { Timeline } from '../../src/types.ts';
import { syntheticTimeline } from '../support/synthetic-timeline.ts';
import { timelineSiteLinks, type SiteLinks } from '../../src/site/site-links.ts';

const PER_SHARD = 110;
const VERSION = 'site-version-of-the-test';

/** The search's shard files of a folder, with their bytes. */
async function shards(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(path.join(dir, 'assets'))).filter((n) => n.startsWith('search-')).sort();
  return new Map(await Promise.all(names.map(async (n): Promise<[string, Buffer]> => [n, await readFile(path.join(dir, 'assets', n))])));
}

interface Written {
  keys: Map<string, string>;
  kept: number;
}

async function write(timeline: Timeline, dir: string, previous?: { dir: string; keys: ReadonlyMap<string, string> }, version = VERSION, links?: SiteLinks): Promise<Written> {
  const result: Written = { keys: new Map(), kept: -1 };
  await writeSiteDownloads(validateTimeline(timeline), dir, undefined, {
    searchEventsPerShard: PER_SHARD,
    links,
    reuse: { version, previous, onKeys: (keys, kept) => ((result.keys = keys), (result.kept = kept)) },
  });
  return result;
}

/** 400 events of 40 articles: 4 events shards of at most 110. */
const base = (): Timeline => syntheticTimeline(400);

const CASES: Array<{ name: string; change: (t: Timeline) => void; version?: string; links?: (t: Timeline) => SiteLinks; kept: (shards: number) => [number, number] }> = [
  { name: 'nothing changed', change: () => {}, kept: (n) => [n, n] },
  {
    name: "one event's headline edited",
    change: (t) => {
      t.events[137]!.headline = 'An edited headline';
    },
    // Its events shard is made again; the passages' shard is the same.
    kept: (n) => [n - 1, n - 1],
  },
  // Events are dealt by a hash of their id: only the removed event's shard is made again (dealt
  // in turn, every event after it moved to another shard and only the passages' shard was kept).
  { name: 'one event removed', change: (t) => void t.events.splice(201, 1), kept: (n) => [n - 1, n - 1] },
  // What an event's entry is made from besides its headline: its articles' titles, who asserts it, its date.
  {
    name: "one article's title edited",
    change: (t) => {
      t.documents[7]!.title = 'An edited title';
    },
    // The shards of its events and its passages' shard are made again.
    kept: (n) => [0, n - 2],
  },
  {
    name: "one statement's attribution edited",
    change: (t) => {
      t.events[42]!.sources[0]!.attribution = 'An edited speaker';
    },
    kept: (n) => [n - 1, n - 1],
  },
  {
    name: 'one event redated within its year',
    change: (t) => {
      const event = t.events[300]!;
      event.relation = event.relation === 'on' ? 'in' : 'on';
    },
    kept: (n) => [n - 1, n - 1],
  },
  { name: 'another site version', change: () => {}, version: 'another-site-version', kept: () => [0, 0] },
  // A paged period page cut at another event moves the links of the events after the cut, not
  // their words: every index is kept, and the links (written every time) say where they are now.
  { name: "every event's link moved", change: () => {}, links: (t) => ({ ...timelineSiteLinks(t), event: (e) => `/years/moved.html#${e.id}` }), kept: (n) => [n, n] },
];

describe('search shards kept from the previous site (writeSiteDownloads with reuse)', () => {
  it.each(CASES)('$name: the same bytes as shards made afresh, and only the unchanged shards kept', async ({ change, version, links, kept }) => {
    const work = await mkdtemp(path.join(tmpdir(), 'timeline-shard-reuse-'));
    try {
      const [before, after, fresh] = ['before', 'after', 'fresh'].map((n) => path.join(work, n)) as [string, string, string];
      const first = await write(base(), before);
      expect(first.kept, 'nothing to keep without a previous site').toBe(0);
      const count = first.keys.size;
      const previous = await shards(before);
      expect(count, 'several shards of events and at least one of passages').toBeGreaterThanOrEqual(5);
      const changed = base();
      change(changed);
      const second = await write(changed, after, { dir: before, keys: first.keys }, version, links?.(changed));
      await write(changed, fresh, undefined, VERSION, links?.(changed));
      const [got, expected] = [await shards(after), await shards(fresh)];
      expect([...got.keys()]).toEqual([...expected.keys()]);
      for (const [name, bytes] of expected) expect(got.get(name)?.equals(bytes), name).toBe(true);
      const [least, most] = kept(count);
      expect(second.kept).toBeGreaterThanOrEqual(least);
      expect(second.kept).toBeLessThanOrEqual(most);
      // A kept shard is the previous file itself (a hard link), not a copy made again.
      let linked = 0;
      for (const name of got.keys()) if ((await stat(path.join(after, 'assets', name))).ino === (await stat(path.join(before, 'assets', name)).catch(() => ({ ino: -1 }))).ino) linked++;
      expect(linked).toBe(second.kept);
      if (links !== undefined) {
        const linkFiles = [...got].filter(([name]) => name.startsWith('search-event-links-'));
        expect(linkFiles.length, 'one links file per events shard').toBe([...first.keys.keys()].filter((k) => k.includes('/search-events-')).length);
        for (const [name, bytes] of linkFiles) expect(bytes.equals(previous.get(name)!), `${name} says where the events are now`).toBe(false);
      }
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });

  it('makes a shard again when the previous file is missing, though its key matches', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'timeline-shard-reuse-'));
    try {
      const [before, after] = [path.join(work, 'before'), path.join(work, 'after')];
      const first = await write(base(), before);
      await rm(path.join(before, 'assets', 'search-events-1.js'));
      const second = await write(base(), after, { dir: before, keys: first.keys });
      expect(second.kept).toBe(first.keys.size - 1);
      expect((await shards(after)).has('search-events-1.js')).toBe(true);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });

  it('makes the same shards on the worker thread as in this one, and hands over only those not kept', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'timeline-shard-worker-'));
    try {
      const [here, there, again] = ['here', 'there', 'again'].map((n) => path.join(work, n)) as [string, string, string];
      const timeline = validateTimeline(syntheticTimeline(400));
      // Shards of 40 events: 10 of the events and one of the passages.
      const perShard = 40;
      const inline: Written = { keys: new Map(), kept: -1 };
      await writeSiteDownloads(timeline, here, undefined, { searchEventsPerShard: perShard, reuse: { version: VERSION, onKeys: (k) => (inline.keys = k) } });
      const scripts = new ShardScripts();
      const keys = new Map<string, string>();
      await writeSiteDownloads(timeline, there, undefined, { searchEventsPerShard: perShard, scripts, reuse: { version: VERSION, onKeys: (k) => k.forEach((v, n) => keys.set(n, v)) } });
      await scripts.settle();
      expect(scripts.handed).toBe(inline.keys.size);
      expect(keys).toEqual(inline.keys);
      const [a, b] = [await shards(here), await shards(there)];
      expect([...b.keys()]).toEqual([...a.keys()]);
      for (const [name, bytes] of a) expect(b.get(name)?.equals(bytes), name).toBe(true);
      // One event edited: only its shard goes to the worker; the others are linked.
      const edited = syntheticTimeline(400);
      edited.events[137]!.headline = 'An edited headline';
      const next = new ShardScripts();
      await writeSiteDownloads(validateTimeline(edited), again, undefined, { searchEventsPerShard: perShard, scripts: next, reuse: { version: VERSION, previous: { dir: here, keys: inline.keys }, onKeys: () => undefined } });
      await next.settle();
      expect(next.handed).toBe(1);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
