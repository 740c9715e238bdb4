/**
 * What keeping the previous build's ids costs a rebuild: `carryIds` on the timeline of a content
 * folder, with itself as the previous build (nothing changed) and with a previous build that
 * lacked every tenth document (additions), timed in one process after one build.
 *
 *   node --import tsx bench/carry-ids.ts --content DIR [--runs N] [--site SITE]
 *
 * Prints the documents and events, and per case the CPU time (user + system,
 * process.cpuUsage) and wall time of the fastest run, and how many event ids moved.
 * With --site (a site `timeline build --content DIR --out SITE` wrote, with its cache SITE.cache):
 * what a rebuild into SITE reads to carry ids, timed once each: the site's timeline.json read and
 * validated whole, or the id table the cache kept of it (src/timeline/id-table.ts); then carryIds
 * from each, and whether both give the same timeline (JSON compared).
 */
import { parseArgs } from 'node:util';
import { AnalysisCache, cacheDirFor } from '../src/analyse/analysis-cache.ts';
import { readPreviousSite } from '../src/load/read-previous-ids.ts';
import { buildTimeline } from '../src/pipeline.ts';
import { carryIds, type PreviousIds } from '../src/timeline/carry-ids.ts';
import type { Timeline } from '../src/types.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, runs: { type: 'string', default: '3' }, site: { type: 'string' } } });
if (values.content === undefined) {
  process.stderr.write('usage: node --import tsx bench/carry-ids.ts --content DIR [--runs N] [--site SITE]\n');
  process.exit(2);
}
const cache = values.site === undefined ? undefined : await AnalysisCache.open(cacheDirFor(values.site));
const timeline = await buildTimeline(values.content, { jobs: 1, cache });
process.stdout.write(`${values.content}: ${timeline.documents.length} documents, ${timeline.events.length} events\n`);
const left = new Set(timeline.documents.filter((_, i) => i % 10 === 0).map((d) => d.id));
const withoutTenth: PreviousIds = {
  documents: timeline.documents.filter((d) => !left.has(d.id)),
  events: timeline.events.filter((e) => e.sources.every((s) => !left.has(s.document))),
};
for (const [name, previous] of [['nothing changed', timeline], ['a tenth of the documents added', withoutTenth]] as Array<[string, PreviousIds]>) {
  let best = { cpu: Infinity, wall: Infinity };
  let carried: Timeline = timeline;
  for (let run = 0; run < Number(values.runs); run++) {
    const cpu = process.cpuUsage();
    const wall = performance.now();
    carried = carryIds(previous, timeline);
    const used = process.cpuUsage(cpu);
    const took = { cpu: (used.user + used.system) / 1000, wall: performance.now() - wall };
    if (took.cpu < best.cpu) best = took;
  }
  const fresh = new Set(timeline.events.map((e) => e.id));
  const moved = carried.events.filter((e) => !fresh.has(e.id)).length;
  process.stdout.write(`${name}: carryIds ${best.cpu.toFixed(0)} ms CPU, ${best.wall.toFixed(0)} ms wall (fastest of ${values.runs}); ${moved} event ids differ from a fresh build's\n`);
}

/** The CPU and wall milliseconds of one call. */
async function timed<T>(run: () => Promise<T> | T): Promise<{ value: T; cpu: number; wall: number }> {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const value = await run();
  const used = process.cpuUsage(cpu);
  return { value, cpu: (used.user + used.system) / 1000, wall: performance.now() - wall };
}

if (values.site !== undefined && cache !== undefined) {
  const site = values.site;
  const table = await timed(() => readPreviousSite(site, cache));
  const whole = await timed(() => readPreviousSite(site));
  const wholeIds = whole.value.timeline;
  const tableIds = table.value.timeline;
  if (wholeIds === undefined || tableIds === undefined || !('kind' in tableIds)) {
    process.stdout.write(`${site}: no timeline.json or no id table of it in ${cacheDirFor(site)} (build it with the cache first)\n`);
    process.exit(1);
  }
  // The table's first, so that warming up favours the whole file's.
  const fromTable = await timed(() => carryIds(tableIds, timeline));
  const fromWhole = await timed(() => carryIds(wholeIds, timeline));
  const ms = (t: { cpu: number; wall: number }) => `${t.cpu.toFixed(0)} ms CPU, ${t.wall.toFixed(0)} ms wall`;
  process.stdout.write(`${site}: timeline.json read and validated ${ms(whole)}; id table read ${ms(table)}\n`);
  process.stdout.write(`carryIds from timeline.json ${ms(fromWhole)}; from the id table ${ms(fromTable)}; same timeline: ${JSON.stringify(fromWhole.value) === JSON.stringify(fromTable.value) ? 'yes' : 'NO'}\n`);
}
