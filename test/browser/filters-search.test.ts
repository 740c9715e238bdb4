import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixtureSite, watchedPage, type FixtureSite } from './fixture-site.ts';

let site: FixtureSite;

beforeAll(async () => {
  site = await openFixtureSite();
});

afterAll(async () => {
  await site?.close();
});

/** The ids of the events a reader can see. */
async function visibleEvents(page: Page): Promise<string[]> {
  return page.$$eval('article.event', (articles) => articles.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => a.id));
}

const ALL = [
  'kobani-siege-began-2014',
  'kobani-aftermath-control-2014-01',
  'kobani-siege-entered-2014-09',
  'kobani-siege-repelled-2014-10-13',
  'kobani-siege-withdrawal-2019',
];

describe('filters and search on the timeline page', () => {
  it('filters by source, by who asserts, by hedging and by year', async () => {
    const watched = await watchedPage(site.browser);
    const { page } = watched;
    await page.goto(site.url + 'index.html');
    expect(await page.isVisible('#site-filters')).toBe(true);
    expect(await visibleEvents(page)).toEqual(ALL);

    await page.selectOption('#site-source', 'kobani-aftermath');
    expect(await visibleEvents(page)).toEqual(['kobani-aftermath-control-2014-01', 'kobani-siege-entered-2014-09', 'kobani-siege-withdrawal-2019']);
    expect(await page.textContent('#site-filter-status')).toBe('3 of 5 events shown.');

    await page.selectOption('#site-source', '');
    await page.selectOption('#site-who', 'site-unattributed');
    expect(await visibleEvents(page)).toEqual(['kobani-aftermath-control-2014-01']);
    await page.selectOption('#site-who', 'officials');
    expect(await visibleEvents(page)).toEqual(['kobani-siege-entered-2014-09']);

    await page.selectOption('#site-who', '');
    await page.selectOption('#site-hedged', 'yes');
    expect(await visibleEvents(page)).toEqual(['kobani-siege-began-2014']);

    await page.selectOption('#site-hedged', '');
    await page.selectOption('#site-year', '2019');
    expect(await visibleEvents(page)).toEqual(['kobani-siege-withdrawal-2019']);
    // The emptied year disappears with its heading.
    expect(await page.isVisible('#site-year-2014')).toBe(false);

    await page.click('button[type="reset"]');
    await expect.poll(() => visibleEvents(page)).toEqual(ALL);
    expect(await page.textContent('#site-filter-status')).toBe('');
    await watched.verifyAndClose();
  });

  it('searches headlines and passages, and lists matching passages with links', async () => {
    const watched = await watchedPage(site.browser);
    const { page } = watched;
    await page.goto(site.url + 'index.html');
    await page.fill('#site-q', 'Kurdish CONTROL');
    expect(await visibleEvents(page)).toEqual(['kobani-aftermath-control-2014-01']);

    await page.fill('#site-q', 'reconstruction');
    expect(await visibleEvents(page)).toEqual([]);
    expect(await page.textContent('#site-filter-status')).toBe('No events match. 1 passage matches the search.');
    await page.click('#site-passage-hits a');
    await page.waitForURL(/kobani-aftermath\.html#p-reconstruction-started$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p-reconstruction-started');
    await watched.verifyAndClose();
  });

  it('shows hostile text found by a search as text, never as markup', async () => {
    const watched = await watchedPage(site.browser);
    const { page } = watched;
    await page.goto(site.url + 'index.html');
    await page.fill('#site-q', '<img src=x');
    await page.fill('#site-q', 'alert(1)');
    expect(await page.locator('#site-passage-hits li').count()).toBeGreaterThan(0);
    expect(await page.locator('#site-passage-hits').textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.evaluate(() => document.querySelectorAll('img, script:not([src])').length)).toBe(0);
    await watched.verifyAndClose();
  });

  it('lists every event without JavaScript, the filters left hidden', async () => {
    const watched = await watchedPage(site.browser, { javaScriptEnabled: false });
    const { page } = watched;
    await page.goto(site.url + 'index.html');
    expect(await page.isVisible('#site-filters')).toBe(false);
    expect(await visibleEvents(page)).toEqual(ALL);
    await watched.verifyAndClose();
  });
});
