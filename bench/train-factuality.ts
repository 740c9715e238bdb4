/**
 * Trains a learned factuality reader on top of the rules (bench/factuality-model.ts over the
 * features of `factualityFeatures`) on TimeBank and the dev half of AQUAINT, and measures it by
 * cross-validation by file:
 *   node --import tsx bench/train-factuality.ts TIMEBANK_DIR AQUAINT_DIR [--keep-cues] [--report-test] [--epochs N] [--l2 X] [--rate X] [--min-count N] [--happened X] [--prior X] [--only PREFIX,...]
 * Without --report-test it prints only figures on TimeBank + AQUAINT-dev (5-fold cross-validation
 * by sorted file name), the ones to choose features and settings by; --report-test adds the
 * AQUAINT-test half (model trained on TimeBank + AQUAINT-dev) and a 5-fold cross-validation on all
 * of TBAQ. --keep-cues: the model never reads `happened` against a cue word the rules found.
 * Not used by the pipeline (it did not beat the rules). Deterministic: files in
 * sorted order, rows shuffled by a seeded generator, weights rounded to 1e-3.
 * The protocol and the figures: bench/README.md, "Factuality".
 */
import { basename } from 'node:path';
import { type Factuality, type FactualityFeature, factualityFeatures, readFactuality } from '../src/events/read-factuality.ts';
import { decideFactuality, type FactualityModel } from './factuality-model.ts';
import type { FactualityStatus } from '../src/types.ts';
import { type Scored, scoreFile } from './factuality-gold.ts';
import { tmlFiles } from './timeml.ts';

const STATUSES: FactualityStatus[] = ['happened', 'ongoing', 'planned', 'expected', 'possible', 'denied'];

interface Row {
  file: string;
  scored: Scored;
  /** The rules' reading and the features of the date, when the TIMEX3 lies in the event's sentence. */
  ruled: Factuality | null;
  features: FactualityFeature[];
}

interface Settings {
  epochs: number;
  l2: number;
  rate: number;
  minCount: number;
  /** `happened` is read when its probability is at least this. */
  happened: number;
  /** The starting weight of the rules' own status, and the weight its decay pulls to. */
  prior: number;
}

function option(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
}

/** A small deterministic generator (mulberry32). */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Multinomial logistic regression by stochastic gradient descent with L2 decay on the weights a row touches. */
function train(rows: Row[], settings: Settings, about: string): FactualityModel {
  const usable = rows.filter((r) => r.ruled);
  const counts = new Map<string, number>();
  for (const r of usable) for (const f of r.features) counts.set(f.name, (counts.get(f.name) ?? 0) + 1);
  const names = [...counts.keys()].filter((n) => counts.get(n)! >= settings.minCount).sort();
  const id = new Map(names.map((n, i) => [n, i]));
  const K = STATUSES.length;
  // The rules' reading is the prior: "rule=S" starts (and decays towards) `prior` on S, so the other features learn corrections.
  const prior = new Float64Array(names.length * K);
  for (const [i, name] of names.entries()) {
    const k = STATUSES.indexOf(name.slice('rule='.length) as FactualityStatus);
    if (name.startsWith('rule=') && k >= 0) prior[i * K + k] = settings.prior;
  }
  const w = Float64Array.from(prior);
  const encoded = usable.map((r) => ({ ids: r.features.map((f) => id.get(f.name)).filter((i): i is number => i !== undefined), gold: STATUSES.indexOf(r.scored.gold) }));
  const random = generator(12);
  const order = encoded.map((_, i) => i);
  let step = 0;
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { ids, gold } = encoded[index]!;
      const rate = settings.rate / (1 + step++ / encoded.length);
      const scores = new Array<number>(K).fill(0);
      for (const f of ids) for (let k = 0; k < K; k++) scores[k]! += w[f * K + k]!;
      const top = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - top));
      const total = exp.reduce((a, b) => a + b, 0);
      for (const f of ids) {
        for (let k = 0; k < K; k++) {
          const g = exp[k]! / total - (k === gold ? 1 : 0);
          w[f * K + k] = w[f * K + k]! - rate * (g + settings.l2 * (w[f * K + k]! - prior[f * K + k]!));
        }
      }
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [i, name] of names.entries()) {
    const row = STATUSES.map((_, k) => Math.round(w[i * K + k]! * 1000) / 1000);
    if (row.some((x) => x !== 0)) weights[name] = row.map((x) => (Object.is(x, -0) ? 0 : x));
  }
  return { about, statuses: STATUSES, weights, happenedAtLeast: settings.happened };
}

