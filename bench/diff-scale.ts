/**
 * `timeline diff` when every id of a document changed (issue 11, case 9): the events of a real
 * timeline put in one document, then the same events with every event and statement id
 * changed and every third statement reworded (its last word dropped), so that nothing pairs
 * by id and everything goes through similarity matching inside one document.
 *
 *   node --import tsx bench/diff-scale.ts TIMELINE.json... [--sizes 1000,2000,5000,10000] [--out FILE]
 *
 * TIMELINE.json: `timeline extract` outputs (for example of .cache/corpus-1000, made by
 * bench/make-corpus.ts, and of .cache/tbaq-content), their events taken one after the other. Prints, for each size, the wall and CPU time and heap used of diffTimelines and
 * the summary; --out writes the diff of the largest size as JSON, to compare two versions of
 * the matcher byte for byte.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { diffTimelines } from '../src/diff/diff-timelines.ts';
import type { Timeline, TimelineEvent } from '../src/types.ts';

function oneDocument(timeline: Timeline, size: number): Timeline {
  return { ...timeline, documents: timeline.documents.map((d) => ({ ...d, path: 'one-document.txt' })), events: timeline.events.slice(0, size) };
}

function renamed(timeline: Timeline): Timeline {
  const events = timeline.events.map((e, k): TimelineEvent => ({
    ...e,
    id: `${e.id}-renamed`,
    sources: e.sources.map((s) => {
      const text = k % 3 === 0 ? s.statement.text.replace(/\s+\S+\s*$/u, '') : s.statement.text;
      return { ...s, id: `${s.id}-renamed`, statement: { ...s.statement, text, end: s.statement.start + text.length } };
    }),
  }));
  return { ...timeline, events };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { sizes: { type: 'string', default: '1000,2000,5000,10000' }, out: { type: 'string' } } });
  if (positionals.length === 0) throw new Error('usage: bench/diff-scale.ts TIMELINE.json... [--sizes 1000,2000] [--out FILE]');
  const timelines = await Promise.all(positionals.map(async (file) => JSON.parse(await readFile(file, 'utf8')) as Timeline));
  const timeline: Timeline = { ...timelines[0]!, documents: timelines.flatMap((t) => t.documents), events: timelines.flatMap((t) => t.events) };
  const sizes = values.sizes.split(',').map(Number).filter((n) => n <= timeline.events.length);
  if (sizes.length === 0) throw new Error(`${positionals.join(', ')} have only ${timeline.events.length} events`);
  let last = '';
  for (const size of sizes) {
    const before = oneDocument(timeline, size);
    const after = renamed(before);
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const diff = diffTimelines(before, after);
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuStarted);
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
    const s = diff.summary;
    process.stdout.write(
      `${String(size).padStart(6)} events in one document: ${seconds.toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU, heap +${heapMb.toFixed(0)} MB; ${s.unchanged} unchanged, ${s.changed} changed, ${s.added} added, ${s.removed} removed\n`,
    );
    last = JSON.stringify(diff);
  }
  if (values.out) await writeFile(values.out, last);
}

await main();
