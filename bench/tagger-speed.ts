/**
 * Speed of the date tagger against plain chrono, paragraph by paragraph, in one process:
 *   node --import tsx bench/tagger-speed.ts [DIR] [MB]
 * Builds about MB megabytes (default 5) of news text by repeating the plain texts of the `.tml`
 * files under DIR (default ../shared/eval/tbaq, next to the repository), then times `tagDates` (our configuration,
 * plus resolution) and `chrono.casual.parse` on the same paragraphs, with the same reference date,
 * best of 7 alternating timed rounds each after one untimed round, by CPU time (the machine is
 * shared: the best round is the least disturbed one).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as chrono from 'chrono-node';
import { paragraphSpans, tagDates } from '../src/dates/index.ts';
import { parseTimeml, tmlFiles } from './timeml.ts';

const dir = process.argv[2] ?? path.resolve(import.meta.dirname, '../../shared/eval/tbaq');
const megabytes = Number(process.argv[3] ?? 5);
const documents = tmlFiles(dir).map((f) => parseTimeml(readFileSync(f, 'utf8')));
if (documents.length === 0) throw new Error(`no .tml files under ${dir}`);
const parts: string[] = [];
let size = 0;
for (let i = 0; size < megabytes * 1e6; i++) {
  const text = documents[i % documents.length]!.text.trim();
  parts.push(text);
  size += text.length + 2;
}
const text = parts.join('\n\n');
const spans = paragraphSpans(text);
const mb = Buffer.byteLength(text, 'utf8') / 1e6;
const reference = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };

/** Wall time and CPU time (user + system) of one run: on a shared machine the process's own CPU time
 *  is disturbed far less by other work than the wall clock. */
function time(run: () => number): { seconds: number; cpu: number; found: number } {
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const found = run();
  const cpu = process.cpuUsage(cpuStart);
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, cpu: (cpu.user + cpu.system) / 1e6, found };
}

// JIT compilation and the first growth of the heap are not the steady state: run both once over the
// whole text untimed, then time ROUNDS alternating runs and keep each one's best.
const ROUNDS = 7;
const runChrono = () => {
  let n = 0;
  for (const s of spans) n += chrono.casual.parse(text.slice(s.start, s.end), reference).length;
  return n;
};
const runOurs = () => tagDates(text, spans, { dct: '2000-01-01', mode: 'news' }).length;
runChrono();
runOurs();
let chronoRun = time(runChrono);
let oursRun = time(runOurs);
for (let round = 1; round < ROUNDS; round++) {
  const c = time(runChrono);
  const o = time(runOurs);
  if (c.cpu < chronoRun.cpu) chronoRun = c;
  if (o.cpu < oursRun.cpu) oursRun = o;
}

const line = (name: string, r: { seconds: number; cpu: number; found: number }) =>
  `${name.padEnd(22)} ${r.cpu.toFixed(2).padStart(7)} s CPU  ${(mb / r.cpu).toFixed(2).padStart(6)} MB/s  (${r.seconds.toFixed(2)} s wall)  ${String(r.found).padStart(7)} expressions`;
console.log(`text: ${mb.toFixed(2)} MB, ${spans.length} paragraphs; best of ${ROUNDS} rounds by CPU time`);
console.log(line('chrono.casual.parse', chronoRun));
console.log(line('tagDates (ours)', oursRun));
console.log(`ratio ours/chrono (CPU): ${(oursRun.cpu / chronoRun.cpu).toFixed(2)}   (wall: ${(oursRun.seconds / chronoRun.seconds).toFixed(2)})`);
