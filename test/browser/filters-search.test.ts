import { rm } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixtureSite, watchedPage, type FixtureSite } from './fixture-site.ts';
import { SCRIPT_LOADER } from '../../src/site/html.ts';
import { eventIndexShards, SEARCH_OPTIONS } from '../../src/site/search-index.ts';
import { validateTimeline } from '../../src/timeline/validate-timeline.ts';
import type { Timeline } from '../../src/types.ts';
import { fixtureTimeline } from '../site/fixture-timeline.ts';

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

/** The events on the 2014 page. */
const Y2014 = ['kobani-siege-began-2014', 'kobani-aftermath-control-2014-01', 'kobani-siege-entered-2014-09', 'kobani-siege-repelled-2014-10-13'];

/** The texts of the listed hits (event or passage) a reader can see. */
async function hits(page: Page, list: '#site-event-hits' | '#site-passage-hits'): Promise<string[]> {
  if (!(await page.isVisible(list))) return [];
  return page.$$eval(`${list} li`, (items) => items.map((li) => li.textContent ?? ''));
}

describe('filters on a year page', () => {
  it('filters by source, by who asserts, by hedging and by words', async () => {
    const watched = await watchedPage(site.browser);
    const { page } = watched;
    await page.goto(site.url + 'years/2014.html');
    expect(await page.isVisible('#site-filters')).toBe(true);
    // A year page offers no year filter: the years are pages.
    expect(await page.locator('#site-year').count()).toBe(0);
    expect(await visibleEvents(page)).toEqual(Y2014);

    await page.selectOption('#site-source', 'kobani-aftermath');
    expect(await visibleEvents(page)).toEqual(['kobani-aftermath-control-2014-01', 'kobani-siege-entered-2014-09']);
    expect(await page.textContent('#site-filter-status')).toBe('2 of 4 events shown.');

    await page.selectOption('#site-source', '');
    await page.selectOption('#site-who', 'site-unattributed');
    expect(await visibleEvents(page)).toEqual(['kobani-aftermath-control-2014-01']);
    await page.selectOption('#site-who', 'officials');
    expect(await visibleEvents(page)).toEqual(['kobani-siege-entered-2014-09']);

    await page.selectOption('#site-who', '');
    await page.selectOption('#site-hedged', 'yes');
    expect(await visibleEvents(page)).toEqual(['kobani-siege-began-2014']);
    // An emptied month disappears with its heading.
    expect(await page.isVisible('#site-month-2014-09')).toBe(false);

    await page.selectOption('#site-hedged', '');
    await page.fill('#site-q', 'Kurdish CONTROL');
    expect(await visibleEvents(page)).toEqual(['kobani-aftermath-control-2014-01']);

    await page.click('button[type="reset"]');
    await expect.poll(() => visibleEvents(page)).toEqual(Y2014);
    expect(await page.textContent('#site-filter-status')).toBe('');
    await watched.verifyAndClose();
  });

  it('lists every event of the year without JavaScript, the filters left hidden', async () => {
    const watched = await watchedPage(site.browser, { javaScriptEnabled: false });
    const { page } = watched;
    await page.goto(site.url + 'years/2014.html');
    expect(await page.isVisible('#site-filters')).toBe(false);
    expect(await visibleEvents(page)).toEqual(Y2014);
    await page.click('a[rel="next"]');
    await page.waitForURL(/years\/2019\.html$/);
    expect(await visibleEvents(page)).toEqual(['kobani-siege-withdrawal-2019']);
    await watched.verifyAndClose();
  });
});