function predict(model: FactualityModel | null, r: Row): FactualityStatus {
  if (!r.ruled || !r.scored.dateInput) return r.scored.byDate;
  return model ? decideFactuality(model, r.features, r.ruled, r.scored.dateInput, keepCues) : r.ruled.status;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function notHappened(rows: Row[], pick: (r: Row) => FactualityStatus): string {
  const gold = rows.filter((r) => r.scored.gold !== 'happened').length;
  const sys = rows.filter((r) => pick(r) !== 'happened').length;
  const right = rows.filter((r) => r.scored.gold !== 'happened' && pick(r) !== 'happened').length;
  const p = sys ? right / sys : 0;
  const rec = gold ? right / gold : 0;
  const accuracy = rows.filter((r) => r.scored.gold === pick(r)).length / rows.length;
  return `F1(not happened) ${f1(p, rec).toFixed(4)} (P ${p.toFixed(4)} R ${rec.toFixed(4)}), six-value accuracy ${accuracy.toFixed(4)}, ${rows.length} events`;
}

/** k folds by file: files sorted by name, the i-th file in fold i mod k; each fold scored by a model trained on the others. */
function crossValidate(rows: Row[], settings: Settings, folds = 5): Map<Row, FactualityStatus> {
  const files = [...new Set(rows.map((r) => r.file))].sort((a, b) => (basename(a) < basename(b) ? -1 : basename(a) > basename(b) ? 1 : 0));
  const fold = new Map(files.map((f, i) => [f, i % folds]));
  const out = new Map<Row, FactualityStatus>();
  for (let k = 0; k < folds; k++) {
    const model = train(rows.filter((r) => fold.get(r.file) !== k), settings, `fold ${k}`);
    for (const r of rows) if (fold.get(r.file) === k) out.set(r, predict(model, r));
  }
  return out;
}

function load(dir: string, only: string[] | null): Row[][] {
  const kept = (f: FactualityFeature) => !only || f.name === 'bias' || only.some((p) => f.name.startsWith(p));
  return tmlFiles(dir).map((file) =>
    scoreFile(file, false).scored.map((scored) => {
      const ruled = scored.dateInput ? readFactuality(scored.dateInput) : null;
      return { file, scored, ruled, features: scored.dateInput && ruled ? factualityFeatures(scored.dateInput, ruled).filter(kept) : [] };
    }),
  );
}

const args = process.argv.slice(2);
const keepCues = args.includes('--keep-cues');
const VALUED = new Set(['--epochs', '--l2', '--rate', '--min-count', '--happened', '--prior', '--only']);
const dirs = args.filter((a, i) => !a.startsWith('--') && !VALUED.has(args[i - 1] ?? ''));
if (dirs.length !== 2) {
  console.error('usage: node --import tsx bench/train-factuality.ts TIMEBANK_DIR AQUAINT_DIR [--keep-cues] [--report-test] [--epochs N] [--l2 X] [--rate X] [--min-count N] [--happened X] [--prior X] [--only PREFIX,...]');
  process.exit(2);
}
// The defaults are the settings of the best 5-fold CV F1 on TimeBank + AQUAINT-dev among those tried (bench/README.md).
const settings: Settings = {
  epochs: option(args, '--epochs', 20),
  l2: option(args, '--l2', 0.1),
  rate: option(args, '--rate', 0.3),
  minCount: option(args, '--min-count', 3),
  happened: option(args, '--happened', 0.5),
  prior: option(args, '--prior', 4),
};
const started = process.cpuUsage();
// --only rule,rel: only the features whose names start so (to measure what each kind brings; the model written uses all).
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? (args[onlyAt + 1] ?? '').split(',') : null;
const timebank = load(dirs[0]!, only).flat();
const aquaint = load(dirs[1]!, only);
// The AQUAINT halves of bench/score-factuality.ts --halves: 1st, 3rd, 5th ... sorted file dev, the others test.
const dev = aquaint.filter((_, i) => i % 2 === 0).flat();
const test = aquaint.filter((_, i) => i % 2 === 1).flat();
const trainRows = [...timebank, ...dev];
console.log(`settings: ${JSON.stringify(settings)}`);
console.log(`rules alone, TimeBank + AQUAINT-dev: ${notHappened(trainRows, (r) => predict(null, r))}`);
const cv = crossValidate(trainRows, settings);
console.log(`learned, 5-fold CV on TimeBank + AQUAINT-dev: ${notHappened(trainRows, (r) => cv.get(r)!)}`);
console.log(`  of it TimeBank ${notHappened(timebank, (r) => cv.get(r)!)}`);
console.log(`  of it AQUAINT-dev ${notHappened(dev, (r) => cv.get(r)!)}`);
const model = train(trainRows, settings, `multinomial logistic regression, bench/train-factuality.ts ${JSON.stringify(settings)}, trained on TimeBank + AQUAINT-dev (${trainRows.filter((r) => r.ruled).length} events with a date in their sentence)`);
if (args.includes('--report-test')) {
  console.log(`rules alone, AQUAINT-test: ${notHappened(test, (r) => predict(null, r))}`);
  console.log(`learned (TimeBank + AQUAINT-dev), AQUAINT-test: ${notHappened(test, (r) => predict(model, r))}`);
  const all = [...timebank, ...aquaint.flat()];
  const cvAll = crossValidate(all, settings);
  console.log(`rules alone, all TBAQ: ${notHappened(all, (r) => predict(null, r))}`);
  console.log(`learned, 5-fold CV on all TBAQ by file: ${notHappened(all, (r) => cvAll.get(r)!)}`);
}
const json = `${JSON.stringify(model)}\n`;
console.log(`model: ${Object.keys(model.weights).length} features, ${json.length} bytes`);
const cpu = process.cpuUsage(started);
console.log(`CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s`);
