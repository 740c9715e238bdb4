import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPreviousDataFile, readPreviousSite, SITE_TIMELINE } from '../../src/load/read-previous-ids.ts';
import { BUILD_MANIFEST, BUILD_MANIFEST_TEXT } from '../../src/output/build-manifest.ts';

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
