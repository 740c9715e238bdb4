import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSingleFile } from '../../src/site/build-single-file.ts';
import { fixtureTimeline } from '../site/fixture-timeline.ts';
import { buildSite } from '../../src/site/build-site.ts';
import { timelineWithALargeYear } from '../support/synthetic-timeline.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, openFixtureSite, watchedPage, type FixtureSite } from './fixture-site.ts';
import { validateTimeline } from '../../src/timeline/validate-timeline.ts';

let site: FixtureSite;

let singleFileUrl: string;

beforeAll(async () => {
  site = await openFixtureSite();
  // The single file sits beside the site in its temporary folder, removed with it.
  const file = path.join(new URL(site.url).pathname, 'single-file', 'timeline.html');
  await buildSingleFile(validateTimeline(fixtureTimeline()), { file });
  singleFileUrl = pathToFileURL(file).href;
});

afterAll(async () => {
  await site?.close();
});

describe('axe-core finds no accessibility violations', () => {
  it.each([
    ['the timeline', 'index.html', 'light'],
    ['the timeline in dark mode', 'index.html', 'dark'],
    ['the timeline searched, with its hits (a search URL)', 'index.html?q=kobani', 'light'],
    ['a year of the timeline', 'years/2014.html', 'light'],
    ['a year of the timeline in dark mode', 'years/2014.html', 'dark'],
    ['a source page', 'documents/kobani-siege.html#p-the-siege-began', 'light'],
    ['a source page in dark mode', 'documents/kobani-aftermath.html', 'dark'],
    ['the undated page', 'undated.html', 'light'],
    ['the about page', 'about.html', 'light'],
    ['the single file', '{single}', 'light'],
    ['the single file in dark mode', '{single}#site-doc-kobani-siege/p/p-the-siege-began', 'dark'],
  ] as const)('%s', async (_, file, colorScheme) => {
    const watched = await watchedPage(site.browser, { colorScheme });
    await watched.page.goto(file.startsWith('{single}') ? file.replace('{single}', singleFileUrl) : site.url + file);
    await expectNoAxeViolations(watched.page);
    await watched.verifyAndClose();
  });
});

describe('axe-core finds no accessibility violations in what a reader opens', () => {
  it('a year page with an event\u2019s Cite disclosure open', async () => {
    const watched = await watchedPage(site.browser);
    await watched.page.goto(site.url + 'years/2014.html');
    await watched.page.click('#kobani-siege-entered-2014-09 details.event-cite summary');
    expect(await watched.page.locator('#kobani-siege-entered-2014-09 .cite-plain').first().isVisible()).toBe(true);
    await expectNoAxeViolations(watched.page);
    await watched.verifyAndClose();
  });
});

/**
 * The page kinds only a large timeline has: a year cut into parts (its contents page and a part
 * page), and the lazy single file; and a year page opened filtered (a shared filter URL).
 */
describe('axe-core finds no accessibility violations on the pages of a large timeline', () => {
  let dir: string;
  let partPage: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'timeline-axe-large-'));
    const timeline = timelineWithALargeYear();
    await buildSite(validateTimeline(timeline), { outDir: path.join(dir, 'site') });
    await buildSingleFile(validateTimeline(timeline), { file: path.join(dir, 'one.html'), lazy: true });
    const parts = (await readdir(path.join(dir, 'site', 'years'))).filter((f) => /^2014-\d\d(?:-page-\d+)?\.html$/u.test(f)).sort();
    if (parts.length === 0) throw new Error('the large timeline was not cut into parts: this test would check no part page');
    partPage = `years/${parts[0]!}`;
  }, 240_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['a year cut into parts: its contents page', 'site/years/2014.html', ''],
    ['a part of a year', '{part}', ''],
    ['a year page opened filtered (a filter URL)', 'site/years/2012.html', '?q=shelling'],
    ['the lazy single file', 'one.html', ''],
  ] as const)('%s', async (_, file, query) => {
    const watched = await watchedPage(site.browser);
    await watched.page.goto(pathToFileURL(path.join(dir, file === '{part}' ? `site/${partPage}` : file)).href + query);
    // The filter URL reopened filtered: its query is in the search field.
    if (query !== '') expect(await watched.page.inputValue('#site-filters input[name="q"]')).toBe('shelling');
    await expectNoAxeViolations(watched.page);
    await watched.verifyAndClose();
  }, 120_000);
});
