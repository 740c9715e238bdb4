/**
 * The single file (`timeline build --single-file`) at scale: a synthetic timeline (by default
 * 100,000 events from 10,000 articles) written to a temporary file, with its size, the wall and
 * CPU time of rendering and writing it, and the process's peak RSS.
 *
 *   node --import tsx bench/single-file-scale.ts [--events N] [--keep]
 *
 * Figures measured with it are in bench/README-site.md.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSingleFile } from '../src/site/build-single-file.ts';
import { validateTimeline } from '../src/timeline/validate-timeline.ts';
import { syntheticTimeline } from '../test/support/synthetic-timeline.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { events: { type: 'string', default: '100000' }, keep: { type: 'boolean', default: false } } });
  const timeline = validateTimeline(syntheticTimeline(Number(values.events)));
  const dir = await mkdtemp(path.join(tmpdir(), 'single-file-scale-'));
  const file = path.join(dir, 'timeline.html');
  const cpu = process.cpuUsage();
  const started = performance.now();
  await buildSingleFile(timeline, { file });
  const wall = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const bytes = (await stat(file)).size;
  // maxRSS (KB) is the whole process's peak, the synthetic timeline included.
  const peak = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    `single file of ${timeline.events.length} events from ${timeline.documents.length} articles: ${(bytes / 1024 / 1024).toFixed(1)} MB (${bytes} bytes), ` +
      `written in ${wall.toFixed(1)} s wall, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU (user ${(used.user / 1e6).toFixed(1)}, system ${(used.system / 1e6).toFixed(1)}), peak RSS ${peak.toFixed(0)} MB\n`,
  );
  if (values.keep) process.stdout.write(`kept in ${file}\n`);
  else await rm(dir, { recursive: true, force: true });
}

await main();
