/**
 * Which predicate of its sentence a date anchors, against TimeML's TLINKs between a TIMEX3 and the
 * EVENTs of its sentence, and the factuality F1 each way of attaching gives:
 *   node --import tsx bench/score-attachment.ts TIMEBANK_DIR AQUAINT_DIR [--report-test] [--epochs N]
 * Candidates are the heads of the verb groups the reader recognises (`attachmentCandidates`); a
 * candidate is right when it lies inside one of the EVENTs linked to the date. Compared: the
 * rules' choice, an averaged perceptron ranker (5-fold cross-validation by file on TimeBank +
 * AQUAINT-dev; AQUAINT-test only with --report-test) and the oracle (a right candidate whenever
 * there is one). The F1 reads the attached candidate as an event word (readFactuality).
 */
import { basename } from 'node:path';
import { type AttachmentCandidate, attachmentCandidates, readFactuality } from '../src/events/read-factuality.ts';
import type { FactualityStatus } from '../src/types.ts';
import { type Scored, scoreFile } from './factuality-gold.ts';
import { tmlFiles } from './timeml.ts';

interface DateGroup {
  file: string;
  rows: Scored[];
  candidates: AttachmentCandidate[];
  /** Whether each candidate lies inside a gold event linked to the date. */
  right: boolean[];
  /** The event-word reading of each candidate. */
  statuses: FactualityStatus[];
}

function load(dir: string): DateGroup[][] {
  return tmlFiles(dir).map((file) => {
    const scored = scoreFile(file, false).scored;
    const groups = new Map<string, Scored[]>();
    for (const [i, s] of scored.entries()) groups.set(s.dateKey ?? `${file}#event${i}`, [...(groups.get(s.dateKey ?? `${file}#event${i}`) ?? []), s]);
    return [...groups.values()].map((rows) => {
      const input = rows[0]!.dateInput;
      const candidates = input ? attachmentCandidates(input) : [];
      const right = candidates.map((c) => rows.some((r) => r.event.start <= c.span.start && c.span.end <= r.event.end));
      const statuses = candidates.map((c) => readFactuality({ ...input!, anchor: c.span, anchorIsPredicate: true }).status);
      return { file, rows, candidates, right, statuses };
    });
  });
}

/** Averaged perceptron over candidate features: the candidate of highest score is the date's. */
function train(groups: DateGroup[], epochs: number): Map<string, number> {
  const w = new Map<string, number>();
  const total = new Map<string, number>();
  const usable = groups.filter((g) => g.right.some(Boolean));
  let step = 1;
  const score = (c: AttachmentCandidate, m: Map<string, number>) => c.features.reduce((s, f) => s + (m.get(f) ?? 0), 0);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const g of usable) {
      const best = pick(g, w);
      if (g.right[best]) { step++; continue; }
      const target = g.candidates.reduce((b, c, i) => (g.right[i] && (b < 0 || score(c, w) > score(g.candidates[b]!, w)) ? i : b), -1);
      for (const [f, sign] of [...g.candidates[target]!.features.map((x) => [x, 1] as const), ...g.candidates[best]!.features.map((x) => [x, -1] as const)]) {
        w.set(f, (w.get(f) ?? 0) + sign);
        total.set(f, (total.get(f) ?? 0) + sign * step);
      }
      step++;
    }
  }
  // The average of the weights over every step: w - total / step (the usual lazy form).
  const averaged = new Map<string, number>();
  for (const [f, v] of w) averaged.set(f, v - (total.get(f) ?? 0) / step);
  return averaged;
}

