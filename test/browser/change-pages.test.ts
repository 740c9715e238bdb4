import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffTimelines, type TimelineDiff } from '../../src/diff/diff-timelines.ts';
import { buildSingleFile } from '../../src/site/build-single-file.ts';
import { buildSite } from '../../src/site/build-site.ts';
import { changeAnchor } from '../../src/site/comparison-view.ts';
import { PAGE_ELEMENT_BUDGET } from '../../src/site/timeline-pages.ts';
import type { Timeline } from '../../src/types.ts';
import { validateTimeline, type ValidTimeline } from '../../src/timeline/validate-timeline.ts';
import { syntheticTimeline } from '../support/synthetic-timeline.ts';
import { htmlPages, pageLinks } from '../site/site-files.ts';
import { launchChromium } from './chromium.ts';
import { expectNoAxeViolations, watchedPage } from './fixture-site.ts';

/**
 * Issue 14 for "What changed": a diff of thousands of new, changed and removed events (made
 * here from a generated timeline) gives pages that each hold at most the element budget, every
 * change two or three clicks from changes.html, and a single file that shows its changes lazily.
 */
let after: ValidTimeline;
let diff: TimelineDiff;
let dir: string;
let browser: Browser;
let pages: Map<string, string>;

/**
 * OLD from NEW (2,400 events over 1990-2001): every third event of NEW missing from OLD (new),
 * every third one after it dated to another year, with another speaker (changed), and 1,500
 * events of other articles over 1980-1982 that NEW no longer has (removed: too many for one
 * page a year).
 */
function olderVersion(now: Timeline): Timeline {
  const gone = syntheticTimeline(1500, { firstYear: 1980, years: 3 });
  const kept = now.events.flatMap((e, i) => {
    if (i % 3 === 0) return [];
    if (i % 3 === 2) return [e];
    const year = Number(e.date.start.slice(0, 4)) - 1;
    return [{ ...e, date: { value: `${year}`, start: `${year}-01-01`, end: `${year}-12-31`, granularity: 'year' as const }, sources: e.sources.map((s) => ({ ...s, attribution: 'an earlier speaker' })) }];
  });
  return {
    documents: [...now.documents, ...gone.documents.map((d) => ({ ...d, id: `gone-${d.id}`, path: `gone-${d.path}` }))],
    events: [...kept, ...gone.events.map((e) => ({ ...e, id: `gone-${e.id}`, sources: e.sources.map((s) => ({ ...s, id: `gone-${s.id}`, document: `gone-${s.document}` })) }))],
    undated: [],
    diagnostics: [],
  };
}

