/**
 * Precision and recall of our factuality reader (src/events/read-factuality.ts) against the
 * TimeML event attributes of TimeBank and AQUAINT:
 *   node --import tsx bench/score-factuality.ts DIR... [--verbose] [--raw-polarity] [--without-date-only] [--halves DIRNAME]
 * The gold mapping and the events scored are described in bench/README.md ("Factuality").
 */
import { basename } from 'node:path';
import { readFactuality } from '../src/events/read-factuality.ts';
import type { FactualityStatus } from '../src/types.ts';
import { type Scored, scoreFile } from './factuality-gold.ts';
import { tmlFiles } from './timeml.ts';

const STATUSES: FactualityStatus[] = ['happened', 'ongoing', 'planned', 'expected', 'possible', 'denied'];

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function report(label: string, rows: Scored[], pick: (s: Scored) => FactualityStatus): void {
  console.log(`\n${label}: ${rows.length} events (${rows.filter((s) => s.goldByDateOnly).length} of them not happened in the gold only for a time after the DCT)`);
  console.log('value      gold  sys  right  precision  recall  F1');
  for (const status of STATUSES) {
    const gold = rows.filter((s) => s.gold === status).length;
    const sys = rows.filter((s) => pick(s) === status).length;
    const right = rows.filter((s) => s.gold === status && pick(s) === status).length;
    const p = sys ? right / sys : 0;
    const r = gold ? right / gold : 0;
    console.log(`${status.padEnd(10)} ${String(gold).padStart(4)} ${String(sys).padStart(4)} ${String(right).padStart(6)}  ${p.toFixed(4).padStart(9)}  ${r.toFixed(4).padStart(6)}  ${f1(p, r).toFixed(4)}`);
  }
  const split = (positive: (s: FactualityStatus) => boolean) => {
    const gold = rows.filter((s) => positive(s.gold)).length;
    const sys = rows.filter((s) => positive(pick(s))).length;
    const right = rows.filter((s) => positive(s.gold) && positive(pick(s))).length;
    return f1(sys ? right / sys : 0, gold ? right / gold : 0);
  };
  const happened = split((s) => s === 'happened');
  const not = split((s) => s !== 'happened');
  const accuracy = rows.filter((s) => s.gold === pick(s)).length / rows.length;
  console.log(`happened vs not-happened: F1(happened) ${happened.toFixed(4)}  F1(not happened) ${not.toFixed(4)}  macro ${((happened + not) / 2).toFixed(4)}  six-value accuracy ${accuracy.toFixed(4)}`);
  if (label.includes('anchored on the date')) console.log(dateCeiling(rows));
}

/**
 * The best a reader of dates can do: it gives one status to every event linked to one date, so
 * where a date anchors a happening and a plan ("said today its troops would join") one of them is
 * wrong whatever it reads. This oracle gives each date the binary class most of its gold events
 * have (not happened on a tie) and prints the F1 it reaches.
 */
