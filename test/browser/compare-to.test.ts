import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/pipeline.ts';
import { diffTimelines } from '../../src/diff/diff-timelines.ts';
import { buildSite } from '../../src/site/build-site.ts';
import { buildSingleFile } from '../../src/site/build-single-file.ts';
import type { Timeline } from '../../src/types.ts';
import { launchChromium } from './chromium.ts';
import { expectNoAxeViolations, watchedPage } from './fixture-site.ts';
import { validateTimeline } from '../../src/timeline/validate-timeline.ts';

const COUNCIL = `---
title: Council backs the river bridge
published: 2020-03-20
publisher: The Valley Courier
---
The town council approved the plan for a new river bridge on 3 March 2020, after two years of debate.

The mayor said that the old bridge had been closed to lorries on 14 March 2020.

Engineers from the county inspected the riverbanks on 12 March 2020 and found them stable.
`;

const SCHOOL = `---
title: School roof repaired
published: 2020-02-10
---
Builders finished repairing the roof of the primary school on 7 February 2020, a week ahead of schedule.
`;

const MARKET = `---
title: Market reopens
published: 2020-04-02
---
The covered market reopened on 1 April 2020 with forty stalls.
`;

let root: string;
let url: string;
let browser: Browser;
let after: Timeline;

async function writeFolder(dir: string, files: Record<string, string>): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
}

/** The id of the new timeline's event whose headline holds `words`. */
function eventId(words: string): string {
  const event = after.events.find((e) => e.headline.includes(words));
  if (!event) throw new Error(`no event with "${words}"`);
  return event.id;
}

/** The ids of the events a reader can see. */
async function visibleEvents(page: Page): Promise<string[]> {
  return page.$$eval('article.event', (articles) => articles.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => a.id));
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'timeline-browser-compare-'));
  await writeFolder(path.join(root, 'old'), { 'council.md': COUNCIL, 'school.md': SCHOOL });
  await writeFolder(path.join(root, 'new'), {
    'council.md': COUNCIL.replace('on 3 March 2020', 'on 5 March 2020').replace('found them stable', 'found them sound and dry'),
    'market.md': MARKET,
  });
  const before = await buildTimeline(path.join(root, 'old'));
  after = await buildTimeline(path.join(root, 'new'));
  const compareTo = { label: 'last week', diff: diffTimelines(before, after) };
  await buildSite(validateTimeline(after), { outDir: path.join(root, 'site'), compareTo });
  await buildSingleFile(validateTimeline(after), { file: path.join(root, 'one.html'), compareTo });
  url = pathToFileURL(path.join(root, 'site')).href + '/';
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await rm(root, { recursive: true, force: true });
});

describe('a site built with --compare-to, opened from file://', () => {
  it('links "What changed" from the navigation, and the page lists the changes', async () => {
    const watched = await watchedPage(browser);
    const { page } = watched;
    await page.goto(url + 'index.html');
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'What changed' }).click();
    await page.waitForURL(/changes\.html$/);
    expect(await page.title()).toBe('What changed since last week · News timeline');
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Summary', 'New events (1)', 'Changed events (2)', 'Removed events (1)']);
    // A changed event's entry leads to its permalink, which is on its year page.
    await page.getByRole('link', { name: /inspected the riverbanks/ }).click();
    await page.waitForURL(new RegExp(`years/2020\\.html#${eventId('riverbanks')}$`));
    expect(await page.locator(`#${eventId('riverbanks')} .badge-changed`).textContent()).toBe('Changed: see what changed');
    await watched.verifyAndClose();
  });

  it('the filter "Changed since …" shows only the marked events', async () => {
    const watched = await watchedPage(browser);
    const { page } = watched;
    await page.goto(url + 'years/2020.html');
    const all = await visibleEvents(page);
    expect(all).toHaveLength(4);
    expect(await page.locator('label[for="site-changed"]').textContent()).toBe('Changed since last week');

    const newOrChanged = [eventId('river bridge'), eventId('riverbanks'), eventId('covered market')];
    await page.selectOption('#site-changed', 'any');
    expect((await visibleEvents(page)).sort()).toEqual([...newOrChanged].sort());
    expect(await page.textContent('#site-filter-status')).toBe('3 of 4 events shown.');
    // Every event shown carries a badge that says so in words.
    for (const id of await visibleEvents(page)) expect(await page.locator(`#${id} .event-date .badge`).textContent()).toMatch(/^(New|Changed)/);

    await page.selectOption('#site-changed', 'added');
    expect(await visibleEvents(page)).toEqual([eventId('covered market')]);
    await page.selectOption('#site-changed', 'changed');
    expect((await visibleEvents(page)).sort()).toEqual([eventId('river bridge'), eventId('riverbanks')].sort());

    await page.click('button[type="reset"]');
    await expect.poll(() => visibleEvents(page)).toEqual(all);
    await watched.verifyAndClose();
  });

  it('shows the marks and the page without JavaScript', async () => {
    const watched = await watchedPage(browser, { javaScriptEnabled: false });
    const { page } = watched;
    await page.goto(url + 'years/2020.html');
    expect(await page.isVisible('#site-filters')).toBe(false);
    expect(await page.locator('.event .badge-new').allTextContents()).toEqual(['New']);
    expect(await page.locator('.event .badge-changed').count()).toBe(2);
    await page.goto(url + 'changes.html');
    expect(await page.isVisible('#site-changes-removed')).toBe(true);
    await watched.verifyAndClose();
  });

  it('the single file carries the marks, the filter and the What-changed section', async () => {
    const watched = await watchedPage(browser);
    const { page } = watched;
    await page.goto(pathToFileURL(path.join(root, 'one.html')).href);
    await page.selectOption('#site-changed', 'changed');
    expect((await visibleEvents(page)).sort()).toEqual([eventId('river bridge'), eventId('riverbanks')].sort());
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'What changed' }).click();
    expect(await page.evaluate(() => location.hash)).toBe('#site-changes');
    expect(await page.isVisible('#site-changes-removed')).toBe(true);
    await watched.verifyAndClose();
  });

  it.each([
    ['the single file', '{single}', 'light'],
    ['the changes page', 'changes.html', 'light'],
    ['the changes page in dark mode', 'changes.html', 'dark'],
    ['a year page with marks, in dark mode', 'years/2020.html', 'dark'],
    ['the front page with counts', 'index.html', 'light'],
  ] as const)('axe finds no accessibility violations on %s', async (_, file, colorScheme) => {
    const watched = await watchedPage(browser, { colorScheme });
    await watched.page.goto(file === '{single}' ? pathToFileURL(path.join(root, 'one.html')).href : url + file);
    await expectNoAxeViolations(watched.page);
    await watched.verifyAndClose();
  });
});
