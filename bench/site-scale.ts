/**
 * How the site holds up at scale: a synthetic timeline of 10,000 events (valid per the
 * schema, every offset holding), built into a temporary folder, the timeline pages opened in
 * headless Chromium from file://, first contentful paint measured over a few runs.
 *
 *   node --import tsx bench/site-scale.ts [--events N] [--runs N] [--keep]
 *
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
import type { Granularity, Passage, Timeline, TimelineDocument, TimelineEvent } from '../src/types.ts';
import { launchChromium } from '../test/browser/chromium.ts';
import { median, PAINT_TIMING, random, type PaintTiming } from './bench-kit.ts';

const EVENTS_PER_DOCUMENT = 10;
const FIRST_YEAR = 1990;
const YEARS = 35;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ACTORS = ['the council', 'officials', 'local activists', 'the ministry', 'residents', 'a spokesperson', 'the agency', 'witnesses'];
const PLACES = ['Kobani', 'Idlib', 'Aleppo', 'Raqqa', 'Hasakah', 'Manbij', 'Afrin', 'Qamishli', 'Deir ez-Zor', 'Tal Abyad'];

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** One dated sentence: its date expression, TIMEX3 value and interval at a random granularity. */
function datedSentence(next: () => number, place: string, actor: string): { sentence: string; expression: string; value: string; start: string; end: string; granularity: Granularity } {
  const year = FIRST_YEAR + Math.floor(next() * YEARS);
  const month = 1 + Math.floor(next() * 12);
  const roll = next();
  let expression: string;
  let value: string;
  let start: string;
  let end: string;
  let granularity: Granularity;
  if (roll < 0.15) {
    [expression, value, start, end, granularity] = [`in ${year}`, `${year}`, `${year}-01-01`, `${year}-12-31`, 'year'];
  } else if (roll < 0.5) {
    [expression, value, start, end, granularity] = [`in ${MONTHS[month - 1]} ${year}`, `${year}-${pad(month)}`, `${year}-${pad(month)}-01`, `${year}-${pad(month)}-${pad(lastDay(year, month))}`, 'month'];
  } else {
    const day = 1 + Math.floor(next() * lastDay(year, month));
    const iso = `${year}-${pad(month)}-${pad(day)}`;
    [expression, value, start, end, granularity] = [`on ${day} ${MONTHS[month - 1]} ${year}`, iso, iso, iso, 'day'];
  }
  const sentence = `Fighting around ${place} intensified ${expression}, with shelling reported across the district, ${actor} said.`;
  return { sentence, expression, value, start, end, granularity };
}