function dateCeiling(rows: Scored[]): string {
  const groups = new Map<string, Scored[]>();
  for (const [i, s] of rows.entries()) {
    const key = s.dateKey ?? `event ${i}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  let right = 0;
  let sys = 0;
  let gold = 0;
  for (const group of groups.values()) {
    const not = group.filter((s) => s.gold !== 'happened').length;
    gold += not;
    if (not * 2 >= group.length) {
      sys += group.length;
      right += not;
    }
  }
  const p = sys ? right / sys : 0;
  const r = gold ? right / gold : 0;
  return `one status per date at best (oracle): F1(not happened) ${f1(p, r).toFixed(4)} (P ${p.toFixed(4)} R ${r.toFixed(4)}), ${groups.size} dates`;
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
// Every date whose reading is on the other side of happened / not happened from most of its gold events.
const verboseDates = args.includes('--verbose-dates');
const rawPolarity = args.includes('--raw-polarity');
// Leaves out the events whose gold status rests on the time alone, which the reader reads the same way.
const withoutDateOnly = args.includes('--without-date-only');
// "--halves AQUAINT": that directory is also scored as two halves by file, dev (1st, 3rd, 5th ... of
// its sorted .tml names) and test (2nd, 4th ...); --verbose then lists no disagreement of the test half.
const halvesAt = args.indexOf('--halves');
const halved = halvesAt >= 0 ? args[halvesAt + 1] ?? '' : null;
const dirs = args.filter((a, i) => !a.startsWith('--') && !(halvesAt >= 0 && i === halvesAt + 1));
if (dirs.length === 0 || halved === '') {
  console.error('usage: node --import tsx bench/score-factuality.ts DIR... [--verbose] [--raw-polarity] [--without-date-only] [--halves DIRNAME]');
  process.exit(2);
}
const all: Scored[] = [];
const testFiles = new Set<string>();
const summary: string[] = [];
let flippedFiles = 0;
const notHappenedF1 = (rows: Scored[], pick: (s: Scored) => FactualityStatus): number => {
  const gold = rows.filter((s) => s.gold !== 'happened').length;
  const sys = rows.filter((s) => pick(s) !== 'happened').length;
  const right = rows.filter((s) => s.gold !== 'happened' && pick(s) !== 'happened').length;
  return f1(sys ? right / sys : 0, gold ? right / gold : 0);
};
const summarise = (label: string, rows: Scored[]) =>
  summary.push(`${label.padEnd(16)} ${String(rows.length).padStart(5)} events  date ${notHappenedF1(rows, (s) => s.byDate).toFixed(4)}  per event ${notHappenedF1(rows, (s) => s.byWord).toFixed(4)}  event word ${notHappenedF1(rows, (s) => s.byEvent).toFixed(4)}`);
for (const dir of dirs) {
  const rows: Scored[] = [];
  const halves: [Scored[], Scored[]] = [[], []];
  const name = basename(dir.replace(/\/+$/u, ''));
  for (const [i, file] of tmlFiles(dir).entries()) {
    const { scored, flipped } = scoreFile(file, rawPolarity);
    if (flipped) flippedFiles++;
    const kept = scored.filter((s) => !withoutDateOnly || !s.goldByDateOnly);
    rows.push(...kept);
    halves[i % 2]!.push(...kept);
    if (name === halved && i % 2 === 1) testFiles.add(file);
  }
  all.push(...rows);
  report(`${dir} (reader anchored on the event word)`, rows, (s) => s.byEvent);
  report(`${dir} (reader anchored on the date, as the pipeline)`, rows, (s) => s.byDate);
  report(`${dir} (per event: the status the reader gives the event word it finds in the date's statement)`, rows, (s) => s.byWord);
  summarise(name, rows);
  if (name === halved) {
    for (const [k, half] of ['dev', 'test'].entries()) {
      report(`${dir}, ${half} half (reader anchored on the event word)`, halves[k]!, (s) => s.byEvent);
      report(`${dir}, ${half} half (reader anchored on the date, as the pipeline)`, halves[k]!, (s) => s.byDate);
      report(`${dir}, ${half} half (per event)`, halves[k]!, (s) => s.byWord);
      summarise(`${name}-${half}`, halves[k]!);
    }
  }
}
if (dirs.length > 1) {
  report('all (reader anchored on the event word)', all, (s) => s.byEvent);
  report('all (reader anchored on the date, as the pipeline)', all, (s) => s.byDate);
  report('all (per event)', all, (s) => s.byWord);
  const kinds = (k: string | null) => all.filter((s) => s.wordKind === k).length;
  console.log(`per event: the reader found ${kinds('verb')} gold events as verbs, ${kinds('noun')} as nouns; ${kinds(null)} not found (read from the date)`);
  summarise('all', all);
}
console.log(`\nfiles whose polarity was read inverted: ${flippedFiles}${rawPolarity ? ' (--raw-polarity: none corrected)' : ''}`);
console.log('\nF1(not happened):');
for (const line of summary) console.log(line);
if (verboseDates) {
  const groups = new Map<string, Scored[]>();
  for (const s of all) if (s.dateKey && !testFiles.has(s.file)) groups.set(s.dateKey, [...(groups.get(s.dateKey) ?? []), s]);
  for (const group of groups.values()) {
    const not = group.filter((s) => s.gold !== 'happened').length;
    const wanted = not * 2 >= group.length;
    const s = group[0]!;
    if (wanted === (s.byDate !== 'happened')) continue;
    console.log(`date group: ${s.byDate} <- gold ${group.map((g) => `${g.word}=${g.gold}`).join(', ')} @ ${s.dateText} | ${s.file.split('/').pop()} | ${s.sentence}`);
  }
}
if (verbose) {
  const shown = all.filter((s) => !testFiles.has(s.file));
  if (testFiles.size) console.log(`(disagreements of the ${testFiles.size} test-half files of ${halved} not listed)`);
  for (const s of shown) if (s.gold !== s.byEvent) console.log(`event: ${s.gold} <- ${s.byEvent} | ${s.word} | ${s.file.split("/").pop()} | ${s.sentence}`);
  for (const s of shown) if ((s.gold === 'happened') !== (s.byWord === 'happened')) console.log(`word: ${s.gold} <- ${s.byWord} (${s.wordKind ?? 'not found'}) | ${s.word} @ ${s.dateText} | ${s.file.split("/").pop()} | ${s.sentence}`);
  for (const s of shown) if (s.gold !== s.byDate) console.log(`date: ${s.gold} <- ${s.byDate}${s.byEvent === s.gold ? ' (event word right)' : ''} | ${s.word} @ ${s.dateText} | ${s.file.split("/").pop()} | ${s.sentence}`);
}
