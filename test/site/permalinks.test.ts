import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/pipeline.ts';
import { buildSite } from '../../src/site/build-site.ts';
import type { Timeline } from '../../src/types.ts';
import { decodeAttribute, idsOf, listFiles, readPage } from './site-files.ts';
import { validateTimeline } from '../../src/timeline/validate-timeline.ts';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

// An article on another subject: it adds events of its own and shares no happening with the corpus.
const UNRELATED = `---
title: Harbour festival returns
published: 2021-07-20
publisher: Coastal Gazette
---
Harbour festival returns

The harbour festival returned on 17 July 2021 after a two-year pause, the organisers said.

The first festival was held in 1987 with a dozen boats, according to the town archive.
`;

interface Built {
  timeline: Timeline;
  dir: string;
  /** Every event's permalink as the site gives it (`years/2014.html#e-…`), by event id. */
  permalinks: Map<string, string>;
}

let root: string;
let before: Built;
let after: Built;

async function build(content: string, name: string): Promise<Built> {
  const timeline = await buildTimeline(content);
  const dir = path.join(root, name);
  await buildSite(validateTimeline(timeline), { outDir: dir });
  const permalinks = new Map<string, string>();
  for (const page of (await listFiles(dir)).filter((f) => f.startsWith('years/'))) {
    const html = await readPage(dir, page);
    for (const m of html.matchAll(/<a class="event-permalink" href="([^"]*)">/g)) {
      const href = path.posix.join(path.posix.dirname(page), decodeAttribute(m[1]!));
      permalinks.set(decodeURIComponent(href.slice(href.indexOf('#') + 1)), href);
    }
  }
  return { timeline, dir, permalinks };
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'timeline-permalinks-'));
  const content = path.join(root, 'content');
  await cp(CONTENT, content, { recursive: true });
  before = await build(content, 'before');
  await writeFile(path.join(content, 'harbour-festival.md'), UNRELATED);
  after = await build(content, 'after');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('event permalinks', () => {
  it('are the stable event ids, on the page of the event\'s own year', async () => {
    expect([...before.permalinks.keys()].sort()).toEqual(before.timeline.events.map((e) => e.id).sort());
    for (const event of before.timeline.events) {
      const href = before.permalinks.get(event.id)!;
      expect(href, event.id).toBe(`years/${event.date.start.slice(0, 4)}.html#${encodeURIComponent(event.id)}`);
      expect(idsOf(await readPage(before.dir, href.slice(0, href.indexOf('#')))), href).toContain(event.id);
    }
  });

  it('survive a rebuild after an unrelated article is added: every event keeps its URL', async () => {
    const added = after.timeline.events.filter((e) => e.sources.some((s) => s.document === 'harbour-festival'));
    // The new article did add events (one of them in a year the corpus had no page for).
    expect(added.length).toBeGreaterThanOrEqual(2);
    expect(after.timeline.events.length).toBe(before.timeline.events.length + added.length);
    for (const [id, href] of before.permalinks) expect(after.permalinks.get(id), id).toBe(href);
  });

  it('keep every source link of the earlier build working', async () => {
    for (const page of (await listFiles(before.dir)).filter((f) => f.startsWith('documents/'))) {
      const ids = new Set(idsOf(await readPage(before.dir, page)));
      const rebuilt = new Set(idsOf(await readPage(after.dir, page)));
      for (const id of ids) if (!id.startsWith('site-')) expect(rebuilt.has(id), `${page}#${id}`).toBe(true);
    }
  });
});
