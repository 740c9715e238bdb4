import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openFixtureSite, watchedPage, type FixtureSite, type WatchedPage } from './fixture-site.ts';
import { SCRIPT_LOADER } from '../../src/site/html.ts';

const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

let site: FixtureSite;
let siteUrl: string;
let watched: WatchedPage;

beforeAll(async () => {
  site = await openFixtureSite();
  siteUrl = site.url;
  await mkdir(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await site?.close();
});

beforeEach(async () => {
  watched = await watchedPage(site.browser);
});

// Every test ends with the same checks: nothing left file://, nothing failed, nothing popped up.
afterEach(async () => {
  await watched.verifyAndClose();
});

async function targetId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector(':target')?.id ?? null);
}

async function isHighlighted(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const rect = el.getBoundingClientRect();
    const inView = rect.top < window.innerHeight && rect.bottom > 0 && rect.height > 0;
    const style = getComputedStyle(el);
    return inView && el.matches(':target') && style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.boxShadow !== 'none';
  }, selector);
}

describe('the site opened from disk (file://)', () => {
  it('follows a source link to its passage and the back-link to its event', async () => {
    const { page } = watched;
    await page.goto(siteUrl + 'years/2014.html');
    await page.click('#kobani-siege-entered-2014-09 a[href="../documents/kobani-siege.html#p-islamic-state-fighters"]');
    await page.waitForURL(/kobani-siege\.html#p-islamic-state-fighters$/);
    expect(new URL(page.url()).hash).toBe('#p-islamic-state-fighters');
    expect(await targetId(page)).toBe('p-islamic-state-fighters');
    await expect.poll(() => isHighlighted(page, '#p-islamic-state-fighters')).toBe(true);
    // Not every passage is highlighted: only the one reached.
    expect(await isHighlighted(page, '#p-the-siege-began')).toBe(false);
    // Inside it, the statement the event was read from stands out.
    const decoration = (selector: string) => page.$eval(selector, (el) => getComputedStyle(el).textDecorationLine);
    expect(await decoration('#p-islamic-state-fighters .statement')).toBe('underline');
    expect(await decoration('#p-the-siege-began .statement')).toBe('none');

    await page.click('#p-islamic-state-fighters a[href="../years/2014.html#kobani-siege-entered-2014-09"]');
    await page.waitForURL(/years\/2014\.html#kobani-siege-entered-2014-09$/);
    expect(await targetId(page)).toBe('kobani-siege-entered-2014-09');
    // The page scrolls to the event (smoothly, where motion is welcome): wait until it is in view.
    await expect.poll(() => isHighlighted(page, '#kobani-siege-entered-2014-09')).toBe(true);
  });

  it('loads its stylesheet and navigates between all pages through relative links', async () => {
    const { page } = watched;
    await page.goto(siteUrl + 'documents/kobani-aftermath.html');
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('flex');
    await page.click('nav a:text("Undated")');
    await page.waitForURL(/undated\.html$/);
    await page.click('a[href="documents/kobani-aftermath.html#p-reconstruction-started"]');
    expect(await targetId(page)).toBe('p-reconstruction-started');
    await page.click('nav a:text("About")');
    await page.waitForURL(/about\.html$/);
    expect(await page.locator('h1').textContent()).toBe('About this timeline');
  });

  it('shows what a date mention was read as on keyboard focus, and keeps page chrome folded', async () => {
    const { page } = watched;
    await page.goto(siteUrl + 'documents/kobani-siege.html');
    const note = page.locator('#site-note-0');
    expect(await note.isVisible()).toBe(false);
    await page.focus('[aria-describedby="site-note-0"]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toBe('Read as September 2014 (2014-09)');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect(await note.isVisible()).toBe(false);
    await page.hover('[aria-describedby="site-note-0"]');
    expect(await note.isVisible()).toBe(true);
    expect(await page.locator('details.chrome').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('#p-share-this-article').isVisible()).toBe(false);
  });

  it('runs nothing from the hostile corpus text', async () => {
    const { page } = watched;
    for (const file of ['index.html', 'years/2014.html', 'years/2019.html', 'documents/kobani-siege.html', 'documents/kobani-aftermath.html', 'undated.html', 'about.html']) {
      await page.goto(siteUrl + file);
      const injected = await page.evaluate((loader) => ({
        // The site's script loader is the one inline script a page may have.
        inlineScripts: [...document.querySelectorAll('script:not([src])')].filter((s) => s.textContent !== loader).length,
        images: document.querySelectorAll('img').length,
        handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
        javascriptLinks: [...document.querySelectorAll('[href], [src]')].filter((el) => /^\s*javascript:/i.test(el.getAttribute('href') ?? el.getAttribute('src') ?? '')).length,
      }), SCRIPT_LOADER);
      expect(injected, file).toEqual({ inlineScripts: 0, images: 0, handlers: 0, javascriptLinks: 0 });
      expect(await page.locator('body').textContent(), file).not.toBeNull();
    }
    await page.goto(siteUrl + 'documents/kobani-aftermath.html');
    expect(await page.locator('h1').textContent()).toBe('<script>alert(1)</script> Kobani, five years on');
  });

  it('keeps screenshots of the timeline and a source page at desktop and phone widths', async () => {
    const { page } = watched;
    for (const [name, width] of [['desktop', 1280], ['phone', 390]] as const) {
      await page.setViewportSize({ width, height: width === 1280 ? 900 : 844 });
      await page.goto(siteUrl + 'index.html');
      await page.screenshot({ path: path.join(ARTIFACTS, `timeline-${name}.png`), fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.goto(siteUrl + 'years/2014.html');
      await page.screenshot({ path: path.join(ARTIFACTS, `year-${name}.png`), fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.goto(siteUrl + 'documents/kobani-siege.html#p-the-siege-began');
      await page.focus('[aria-describedby="site-note-1"]');
      await page.screenshot({ path: path.join(ARTIFACTS, `source-${name}.png`), fullPage: true });
      // Nothing is wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(siteUrl + 'index.html');
    await page.fill('#site-q', 'kobani');
    await page.waitForSelector('#site-event-hits:not([hidden])');
    await page.screenshot({ path: path.join(ARTIFACTS, 'timeline-desktop-dark-search.png'), fullPage: true });
    await page.goto(siteUrl + 'years/2014.html');
    await page.screenshot({ path: path.join(ARTIFACTS, 'year-desktop-dark.png'), fullPage: true });
    await page.goto(siteUrl + 'documents/kobani-aftermath.html#p-on-13-october-2019');
    await page.screenshot({ path: path.join(ARTIFACTS, 'source-desktop-dark.png'), fullPage: true });
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await page.goto(siteUrl + 'years/2014.html');
    await page.screenshot({ path: path.join(ARTIFACTS, 'timeline-print.png'), fullPage: true });
  });
});
