import { mkdir, mkdtemp, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPreviousDataFile, readPreviousSite, SITE_TIMELINE } from '../../src/load/read-previous-ids.ts';
import { BUILD_MANIFEST, BUILD_MANIFEST_TEXT } from '../../src/output/build-manifest.ts';
import type { Timeline } from '../../src/types.ts';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'timeline-previous-ids-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const EMPTY_TIMELINE = JSON.stringify({ documents: [], events: [], undated: [], diagnostics: [] });

/** A site folder with these files (name -> text, or a link target). */
async function site(name: string, files: Record<string, string | { link: string }>): Promise<string> {
  const dir = path.join(root, name);
  await mkdir(dir);
  for (const [file, content] of Object.entries(files)) {
    if (typeof content === 'string') await writeFile(path.join(dir, file), content);
    else await symlink(content.link, path.join(dir, file));
  }
  return dir;
}

describe('readPreviousSite: the ids a rebuild into OUT keeps', () => {
  it.each<{ name: string; files: Record<string, string | { link: string }>; timeline: boolean; note: RegExp | null }>([
    { name: 'new', files: {}, timeline: false, note: null },
    { name: 'not-a-build', files: { [SITE_TIMELINE]: EMPTY_TIMELINE }, timeline: false, note: null },
    { name: 'build', files: { [BUILD_MANIFEST]: BUILD_MANIFEST_TEXT, [SITE_TIMELINE]: EMPTY_TIMELINE }, timeline: true, note: null },
    { name: 'no-timeline', files: { [BUILD_MANIFEST]: BUILD_MANIFEST_TEXT }, timeline: false, note: /has no timeline\.json; ids are made afresh/u },
    { name: 'linked', files: { [BUILD_MANIFEST]: BUILD_MANIFEST_TEXT, [SITE_TIMELINE]: { link: '/dev/zero' } }, timeline: false, note: /has no timeline\.json/u },
    { name: 'broken', files: { [BUILD_MANIFEST]: BUILD_MANIFEST_TEXT, [SITE_TIMELINE]: '{"events": 3}' }, timeline: false, note: /its timeline could not be read .*ids are made afresh/u },
  ])('$name', async ({ name, files, timeline, note }) => {
    const previous = await readPreviousSite(await site(name, files));
    expect(previous.timeline !== undefined).toBe(timeline);
    if (note === null) expect(previous.note).toBeUndefined();
    else expect(previous.note).toMatch(note);
  });

  it('extract --out: a missing file has no ids to keep; a timeline file has', async () => {
    expect(await readPreviousDataFile(path.join(root, 'missing.json'))).toEqual({});
    const file = path.join(root, 'timeline.json');
    await writeFile(file, EMPTY_TIMELINE);
    expect((await readPreviousDataFile(file)).timeline?.events).toEqual([]);
  });
});

describe('readPreviousSite with the cache: the id table kept of that very timeline.json, or the file itself', () => {
  const CONTENT = path.resolve(import.meta.dirname, '../../content');

  it('reads the table while the file is the one it was kept for; after any change to the file, the tool or the site, reads the file', async () => {
    const { buildValidTimeline } = await import('../../src/build/build-outputs.ts');
    const { writeTimelineJson } = await import('../../src/timeline/timeline-json.ts');
    const { idTableOf } = await import('../../src/timeline/id-table.ts');
    const { AnalysisCache } = await import('../../src/analyse/analysis-cache.ts');
    const timeline = await buildValidTimeline(CONTENT, { jobs: 1 });
    expect(timeline.events.length, `no events built from ${CONTENT}`).toBeGreaterThan(0);
    const dir = await site('with-cache', { [BUILD_MANIFEST]: BUILD_MANIFEST_TEXT });
    const file = path.join(dir, SITE_TIMELINE);
    await writeTimelineJson(timeline, file);
    const cacheDir = path.join(root, 'with-cache.cache');
    const cache = await AnalysisCache.open(cacheDir);
    await cache.setIdTable(dir, file, idTableOf(timeline));
    const fromFile = await readPreviousSite(dir);
    expect(fromFile.timeline && 'kind' in fromFile.timeline).toBe(false);
    // The table is what the file's own ids give.
    const kept = await readPreviousSite(dir, cache);
    expect(kept.timeline).toEqual(idTableOf(fromFile.timeline as Timeline));
    expect(kept.timeline && 'kind' in kept.timeline).toBe(true);

    const isTable = async (store = cache) => {
      const read = await readPreviousSite(dir, store);
      expect(read.timeline, 'a timeline read').toBeDefined();
      return 'kind' in read.timeline!;
    };
    // Another site folder (the same cache named for another --out) has no table.
    const other = await site('with-cache-other', { [BUILD_MANIFEST]: BUILD_MANIFEST_TEXT });
    await writeTimelineJson(timeline, path.join(other, SITE_TIMELINE));
    expect('kind' in ((await readPreviousSite(other, cache)).timeline ?? {})).toBe(false);
    // Another tool version wrote the table.
    const entry = path.join(cacheDir, 'site-ids.json');
    const text = await readFile(entry, 'utf8');
    await writeFile(entry, text.replace(cache.version, 'f'.repeat(64)));
    expect(await isTable()).toBe(false);
    await writeFile(entry, text);
    expect(await isTable()).toBe(true);
    // A corrupt table.
    await writeFile(entry, text.slice(0, text.length / 2));
    expect(await isTable()).toBe(false);
    await writeFile(entry, text);
    // The file edited in place (a later modification time), or replaced by another file of the same bytes.
    const bytes = await readFile(file);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await writeFile(file, bytes);
    expect(await isTable()).toBe(false);
    await cache.setIdTable(dir, file, idTableOf(timeline));
    expect(await isTable()).toBe(true);
    // Edited in place with its times put back (as `cp -p` or `rsync -t` do): the change time tells.
    const keptTime = 1_700_000_000;
    await utimes(file, keptTime, keptTime);
    await cache.setIdTable(dir, file, idTableOf(timeline));
    expect(await isTable()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await writeFile(file, bytes);
    await utimes(file, keptTime, keptTime);
    expect((await stat(file)).mtimeMs).toBe(keptTime * 1000);
    expect(await isTable()).toBe(false);
    await cache.setIdTable(dir, file, idTableOf(timeline));
    expect(await isTable()).toBe(true);
    await rm(file);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await writeFile(file, bytes);
    expect(await isTable()).toBe(false);
  }, 120_000);
});
