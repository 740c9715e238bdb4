import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureTimelineWithStatuses } from '../site/fixture-timeline.ts';
import { expectNoAxeViolations, openFixtureSite, watchedPage, type FixtureSite } from './fixture-site.ts';

let site: FixtureSite;

beforeAll(async () => {
  site = await openFixtureSite(fixtureTimelineWithStatuses());
});

afterAll(async () => {
  await site?.close();
});

async function visibleEvents(page: Page): Promise<string[]> {
  return page.$$eval('article.event', (articles) => articles.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => a.id));
}

describe('the status filter on a year page', () => {
  it('shows one status, or everything not reported as having happened', async () => {
    const watched = await watchedPage(site.browser);
    const { page } = watched;
    await page.goto(site.url + 'years/2014.html');
    await page.selectOption('#site-status', 'planned');
    expect(await visibleEvents(page)).toEqual(['kobani-siege-entered-2014-09']);
    expect(await page.textContent('#site-filter-status')).toBe('1 of 4 events shown.');
    await page.selectOption('#site-status', 'not-happened');
    expect(await visibleEvents(page)).toEqual(['kobani-siege-began-2014', 'kobani-siege-entered-2014-09']);
    await page.selectOption('#site-status', 'happened');
    expect(await visibleEvents(page)).toEqual(['kobani-aftermath-control-2014-01', 'kobani-siege-repelled-2014-10-13']);
    await page.click('button[type="reset"]');
    await expect.poll(() => visibleEvents(page)).toHaveLength(4);
    await watched.verifyAndClose();
  });
});

describe('axe-core finds no accessibility violations in the status badges', () => {
  it.each(['light', 'dark'] as const)('on a year page with planned and denied events (%s)', async (colorScheme) => {
    const watched = await watchedPage(site.browser, { colorScheme });
    await watched.page.goto(site.url + 'years/2014.html');
    await expectNoAxeViolations(watched.page);
    await watched.verifyAndClose();
  });
});
