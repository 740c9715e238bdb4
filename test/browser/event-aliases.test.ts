import { describe, expect, it } from 'vitest';
import { useFixtureSite } from './fixture-site.ts';

/**
 * An old permalink whose event has moved (its date corrected to another year, its year cut into
 * months): the page it opens has no element of that id, and assets/event-aliases.js takes the
 * reader to the event's current place, from file://.
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
    // The alias script has run (it is loaded before the page script), and it left the page alone.
    await page.waitForFunction(() => document.querySelectorAll('script[src$="event-aliases.js"]').length === 1);
    expect(page.url()).toMatch(/years\/2019\.html#no-such-event$/u);
    await page.evaluate(() => {
      location.hash = 'kobani-siege-entered-2014-09';
    });
    await page.waitForURL(/years\/2014\.html#kobani-siege-entered-2014-09$/u);
    expect(await page.locator('#kobani-siege-entered-2014-09').isVisible()).toBe(true);
  });
});
