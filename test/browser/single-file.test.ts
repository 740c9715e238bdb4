import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/pipeline.ts';
import { buildSingleFile } from '../../src/site/build-single-file.ts';
import type { Timeline } from '../../src/types.ts';
import { fixtureTimeline } from '../site/fixture-timeline.ts';
import { launchChromium } from './chromium.ts';
import { watchedPage } from './fixture-site.ts';
import { validateTimeline } from '../../src/timeline/validate-timeline.ts';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

let dir: string;
let timeline: Timeline;
let seedUrl: string;
let fixtureUrl: string;
let lazyUrl: string;
let browser: Browser;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'timeline-single-'));
  timeline = await buildTimeline(CONTENT);
  await buildSingleFile(validateTimeline(timeline), { file: path.join(dir, 'seed.html') });
  await buildSingleFile(validateTimeline(fixtureTimeline()), { file: path.join(dir, 'fixture.html') });
  await buildSingleFile(validateTimeline(timeline), { file: path.join(dir, 'seed-lazy.html'), lazy: true });
  seedUrl = pathToFileURL(path.join(dir, 'seed.html')).href;
  lazyUrl = pathToFileURL(path.join(dir, 'seed-lazy.html')).href;
  fixtureUrl = pathToFileURL(path.join(dir, 'fixture.html')).href;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

/** The element a link reached: its id, whether it is in view and marked, and the article it lies in. */
async function reached(page: Page): Promise<{ id: string | null; inView: boolean; marked: boolean; article: string | null }> {
  return page.evaluate(() => {
    const el = document.querySelector(':target');
    if (!el) return { id: null, inView: false, marked: false, article: null };
    const rect = el.getBoundingClientRect();
    return {
      id: el.id,
      inView: rect.top < window.innerHeight && rect.bottom > 0 && rect.height > 0,
      marked: getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)',
      article: el.closest('article.document')?.id ?? null,
    };
  });
}

describe('the single file of the seed corpus, opened from disk', () => {
  it('requests nothing but itself, follows a source link to its passage in its article, and back', async () => {
    const watched = await watchedPage(browser);
    const { page } = watched;
    await page.goto(seedUrl);
    const event = [...timeline.events].sort((a, b) => a.id.localeCompare(b.id))[0]!;
    const source = event.sources[0]!;
    const passageAnchor = `site-doc-${source.document}/p/${source.passage.id}`;
    await page.click(`[id="${event.id}"] a[href="#${encodeURIComponent(`site-doc-${source.document}`)}/p/${encodeURIComponent(source.passage.id)}"]`);
    await expect.poll(() => reached(page)).toEqual({ id: passageAnchor, inView: true, marked: true, article: `site-doc-${source.document}` });
    // The passage is shown in its article: the passages around it are there too.
    expect(await page.locator(`[id="site-doc-${source.document}"] .passage`).count()).toBeGreaterThan(3);
    await page.click(`[id="${passageAnchor}"] a[href="#${encodeURIComponent(event.id)}"]`);
    await expect.poll(async () => (await reached(page)).id).toBe(event.id);
    expect(watched.requests).toEqual([seedUrl]);
    await watched.verifyAndClose();
  });

  it('searches and filters its events, and lists matching passages that link inside it', async () => {
    const watched = await watchedPage(browser);
    const { page } = watched;
    await page.goto(seedUrl);
    expect(await page.isVisible('#site-filters')).toBe(true);
    const visible = () => page.$$eval('article.event', (list) => list.filter((a) => (a as HTMLElement).offsetParent !== null).length);
    expect(await visible()).toBe(timeline.events.length);
    await page.fill('#site-q', 'Akçakale');
    expect(await visible()).toBe(1);
    expect(await page.textContent('#site-filter-status')).toMatch(new RegExp(`^1 of ${timeline.events.length} events shown\\. \\d+ passages? match`));
    await page.click('#site-passage-hits a');
    // The page scrolls smoothly where motion is welcome: wait until the passage is in view.
    await expect.poll(async () => (await reached(page)).inView).toBe(true);
    expect((await reached(page)).article).toMatch(/^site-doc-/);
    await page.fill('#site-q', '');
    const year = timeline.events[0]!.date.start.slice(0, 4);
    await page.selectOption('#site-year', year);
    expect(await visible()).toBe(timeline.events.filter((e) => e.date.start.startsWith(year)).length);
    expect(watched.requests).toEqual([seedUrl]);
    await watched.verifyAndClose();
  });

  it('lists every event and article without JavaScript', async () => {
    const watched = await watchedPage(browser, { javaScriptEnabled: false });
    const { page } = watched;
    await page.goto(seedUrl);
    expect(await page.isVisible('#site-filters')).toBe(false);
    expect(await page.locator('article.event').count()).toBe(timeline.events.length);
    expect(await page.locator('article.document').count()).toBe(timeline.documents.length);
    await watched.verifyAndClose();
  });
});

