import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useFixtureSite } from './fixture-site.ts';

const fixture = useFixtureSite();

async function visibleEvents(page: Page): Promise<string[]> {
  return page.$$eval('article.event', (articles) => articles.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => a.id));
}

describe('the filters and the search are in the URL', () => {
  it('a filtered year page puts its filters in the query, and the URL reopens it filtered', async () => {
    const { page } = fixture.watched();
    await page.goto(fixture.site().url + 'years/2014.html');
    await page.selectOption('#site-source', 'kobani-siege');
    await page.fill('#site-q', 'repeled');
    await expect.poll(() => visibleEvents(page)).toEqual(['kobani-siege-repelled-2014-10-13']);
    const shared = page.url();
    expect(new URL(shared).search).toBe('?q=repeled&source=kobani-siege');

    const other = await fixture.watched().page.context().newPage();
    await other.goto(shared);
    await expect.poll(() => visibleEvents(other)).toEqual(['kobani-siege-repelled-2014-10-13']);
    expect(await other.inputValue('#site-q')).toBe('repeled');
    expect(await other.inputValue('#site-source')).toBe('kobani-siege');
    expect(await other.textContent('#site-filter-status')).toBe('1 of 4 events shown.');
    // Clearing the filters clears the query, and keeps the page where it is.
    await other.click('button[type="reset"]');
    await expect.poll(() => new URL(other.url()).search).toBe('');
    await other.close();
  });

  it('searches a card by what it says, not by its folded citation', async () => {
    const { page } = fixture.watched();
    // Every card's CSL-JSON says "article-newspaper"; no card says "article" itself.
    await page.goto(fixture.site().url + 'years/2014.html?q=newspaper');
    await expect.poll(() => page.textContent('#site-filter-status')).toBe('No events match.');
  });

  it('keeps an event permalink (the hash) while the query changes, and ignores a choice the page does not offer', async () => {
    const { page } = fixture.watched();
    await page.goto(fixture.site().url + 'years/2019.html?source=kobani-siege&hedged=no#kobani-siege-withdrawal-2019');
    // 2019 has no event of that article: the source filter is not offered, the rest applies.
    expect(await page.inputValue('#site-source')).toBe('');
    expect(await page.inputValue('#site-hedged')).toBe('no');
    await expect.poll(() => new URL(page.url()).search).toBe('?hedged=no');
    expect(new URL(page.url()).hash).toBe('#kobani-siege-withdrawal-2019');
  });

  it('a search URL of the front page reopens with its hits', async () => {
    const { page } = fixture.watched();
    await page.goto(fixture.site().url + 'index.html?q=troops');
    await expect.poll(() => page.$$eval('#site-event-hits li', (items) => items.map((li) => li.textContent))).toEqual(['13 October 2019: The last troops withdrew from Kobani']);
    expect(await page.inputValue('#site-q')).toBe('troops');
  });
});

describe('print', () => {
  it('prints the web address of each link to an original, so a printed timeline keeps its citations', async () => {
    const { page } = fixture.watched();
    await page.emulateMedia({ media: 'print' });
    await page.goto(fixture.site().url + 'documents/kobani-siege.html');
    const after = (selector: string) => page.$eval(selector, (el) => getComputedStyle(el, '::after').content);
    const link = await page.$eval('.passage-original a', (a) => a.getAttribute('href'));
    expect(link).toMatch(/^https:\/\/example\.org\/news\/kobani#:~:text=/);
    expect(await after('.passage-original a')).toBe(`" <${link}>"`);
    // A link whose text is its address is not printed twice.
    expect(await after('.document-meta a.external')).toBe('none');
  });
});
