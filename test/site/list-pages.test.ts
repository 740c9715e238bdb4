import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/site/build-site.ts';
import { ARTICLE_ROW_ELEMENTS, MESSAGE_ELEMENTS, planListPages, UNDATED_ELEMENTS } from '../../src/site/list-pages.ts';
import { articleRow, messageItem } from '../../src/site/parts/about-parts.ts';
import { undatedList } from '../../src/site/parts/undated-parts.ts';
import { buildSiteModel } from '../../src/site/site-model.ts';
import { PAGE_ELEMENT_BUDGET } from '../../src/site/timeline-pages.ts';
import { validateTimeline } from '../../src/timeline/validate-timeline.ts';
import type { Timeline } from '../../src/types.ts';
import { syntheticTimeline } from '../support/synthetic-timeline.ts';
import { brokenLinks, idsOf, listFiles, readPage } from './site-files.ts';

/** The elements of a piece of markup: its start tags. */
const elementCount = (markup: string): number => markup.match(/<[a-z][a-z0-9]*/gi)?.length ?? 0;

describe('planListPages', () => {
  it.each([
    // items (their weights), room, the pages (their items), in order
    ['no item: one empty page', [], 100, [[]]],
    ['all fit: one page', [10, 20, 30], 100, [[10, 20, 30]]],
    // 3 pages take 9 elements of page numbers: room 91 per page.
    ['cut where the next would not fit, less the page numbers', [40, 40, 40, 40, 40], 100, [[40, 40], [40, 40], [40]]],
    ['an item larger than a page has one of its own', [30, 200, 30], 100, [[30], [200], [30]]],
    // Without the page numbers' share (2 pages, 6 elements) 50 + 50 would fit the room of 100.
    ['the page numbers take their share', [50, 50, 50], 100, [[50], [50], [50]]],
  ])('%s', (_name, weights, room, pages) => {
    const planned = planListPages(weights, 'list', (w) => w, room);
    expect(planned.map((p) => p.items)).toEqual(pages);
    expect(planned.map((p) => p.href)).toEqual(pages.map((_, i) => (i === 0 ? '/list.html' : `/list-page-${i + 1}.html`)));
    expect(planned.map((p) => [p.previous, p.next])).toEqual(planned.map((_, i) => [planned[i - 1]?.href ?? null, planned[i + 1]?.href ?? null]));
    for (const p of planned) {
      expect(p.pageNumbers.filter((n) => n.current).map((n) => n.href)).toEqual(planned.length === 1 ? [] : [p.href]);
      expect(p.items.reduce((n, w) => n + w, 0) + p.pageNumbers.length * 3 <= room || p.items.length === 1).toBe(true);
    }
  });
});

describe('the element counts of list items', () => {
  it('never counts fewer elements for an article row, a build message or an undated expression than its markup has', () => {
    const timeline = syntheticTimeline(30);
    const doc = timeline.documents[0]!;
    const p = doc.passages.find((x) => x.kind === 'body')!;
    const m = doc.mentions[0]!;
    const undated = [{ document: doc.id, mention: { start: m.start, end: m.end, text: m.text, value: m.value, type: m.type }, passage: { id: p.id, start: p.start, end: p.end, text: p.text }, reason: 'No reference date.' }];
    const diagnostics = [
      { document: doc.path, line: 1, column: 1, severity: 'warning' as const, code: 'x', message: 'linked' },
      { document: 'elsewhere.txt', line: 1, column: 1, severity: 'error' as const, code: 'x', message: 'not linked' },
    ];
    const model = buildSiteModel(validateTimeline({ ...timeline, documents: timeline.documents.map((d, i) => (i === 1 ? { ...d, published: null } : d)), undated, diagnostics }));
    for (const row of model.documents) expect(elementCount(articleRow(row).value)).toBeLessThanOrEqual(ARTICLE_ROW_ELEMENTS);
    for (const d of model.diagnostics) expect(elementCount(messageItem(d).value)).toBeLessThanOrEqual(MESSAGE_ELEMENTS);
    // The list's own <ol> is the page's, not the item's.
    expect(elementCount(undatedList(model.undated).value) - 1).toBeLessThanOrEqual(UNDATED_ELEMENTS);
  });
});