describe('the lazy single file of the seed corpus, opened from disk', () => {
  it('shows events as they are reached, follows a source link into an article not yet shown, and back', async () => {
    const watched = await watchedPage(browser);
    const { page } = watched;
    await page.goto(lazyUrl);
    // The events near the top are shown, the others and the articles further down not yet.
    await expect.poll(() => page.locator('article.event').count()).toBeGreaterThan(0);
    expect(await page.locator('article.event').count()).toBeLessThan(timeline.events.length);
    expect(await page.locator('article.document').count()).toBe(0);
    const shownId = await page.getAttribute('article.event', 'id');
    const event = timeline.events.find((e) => e.id === shownId)!;
    const source = event.sources[0]!;
    const passageAnchor = `site-doc-${source.document}/p/${source.passage.id}`;
    await page.click(`[id="${event.id}"] a[href="#${encodeURIComponent(`site-doc-${source.document}`)}/p/${encodeURIComponent(source.passage.id)}"]`);
    await expect.poll(() => reached(page)).toEqual({ id: passageAnchor, inView: true, marked: true, article: `site-doc-${source.document}` });
    await page.click(`[id="${passageAnchor}"] a[href="#${encodeURIComponent(event.id)}"]`);
    await expect.poll(async () => (await reached(page)).id).toBe(event.id);
    expect(watched.requests).toEqual([lazyUrl]);
    await watched.verifyAndClose();
  });

  it('opens at a passage it has not shown yet, and filters over every event, shown or not', async () => {
    const watched = await watchedPage(browser);
    const { page } = watched;
    const source = timeline.events[timeline.events.length - 1]!.sources[0]!;
    const passageAnchor = `site-doc-${source.document}/p/${source.passage.id}`;
    await page.goto(`${lazyUrl}#${encodeURIComponent(`site-doc-${source.document}`)}/p/${encodeURIComponent(source.passage.id)}`);
    await expect.poll(() => reached(page)).toEqual({ id: passageAnchor, inView: true, marked: true, article: `site-doc-${source.document}` });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.fill('#site-q', 'Akçakale');
    expect(await page.textContent('#site-filter-status')).toMatch(new RegExp(`^1 of ${timeline.events.length} events shown\\.`));
    const visible = () => page.$$eval('article.event', (list) => list.filter((a) => (a as HTMLElement).offsetParent !== null).length);
    expect(await visible()).toBe(1);
    await page.fill('#site-q', '');
    await expect.poll(visible).toBeGreaterThan(0);
    expect(watched.requests).toEqual([page.url().split('#')[0]]);
    await watched.verifyAndClose();
  });
});

describe('the single file of the hostile fixture', () => {
  it('runs nothing from the corpus text and shows it as text', async () => {
    const watched = await watchedPage(browser);
    const { page } = watched;
    await page.goto(fixtureUrl);
    await page.fill('#site-q', 'alert(1)');
    const found = await page.evaluate(() => ({
      scripts: document.querySelectorAll('script').length,
      images: document.querySelectorAll('img').length,
      handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
      javascriptLinks: [...document.querySelectorAll('[href]')].filter((el) => /^\s*javascript:/i.test(el.getAttribute('href') ?? '')).length,
    }));
    expect(found).toEqual({ scripts: 1, images: 0, handlers: 0, javascriptLinks: 0 });
    expect(await page.locator('#site-passage-hits').textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('[id="site-doc-kobani-aftermath/title"]').textContent()).toBe('<script>alert(1)</script> Kobani, five years on');
    expect(watched.requests).toEqual([fixtureUrl]);
    await watched.verifyAndClose();
  });
});
