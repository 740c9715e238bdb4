import { describe, expect, it } from 'vitest';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { withTempPath } from '../support/temp-dir.ts';
import { readArticles } from '../../src/load/read-articles.ts';
import { analyseDocument } from '../../src/analyse/analyse-document.ts';
import { analyseDocuments } from '../../src/analyse/analyse-documents.ts';
import { AnalysisCache, analysisKey, installedVersion, toolVersion } from '../../src/analyse/analysis-cache.ts';
import type { SourceFile } from '../../src/types.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../content');

async function seedFiles(): Promise<SourceFile[]> {
  const { files } = await readArticles(CONTENT);
  expect(files.length, `no articles read from ${CONTENT}`).toBeGreaterThan(1);
  return files.slice(0, 2);
}

const withCacheDir = (run: (dir: string) => Promise<void>) => withTempPath('timeline-cache-', 'site.cache', run);

/** Rewrites every entry of the cache with `edit`, to tell a served entry from a fresh analysis. */
async function editEntries(dir: string, edit: (entry: { document: { title: string } }) => void): Promise<void> {
  for (const name of await readdir(dir)) {
    const file = path.join(dir, name);
    const entry = JSON.parse(await readFile(file, 'utf8')) as { document: { title: string } };
    edit(entry);
    await writeFile(file, JSON.stringify(entry));
  }
}

describe('the analysis cache', () => {
  it('serves an unchanged file from the cache (hit), with one entry per file', async () => {
    await withCacheDir(async (dir) => {
      const files = await seedFiles();
      const first = await analyseDocuments(files, { jobs: 1, cache: await AnalysisCache.open(dir) });
      expect(first).toStrictEqual(files.map(analyseDocument));
      expect((await readdir(dir)).length).toBe(files.length);
      await editEntries(dir, (e) => (e.document.title = 'served from the cache'));
      const second = await analyseDocuments(files, { jobs: 1, cache: await AnalysisCache.open(dir) });
      expect(second.map((a) => a.document.title)).toEqual(files.map(() => 'served from the cache'));
    });
  });

  it('keeps an entry packed: none of the texts its file holds, given back whole; an entry holding them (the unpacked form) is not used', async () => {
    await withCacheDir(async (dir) => {
      const files = await seedFiles();
      await analyseDocuments(files, { jobs: 1, cache: await AnalysisCache.open(dir) });
      for (const name of await readdir(dir)) {
        const text = await readFile(path.join(dir, name), 'utf8');
        const entry = JSON.parse(text) as { document: { id: string; text: unknown } };
        expect(entry.document.text, name).toBe(0);
        const file = files.find((f) => f.id === entry.document.id)!;
        // No passage of the file's text is in it: a long one would be.
        const longest = file.text.split('\n').reduce((a, b) => (b.length > a.length ? b : a), '');
        expect(longest.length).toBeGreaterThan(80);
        expect(text.includes(JSON.stringify(longest).slice(1, -1)), name).toBe(false);
      }
      const second = await analyseDocuments(files, { jobs: 1, cache: await AnalysisCache.open(dir) });
      expect(second).toStrictEqual(files.map(analyseDocument));
      // The unpacked form of the entries (as kept before) is a miss, analysed again.
      for (const name of await readdir(dir)) {
        const entry = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as { document: { id: string; text: unknown; title: string } };
        entry.document.text = files.find((f) => f.id === entry.document.id)!.text;
        entry.document.title = 'served from the cache';
        await writeFile(path.join(dir, name), JSON.stringify(entry));
      }
      const third = await analyseDocuments(files, { jobs: 1, cache: await AnalysisCache.open(dir) });
      expect(third).toStrictEqual(files.map(analyseDocument));
    });
  });

  it('analyses an edited file again (miss) and drops its old entry', async () => {
    await withCacheDir(async (dir) => {
      const files = await seedFiles();
      await analyseDocuments(files, { jobs: 1, cache: await AnalysisCache.open(dir) });
      await editEntries(dir, (e) => (e.document.title = 'served from the cache'));
      const edited = [{ ...files[0]!, text: `${files[0]!.text}\nOn 3 March 2021 the council met again.\n` }, files[1]!];
      const again = await analyseDocuments(edited, { jobs: 1, cache: await AnalysisCache.open(dir) });
      expect(again[0]).toStrictEqual(analyseDocument(edited[0]!));
      expect(again[1]!.document.title).toBe('served from the cache');
      expect((await readdir(dir)).length).toBe(files.length);
    });
  });

  it('keys on the tool version and the options, so a changed tool or option misses', async () => {
    const [file] = await seedFiles();
    const version = await toolVersion();
    expect(version).toMatch(/^[0-9a-f]{64}$/);
    expect(await toolVersion()).toBe(version);
    expect(analysisKey(version, file!)).toBe(analysisKey(version, file!));
    expect(analysisKey(`${version}x`, file!)).not.toBe(analysisKey(version, file!));
    expect(analysisKey(version, file!, { mode: 'narrative' })).not.toBe(analysisKey(version, file!));
    expect(analysisKey(version, { ...file!, path: `moved/${file!.path}` })).not.toBe(analysisKey(version, file!));
  });

  it('reads the installed version of a dependency, so an updated library changes the tool version', () =>
    withTempPath('installed-', 'project', async (project) => {
      const lib = path.join(project, 'node_modules', 'some-lib');
      await mkdir(lib, { recursive: true });
      await writeFile(path.join(project, 'package.json'), '{"name":"p","version":"1.0.0"}');
      await writeFile(path.join(lib, 'package.json'), '{"name":"some-lib","version":"2.3.4"}');
      expect(await installedVersion('some-lib', project)).toBe('2.3.4');
      await writeFile(path.join(lib, 'package.json'), '{"name":"some-lib","version":"2.3.5"}');
      expect(await installedVersion('some-lib', project)).toBe('2.3.5');
      expect(await installedVersion('missing-lib', project)).toBe('not found');
    }));

  it.each([
    ['truncated JSON', (text: string) => text.slice(0, text.length / 2)],
    ['not JSON at all', () => '\u0000\u0001 garbage'],
    ['JSON of another shape', () => '{"document": null, "events": 3}'],
    ['an empty file', () => ''],
  ])('ignores a corrupt entry (%s) and analyses the file again, with no crash', async (_name, spoil) => {
    await withCacheDir(async (dir) => {
      const files = await seedFiles();
      await analyseDocuments(files, { jobs: 1, cache: await AnalysisCache.open(dir) });
      for (const name of await readdir(dir)) await writeFile(path.join(dir, name), spoil(await readFile(path.join(dir, name), 'utf8')));
      const again = await analyseDocuments(files, { jobs: 1, cache: await AnalysisCache.open(dir) });
      expect(again).toStrictEqual(files.map(analyseDocument));
    });
  });
});