beforeAll(async () => {
  after = validateTimeline(syntheticTimeline(2400, { firstYear: 1990, years: 12 }));
  diff = diffTimelines(olderVersion(after), after);
  dir = await mkdtemp(path.join(tmpdir(), 'timeline-change-pages-'));
  const compareTo = { label: 'the edition of 1 May', diff };
  await buildSite(after, { outDir: path.join(dir, 'site'), compareTo });
  await buildSingleFile(after, { file: path.join(dir, 'single.html'), compareTo });
  pages = await htmlPages(path.join(dir, 'site'));
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

const links = (file: string): ReturnType<typeof pageLinks> => pageLinks(pages.get(file)!, file);

const isChangesPage = (file: string): boolean => file === 'changes.html' || file.startsWith('changes/');

/** The changes pages reached from changes.html in at most `clicks` clicks, through changes pages only. */
function reachedChangesPages(clicks: number): Set<string> {
  const reached = new Set(['changes.html']);
  let frontier = ['changes.html'];
  for (let click = 1; click <= clicks; click += 1) {
    const next: string[] = [];
    for (const file of frontier) {
      for (const link of links(file)) {
        expect(link.href.startsWith('/'), `${file} links ${link.href}: root-relative links break from file://`).toBe(false);
        if (isChangesPage(link.target) && pages.has(link.target) && !reached.has(link.target)) {
          reached.add(link.target);
          next.push(link.target);
        }
      }
    }
    frontier = next;
  }
  return reached;
}

describe('"What changed" for a diff of thousands of changes', () => {
  it('is made from a diff of thousands of new, changed and removed events', () => {
    expect(diff.added.length).toBe(800);
    expect(diff.changed.length).toBe(800);
    expect(diff.removed.length).toBe(1500);
  });

  it('cuts it into pages, each within the element budget, counted in Chromium from file://', async () => {
    const changesPages = [...pages.keys()].filter(isChangesPage).sort();
    expect(changesPages.length).toBeGreaterThan(10);
    // changes.html and the heaviest list page of each kind by its markup, opened for real; every page by its start tags.
    const tags = (file: string): number => pages.get(file)!.match(/<[a-z][a-z0-9-]*/giu)?.length ?? 0;
    expect(changesPages.filter((f) => tags(f) > PAGE_ELEMENT_BUDGET), 'pages over the budget by their markup').toEqual([]);
    const heaviest = ['new', 'changed', 'removed'].map((kind) => changesPages.filter((f) => f.startsWith(`changes/${kind}-`)).reduce((a, b) => (tags(b) > tags(a) ? b : a)));
    const counted: Record<string, number> = {};
    for (const file of ['changes.html', ...heaviest]) {
      const watched = await watchedPage(browser);
      await watched.page.goto(pathToFileURL(path.join(dir, 'site', file)).href);
      counted[file] = await watched.page.evaluate(() => document.getElementsByTagName('*').length);
      await watched.verifyAndClose();
    }
    const over = Object.entries(counted).filter(([, n]) => n > PAGE_ELEMENT_BUDGET);
    expect(over, 'pages over the budget').toEqual([]);
  });

  it('reaches every new, changed and removed event from changes.html within three clicks', () => {
    const reached = reachedChangesPages(3);
    expect([...pages.keys()].filter(isChangesPage).filter((f) => !reached.has(f)), 'changes pages not reached').toEqual([]);
    const reachedText = [...reached].map((f) => pages.get(f)!);
    // New events by their permalinks, changed ones by their entries, removed ones by their entries' headlines.
    const linked = new Set([...reached].flatMap((f) => links(f).map((l) => l.fragment)));
    expect(diff.added.filter((e) => !linked.has(e.id)).map((e) => e.id), 'new events not linked').toEqual([]);
    expect(diff.changed.filter((c) => !reachedText.some((t) => t.includes(`id="${changeAnchor(c.after.id)}"`))).map((c) => c.after.id), 'changes not listed').toEqual([]);
    const removedEntries = [...reached]
      .filter((f) => f.startsWith('changes/removed-'))
      .flatMap((f) => [...pages.get(f)!.matchAll(/<p class="change-headline">([^<]*)<\/p>/gu)].map((m) => m[1]!));
    expect(removedEntries.sort()).toEqual(diff.removed.map((e) => e.headline.replaceAll('&', '&amp;')).sort());
  });

  it('links each changed event\'s badge on the timeline to its entry', () => {
    let badges = 0;
    for (const file of [...pages.keys()].filter((f) => f.startsWith('years/'))) {
      for (const link of links(file).filter((l) => l.fragment.startsWith('site-change-'))) {
        badges += 1;
        expect(pages.get(link.target), `${file} links ${link.href}`).toContain(`id="${link.fragment}"`);
      }
    }
    expect(badges).toBe(diff.changed.length);
  });

  it('opens changes.html as a summary whose counts link to the lists, and leads to an entry', async () => {
    const watched = await watchedPage(browser);
    const { page } = watched;
    await page.goto(pathToFileURL(path.join(dir, 'site', 'changes.html')).href);
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Summary', 'By year', 'The largest changes']);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: /^\d+ removed events, 1981$/u }).click();
    await page.waitForURL(/changes\/removed-1981\.html$/u);
    expect(await page.locator('h1').textContent()).toMatch(/^Removed events, 1981, page 1 of \d+ since the edition of 1 May$/u);
    await page.getByRole('navigation', { name: 'Pages of removed events, 1981', exact: true }).getByRole('link', { name: 'Page 2', exact: true }).click();
    await page.waitForURL(/changes\/removed-1981-page-2\.html$/u);
    await page.getByRole('link', { name: 'Summary of what changed' }).first().click();
    await page.waitForURL(/changes\.html$/u);
    await page.locator('#site-changes-largest + p + ol a').first().click();
    await page.waitForURL(/changes\/changed-\d{4}(-page-\d+)?\.html#site-change-/u);
    const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.locator(`[id="${target}"] .change-kinds`).textContent()).toMatch(/Redated/u);
    await expectNoAxeViolations(page);
    await watched.verifyAndClose();
    // Pages of ~4,500 elements checked by axe on a shared machine.
  }, 180_000);

  it('opens the single file within the budget, its changes shown when a link to one is followed', async () => {
    const watched = await watchedPage(browser);
    const { page } = watched;
    const url = pathToFileURL(path.join(dir, 'single.html')).href;
    await page.goto(url);
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThanOrEqual(PAGE_ELEMENT_BUDGET);
    await expectNoAxeViolations(page);
    const id = changeAnchor(diff.changed.at(-1)!.after.id);
    expect(await page.locator(`[id="${id}"]`).count()).toBe(0);
    await page.goto(`${url}#${id}`);
    await expect.poll(() => page.locator(`[id="${id}"]`).count()).toBe(1);
    expect(await page.locator(`[id="${id}"] .change-kinds`).textContent()).toMatch(/Redated/u);
    await watched.verifyAndClose();
  }, 180_000);
});
