import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/pipeline.ts';
import { buildSite } from '../../src/site/build-site.ts';
import type { Timeline } from '../../src/types.ts';
import { brokenLinks, idsOf, listFiles, readPage } from './site-files.ts';
import { validateTimeline } from '../../src/timeline/validate-timeline.ts';

// The contract end to end: what the pipeline makes of the real corpus, the site renders.
const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const CONTENT = path.join(PROJECT, 'content');

let timeline: Timeline;
let dir: string;

beforeAll(async () => {
  timeline = await buildTimeline(CONTENT);
  dir = await mkdtemp(path.join(tmpdir(), 'timeline-site-corpus-'));
  await buildSite(validateTimeline(timeline), { outDir: dir });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the site of the real corpus', () => {
  it('has a page per article and every event on the timeline', async () => {
    const files = await listFiles(dir);
    for (const doc of timeline.documents) expect(files).toContain(`documents/${doc.id}.html`);
    const years = files.filter((f) => f.startsWith('years/'));
    expect(years.length).toBeGreaterThan(1);
    const ids = (await Promise.all(years.map(async (page) => idsOf(await readPage(dir, page))))).flat();
    for (const event of timeline.events) expect(ids).toContain(event.id);
  });

  it('has no broken link on any page', async () => {
    const pages = (await listFiles(dir)).filter((f) => f.endsWith('.html'));
    const broken = (await Promise.all(pages.map((page) => brokenLinks(dir, page)))).flat();
    expect(broken).toEqual([]);
  });

  it('is the same site when Eleventy runs directly on the project', async () => {
    const direct = await mkdtemp(path.join(tmpdir(), 'timeline-site-direct-'));
    try {
      const eleventy = path.join(PROJECT, 'node_modules/@11ty/eleventy/cmd.cjs');
      await promisify(execFile)(process.execPath, ['--import', 'tsx', eleventy, '--config=eleventy.config.ts', `--output=${direct}`, '--quiet'], { cwd: PROJECT });
      const files = await listFiles(dir);
      expect(await listFiles(direct)).toEqual(files);
      for (const file of files) expect(await readFile(path.join(direct, file), 'utf8'), file).toBe(await readFile(path.join(dir, file), 'utf8'));
    } finally {
      await rm(direct, { recursive: true, force: true });
    }
  });
});