/** A synthetic timeline of `eventCount` events, `EVENTS_PER_DOCUMENT` per article, each a real slice of its article. */
export function syntheticTimeline(eventCount: number): Timeline {
  const next = random(20141013);
  const documents: TimelineDocument[] = [];
  const events: TimelineEvent[] = [];
  for (let d = 0; documents.length * EVENTS_PER_DOCUMENT < eventCount; d += 1) {
    const id = `article-${String(d).padStart(5, '0')}`;
    const title = `Report ${d} from ${PLACES[d % PLACES.length]}`;
    let text = `${title}\n\nBy Staff Reporter\n\n`;
    const passages: Passage[] = [
      { id: 'p-title', kind: 'title', start: 0, end: title.length, text: title },
      { id: 'p-byline', kind: 'byline', start: title.length + 2, end: title.length + 2 + 'By Staff Reporter'.length, text: 'By Staff Reporter' },
    ];
    const doc: TimelineDocument = {
      id,
      path: `${id}.txt`,
      title,
      published: '2024-06-01',
      publishedFrom: 'front-matter',
      url: `https://example.org/news/${id}`,
      publisher: 'Example Wire',
      author: 'Staff Reporter',
      mode: 'news',
      text: '',
      passages,
      mentions: [],
      chrome: [],
    };
    for (let i = 0; i < EVENTS_PER_DOCUMENT && events.length < eventCount; i += 1) {
      const place = PLACES[Math.floor(next() * PLACES.length)]!;
      const actor = ACTORS[Math.floor(next() * ACTORS.length)]!;
      const dated = datedSentence(next, place, actor);
      const paragraph = `${dated.sentence} Aid convoys were delayed and several families left the area, according to people who spoke to the reporter.`;
      const start = text.length;
      text += `${paragraph}\n\n`;
      const passage: Passage = { id: `p-${i}-fighting-around`, kind: 'body', start, end: start + paragraph.length, text: paragraph };
      passages.push(passage);
      const mentionStart = start + dated.sentence.indexOf(dated.expression) + dated.expression.indexOf(' ') + 1;
      const mentionText = dated.expression.slice(dated.expression.indexOf(' ') + 1);
      const mention = { start: mentionStart, end: mentionStart + mentionText.length, text: mentionText };
      doc.mentions.push({ ...mention, type: 'DATE', value: dated.value, anchor: 'absolute' });
      const statementText = dated.sentence.slice(0, dated.sentence.lastIndexOf(','));
      events.push({
        id: `e-${id}-${i}`,
        date: { value: dated.value, start: dated.start, end: dated.end, granularity: dated.granularity },
        relation: dated.granularity === 'day' ? 'on' : 'in',
        headline: statementText,
        status: 'happened',
        corroboration: 1,
        sources: [
          {
            id: `e-${id}-${i}`,
            document: id,
            passage: { id: passage.id, start: passage.start, end: passage.end, text: passage.text },
            statement: { start, end: start + statementText.length, text: statementText },
            mention,
            attribution: actor,
            hedged: next() < 0.1,
            status: 'happened',
            statusCues: [],
          },
        ],
      });
    }
    doc.text = text;
    documents.push(doc);
  }
  for (const e of events) if (e.sources[0]!.hedged) e.sources[0]!.hedge = 'reportedly';
  return validateTimeline({ documents, events, undated: [], diagnostics: [] });
}

async function htmlFiles(dir: string): Promise<Array<{ file: string; bytes: number }>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
  return Promise.all(files.sort().map(async (file) => ({ file, bytes: (await stat(path.join(dir, file))).size })));
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { events: { type: 'string', default: '10000' }, runs: { type: 'string', default: '5' }, keep: { type: 'boolean', default: false } } });
  const eventCount = Number(values.events);
  const runs = Number(values.runs);
  const timeline = syntheticTimeline(eventCount);
  const dir = await mkdtemp(path.join(tmpdir(), 'timeline-scale-'));
  const buildStarted = performance.now();
  await buildSite(validateTimeline(timeline), { outDir: dir });
  const buildSeconds = (performance.now() - buildStarted) / 1000;

  const files = await htmlFiles(dir);
  const index = files.find((f) => f.file === 'index.html')!;
  const largest = files.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const browser = await launchChromium();
  const measure = async (file: string): Promise<{ fcp: number[]; load: number[] }> => {
    const fcp: number[] = [];
    const load: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(pathToFileURL(path.join(dir, file)).href, { waitUntil: 'load', timeout: 120_000 });
      const timing = (await page.evaluate(PAINT_TIMING)) as PaintTiming;
      fcp.push(timing.fcp);
      load.push(timing.load);
      await context.close();
    }
    return { fcp, load };
  };
  const report = async (label: string, file: string, bytes: number): Promise<void> => {
    const { fcp, load } = await measure(file);
    const range = `${Math.round(Math.min(...fcp))}-${Math.round(Math.max(...fcp))} ms`;
    process.stdout.write(
      `${label} ${file} (${kb(bytes)}): first contentful paint median ${Math.round(median(fcp))} ms (${range} over ${runs} runs), load event median ${Math.round(median(load))} ms\n`,
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
    await page.waitForSelector('#site-event-hits:not([hidden])', { timeout: 120_000 });
    searchMs.push(performance.now() - started);
    await context.close();
  }
  const indexBytes = (await stat(path.join(dir, 'assets', 'search-index.js'))).size;
  process.stdout.write(`search on the front page: first hits after median ${Math.round(median(searchMs))} ms (search index ${kb(indexBytes)}, loaded when a search starts)\n`);
  if (largest.file !== index.file) await report('largest page ', largest.file, largest.bytes);
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