/** The index of the candidate of highest score; ties go to the rules' choice, then the earlier one. */
function pick(g: DateGroup, w: Map<string, number>): number {
  let best = -1;
  let top = -Infinity;
  for (const [i, c] of g.candidates.entries()) {
    const s = c.features.reduce((sum, f) => sum + (w.get(f) ?? 0), 0);
    if (s > top || (s === top && c.chosen && !g.candidates[best]?.chosen)) [best, top] = [i, s];
  }
  return best;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Attachment accuracy over dates with a right candidate, and F1(not happened) over the events when each date is read from `choose`'s candidate. */
function measure(label: string, groups: DateGroup[], choose: (g: DateGroup) => number): void {
  let gold = 0, sys = 0, right = 0, attachable = 0, attached = 0;
  for (const g of groups) {
    const i = g.candidates.length ? choose(g) : -1;
    if (g.right.some(Boolean)) {
      attachable++;
      if (i >= 0 && g.right[i]) attached++;
    }
    for (const r of g.rows) {
      const status = i >= 0 && r.dateInput ? g.statuses[i]! : r.dateInput ? r.byDate : r.byEvent;
      if (r.gold !== 'happened') gold++;
      if (status !== 'happened') sys++;
      if (r.gold !== 'happened' && status !== 'happened') right++;
    }
  }
  const p = sys ? right / sys : 0;
  const rec = gold ? right / gold : 0;
  console.log(`${label.padEnd(44)} attachment ${(attached / attachable).toFixed(4)} (${attached}/${attachable} dates)  F1(not happened) ${f1(p, rec).toFixed(4)} (P ${p.toFixed(4)} R ${rec.toFixed(4)})`);
}

function crossValidate(groups: DateGroup[], epochs: number, folds = 5): Map<DateGroup, number> {
  const files = [...new Set(groups.map((g) => g.file))].sort((a, b) => (basename(a) < basename(b) ? -1 : basename(a) > basename(b) ? 1 : 0));
  const fold = new Map(files.map((f, i) => [f, i % folds]));
  const out = new Map<DateGroup, number>();
  for (let k = 0; k < folds; k++) {
    const w = train(groups.filter((g) => fold.get(g.file) !== k), epochs);
    for (const g of groups) if (fold.get(g.file) === k) out.set(g, pick(g, w));
  }
  return out;
}

const args = process.argv.slice(2);
const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--epochs');
const epochsAt = args.indexOf('--epochs');
const epochs = epochsAt >= 0 ? Number(args[epochsAt + 1]) : 10;
if (dirs.length !== 2) {
  console.error('usage: node --import tsx bench/score-attachment.ts TIMEBANK_DIR AQUAINT_DIR [--report-test] [--epochs N]');
  process.exit(2);
}
const started = process.cpuUsage();
const timebank = load(dirs[0]!).flat();
const aquaint = load(dirs[1]!);
const dev = aquaint.filter((_, i) => i % 2 === 0).flat();
const test = aquaint.filter((_, i) => i % 2 === 1).flat();
const chosen = (g: DateGroup) => Math.max(0, g.candidates.findIndex((c) => c.chosen));
const oracle = (g: DateGroup) => (g.right.some(Boolean) ? g.right.indexOf(true) : chosen(g));
const reportSet = (name: string, groups: DateGroup[], learned: Map<DateGroup, number> | null) => {
  measure(`${name}: the rules' predicate`, groups, chosen);
  if (learned) measure(`${name}: learned attacher`, groups, (g) => learned.get(g) ?? chosen(g));
  measure(`${name}: oracle attachment`, groups, oracle);
};
/**
 * Where the date path's binary misses are: whether the gold event is the predicate the rules took,
 * another candidate, or no candidate at all (a noun, an adjective, a verb the reader does not
 * recognise), and whether the reader is right when it is given the event word.
 */
function misses(label: string, groups: DateGroup[]): void {
  const counts = new Map<string, number>();
  let total = 0;
  for (const g of groups) {
    for (const r of g.rows) {
      if (!r.dateInput || (r.gold === 'happened') === (r.byDate === 'happened')) continue;
      total++;
      const i = g.candidates.findIndex((c) => r.event.start <= c.span.start && c.span.end <= r.event.end);
      const where = i < 0 ? 'no candidate' : g.candidates[i]!.chosen ? "the rules' predicate" : 'another candidate';
      const key = `${where}, event word read ${(r.gold === 'happened') === (r.byEvent === 'happened') ? 'right' : 'wrong'}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  console.log(`${label}: ${total} binary misses of the date path (date in the sentence): ${[...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join('; ')}`);
}

const devSet = [...timebank, ...dev];
misses('TimeBank + AQUAINT-dev', devSet);
const cv = crossValidate(devSet, epochs);
console.log(`learned attacher: averaged perceptron, ${epochs} epochs, 5-fold CV by file`);
reportSet('TimeBank', timebank, cv);
reportSet('AQUAINT-dev', dev, cv);
reportSet('TimeBank + AQUAINT-dev', devSet, cv);
if (args.includes('--report-test')) {
  const w = train(devSet, epochs);
  reportSet('AQUAINT-test (trained on TB + dev)', test, new Map(test.map((g) => [g, pick(g, w)])));
  const all = [...timebank, ...aquaint.flat()];
  reportSet('all TBAQ (5-fold CV)', all, crossValidate(all, epochs));
}
const cpu = process.cpuUsage(started);
console.log(`CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s`);