describe('search on the front page, over every year', () => {
  it('lists the matching events of all years, linked to their permalinks', async () => {
    const watched = await watchedPage(site.browser);
    const { page } = watched;
    await page.goto(site.url + 'index.html');
    expect(await page.isVisible('#site-filters')).toBe(true);
    // The search index is loaded when a search starts, not with the page.
    expect(watched.requests.some((url) => url.endsWith('/search-index.js'))).toBe(false);
    await page.fill('#site-q', 'troops');
    await expect.poll(() => watched.requests.some((url) => url.endsWith('/assets/search-index.js'))).toBe(true);
    await expect.poll(() => hits(page, '#site-event-hits')).toEqual(['13 October 2019: The last troops withdrew from Kobani']);
    await page.fill('#site-q', 'kobani');
    await expect.poll(async () => (await hits(page, '#site-event-hits')).length).toBe(5);
    await page.fill('#site-q', 'Kurdish CONTROL');
    await expect.poll(() => hits(page, '#site-event-hits')).toEqual(['Since January 2014: Kurdish control of the town']);
    await expect.poll(() => page.textContent('#site-filter-status')).toBe('1 event matches. 1 passage matches the search.');
    await page.click('#site-event-hits a');
    await page.waitForURL(/years\/2014\.html#kobani-aftermath-control-2014-01$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('kobani-aftermath-control-2014-01');
    await watched.verifyAndClose();
  });

  it('ranks with MiniSearch: a typo and an accented query find the event, the passages load in shards after the events', async () => {
    const watched = await watchedPage(site.browser);
    const { page } = watched;
    await page.goto(site.url + 'index.html');
    expect(watched.requests.some((url) => url.includes('/assets/search-'))).toBe(false);
    await page.fill('#site-q', 'trops withdrw');
    await expect.poll(() => hits(page, '#site-event-hits')).toEqual(['13 October 2019: The last troops withdrew from Kobani']);
    expect(watched.requests.filter((url) => url.includes('/assets/search-')).map((url) => url.slice(url.lastIndexOf('/') + 1))).toEqual(['search-index.js', 'search-event-links-0.js', 'search-events-0.js', 'search-passages-0.js']);
    await page.fill('#site-q', 'Kobanî TRÓOPS');
    await expect.poll(() => hits(page, '#site-event-hits')).toEqual(['13 October 2019: The last troops withdrew from Kobani']);
    // Best first: the event that says "Kurdish" in its headline heads the list.
    await page.fill('#site-q', 'kurdish');
    await expect.poll(async () => (await hits(page, '#site-event-hits'))[0]).toBe('Since January 2014: Kurdish control of the town');
    await watched.verifyAndClose();
  });

  it('lists matching passages with links, also where no event matches', async () => {
    const watched = await watchedPage(site.browser);
    const { page } = watched;
    await page.goto(site.url + 'index.html');
    await page.fill('#site-q', 'reconstruction');
    await expect.poll(() => hits(page, '#site-event-hits')).toEqual([]);
    await expect.poll(() => page.textContent('#site-filter-status')).toBe('No events match. 1 passage matches the search.');
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
    await expect.poll(() => page.locator('#site-passage-hits li').count()).toBeGreaterThan(0);
    expect(await page.locator('#site-passage-hits').textContent()).toContain('<img src=x onerror=alert(1)>');
    await expect.poll(() => hits(page, '#site-event-hits')).toContain('2014: The siege began amid <script>alert(1)</script> shelling');
    // Nothing but the site's script loader (src/site/html.ts) is an inline script.
    expect(await page.evaluate((loader) => [...document.querySelectorAll('img, script:not([src])')].filter((el) => el.textContent !== loader).length, SCRIPT_LOADER)).toBe(0);
    await watched.verifyAndClose();
  });

  it('lists every year and month without JavaScript, the search left hidden', async () => {
    const watched = await watchedPage(site.browser, { javaScriptEnabled: false });
    const { page } = watched;
    await page.goto(site.url + 'index.html');
    expect(await page.isVisible('#site-filters')).toBe(false);
    expect(await page.$$eval('.period-link', (links) => links.map((a) => a.textContent))).toEqual(['2014', '2019']);
    await page.click('a:text("September 2014")');
    await page.waitForURL(/years\/2014\.html#site-month-2014-09$/);
    expect(await visibleEvents(page)).toEqual(Y2014);
    await watched.verifyAndClose();
  });
});

describe('search in shards: the events dealt to several parts of the index, merged by score', () => {
  const PER_SHARD = 2;
  let sharded: FixtureSite;
  /** The fixture with one more event whose headline carries diacritics. */
  const timeline = (): Timeline => {
    const t = fixtureTimeline();
    const template = t.events.find((e) => e.id === 'kobani-siege-repelled-2014-10-13')!;
    t.events.push({ ...template, id: 'akcakale-refugees-2014-10-13', headline: 'Refugees crossed at Akçakale near Kobani', sources: [{ ...template.sources[0]! }] });
    return t;
  };

  beforeAll(async () => {
    sharded = await openFixtureSite(timeline(), { searchEventsPerShard: PER_SHARD });
  });

  afterAll(async () => {
    await sharded?.close();
  });

  /** The hits one index per shard gives, merged as the page must: by score, equal scores in shard order. */
  function expectedHits(query: string): string[] {
    const shards = eventIndexShards(validateTimeline(timeline()), undefined, PER_SHARD);
    expect(shards.length, 'the site has several events shards').toBe(3);
    return shards
      .flatMap((shard) => shard.search(query, SEARCH_OPTIONS))
      .sort((a, b) => b.score - a.score)
      .map((r) => `${r['date']}: ${r['headline']}`);
  }

  it('reopens a ?q= URL with the hits of every shard, best first, the passages loaded after the events', async () => {
    const watched = await watchedPage(sharded.browser);
    const { page } = watched;
    await page.goto(sharded.url + 'index.html?q=kobani');
    const merged = expectedHits('kobani');
    expect(merged.length).toBe(6);
    await expect.poll(() => page.textContent('#site-filter-status')).toMatch(/^6 events match\. \d+ passages match the search\.$/);
    expect(await hits(page, '#site-event-hits')).toEqual(merged);
    expect(await page.inputValue('#site-q')).toBe('kobani');
    const loaded = watched.requests.filter((url) => url.includes('/assets/search-')).map((url) => url.slice(url.lastIndexOf('/') + 1));
    expect(loaded).toEqual(['search-index.js', 'search-event-links-0.js', 'search-events-0.js', 'search-event-links-1.js', 'search-events-1.js', 'search-event-links-2.js', 'search-events-2.js', 'search-passages-0.js']);
    await watched.verifyAndClose();
  });

  it.each([
    ['a typo', 'trops withdrw', ['13 October 2019: The last troops withdrew from Kobani']],
    ['an accented query', 'Akçakale', ['13 October 2014: Refugees crossed at Akçakale near Kobani']],
    ['a plain query for an accented word', 'akcakale', ['13 October 2014: Refugees crossed at Akçakale near Kobani']],
    ['an accented query for a plain word', 'Kobanî TRÓOPS', ['13 October 2019: The last troops withdrew from Kobani']],
  ])('finds %s across the shards: %j', async (_name, query, expected) => {
    const watched = await watchedPage(sharded.browser);
    const { page } = watched;
    await page.goto(sharded.url + 'index.html');
    await page.fill('#site-q', query);
    await expect.poll(() => hits(page, '#site-event-hits')).toEqual(expected);
    expect(expectedHits(query)).toEqual(expected);
    await watched.verifyAndClose();
  });

  // Last of this block: it removes a shard from the site the tests above share.
  it('still lists the other shards\' hits, and the passages, when a shard is missing', async () => {
    await rm(new URL('assets/search-events-1.js', sharded.url), { force: true });
    const context = await sharded.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(sharded.url + 'index.html?q=kobani');
    const shards = eventIndexShards(validateTimeline(timeline()), undefined, PER_SHARD);
    const kept = [shards[0]!, shards[2]!].flatMap((shard) => shard.search('kobani', SEARCH_OPTIONS)).sort((a, b) => b.score - a.score).map((r) => `${r['date']}: ${r['headline']}`);
    // Fewer than all 6: the missing shard held some of them (the events are dealt by a hash of their id).
    expect(kept.length).toBeGreaterThan(1);
    expect(kept.length).toBeLessThan(6);
    await expect.poll(() => page.textContent('#site-filter-status')).toMatch(new RegExp(`^${kept.length} events match\\. \\d+ passages match the search\\.$`));
    expect(await hits(page, '#site-event-hits')).toEqual(kept);
    expect(errors).toEqual([]);
    await context.close();
  });
});
