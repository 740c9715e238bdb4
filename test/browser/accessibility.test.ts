import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSingleFile } from '../../src/site/build-single-file.ts';
import { fixtureTimeline } from '../site/fixture-timeline.ts';
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
