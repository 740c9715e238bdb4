/**
 * Regenerates the README's screenshots from the seed corpus: the timeline's front page, a year
 * of it and a source page reached by an event's source link, at desktop (1280 px) and phone
 * (390 px) widths, each cropped to the first screen, into docs/screenshots/.
 *
 *   node --import tsx scripts/screenshots.ts
 */
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildTimeline } from '../src/pipeline.ts';
import { buildSite } from '../src/site/build-site.ts';
import { comparePagePlaces } from '../src/site/order-site-events.ts';
import { timelineSiteLinks } from '../src/site/site-links.ts';
import { launchChromium } from '../test/browser/chromium.ts';
import { validateTimeline } from '../src/timeline/validate-timeline.ts';

const PROJECT = fileURLToPath(new URL('../', import.meta.url));
const OUT = path.join(PROJECT, 'docs', 'screenshots');

const WIDTHS = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  { name: 'phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 },
] as const;

async function main(): Promise<void> {
  const timeline = await buildTimeline(path.join(PROJECT, 'content'));
  const dir = await mkdtemp(path.join(tmpdir(), 'timeline-screenshots-'));
  await buildSite(validateTimeline(timeline), { outDir: dir });
  const site = pathToFileURL(dir).href + '/';

  // The year with the most events, and the first event in it that more than one article reports (else its first).
  const byYear = new Map<string, number>();
  for (const e of timeline.events) byYear.set(e.date.start.slice(0, 4), (byYear.get(e.date.start.slice(0, 4)) ?? 0) + 1);
  const year = [...byYear].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  const inYear = timeline.events.filter((e) => e.date.start.startsWith(year)).sort(comparePagePlaces);
  const event = inYear.find((e) => new Set(e.sources.map((s) => s.document)).size > 1) ?? inYear[0]!;
  const source = event.sources[0]!;
  const pages = [
    { name: 'timeline', url: 'index.html' },
    { name: 'year', url: timelineSiteLinks(timeline).event(event).slice(1).replace(/#.*$/, '') },
    { name: 'source', url: `documents/${encodeURIComponent(source.document)}.html#${encodeURIComponent(source.passage.id)}` },
  ];

  await mkdir(OUT, { recursive: true });
  const browser = await launchChromium();
  try {
    for (const width of WIDTHS) {
      // Reduced motion: a link's target is scrolled to at once, not smoothly, before the shot.
      const context = await browser.newContext({ viewport: width.viewport, deviceScaleFactor: width.deviceScaleFactor, reducedMotion: 'reduce', colorScheme: 'light' });
      const page = await context.newPage();
      for (const { name, url } of pages) {
        await page.goto(site + url);
        // A passage reached by its link sits a quarter down the screen, the text before it in view.
        if (url.includes('#')) await page.evaluate('window.scrollBy(0, -Math.round(window.innerHeight / 4))');
        const file = path.join(OUT, `${name}-${width.name}.png`);
        await page.screenshot({ path: file, fullPage: false });
        process.stdout.write(`${path.relative(PROJECT, file)} (${url}): ${Math.round((await stat(file)).size / 1024)} KB\n`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
