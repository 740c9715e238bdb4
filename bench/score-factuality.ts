/**
 * Precision and recall of our factuality reader (src/events/read-factuality.ts) against the
 * TimeML event attributes of TimeBank and AQUAINT:
 *   node --import tsx bench/score-factuality.ts DIR... [--verbose] [--raw-polarity] [--without-date-only] [--halves DIRNAME]
 * The gold mapping and the events scored are described in bench/README.md ("Factuality").
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { dateInterval, paragraphSpans } from '../src/dates/index.ts';
import { sentenceSpans } from '../src/events/extract-events.ts';
import { readFactuality } from '../src/events/read-factuality.ts';
import type { FactualityStatus, Span } from '../src/types.ts';
import { type GoldEvent, type GoldLink, parseTimemlEvents, tmlFiles } from './timeml.ts';

const STATUSES: FactualityStatus[] = ['happened', 'ongoing', 'planned', 'expected', 'possible', 'denied'];
const POSSIBLE_MODALITY = new Set(['would', 'could', 'may', 'might', 'can', "'d", 'possible']);
const EXPECTED_MODALITY = new Set(['should', 'ought']);
const PLANNED_MODALITY = new Set(['will', 'shall', 'must', 'have to', 'should have to', 'would have to']);
/** TLINK relations that put the event at, in, or after its time: a future time makes it future. */
const AT_OR_AFTER = new Set(['IS_INCLUDED', 'INCLUDES', 'DURING', 'DURING_INV', 'SIMULTANEOUS', 'IDENTITY', 'BEGINS', 'ENDS', 'BEGUN_BY', 'ENDED_BY', 'AFTER', 'IAFTER']);
const EXPECTING = /^(?:expect|expects|expected|expecting|forecast|forecasts|predict|predicts|predicted|projected|anticipated?|likely|estimated?)$/iu;
const POSSIBILITY = /^(?:may|might|could|can|possible|consider|considering|considered)$/iu;

interface Scored {
  file: string;
  event: GoldEvent;
  word: string;
  gold: FactualityStatus;
  byEvent: FactualityStatus;
  byDate: FactualityStatus;
  sentence: string;
  /** The gold status comes only from the anchoring time being after the DCT (no attribute says so). */
  goldByDateOnly: boolean;
  /** The TIMEX3 the event is linked to (file-qualified), when it lies in the event's sentence. */
  dateKey: string | null;
  /** The linked TIMEX3's words. */
  dateText: string;
}

/** The gold status of one TimeML event (bench/README.md, "Factuality": the mapping). */
function goldStatus(
  event: GoldEvent,
  polarityFlipped: boolean,
  text: string,
  governors: Map<string, Array<{ relType: string; governor: GoldEvent }>>,
  futureTimed: boolean,
  depth = 0,
): FactualityStatus {
  const negative = (event.polarity === 'NEG') !== polarityFlipped;
  const modality = event.modality;
  if (negative) return POSSIBLE_MODALITY.has(modality) ? 'possible' : 'denied';
  for (const { relType, governor } of event.eiid ? governors.get(event.eiid) ?? [] : []) {
    if (relType === 'COUNTER_FACTIVE' || relType === 'NEG_EVIDENTIAL') return 'denied';
    if (relType === 'CONDITIONAL') return 'possible';
    if (relType === 'MODAL') {
      const outer = depth < 3 ? goldStatus(governor, polarityFlipped, text, governors, false, depth + 1) : 'happened';
      if (outer === 'denied') return 'denied';
      if (outer !== 'happened' && outer !== 'ongoing') return outer;
      const word = text.slice(governor.start, governor.end);
      return EXPECTING.test(word) ? 'expected' : POSSIBILITY.test(word) ? 'possible' : 'planned';
    }
  }
  // "said its troops would join": the backshifted "will" of reported speech.
  const reported = (event.eiid ? governors.get(event.eiid) ?? [] : []).some((g) => g.relType === 'EVIDENTIAL');
  if ((modality === 'would' || modality === "'d") && reported) return 'planned';
  if (POSSIBLE_MODALITY.has(modality)) return 'possible';
  if (EXPECTED_MODALITY.has(modality)) return 'expected';
  if (PLANNED_MODALITY.has(modality) || event.tense === 'FUTURE') return 'planned';
  if (event.tense === 'PRESENT' && (event.aspect === 'PROGRESSIVE' || event.aspect === 'PERFECTIVE_PROGRESSIVE')) return 'ongoing';
  if (futureTimed) return 'planned';
  return 'happened';
}

