/**
 * How the site holds up at scale: a synthetic timeline of 10,000 events (valid per the
 * schema, every offset holding), built into a temporary folder, the timeline pages opened in
 * headless Chromium from file://, first contentful paint measured over a few runs.
 *
 *   node --import tsx bench/site-scale.ts [--events N | --timeline FILE.json] [--runs N] [--keep]
 *
 * (`--timeline`: a timeline JSON of `timeline extract` instead of the synthetic one.)
 * Prints the build time, the FCP (median and range) of the timeline's front page, of its
 * largest page and of the single file (`timeline build --single-file`), and their sizes. Figures measured with it are in bench/README-site.md.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
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
    options: { events: { type: 'string', default: '10000' }, timeline: { type: 'string' }, runs: { type: 'string', default: '5' }, keep: { type: 'boolean', default: false } },
  });
  const eventCount = Number(values.events);
  const runs = Number(values.runs);
  let timeline = syntheticTimeline(eventCount);
  if (values.timeline !== undefined) {
    const read = await readTimelineInput(values.timeline);
    if (!read.ok) throw new Error(read.message);
    timeline = read.timeline;
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'timeline-scale-'));
  const buildStarted = performance.now();
  await buildSite(validateTimeline(timeline), { outDir: dir });
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
  process.stdout.write(`${timeline.events.length} events from ${timeline.documents.length} articles; site built in ${buildSeconds.toFixed(1)} s, ${files.length} HTML pages\n`);
  await report('timeline page', index.file, index.bytes);
  // The front page loads the search index when a search starts: how long until the first hits show.
  const searchMs: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(path.join(dir, index.file)).href, { waitUntil: 'load' });
    const started = performance.now();
    await page.fill('#site-q', 'Kobani');
    // The first answer: hits, or "No events match." (a real corpus may not name Kobani).
    await page.waitForFunction(() => /match/.test(document.getElementById('site-filter-status')?.textContent ?? ''), undefined, { timeout: 120_000 });
    searchMs.push(performance.now() - started);
    await context.close();
  }
  const indexBytes = (await stat(path.join(dir, 'assets', 'search-index.js'))).size;
  process.stdout.write(`search on the front page: first hits after median ${Math.round(median(searchMs))} ms (search index ${kb(indexBytes)}, loaded when a search starts)\n`);
  if (largest.file !== index.file) await report('largest page ', largest.file, largest.bytes);
  const years = files.filter((f) => f.file.startsWith('years/'));
  const largestYear = years.length === 0 ? null : years.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  if (largestYear !== null && largestYear.file !== largest.file) await report('largest timeline page', largestYear.file, largestYear.bytes);
  const singleStarted = performance.now();
  await buildSingleFile(validateTimeline(timeline), { file: path.join(dir, 'single', 'timeline.html') });
  const singleSeconds = (performance.now() - singleStarted) / 1000;
  process.stdout.write(`single file written in ${singleSeconds.toFixed(1)} s\n`);
  await report('single file  ', 'single/timeline.html', (await stat(path.join(dir, 'single', 'timeline.html'))).size);
  await browser.close();
  if (values.keep) process.stdout.write(`site kept in ${dir}\n`);
  else await rm(dir, { recursive: true, force: true });
}

await main();
