import { AxeBuilder } from '@axe-core/playwright';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { buildSite } from '../../src/site/build-site.ts';
import type { Timeline } from '../../src/types.ts';
import { fixtureTimeline } from '../site/fixture-timeline.ts';
import { launchChromium } from './chromium.ts';
import { validateTimeline } from '../../src/timeline/validate-timeline.ts';

/** The fixture timeline built into a temporary folder, and a browser to open it from disk. */
export interface FixtureSite {
  /** `file://…/` of the site folder, with a trailing slash. */
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** `options` as for buildSite (`searchEventsPerShard`: a small site whose search comes in several shards). */
export async function openFixtureSite(timeline: Timeline = fixtureTimeline(), options: { searchEventsPerShard?: number } = {}): Promise<FixtureSite> {
  const dir = await mkdtemp(path.join(tmpdir(), 'timeline-browser-'));
  await buildSite(validateTimeline(timeline), { outDir: dir, ...options });
  const browser = await launchChromium();
  return {
    url: pathToFileURL(dir).href + '/',
    browser,
    async close() {
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A page that records what a reader would never want: requests off file://, failures, dialogs, console errors. */
export interface WatchedPage {
  page: Page;
  requests: string[];
  failures: string[];
  dialogs: string[];
  consoleErrors: string[];
  /** Asserts nothing of the above happened, then closes the page. */
  verifyAndClose(): Promise<void>;
}

export async function watchedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const watched: WatchedPage = {
    page,
    requests: [],
    failures: [],
    dialogs: [],
    consoleErrors: [],
    async verifyAndClose() {
      expect(watched.requests.length, 'the page loaded nothing').toBeGreaterThan(0);
      expect(watched.requests.filter((u) => !u.startsWith('file://')), 'requests that left file://').toEqual([]);
      expect(watched.failures, 'failed requests').toEqual([]);
      expect(watched.dialogs, 'dialogs').toEqual([]);
      expect(watched.consoleErrors, 'console errors').toEqual([]);
      await context.close();
    },
  };
  page.on('request', (r) => watched.requests.push(r.url()));
  page.on('requestfailed', (r) => watched.failures.push(`${r.url()}: ${r.failure()?.errorText}`));
  page.on('dialog', async (d) => {
    watched.dialogs.push(d.message());
    await d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') watched.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => watched.consoleErrors.push(e.message));
  return watched;
}

/** axe-core (WCAG 2.1 A and AA, best practice) finds no violation on the page, and it did run its checks. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    // axe would fetch the stylesheets again itself, which the pages' CSP (no connect-src) refuses.
    .options({ preload: false })
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  // axe ran its checks: an empty result from a page it could not analyse would prove nothing.
  expect(results.passes.length).toBeGreaterThan(10);
}

/**
 * The hooks of a file of browser tests on the fixture site: the site built once for the file, a
 * watched page for each test, checked and closed after it (nothing left file://, nothing failed).
 */
export function useFixtureSite(): { site: () => FixtureSite; watched: () => WatchedPage } {
  let site: FixtureSite | undefined;
  let watched: WatchedPage | undefined;
  beforeAll(async () => {
    site = await openFixtureSite();
  });
  afterAll(async () => {
    await site?.close();
  });
  beforeEach(async () => {
    watched = await watchedPage(site!.browser);
  });
  afterEach(async () => {
    await watched?.verifyAndClose();
  });
  return { site: () => site!, watched: () => watched! };
}