function scoreFile(file: string, rawPolarity: boolean): { scored: Scored[]; flipped: boolean } {
  const doc = parseTimemlEvents(readFileSync(file, 'utf8'));
  const negatives = doc.events.filter((e) => e.polarity === 'NEG').length;
  // In 25 AQUAINT files the polarity attribute is inverted (README: "Factuality").
  const flipped = !rawPolarity && negatives > doc.events.length - negatives;
  const byEiid = new Map(doc.events.filter((e) => e.eiid).map((e) => [e.eiid!, e]));
  const governors = new Map<string, Array<{ relType: string; governor: GoldEvent }>>();
  const anchors = new Map<string, { tid: string; relType: string }>();
  for (const link of doc.links as GoldLink[]) {
    const a = link.attrs;
    if (link.kind === 'SLINK' && a.subordinatedEventInstance && a.eventInstanceID) {
      const governor = byEiid.get(a.eventInstanceID);
      if (!governor) continue;
      const list = governors.get(a.subordinatedEventInstance) ?? [];
      list.push({ relType: link.relType, governor });
      governors.set(a.subordinatedEventInstance, list);
    }
    if (link.kind === 'TLINK') {
      // Event-time links either way round, to a time expression of the text (not the DCT).
      const pairs: Array<[string | undefined, string | undefined, string]> = [
        [a.eventInstanceID, a.relatedToTime, link.relType],
        [a.relatedToEventInstance, a.timeID, inverse(link.relType)],
      ];
      for (const [eiid, tid, relType] of pairs) if (eiid && tid && doc.timexes.has(tid) && !anchors.has(eiid)) anchors.set(eiid, { tid, relType });
    }
  }
  const sentences: Span[] = paragraphSpans(doc.text).flatMap((p) => sentenceSpans(doc.text, { ...p, text: doc.text.slice(p.start, p.end) }));
  const scored: Scored[] = [];
  for (const event of doc.events) {
    const anchor = event.eiid ? anchors.get(event.eiid) : undefined;
    if (!anchor) continue;
    const timex = doc.timexes.get(anchor.tid)!;
    const sentence = sentences.find((s) => s.start <= event.start && event.end <= s.end);
    if (!sentence) continue;
    const dateStart = dateInterval(timex.value)?.start ?? null;
    const dateEnd = dateInterval(timex.value)?.end ?? null;
    const published = /^\d{4}-\d{2}-\d{2}$/u.test(doc.dct) ? doc.dct : null;
    const futureTimed = dateStart !== null && published !== null && dateStart > published && AT_OR_AFTER.has(anchor.relType);
    const gold = goldStatus(event, flipped, doc.text, governors, futureTimed);
    const word = doc.text.slice(event.start, event.end);
    const input = { text: doc.text, sentence, dateStart, dateEnd, published };
    const byEvent = readFactuality({ ...input, anchor: { start: event.start, end: event.end, text: word }, anchorIsPredicate: true }).status;
    // The way the pipeline reads it: from the date, as if it did not know the event word.
    const inSentence = timex.start >= sentence.start && timex.end <= sentence.end;
    const byDate = inSentence ? readFactuality({ ...input, anchor: { start: timex.start, end: timex.end, text: doc.text.slice(timex.start, timex.end) } }).status : byEvent;
    const goldByDateOnly = gold !== goldStatus(event, flipped, doc.text, governors, false);
    scored.push({ file, event, word, gold, byEvent, byDate, sentence: sentence.text.replace(/\s+/gu, ' '), goldByDateOnly, dateKey: inSentence ? `${file}#${anchor.tid}` : null, dateText: doc.text.slice(timex.start, timex.end) });
  }
  return { scored, flipped };
}

function inverse(relType: string): string {
  const pairs: Record<string, string> = { BEFORE: 'AFTER', AFTER: 'BEFORE', IBEFORE: 'IAFTER', IAFTER: 'IBEFORE', INCLUDES: 'IS_INCLUDED', IS_INCLUDED: 'INCLUDES', BEGINS: 'BEGUN_BY', BEGUN_BY: 'BEGINS', ENDS: 'ENDED_BY', ENDED_BY: 'ENDS', DURING: 'DURING_INV', DURING_INV: 'DURING' };
  return pairs[relType] ?? relType;
}

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
  summary.push(`${label.padEnd(16)} ${String(rows.length).padStart(5)} events  date ${notHappenedF1(rows, (s) => s.byDate).toFixed(4)}  event word ${notHappenedF1(rows, (s) => s.byEvent).toFixed(4)}`);
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
  summarise(name, rows);
  if (name === halved) {
    for (const [k, half] of ['dev', 'test'].entries()) {
      report(`${dir}, ${half} half (reader anchored on the event word)`, halves[k]!, (s) => s.byEvent);
      report(`${dir}, ${half} half (reader anchored on the date, as the pipeline)`, halves[k]!, (s) => s.byDate);
      summarise(`${name}-${half}`, halves[k]!);
    }
  }
}
if (dirs.length > 1) {
  report('all (reader anchored on the event word)', all, (s) => s.byEvent);
  report('all (reader anchored on the date, as the pipeline)', all, (s) => s.byDate);
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
  for (const s of shown) if (s.gold !== s.byDate) console.log(`date: ${s.gold} <- ${s.byDate}${s.byEvent === s.gold ? ' (event word right)' : ''} | ${s.word} @ ${s.dateText} | ${s.file.split("/").pop()} | ${s.sentence}`);
}
