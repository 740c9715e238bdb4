/**
 * Where the live heap of a cold `timeline build` goes, stage by stage: the stages of
 * `buildTimeline` and `buildOutputs` called in this process in the same order, each one's
 * results kept as the build keeps them, and after each a forced garbage collection and
 * `process.memoryUsage()`. During the site stage (which this script cannot open up) the heap
 * is sampled every 200 ms without forcing collection, so its figure is a high-water mark of
 * live and not yet collected memory.
 *
 *   node --expose-gc --import tsx bench/heap-stages.ts CONTENT_DIR [--jobs 2] [--no-site] [--model-pages]
 *
 * `--model-pages` also makes every document page's view at once (as the site model did before
 * they were made per page) to print what they would hold.
 *
 * Prints one line per stage: heap used, external + array buffers, RSS (MB) and the stage's
 * wall and CPU seconds. No analysis cache is used or written.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyseDocuments } from '../src/analyse/analyse-documents.ts';
import { readArticles } from '../src/load/read-articles.ts';
import { readSiteConfig } from '../src/load/read-site-config.ts';
import { buildSite } from '../src/site/build-site.ts';
import { buildSiteModel } from '../src/site/site-model.ts';
import { carryIds } from '../src/timeline/carry-ids.ts';
import { mergeCorpusEvents } from '../src/timeline/merge-corpus-events.ts';
import { orderEvents } from '../src/timeline/order-events.ts';
import { validateTimeline } from '../src/timeline/validate-timeline.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc');

const MB = (n: number) => (n / 1024 / 1024).toFixed(0).padStart(6);
let cpuAt = process.cpuUsage();
let wallAt = performance.now();

function report(stage: string, peak?: { heap: number; rss: number }): void {
  gc!();
  const m = process.memoryUsage();
  const cpu = process.cpuUsage(cpuAt);
  const wall = (performance.now() - wallAt) / 1000;
  const peakText = peak ? `  (during: heap up to ${MB(peak.heap).trim()} MB, RSS up to ${MB(peak.rss).trim()} MB)` : '';
  process.stdout.write(
    `${stage.padEnd(28)} heap ${MB(m.heapUsed)} MB  external ${MB(m.external + m.arrayBuffers)} MB  RSS ${MB(m.rss)} MB  ${wall.toFixed(1).padStart(6)} s wall ${((cpu.user + cpu.system) / 1e6).toFixed(1).padStart(6)} s CPU${peakText}\n`,
  );
  cpuAt = process.cpuUsage();
  wallAt = performance.now();
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { jobs: { type: 'string', default: '2' }, 'no-site': { type: 'boolean', default: false }, 'model-pages': { type: 'boolean', default: false } } });
  const content = positionals[0];
  if (content === undefined) throw new Error('usage: bench/heap-stages.ts CONTENT_DIR [--jobs N] [--no-site] [--model-pages]');
  report('start');
  const { files, diagnostics } = await readArticles(content);
  report(`read ${files.length} files`);
  const analyses = await analyseDocuments(files, { jobs: Number(values.jobs) });
  report('analysed');
  const documents = analyses.map((a) => a.document);
  const events = analyses.flatMap((a) => a.events);
  const undated = analyses.flatMap((a) => a.undated);
  const merged = await mergeCorpusEvents(files, events);
  report(`merged (${events.length} -> ${merged.length})`);
  const carried = carryIds(undefined, { documents, events: orderEvents(merged), undated });
  const timeline = { ...carried, diagnostics: [...diagnostics, ...analyses.flatMap((a) => a.diagnostics)] };
  report('ordered');
  const valid = validateTimeline(timeline);
  report('validated (both held)');
  // As buildOutputs: only the validated timeline lives on.
  files.length = 0;
  analyses.length = 0;
  events.length = 0;
  for (const key of Object.keys(timeline) as Array<keyof typeof timeline>) delete timeline[key];
  report('validated only');
  if (values['no-site']) return;
  const { config } = await readSiteConfig(content);
  // The site model alone, as buildSite makes it (made again there; this one is dropped first).
  let model: ReturnType<typeof buildSiteModel> | undefined = buildSiteModel(valid, { config });
  report(`+ site model (${model.documents.length} documents)`);
  if (values['model-pages']) {
    // What the document pages' views would hold if they were all made and kept (they are made one page at a time).
    const views = model.documents.map((d) => model!.documentPage(d));
    report(`+ every document page's view (${views.length})`);
    views.length = 0;
  }
  model = undefined;
  report('site model dropped');
  const dir = await mkdtemp(path.join(tmpdir(), 'heap-stages-'));
  const peak = { heap: 0, rss: 0 };
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peak.heap = Math.max(peak.heap, m.heapUsed);
    peak.rss = Math.max(peak.rss, m.rss);
  }, 200);
  try {
    await buildSite(valid, { outDir: dir, config });
  } finally {
    clearInterval(sampler);
    await rm(dir, { recursive: true, force: true });
  }
  report('site', peak);
}

await main();