describe('a large corpus (600 articles, 1,200 undated expressions, 2,000 build messages) on pages', () => {
  let dir: string;
  let timeline: Timeline;
  let files: string[];
  const listPages = (f: string): boolean => /^(about|articles|messages|undated)(-page-\d+)?\.html$/.test(f);

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'list-pages-'));
    const base = syntheticTimeline(6000);
    // Every article kept, one event in ten: the site is about its lists, not its years.
    const events = base.events.filter((_, i) => i % 10 === 0);
    const undated = base.documents.flatMap((doc) =>
      doc.passages
        .filter((p) => p.kind === 'body')
        .slice(0, 2)
        .map((p) => {
          const m = doc.mentions.find((x) => x.start >= p.start && x.end <= p.end)!;
          return { document: doc.id, mention: { start: m.start, end: m.end, text: m.text, value: m.value, type: m.type }, passage: { id: p.id, start: p.start, end: p.end, text: p.text }, reason: 'No reference date for it.' };
        }),
    );
    const diagnostics = Array.from({ length: 2000 }, (_, i) => ({
      // Most name an article of the corpus (linked), some a file that is not one (not linked).
      document: i % 7 === 0 ? `missing-${i}.txt` : base.documents[i % base.documents.length]!.path,
      line: 1 + (i % 40),
      column: 1,
      severity: (['error', 'warning', 'info'] as const)[i % 3]!,
      code: 'test-message',
      message: `Message ${i} of the build.`,
    }));
    timeline = validateTimeline({ ...base, events, undated, diagnostics });
    await buildSite(validateTimeline(timeline), { outDir: dir });
    files = await listFiles(dir);
  }, 300_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it(`keeps the about, article, message and undated pages within ${PAGE_ELEMENT_BUDGET} elements, on numbered pages`, async () => {
    const pages = files.filter(listPages);
    expect(pages).toEqual(expect.arrayContaining(['about.html', 'articles.html', 'articles-page-2.html', 'messages.html', 'messages-page-2.html', 'undated.html', 'undated-page-2.html']));
    for (const page of pages) expect(elementCount(await readPage(dir, page)), page).toBeLessThanOrEqual(PAGE_ELEMENT_BUDGET);
    const about = await readPage(dir, 'about.html');
    expect(about).toContain('600 articles, too many for this page: listed on pages <a href="articles.html" aria-label="Articles, page 1">1</a> <a href="articles-page-2.html"');
    expect(about).toContain('2000 messages, too many for this page');
    expect(about).toContain('<h2 id="site-reading">How to read it</h2>');
  });

  it('lists every article, build message and undated expression exactly once across its pages', async () => {
    const of = async (prefix: string, pattern: RegExp): Promise<string[]> => {
      const found: string[] = [];
      const pageNumber = (f: string): number => Number(f.match(/-page-(\d+)\.html$/)?.[1] ?? 1);
      const pages = files.filter((f) => listPages(f) && f.startsWith(prefix)).sort((a, b) => pageNumber(a) - pageNumber(b));
      for (const page of pages) for (const m of (await readPage(dir, page)).matchAll(pattern)) found.push(m[1]!);
      return found;
    };
    const articles = await of('articles', /<tr><th scope="row"><a href="documents\/([^"]*)\.html">/g);
    // In the order of the whole table: by date published, then id (all of these have one date).
    expect(articles).toEqual(timeline.documents.map((d) => d.id).sort());
    expect(await of('messages', /Message (\d+) of the build\./g)).toHaveLength(2000);
    expect(new Set(await of('messages', /Message (\d+) of the build\./g)).size).toBe(2000);
    expect(await of('undated', /<li class="undated-item">()/g)).toHaveLength(1200);
  });

  it("links an article's page to the undated page that lists its undated expressions", async () => {
    for (const doc of [timeline.documents[0]!, timeline.documents[299]!, timeline.documents[599]!]) {
      const page = await readPage(dir, `documents/${doc.id}.html`);
      const href = page.match(/<a href="\.\.\/(undated[^"]*)">2 undated expressions<\/a>/)?.[1];
      expect(href, doc.id).toBeDefined();
      expect(await readPage(dir, href!)).toContain(`<a href="documents/${doc.id}.html#`);
    }
  });

  it('has no broken link on the about, article, message and undated pages, and page numbers on each', async () => {
    const broken: string[] = [];
    for (const page of files.filter(listPages)) broken.push(...(await brokenLinks(dir, page)));
    expect(broken).toEqual([]);
    const second = await readPage(dir, 'undated-page-2.html');
    expect(second).toContain('<a href="undated-page-2.html" aria-current="page"><span class="visually-hidden">Page </span>2</a>');
    expect(second).toContain('<a href="undated.html" rel="prev">← Page 1</a>');
    expect(idsOf(await readPage(dir, 'articles-page-2.html'))).toContain('site-corpus');
  });
});
