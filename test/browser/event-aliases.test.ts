import { rename } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useFixtureSite } from './fixture-site.ts';

/**
 * An old permalink whose event has moved (its date corrected to another year, its year cut into
 * months): the page it opens has no element of that id, and assets/follow-alias.js loads the map
 * (assets/event-aliases.js) and takes the reader to the event's current place, from file://. A
 * page whose fragment it has, or that has none, never loads the map.
 */
describe('links to an event that moved', () => {
  const fixture = useFixtureSite();

  it('a link to an event on the page of another year lands on the event, on its own year page', async () => {
    const { page } = fixture.watched();
    // An event of 2014, linked as if its date had been 2019.
    await page.goto(`${fixture.site().url}years/2019.html#kobani-siege-repelled-2014-10-13`);
    await page.waitForURL(/years\/2014\.html#kobani-siege-repelled-2014-10-13$/u);
    expect(await page.evaluate(() => document.querySelector(':target')?.id ?? null)).toBe('kobani-siege-repelled-2014-10-13');
    expect(await page.locator('#kobani-siege-repelled-2014-10-13').isVisible()).toBe(true);
  });

  it('follows a fragment set after the page opened, and leaves an id the map does not know where it is', async () => {
    const { page } = fixture.watched();
    await page.goto(`${fixture.site().url}years/2019.html#no-such-event`);
    // The fragment names nothing on the page: the follower loaded the map, which left the page alone.
    await page.waitForFunction(() => 'TIMELINE_EVENT_ALIASES' in window);
    expect(page.url()).toMatch(/years\/2019\.html#no-such-event$/u);
    await page.evaluate(() => {
      location.hash = 'kobani-siege-entered-2014-09';
    });
    await page.waitForURL(/years\/2014\.html#kobani-siege-entered-2014-09$/u);
    expect(await page.locator('#kobani-siege-entered-2014-09').isVisible()).toBe(true);
  });

  it.each([
    ['a year page opened with no fragment', 'years/2014.html'],
    ['a year page opened with a fragment it has', 'years/2014.html#kobani-siege-repelled-2014-10-13'],
    ['the front page opened with no fragment', 'index.html'],
  ])('%s does not load the map, nor on a hashchange to an element it has', async (_, url) => {
    const watched = fixture.watched();
    const { page } = watched;
    await page.goto(`${fixture.site().url}${url}`);
    // The follower ran (the loader inserts it before the load event, which waits for it).
    await page.waitForFunction(() => document.querySelector('script[src$="follow-alias.js"]') !== null);
    expect(watched.requests.some((u) => u.endsWith('/assets/follow-alias.js')), 'the follower was loaded').toBe(true);
    await page.evaluate(() => {
      location.hash = 'site-main';
    });
    await page.waitForURL(/#site-main$/u);
    expect(watched.requests.filter((u) => u.includes('event-aliases'))).toEqual([]);
    expect(await page.evaluate(() => 'TIMELINE_EVENT_ALIASES' in window)).toBe(false);
  });

  it('leaves the page as it is when the map fails to load', async () => {
    const watched = fixture.watched();
    const { page } = watched;
    const map = path.join(fileURLToPath(fixture.site().url), 'assets/event-aliases.js');
    await rename(map, `${map}.away`);
    try {
      await page.goto(`${fixture.site().url}years/2019.html#kobani-siege-repelled-2014-10-13`);
      await expect.poll(() => watched.failures.some((f) => f.includes('event-aliases.js'))).toBe(true);
      // A fragment set later does not try again, and nothing moves.
      await page.evaluate(() => {
        location.hash = 'kobani-siege-entered-2014-09';
      });
      await page.waitForURL(/years\/2019\.html#kobani-siege-entered-2014-09$/u);
      expect(watched.requests.filter((u) => u.endsWith('/assets/event-aliases.js'))).toHaveLength(1);
      expect(watched.consoleErrors.filter((e) => !/event-aliases\.js|ERR_FILE_NOT_FOUND/u.test(e))).toEqual([]);
    } finally {
      await rename(`${map}.away`, map);
    }
    expect(page.url()).toMatch(/years\/2019\.html#kobani-siege-entered-2014-09$/u);
    // The missing map is this test's doing: what the watched page recorded of it is not a fault of the page.
    watched.failures.length = 0;
    watched.consoleErrors.length = 0;
  });
});
