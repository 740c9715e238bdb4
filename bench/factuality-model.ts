import type { Factuality, FactualityFeature, FactualityInput } from '../src/events/read-factuality.ts';
import type { FactualityStatus } from '../src/types.ts';

/**
 * The learned factuality reader measured by `bench/train-factuality.ts`: a multinomial logistic
 * regression over the named features of `factualityFeatures` (src/events/read-factuality.ts),
 * one weight per feature and status. Reading it is a sum of weights in the order the features are
 * listed and a softmax (V8's `Math.exp` is a software port of fdlibm, the same on every machine).
 * It is not used by the pipeline: it did not beat the rules (bench/README.md, "Factuality").
 */
export interface FactualityModel {
  /** What the model was trained on and how (for a reader of the JSON file). */
  about: string;
  statuses: FactualityStatus[];
  /** Feature name to one weight per status, in the order of `statuses`. */
  weights: Record<string, number[]>;
  /**
   * `happened` is read when its probability is at least this, else the likeliest other status:
   * the question that matters first is whether it happened at all, and the other five share
   * the probability that it did not.
   */
  happenedAtLeast: number;
}

/** The probability of every status (in the model's order) for a list of feature names. */
export function statusProbabilities(model: FactualityModel, features: readonly string[]): number[] {
  const scores = model.statuses.map(() => 0);
  for (const name of features) {
    const w = Object.hasOwn(model.weights, name) ? model.weights[name] : undefined;
    if (!w) continue;
    for (let k = 0; k < scores.length; k++) scores[k]! += w[k] ?? 0;
  }
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const total = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / total);
}

/**
 * The status the model reads: `happened` when its probability reaches `happenedAtLeast` (and
 * `happened` is allowed), else the likeliest of the others; ties go to the earlier status.
 */
export function modelStatus(model: FactualityModel, probabilities: readonly number[], happenedAllowed = true): FactualityStatus {
  const h = model.statuses.indexOf('happened');
  if (happenedAllowed && probabilities[h]! >= model.happenedAtLeast) return 'happened';
  let best: FactualityStatus = model.statuses.find((s) => s !== 'happened')!;
  let top = -Infinity;
  for (const [k, status] of model.statuses.entries()) {
    if (k !== h && probabilities[k]! > top) [best, top] = [status, probabilities[k]!];
  }
  return best;
}

/**
 * The learned reader's status for a date from its features and the rules' reading: never
 * `happened` for a date after publication; with `keepCues`, never `happened` either against a
 * cue word the rules found other than the date itself (a modal, a governor, a negation).
 */
export function decideFactuality(model: FactualityModel, features: readonly FactualityFeature[], ruled: Factuality, input: FactualityInput, keepCues: boolean): FactualityStatus {
  if (features.length === 0) return ruled.status;
  const probabilities = statusProbabilities(model, features.map((f) => f.name));
  const future = Boolean(input.dateStart && input.published && input.dateStart > input.published);
  const worded = ruled.status !== 'happened' && ruled.cues.some((c) => c.end <= input.anchor.start || c.start >= input.anchor.end);
  return modelStatus(model, probabilities, !future && !(keepCues && worded));
}
