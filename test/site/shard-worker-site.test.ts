import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/site/build-site.ts';
import { searchShardCount } from '../../src/site/search-index.ts';
import { WORKER_SHARDS } from '../../src/site/shard-scripts.ts';
import { validateTimeline, type ValidTimeline } from '../../src/timeline/validate-timeline.ts';
import { syntheticTimeline } from '../support/synthetic-timeline.ts';
import { fileTree } from './site-files.ts';

describe('buildSite with jobs: the search shards made on a worker thread', () => {
  it('writes the same site, byte for byte, as one thread does, every shard in place', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'timeline-shard-worker-site-'));
    try {
      const timeline = validateTimeline(syntheticTimeline(400));
      // Shards of 40 events: enough shards for buildSite to start the worker.
      const searchEventsPerShard = 40;
      expect(searchShardCount(timeline, searchEventsPerShard)).toBeGreaterThanOrEqual(WORKER_SHARDS);
      const [one, two] = [path.join(work, 'one'), path.join(work, 'two')];
      await buildSite(timeline, { outDir: one, searchEventsPerShard, jobs: 1 });
      await buildSite(timeline, { outDir: two, searchEventsPerShard, jobs: 2 });
      const [a, b] = [await fileTree(one), await fileTree(two)];
      expect([...b.keys()]).toEqual([...a.keys()]);
      const shards = [...a.keys()].filter((n) => /^assets\/search-(events|passages)-\d+\.js$/.test(n));
      expect(shards.length).toBe(searchShardCount(timeline, searchEventsPerShard));
      for (const [name, bytes] of a) expect(b.get(name)?.equals(bytes), name).toBe(true);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }, 120_000);

  it('rebuilds with the previous site as one thread does: the same files and the same keys, the shards kept alike', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'timeline-shard-worker-reuse-'));
    try {
      const searchEventsPerShard = 40;
      const build = async (timeline: ValidTimeline, outDir: string, jobs: number, previous?: { dir: string; keys: ReadonlyMap<string, string> }) => {
        const result = { keys: new Map<string, string>(), kept: 0 };
        const onKeys = (keys: Map<string, string>, kept: number): void => {
          keys.forEach((key, sitePath) => result.keys.set(sitePath, key));
          result.kept += kept;
        };
        await buildSite(timeline, { outDir, searchEventsPerShard, jobs, reuse: { version: 'site-version-of-the-test', previous, onKeys } });
        return result;
      };
      const first = await build(validateTimeline(syntheticTimeline(400)), path.join(work, 'first'), 2);
      const edited = syntheticTimeline(400);
      edited.events[137]!.headline = 'An edited headline';
      const valid = validateTimeline(edited);
      const previous = { dir: path.join(work, 'first'), keys: first.keys };
      const [one, two] = [path.join(work, 'one'), path.join(work, 'two')];
      const byOne = await build(valid, one, 1, previous);
      const byTwo = await build(valid, two, 2, previous);
      expect(new Map([...byTwo.keys].sort())).toEqual(new Map([...byOne.keys].sort()));
      expect(byTwo.kept).toBe(byOne.kept);
      expect(byOne.kept, 'most pages and shards kept').toBeGreaterThan(byOne.keys.size / 2);
      const [a, b] = [await fileTree(one), await fileTree(two)];
      expect([...b.keys()]).toEqual([...a.keys()]);
      for (const [name, bytes] of a) expect(b.get(name)?.equals(bytes), name).toBe(true);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }, 120_000);
});
