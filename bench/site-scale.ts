/**
 * How the site holds up at scale: a synthetic timeline of 10,000 events (valid per the
 * schema, every offset holding), built into a temporary folder, the timeline pages opened in
 * headless Chromium from file://, first contentful paint measured over a few runs.
 *
 *   node --import tsx bench/site-scale.ts [--events N | --timeline FILE.json] [--runs N] [--keep] [--search-only] [--site DIR]
 *
 * (`--timeline`: a timeline JSON of `timeline extract` instead of the synthetic one.)
 * Prints the build time, the FCP (median and range) of the timeline's front page, of its
 * largest page, of the page with the most elements and of the single file (`timeline build --single-file`), and their sizes. Figures measured with it are in bench/README-site.md.
 * The search is measured on the front page: from typing a word to the first hits, and to the
 * last part of the index answering, with the renderer's main-thread busy time (CDP
 * `Performance.getMetrics` TaskDuration) over the same span, a figure less bent by a shared
 * machine than wall time; then one search over the whole loaded index, timed in the page.
 * `--search-only` measures the search alone (no other page, no single file); `--site DIR` measures
 * a site built before (kept with `--keep`) instead of building one.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildSingleFile } from '../src/site/build-single-file.ts';
import { buildSite } from '../src/site/build-site.ts';
import { validateTimeline } from '../src/timeline/validate-timeline.ts';
import { launchChromium } from '../test/browser/chromium.ts';
import { syntheticTimeline } from '../test/support/synthetic-timeline.ts';
import { readTimelineInput } from '../src/load/read-timeline-input.ts';
import { median, PAINT_TIMING, type PaintTiming } from './bench-kit.ts';

async function htmlFiles(dir: string): Promise<Array<{ file: string; bytes: number }>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
  return Promise.all(files.sort().map(async (file) => ({ file, bytes: (await stat(path.join(dir, file))).size })));
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { events: { type: 'string', default: '10000' }, timeline: { type: 'string' }, runs: { type: 'string', default: '5' }, keep: { type: 'boolean', default: false }, 'search-only': { type: 'boolean', default: false }, site: { type: 'string' } },
  });
  const eventCount = Number(values.events);
  const runs = Number(values.runs);
  let timeline = syntheticTimeline(eventCount);
  if (values.timeline !== undefined) {
    const read = await readTimelineInput(values.timeline);
    if (!read.ok) throw new Error(read.message);
    timeline = read.timeline;
  }
  // `--site DIR`: a site already built (one kept by `--keep`), measured as it is; the timeline options then only name the single file's input.
  const dir = values.site ?? (await mkdtemp(path.join(tmpdir(), 'timeline-scale-')));
  const buildStarted = performance.now();
  if (values.site === undefined) await buildSite(validateTimeline(timeline), { outDir: dir });
  const buildSeconds = (performance.now() - buildStarted) / 1000;

  const files = await htmlFiles(dir);
  const index = files.find((f) => f.file === 'index.html')!;
  const largest = files.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const browser = await launchChromium();
  const measure = async (file: string): Promise<{ fcp: number[]; load: number[]; nodes: number }> => {
    const fcp: number[] = [];
    const load: number[] = [];
    let nodes = 0;
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(pathToFileURL(path.join(dir, file)).href, { waitUntil: 'load', timeout: 120_000 });
      const timing = (await page.evaluate(PAINT_TIMING)) as PaintTiming;
      fcp.push(timing.fcp);
      load.push(timing.load);
      nodes = timing.nodes;
      await context.close();
    }
    return { fcp, load, nodes };
  };
  const report = async (label: string, file: string, bytes: number): Promise<void> => {
    const { fcp, load, nodes } = await measure(file);
    const range = `${Math.round(Math.min(...fcp))}-${Math.round(Math.max(...fcp))} ms`;
    process.stdout.write(
      `${label} ${file} (${kb(bytes)}, ${nodes} elements at the load event): first contentful paint median ${Math.round(median(fcp))} ms (${range} over ${runs} runs), load event median ${Math.round(median(load))} ms\n`,
    );
  };
  process.stdout.write(
    values.site === undefined ? `${timeline.events.length} events from ${timeline.documents.length} articles; site built in ${buildSeconds.toFixed(1)} s, ${files.length} HTML pages\n` : `site ${dir} as built before, ${files.length} HTML pages\n`,
  );
  if (!values['search-only']) await report('timeline page', index.file, index.bytes);
  // The front page loads the search index when a search starts: how long until the first hits show, and until every part answered.
  const firstMs: number[] = [];
  const allMs: number[] = [];
  const firstBusyMs: number[] = [];
  const againMs: number[] = [];
  const allBusyMs: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const busy = async (): Promise<number> => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
    await page.goto(pathToFileURL(path.join(dir, index.file)).href, { waitUntil: 'load' });
    const busyBefore = await busy();
    const started = performance.now();
    await page.fill('#site-q', 'Kobani');
    // The first answer: hits, or "No events match." (a real corpus may not name Kobani).
    await page.waitForFunction(() => (document.getElementById('site-filter-status')?.textContent ?? '').includes('match'), undefined, { timeout: 300_000, polling: 20 });
    firstMs.push(performance.now() - started);
    firstBusyMs.push((await busy()) - busyBefore);
    // Every part of the index in: the status no longer says it is still loading some.
    await page.waitForFunction(() => /match/.test(document.getElementById('site-filter-status')?.textContent ?? '') && !/still loading/.test(document.getElementById('site-filter-status')?.textContent ?? ''), undefined, { timeout: 600_000, polling: 50 });
    allMs.push(performance.now() - started);
    allBusyMs.push((await busy()) - busyBefore);
    // A search over the whole index once it is in: the input handler (every shard searched, the hits shown) timed in the page.
    againMs.push(
      await page.evaluate(() => {
        const q = document.getElementById('site-q') as HTMLInputElement;
        q.value = 'Aleppo counci';
        const t = performance.now();
        q.dispatchEvent(new Event('input', { bubbles: true }));
        return performance.now() - t;
      }),
    );
    await context.close();
  }
  const assets = await readdir(path.join(dir, 'assets'));
  const searchFiles = await Promise.all(assets.filter((f) => f.startsWith('search-')).map(async (f) => ({ f, bytes: (await stat(path.join(dir, 'assets', f))).size })));
  const indexBytes = (await stat(path.join(dir, 'assets', 'search-index.js'))).size;
  const sum = (list: Array<{ bytes: number }>): number => list.reduce((a, b) => a + b.bytes, 0);
  const ms = (values: number[]): string => `median ${Math.round(median(values))} ms (${Math.round(Math.min(...values))}-${Math.round(Math.max(...values))} ms over ${values.length} runs)`;
  process.stdout.write(`search on the front page: first hits after ${ms(firstMs)}, main thread busy ${ms(firstBusyMs)}\n`);
  process.stdout.write(`  every part answered after ${ms(allMs)}, main thread busy ${ms(allBusyMs)}; then a search of "Aleppo counci" over all of it ${ms(againMs)}\n`);
  process.stdout.write(
    `  search files: assets/search-index.js ${kb(indexBytes)}; ${searchFiles.length} search-* files ${kb(sum(searchFiles))} in all (events ${kb(sum(searchFiles.filter((f) => f.f.startsWith('search-events') || f.f === 'search-index.js')))}), loaded when a search starts\n`,
  );
  if (values['search-only']) {
    await browser.close();
    if (values.keep || values.site !== undefined) process.stdout.write(`site kept in ${dir}\n`);
    else await rm(dir, { recursive: true, force: true });
    return;
  }
  if (largest.file !== index.file) await report('largest page ', largest.file, largest.bytes);
  // The page with the most elements in its markup (start tags), whichever kind it is: opened too.
  const tagged = await Promise.all(files.map(async (f) => ({ ...f, tags: (await readFile(path.join(dir, f.file), 'utf8')).match(/<[a-z][a-z0-9]*/gi)?.length ?? 0 })));
  const most = tagged.reduce((a, b) => (b.tags > a.tags ? b : a));
  process.stdout.write(`most elements: ${most.file}, ${most.tags} start tags\n`);
  if (most.file !== largest.file && most.file !== index.file) await report('most elements', most.file, most.bytes);
  const years = files.filter((f) => f.file.startsWith('years/'));
  const largestYear = years.length === 0 ? null : years.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  if (largestYear !== null && largestYear.file !== largest.file) await report('largest timeline page', largestYear.file, largestYear.bytes);
  const singleStarted = performance.now();
  await buildSingleFile(validateTimeline(timeline), { file: path.join(dir, 'single', 'timeline.html') });
  const singleSeconds = (performance.now() - singleStarted) / 1000;
  process.stdout.write(`single file written in ${singleSeconds.toFixed(1)} s\n`);
  await report('single file  ', 'single/timeline.html', (await stat(path.join(dir, 'single', 'timeline.html'))).size);
  await browser.close();
  if (values.keep || values.site !== undefined) process.stdout.write(`site kept in ${dir}\n`);
  else await rm(dir, { recursive: true, force: true });
}

await main();
