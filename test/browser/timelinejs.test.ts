import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/site/build-site.ts';
import { validateTimeline } from '../../src/timeline/validate-timeline.ts';
import { fixtureTimeline } from '../site/fixture-timeline.ts';
import { launchChromium } from './chromium.ts';
import { watchedPage } from './fixture-site.ts';

/** Knight Lab's own build of TimelineJS3, from npm: the export is checked by the real thing. */
function timelineJsDist(): string {
  const require = createRequire(import.meta.url);
  const dist = path.join(path.dirname(require.resolve('@knight-lab/timelinejs/package.json')), 'dist');
  if (!existsSync(path.join(dist, 'js/timeline.js'))) throw new Error(`TimelineJS is missing at ${dist}: run "npm ci" (it is a dev dependency)`);
  return dist;
}

let dir: string;
let browser: Browser;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'timeline-tljs-'));
  await buildSite(validateTimeline(fixtureTimeline()), { outDir: dir });
  await cp(timelineJsDist(), path.join(dir, 'tl'), { recursive: true });
  // A page beside the site, as a newsroom embeds the export: the data inline, since file:// cannot be fetched.
  const data = await readFile(path.join(dir, 'timelinejs.json'), 'utf8');
  await writeFile(
    path.join(dir, 'embed.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Embed</title>
<link rel="stylesheet" href="tl/css/timeline.css"></head>
<body><div id="timeline-embed" style="width: 1200px; height: 700px"></div>
<script src="tl/js/timeline.js"></script>
<script>window.timeline = new TL.Timeline('timeline-embed', ${data.replace(/</g, '\\u003c')}, { script_path: new URL('tl/js/', location.href).href, hash_bookmark: false });</script>
</body></html>`,
  );
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the TimelineJS export in the real TimelineJS3, from file://', () => {
  it('renders every event, grouped by source, with no console error; its passage links reach their passages', async () => {
    const watched = await watchedPage(browser);
    const { page } = watched;
    // TimelineJS's own stylesheet asks Google Fonts for its typefaces; offline here, they are answered empty.
    await page.route(/^https:\/\/fonts\.gstatic\.com\//, (route) => route.fulfill({ status: 200, contentType: 'font/ttf', body: '' }));
    await page.goto(pathToFileURL(path.join(dir, 'embed.html')).href);
    // Under load on a shared machine TimelineJS can take longer than playwright's 30 s default to lay out.
    await page.waitForSelector('.tl-timemarker', { state: 'attached', timeout: 90_000 });
    const exported = JSON.parse(await readFile(path.join(dir, 'timelinejs.json'), 'utf8')) as { events: unknown[] };
    expect(await page.locator('.tl-timemarker').count()).toBe(exported.events.length);
    // One row per source, named by it: not one per year.
    const groups = await page.locator('.tl-timegroup-message').allTextContents();
    // (TimelineJS's sanitiser drops the markup from the hostile title; it shows the rest as text.)
    expect(groups.sort()).toEqual(['Example Wire', expect.stringMatching(/Kobani, five years on$/)]);
    // The slide quotes its passage and links it on the site.
    const slide = page.locator('.tl-slide-content').filter({ hasText: 'officials said.' }).first();
    expect(await slide.locator('blockquote').first().textContent()).toContain('Islamic State fighters');
    const hrefs = await page.locator('.tl-slide-content a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    const local = [...new Set(hrefs.filter((h) => h.startsWith('file:')))];
    expect(local.length).toBeGreaterThan(0);
    for (const href of local) {
      const url = new URL(href);
      const file = fileURLToPath(url);
      expect(existsSync(file), `${href} is a file of the site`).toBe(true);
      const anchor = decodeURIComponent(url.hash.slice(1));
      expect(await readFile(file, 'utf8'), `${href}: the passage is on its page`).toContain(` id="${anchor}"`);
    }
    expect(hrefs.filter((h) => !h.startsWith('file:')).every((h) => h.startsWith('https://example.org/news/kobani#:~:text='))).toBe(true);
    // A reader's click on a passage link opens its passage: go to the first slide that has one,
    // wait until the slider has brought it into view and stopped, then click it as a reader does.
    const slideIndex = await page.evaluate(() => [...document.querySelectorAll('.tl-slide')].findIndex((s) => s.querySelector('.tl-slide-content a[href^="documents/"]') !== null));
    expect(slideIndex, 'a slide links a passage').toBeGreaterThanOrEqual(0);
    await page.evaluate((n) => (window as unknown as { timeline: { goTo(n: number): void } }).timeline.goTo(n), slideIndex);
    const link = page.locator('.tl-slide').nth(slideIndex).locator('.tl-slide-content a[href^="documents/"]').first();
    await page.waitForFunction(
      (a) => {
        const box = (a as HTMLElement).getBoundingClientRect();
        const state = a as HTMLElement & { lastLeft?: number };
        const settled = state.lastLeft === box.left && box.left >= 0 && box.right <= window.innerWidth && box.width > 0;
        state.lastLeft = box.left;
        return settled;
      },
      await link.elementHandle(),
      { polling: 100, timeout: 60_000 },
    );
    const target = await link.getAttribute('href');
    await link.evaluate((a) => a.removeAttribute('target'));
    await link.click();
    await page.waitForURL((u) => u.pathname.endsWith(target!.split('#')[0]!));
    expect(await page.locator(`[id="${decodeURIComponent(target!.split('#')[1]!)}"]`).count()).toBe(1);
    expect(watched.consoleErrors, 'console errors').toEqual([]);
    expect(watched.dialogs, 'dialogs').toEqual([]);
    expect(watched.failures, 'failed requests').toEqual([]);
    // Nothing of the export leaves file://: only TimelineJS's fonts do.
    expect(watched.requests.filter((u) => !u.startsWith('file://') && !u.startsWith('https://fonts.gstatic.com/')), 'requests that left file://').toEqual([]);
    await page.context().close();
  }, 150_000);
});
