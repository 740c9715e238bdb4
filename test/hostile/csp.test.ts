import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/site/build-site.ts';
import { fixtureTimeline } from '../site/fixture-timeline.ts';
import { decodeAttribute } from '../site/site-files.ts';
import { launchChromium } from '../browser/chromium.ts';
import { validateTimeline } from '../../src/timeline/validate-timeline.ts';

// Case 10: the Content-Security-Policy of the site's pages, from file://, where 'self' and
// `file:` both allow any local file as a script.
let dir: string;
let browser: Browser;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'timeline-csp-'));
  await buildSite(validateTimeline(fixtureTimeline()), { outDir: path.join(dir, 'site') });
  // A local file an attacker could have put beside the site, and a page made to load it.
  await writeFile(path.join(dir, 'evil.js'), 'document.documentElement.dataset.evil = "ran";');
  await writeFile(path.join(dir, 'site', 'assets', 'evil.js'), 'document.documentElement.dataset.evil = "ran";');
  const index = await readFile(path.join(dir, 'site', 'index.html'), 'utf8');
  const injected = '<script src="../evil.js"></script><script src="assets/evil.js"></script><script>document.documentElement.dataset.evil = "inline";</script>';
  await writeFile(path.join(dir, 'site', 'injected.html'), index.replace('<main id="site-main" tabindex="-1">', `<main id="site-main" tabindex="-1">${injected}`));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the site\'s Content-Security-Policy from file://', () => {
  it('names no scheme or folder a script may come from: only the loader\'s hash and what it loads', async () => {
    const index = await readFile(path.join(dir, 'site', 'index.html'), 'utf8');
    const csp = decodeAttribute(/http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(index)![1]!);
    const scriptSrc = /script-src ([^;]*)/.exec(csp)![1]!;
    expect(scriptSrc).toMatch(/^'sha256-[A-Za-z0-9+/=]+' 'strict-dynamic'$/);
  });

  it('runs the site\'s own script and no other local file', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(path.join(dir, 'site', 'injected.html')).href);
    // The page script ran: it shows the filters it drives.
    await expect.poll(() => page.locator('#site-filters').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.dataset.evil ?? null)).toBeNull();
    await page.close();
  });
});
