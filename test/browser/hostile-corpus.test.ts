import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/pipeline.ts';
import { buildSingleFile } from '../../src/site/build-single-file.ts';
import { buildSite } from '../../src/site/build-site.ts';
import type { Timeline } from '../../src/types.ts';
import { SCRIPT_LOADER } from '../../src/site/html.ts';
import { listFiles } from '../site/site-files.ts';
import { launchChromium } from './chromium.ts';
import { watchedPage } from './fixture-site.ts';

// Hostile text through the whole pipeline (read, page chrome, passages, dates, events), not a
// hand-written timeline: whatever the stages make of it, the site shows it as text.
const ARTICLE = `---
title: <b>x</b>
url: javascript:alert(1)
published: 2019-10-14
publisher: Example Wire
author: <img src=x onerror=alert(3)>
---
Hostile text in a news article

By Jane Roe

On 13 October 2019 the council reopened the bridge <script>alert(1)</script> after repairs, a spokesperson said.

In January 2014 a report <img src=x onerror=alert(1)> described the siege of the town, according to the agency.

In March 2015 the market reopened "><svg onload=alert(1)> with forty stalls, the mayor said.

The water supply failed in June 2016 </textarea><script>alert(2)</script>, witnesses said.

Officials published the figures in 2017 at javascript:alert(1) and on a page that no longer exists, the ministry said.
`;

const HOSTILE = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '</textarea><script>alert(2)</script>', 'javascript:alert(1)'];

let dir: string;
let timeline: Timeline;
let browser: Browser;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'timeline-hostile-'));
  await mkdir(path.join(dir, 'content'));
  await writeFile(path.join(dir, 'content', 'hostile.md'), ARTICLE);
  timeline = await buildTimeline(path.join(dir, 'content'));
  await buildSite(timeline, { outDir: path.join(dir, 'site') });
  await buildSingleFile(timeline, { file: path.join(dir, 'single.html') });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

/** What the corpus could have injected into the page: anything here other than zero is an injection. */
async function injected(page: Page): Promise<Record<string, number>> {
  return page.evaluate((loader) => ({
    // The site's script loader and the single file's own script are the inline scripts a page may have; neither has text from the corpus.
    inlineScripts: [...document.querySelectorAll('script:not([src])')].filter((s) => !(s.textContent ?? '').startsWith('window.TIMELINE_SEARCH = ') && s.textContent !== loader).length,
    elements: document.querySelectorAll('img, svg, b, textarea, iframe, object, embed').length,
    handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
    javascriptLinks: [...document.querySelectorAll('[href], [src], [action]')].filter((el) =>
      ['href', 'src', 'action'].some((name) => /^\s*javascript:/i.test(el.getAttribute(name) ?? '')),
    ).length,
  }), SCRIPT_LOADER);
}

describe('a hostile corpus through the whole pipeline', () => {
  it('reaches the timeline: the hostile text is in the events the pipeline made', () => {
    // A headline is the statement shortened; the whole statement is on the card.
    const headlines = timeline.events.flatMap((e) => [e.headline, ...e.sources.map((s) => s.statement.text)]).join('\n');
    for (const text of HOSTILE) expect(headlines).toContain(text);
    expect(timeline.documents[0]).toMatchObject({ title: '<b>x</b>', url: 'javascript:alert(1)' });
  });

  it('runs nothing and injects nothing on any page of the site, and shows the text literally', async () => {
    const site = path.join(dir, 'site');
    const pages = (await listFiles(site)).filter((f) => f.endsWith('.html'));
    expect(pages).toContain('documents/hostile.html');
    const watched = await watchedPage(browser);
    const { page } = watched;
    let shown = '';
    for (const file of pages) {
      await page.goto(pathToFileURL(path.join(site, file)).href);
      expect(await injected(page), file).toEqual({ inlineScripts: 0, elements: 0, handlers: 0, javascriptLinks: 0 });
      shown += (await page.locator('main').textContent()) ?? '';
    }
    for (const text of HOSTILE) expect(shown).toContain(text);
    await page.goto(pathToFileURL(path.join(site, 'documents/hostile.html')).href);
    expect(await page.locator('h1').textContent()).toBe('<b>x</b>');
    expect(await page.locator('.document-meta').textContent()).toContain('<img src=x onerror=alert(3)>');
    expect(await page.locator('.document-meta').textContent()).toContain('javascript:alert(1) (not linked: not a web address)');
    // The search lists hostile text as text too.
    await page.goto(pathToFileURL(path.join(site, 'index.html')).href);
    await page.fill('#site-q', 'alert');
    await expect.poll(() => page.locator('#site-event-hits').textContent()).toContain('</textarea><script>alert(2)</script>');
    expect(await injected(page)).toEqual({ inlineScripts: 0, elements: 0, handlers: 0, javascriptLinks: 0 });
    await watched.verifyAndClose();
  });

  it('runs nothing and injects nothing in the single file', async () => {
    const watched = await watchedPage(browser);
    const { page } = watched;
    await page.goto(pathToFileURL(path.join(dir, 'single.html')).href);
    expect(await injected(page)).toEqual({ inlineScripts: 0, elements: 0, handlers: 0, javascriptLinks: 0 });
    expect(await page.locator('script').count()).toBe(1);
    const text = (await page.locator('main').textContent()) ?? '';
    for (const hostile of HOSTILE) expect(text).toContain(hostile);
    await page.fill('#site-q', 'svg onload');
    expect(await page.locator('#site-filter-status').textContent()).toBe('1 of 5 events shown. 1 passage matches the search.');
    expect(await injected(page)).toEqual({ inlineScripts: 0, elements: 0, handlers: 0, javascriptLinks: 0 });
    await watched.verifyAndClose();
  });
});
