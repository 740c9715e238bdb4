import { describe, expect, it } from 'vitest';
import { useFixtureSite } from './fixture-site.ts';

const fixture = useFixtureSite();

describe('the front page opened from disk (file://)', () => {
  it('shows the overview of the span and the key events', async () => {
    const { page } = fixture.watched();
    await page.goto(fixture.site().url + 'index.html');
    const overview = page.locator('table.overview');
    expect(await overview.isVisible()).toBe(true);
    // A row per year with events, the years between folded into one line.
    expect(await page.locator('table.overview tbody th').allTextContents()).toEqual(['2014: 4 events', '2015–2018: no events', '2019: 1 event']);
    expect(await page.locator('table.overview a', { hasText: 'September 2014' }).isVisible()).toBe(true);
    // The key event (reported by both articles) is shown as a card, with its sources.
    const key = page.locator('#site-key-events ~ ol article.event');
    expect(await key.count()).toBe(1);
    expect(await key.locator('.event-headline').textContent()).toBe('Islamic State fighters entered the outskirts of Kobani');
    expect(await key.locator('.badge-corroborated').textContent()).toBe('2 sources');
    expect(await key.isVisible()).toBe(true);
  });

  it('a click on a month of the overview lands on that month of its year page', async () => {
    const { page } = fixture.watched();
    await page.goto(fixture.site().url + 'index.html');
    await page.click('table.overview a:has-text("September 2014")');
    await page.waitForURL(/years\/2014\.html#site-month-2014-09$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.textContent)).toBe('September 2014');
    await expect.poll(() => page.evaluate(() => {
      const rect = document.querySelector(':target')!.getBoundingClientRect();
      return rect.top >= 0 && rect.top < window.innerHeight;
    })).toBe(true);
  });

  it('a reader can Tab to a month of the overview and open it with Enter', async () => {
    const { page } = fixture.watched();
    await page.goto(fixture.site().url + 'index.html');
    let focused = '';
    for (let i = 0; i < 40 && !focused.startsWith('October 2019'); i += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(focused).toBe('October 2019: 1 event');
    await page.keyboard.press('Enter');
    await page.waitForURL(/years\/2019\.html#site-month-2019-10$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('site-month-2019-10');
  });
});

describe('cite this event', () => {
  it('opens on a card and gives the source in plain text, BibTeX and CSL-JSON', async () => {
    const { page } = fixture.watched();
    await page.goto(fixture.site().url + 'years/2014.html');
    const cite = page.locator('#kobani-siege-began-2014 details.event-cite');
    expect(await cite.locator('.cite-plain').isVisible()).toBe(false);
    await cite.locator('summary').click();
    expect(await cite.locator('.cite-plain').textContent()).toMatch(/^“Fighting for Kobani\.” Example Wire, 14 October 2014\. https:\/\/example\.org\/news\/kobani\. Passage: /);
    expect(await cite.locator('pre').first().textContent()).toMatch(/^@online\{kobani-siege:p-the-siege-began,/);
    expect(JSON.parse((await cite.locator('pre').nth(1).textContent()) ?? '')).toHaveLength(1);
  });
});
