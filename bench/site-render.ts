/**
 * What rendering the site costs, apart from analysis: a timeline JSON (`timeline extract`) built
 * into a site (and the single file) in a temporary folder, a few times.
 *
 *   node --import tsx bench/site-render.ts TIMELINE.json [--runs 3] [--single-file]
 *
 * Prints per run the wall and CPU seconds (user + system of this process) of `buildSite`, and
 * of `renderSingleFile` with --single-file, then the medians. Profile it with
 * `node --cpu-prof --import tsx bench/site-render.ts ...`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readTimelineInput } from '../src/load/read-timeline-input.ts';
import { renderSingleFile } from '../src/site/build-single-file.ts';
import { buildSite } from '../src/site/build-site.ts';
import { validateTimeline } from '../src/timeline/validate-timeline.ts';
import { median } from './bench-kit.ts';

async function timed(work: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await work();
  const cpu = process.cpuUsage(cpuBefore);
  return { wall: (performance.now() - started) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '3' }, 'single-file': { type: 'boolean', default: false } } });
  const input = positionals[0];
  if (input === undefined) throw new Error('usage: bench/site-render.ts TIMELINE.json [--runs N] [--single-file]');
  const read = await readTimelineInput(input);
  if (!read.ok) throw new Error(read.message);
  const timeline = validateTimeline(read.timeline);
  process.stdout.write(`${timeline.events.length} events from ${timeline.documents.length} articles\n`);
  const site: Array<{ wall: number; cpu: number }> = [];
  const single: Array<{ wall: number; cpu: number }> = [];
  for (let run = 0; run < Number(values.runs); run += 1) {
    const dir = await mkdtemp(path.join(tmpdir(), 'timeline-render-'));
    site.push(await timed(() => buildSite(timeline, { outDir: dir })));
    await rm(dir, { recursive: true, force: true });
    process.stdout.write(`run ${run + 1}: site ${site.at(-1)!.wall.toFixed(1)} s wall, ${site.at(-1)!.cpu.toFixed(1)} s CPU`);
    if (values['single-file']) {
      single.push(await timed(() => renderSingleFile(timeline)));
      process.stdout.write(`; single file ${single.at(-1)!.wall.toFixed(1)} s wall, ${single.at(-1)!.cpu.toFixed(1)} s CPU`);
    }
    process.stdout.write('\n');
  }
  const summary = (label: string, runs: Array<{ wall: number; cpu: number }>): string =>
    `${label}: median ${median(runs.map((r) => r.wall)).toFixed(1)} s wall, ${median(runs.map((r) => r.cpu)).toFixed(1)} s CPU over ${runs.length} runs\n`;
  process.stdout.write(summary('site', site));
  if (single.length > 0) process.stdout.write(summary('single file', single));
}

await main();
