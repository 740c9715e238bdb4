import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSingleFile } from '../../src/site/build-single-file.ts';
import { buildSite } from '../../src/site/build-site.ts';
import { PAGE_ELEMENT_BUDGET } from '../../src/site/timeline-pages.ts';
import { syntheticTimeline } from '../support/synthetic-timeline.ts';
import { htmlPages, pageLinks } from '../site/site-files.ts';
import { validateTimeline, type ValidTimeline } from '../../src/timeline/validate-timeline.ts';
import { launchChromium } from './chromium.ts';
import { expectNoAxeViolations, watchedPage } from './fixture-site.ts';

/**
 * Issue 14: every page within ~5,000 elements, every event reachable from the front page. A
 * synthetic timeline of 2,100 events from 210 articles over 150 years: too long a span for an
 * overview of every month on the front page, and more articles than a filter lists as options.
 */
let timeline: ValidTimeline;
let dir: string;
let browser: Browser;
let pages: Map<string, string>;

beforeAll(async () => {
  timeline = validateTimeline(syntheticTimeline(2100, { firstYear: 1870, years: 150 }));
  dir = await mkdtemp(path.join(tmpdir(), 'timeline-page-size-'));
  await buildSite(timeline, { outDir: path.join(dir, 'site') });
  await buildSingleFile(timeline, { file: path.join(dir, 'single.html') });
  pages = await htmlPages(path.join(dir, 'site'));
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

const links = (file: string): ReturnType<typeof pageLinks> => pageLinks(pages.get(file)!, file);

describe('a 2,100-event site over 150 years', () => {
  it('has no page with more than the element budget, counted in Chromium from file://', async () => {
    // The heaviest page of each folder by its markup, and the front page, opened for real.
    const heaviest = new Map<string, { file: string; tags: number }>();
    for (const [file, text] of pages) {
      const kind = file === 'index.html' ? 'front' : file.split('/')[0]!;
      const tags = text.match(/<[a-z][a-z0-9-]*/giu)?.length ?? 0;
      if ((heaviest.get(kind)?.tags ?? -1) < tags) heaviest.set(kind, { file, tags });
    }
    const counted: Record<string, number> = {};
    for (const { file } of heaviest.values()) {
      const watched = await watchedPage(browser);
      await watched.page.goto(pathToFileURL(path.join(dir, 'site', file)).href);
      counted[file] = await watched.page.evaluate(() => document.getElementsByTagName('*').length);
      await watched.verifyAndClose();
    }
    expect(Object.keys(counted)).toContain('index.html');
    for (const [file, n] of Object.entries(counted)) expect(n, `${file} elements`).toBeLessThanOrEqual(PAGE_ELEMENT_BUDGET);
  });

  it('links every page and every event from the front page within three clicks, by relative links only', () => {
    const depth = new Map<string, number>([['index.html', 0]]);
    const anchors = new Set<string>();
    let frontier = ['index.html'];
    for (let click = 1; click <= 3; click += 1) {
      const next: string[] = [];
      for (const file of frontier) {
        for (const link of links(file)) {
          expect(link.href.startsWith('/'), `${file} links ${link.href}: root-relative links break from file://`).toBe(false);
          if (link.fragment !== '') anchors.add(`${link.target}#${link.fragment}`);
          if (!depth.has(link.target) && pages.has(link.target)) {
            depth.set(link.target, click);
            next.push(link.target);
          }
        }
      }
      frontier = next;
    }
    const timelinePages = [...pages.keys()].filter((f) => f.startsWith('years/'));
    expect(timelinePages.length).toBeGreaterThan(100);
    expect(timelinePages.filter((f) => !depth.has(f)), 'timeline pages not reached in three clicks').toEqual([]);
    // Every event is on a page reached (its card's id is on that page).
    const unreached = timeline.events.filter((e) => ![...depth.keys()].some((f) => f.startsWith('years/') && pages.get(f)!.includes(`id="${e.id}"`)));
    expect(unreached.map((e) => e.id)).toEqual([]);
  });

  it('opens the front page by year, a row per decade, whose year links land on the year', async () => {
    const watched = await watchedPage(browser);
    const { page } = watched;
    await page.goto(pathToFileURL(path.join(dir, 'site', 'index.html')).href);
    expect(await page.locator('table.overview tbody th').first().textContent()).toMatch(/^1870s: \d+ events$/u);
    await expectNoAxeViolations(page);
    await page.click('table.overview a:has-text("1875")');
    await page.waitForURL(/years\/1875\.html$/u);
    expect(await page.locator('h1').textContent()).toBe('1875');
    await watched.verifyAndClose();
  });

  it('opens the single file within the budget, its article choices made options when the filter is used', async () => {
    const watched = await watchedPage(browser);
    const { page } = watched;
    await page.goto(pathToFileURL(path.join(dir, 'single.html')).href);
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThanOrEqual(PAGE_ELEMENT_BUDGET);
    expect(await page.locator('#site-source option').count()).toBe(1);
    await page.focus('#site-source');
    expect(await page.locator('#site-source option').count()).toBe(timeline.documents.length + 1);
    await page.selectOption('#site-source', timeline.documents[3]!.id);
    await expect.poll(() => page.locator('#site-filter-status').textContent()).toMatch(/^10 of 2100 events shown\./u);
    await watched.verifyAndClose();
  });

  it('restores a shared filter of a choice kept as data', async () => {
    const watched = await watchedPage(browser);
    const { page } = watched;
    await page.goto(`${pathToFileURL(path.join(dir, 'single.html')).href}?source=${timeline.documents[5]!.id}`);
    await expect.poll(() => page.locator('#site-source').inputValue()).toBe(timeline.documents[5]!.id);
    await expect.poll(() => page.locator('#site-filter-status').textContent()).toMatch(/^10 of 2100 events shown\./u);
    await watched.verifyAndClose();
  });
});
