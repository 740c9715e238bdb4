/**
 * The merge of a corpus, timed: the events of a content folder (analysed once, in this process)
 * merged by `planMerge` of each module given, in turn, so two versions of
 * src/timeline/merge-events.ts meet the same events (for example this tree's and main's).
 *
 *   node --import tsx bench/merge-plan.ts --content DIR [--module PATH]... [--runs N]
 *
 * Prints per module: statements, events after the merge, merged events (two sources or more),
 * and the CPU time (user + system, process.cpuUsage) and wall time of the fastest run.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readArticles } from '../src/load/read-articles.ts';
import { analyseDocuments } from '../src/analyse/analyse-documents.ts';
import type { MergePlan } from '../src/timeline/merge-events.ts';
import type { TimelineEvent } from '../src/types.ts';

const { values } = parseArgs({
  options: { content: { type: 'string' }, module: { type: 'string', multiple: true }, runs: { type: 'string', default: '3' } },
});
if (values.content === undefined) {
  process.stderr.write('usage: node --import tsx bench/merge-plan.ts --content DIR [--module PATH]... [--runs N]\n');
  process.exit(2);
}
const modules = values.module ?? [path.resolve(import.meta.dirname, '../src/timeline/merge-events.ts')];
const { files } = await readArticles(values.content);
const analyses = await analyseDocuments(files, { jobs: 1 });
const events = analyses.flatMap((a) => a.events);
process.stdout.write(`${values.content}: ${files.length} documents, ${events.length} statements\n`);
for (const file of modules) {
  const { planMerge } = (await import(pathToFileURL(path.resolve(file)).href)) as { planMerge: (events: readonly TimelineEvent[]) => MergePlan };
  let best = { cpu: Infinity, wall: Infinity };
  let plan: MergePlan | undefined;
  for (let run = 0; run < Number(values.runs); run++) {
    const cpu = process.cpuUsage();
    const wall = performance.now();
    plan = planMerge(events);
    const used = process.cpuUsage(cpu);
    const took = { cpu: (used.user + used.system) / 1000, wall: performance.now() - wall };
    if (took.cpu < best.cpu) best = took;
  }
  const merged = plan!.groups.filter((g) => g.length > 1).length;
  process.stdout.write(`${file}: ${plan!.groups.length} events, ${merged} merged; planMerge ${best.cpu.toFixed(0)} ms CPU, ${best.wall.toFixed(0)} ms wall (fastest of ${values.runs})\n`);
}
