/**
 * What keeping the previous build's ids costs a rebuild: `carryIds` on the timeline of a content
 * folder, with itself as the previous build (nothing changed) and with a previous build that
 * lacked every tenth document (additions), timed in one process after one build.
 *
 *   node --import tsx bench/carry-ids.ts --content DIR [--runs N]
 *
 * Prints the documents and events, and per case the CPU time (user + system,
 * process.cpuUsage) and wall time of the fastest run, and how many event ids moved.
 */
import { parseArgs } from 'node:util';
import { buildTimeline } from '../src/pipeline.ts';
import { carryIds, type PreviousIds } from '../src/timeline/carry-ids.ts';
import type { Timeline } from '../src/types.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, runs: { type: 'string', default: '3' } } });
if (values.content === undefined) {
  process.stderr.write('usage: node --import tsx bench/carry-ids.ts --content DIR [--runs N]\n');
  process.exit(2);
}
const timeline = await buildTimeline(values.content, { jobs: 1 });
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
