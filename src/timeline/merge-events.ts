import type { EventSource, TimelineEvent } from '../types.ts';
import { ENGLISH_STOPWORDS } from '../clean/english-stopwords.ts';
import { GRANULARITY_RANK } from '../dates/granularity.ts';
import { eventStatus } from '../events/read-factuality.ts';

/**
 * One event per happening. Two statements from different documents report the same
 * happening when their dates overlap and
 * - they name the same actors: the names they share (capitalised words inside the sentence:
 *   people, organisations, places) weigh at least half of the names of the one with fewer,
 *   each name weighted by its rarity among the statements whose dates overlap its own (inverse
 *   document frequency over the statements it could merge with), so that
 *   "Aetna" and "Telerate" tell two stock reports apart though both name the "New York Stock
 *   Exchange"; and the rarest name of the statement with fewer names is in the other;
 * - they say it in much the same words: content-word Jaccard similarity of at least
 *   SAME_HAPPENING;
 * - and their figures do not disagree: when both give numbers, they share one.
 * A statement without names merges only when nearly identical (NEAR_IDENTICAL). Statements this
 * alike whose dates do not overlap are kept apart and flagged as conflicting. Statements of one
 * document never merge: a document that repeats itself does not corroborate itself.
 *
 * Limits: this compares wording, not meaning. A sentence's first word counts as a name only
 * where a statement of overlapping dates also uses it as one inside a sentence, so "Aetna
 * closed ..." and "Telerate closed ..." in a small corpus may merge. A story's subject that
 * nearly every statement of its dates names weighs little. Paraphrases with few words in common stay
 * apart; two happenings told in near-identical words with the same names on overlapping dates
 * (a weekly ceremony "on Friday" in two articles) merge.
 */
export const SAME_HAPPENING = 0.3;
export const NEAR_IDENTICAL = 0.6;
export const SHARED_NAMES = 0.5;

const DATE_WORDS = new Set(
  `january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow year years month months week weeks day days
  last next earlier later ago since early late mid`.split(/\s+/u),
);

export interface Profile {
  words: Set<string>;
  names: Set<string>;
  numbers: Set<string>;
  /** The capitalised first word: a name only if the corpus uses it as one inside sentences. */
  lead: string | null;
}

function stem(word: string): string {
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

export function profileOf(statement: string): Profile {
  const words = new Set<string>();
  const names = new Set<string>();
  let lead: string | null = null;
  const numbers = new Set((statement.match(/\d[\d,.]*\d|\d/gu) ?? []).filter((n) => !/^\d{4}$/u.test(n)));
  const tokens = statement.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  tokens.forEach((token, i) => {
    const lower = token.toLowerCase();
    if (ENGLISH_STOPWORDS.has(lower) || DATE_WORDS.has(lower) || /^\d{1,4}$/u.test(token)) return;
    words.add(stem(lower));
    // Names compare by their first five letters, so that "Kenya" meets "Kenyan".
    if (/^\p{Lu}/u.test(token)) {
      if (i > 0) names.add(lower.slice(0, 5));
      else lead = lower.slice(0, 5);
    }
  });
  return { words, names, numbers, lead };
}

function overlapCount(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

export function similarity(a: Profile, b: Profile): number {
  const shared = overlapCount(a.words, b.words);
  const union = a.words.size + b.words.size - shared;
  return union === 0 ? 0 : shared / union;
}

function datesOverlap(a: TimelineEvent, b: TimelineEvent): boolean {
  return a.date.start <= b.date.end && b.date.start <= a.date.end;
}

/** How much a name tells which happening a statement is about: rare names much, common ones little. */
export type NameWeight = (name: string) => number;

function weightOf(names: Iterable<string>, weight: NameWeight): number {
  let sum = 0;
  for (const n of names) sum += weight(n);
  return sum;
}

export function sameHappening(a: Profile, b: Profile, weight: NameWeight = () => 1): boolean {
  if (a.numbers.size > 0 && b.numbers.size > 0 && overlapCount(a.numbers, b.numbers) === 0) return false;
  const score = similarity(a, b);
  if (a.names.size === 0 || b.names.size === 0) return score >= NEAR_IDENTICAL;
  const shared = weightOf([...a.names].filter((n) => b.names.has(n)), weight);
  const [fewer, more] = weightOf(a.names, weight) <= weightOf(b.names, weight) ? [a, b] : [b, a];
  if (shared < SHARED_NAMES * weightOf(fewer.names, weight)) return false;
  // The rarest name of the shorter statement is its main actor; the other must name it too.
  const rarest = [...fewer.names].reduce((x, y) => (weight(y) > weight(x) || (weight(y) === weight(x) && y < x) ? y : x));
  if (!more.names.has(rarest)) return false;
  return score >= SAME_HAPPENING;
}

/**
 * The name facts `sameHappening` needs, computed once per statement rather than once per pair:
 * the weight of every name, their total, and the rarest name (ties: the first in code-unit order).
 */
export interface NameFacts {
  weights: Map<string, number>;
  total: number;
  rarest: string | null;
}

function nameFactsOf(names: ReadonlySet<string>, weight: NameWeight): NameFacts {
  const weights = new Map<string, number>();
  let total = 0;
  let rarest: string | null = null;
  for (const n of names) {
    const w = weight(n);
    weights.set(n, w);
    total += w;
    if (rarest === null || w > weights.get(rarest)! || (w === weights.get(rarest)! && n < rarest)) rarest = n;
  }
  return { weights, total, rarest };
}

/**
 * `sameHappening` on precomputed name facts, the cheap tests first; returns the similarity
 * when the two report one happening, -1 when not. Same rule, same result.
 */
function sameHappeningScore(a: Profile, b: Profile, fa: NameFacts, fb: NameFacts): number {
  if (a.numbers.size > 0 && b.numbers.size > 0 && overlapCount(a.numbers, b.numbers) === 0) return -1;
  if (a.names.size > 0 && b.names.size > 0) {
    const [fewer, more, fewerFacts] = fa.total <= fb.total ? [a, b, fa] : [b, a, fb];
    if (!more.names.has(fewerFacts.rarest!)) return -1;
    // Weighed as the statement with fewer names weighs them (each statement weighs names among its own dates).
    let shared = 0;
    for (const [n, w] of fewerFacts.weights) if (more.names.has(n)) shared += w;
    if (shared < SHARED_NAMES * fewerFacts.total) return -1;
    const score = similarity(a, b);
    return score >= SAME_HAPPENING ? score : -1;
  }
  const score = similarity(a, b);
  return score >= NEAR_IDENTICAL ? score : -1;
}

/** A word in more statements than this ("said", "government") says nothing about which happening. */
export const COMMON_WORD = 200;

/**
 * Merges the events of several documents that report one happening; flags conflicting dates.
 *
 * Cost: candidates come from an inverted index of content words, and a word found in more
 * than COMMON_WORD statements is followed only in the calendar years of the statement's date
 * where it is found in no more than that (`datedWordIndex`; a date over MOST_YEARS_FOLLOWED
 * years follows none); so a statement of W distinct content words is compared with at most
 * COMMON_WORD x W x MOST_YEARS_FOLLOWED others, whatever the corpus size and whatever its
 * dates (a coarse date such as "2019" or "this month" widens no candidate list: candidacy is
 * by word, the date test comes after). Joining two clusters costs the size of the one joined
 * in (and the document test the size of the smaller), not a visit of every member pair.
 * The whole is O(n x W x COMMON_WORD x MOST_YEARS_FOLLOWED) candidate visits, linear in the number of statements;
 * a candidate is scored only when the words the two share (a count taken while visiting, plus
 * the common words) can reach SAME_HAPPENING, and once per pair of distinct profiles (10,000
 * articles of bench/make-corpus.ts: 25.4 s of CPU before, 15.4 s after, same events).
 */
export function mergeEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return applyMergePlan(events, planMerge(events));
}

/**
 * Which events `mergeEvents` joins, as indices into its input: each group's members in
 * increasing order, groups in the order the merged events come out, and for each group the
 * groups it conflicts with. Plain data, a pure function of the events: it can be kept beside
 * the analyses it was made from (`AnalysisCache`), and `applyMergePlan` makes the merged
 * events from it in linear time.
 */
export interface MergePlan {
  groups: number[][];
  conflicts: number[][];
}

/** The costly part of `mergeEvents`: finding which events report one happening (see there). */
export function planMerge(events: readonly TimelineEvent[]): MergePlan {
  const inputs = prepareMerge(events);
  const found: FoundPairs = { pairs: [], conflicts: [] };
  for (let i = 0; i < events.length; i++) scoreRow(inputs, i, () => true, found);
  return clusterPairs(events, found);
}

/**
 * The pairs of events that report one happening (with their score) and those so alike whose
 * dates do not overlap (conflicts), each pair once, lower index first. `planMerge` clusters them;
 * `replanMerge` keeps them between builds and finds again only those an edit can change.
 */
export interface FoundPairs {
  pairs: Array<[number, number, number]>;
  conflicts: Array<[number, number]>;
}

/**
 * What the comparison of two events reads, computed once over the whole corpus (linear): each
 * event's profile and name facts, the word index and its year lists, and which words are too
 * common to follow.
 */
export interface MergeInputs {
  events: readonly TimelineEvent[];
  profiles: Profile[];
  documentOf: string[];
  /** Every content word's events, in increasing order. */
  index: Map<string, number[]>;
  /** The year lists of the words common in the corpus (`datedWordIndex`). */
  dated: Map<string, number[]>;
  facts: NameFacts[];
  score(i: number, j: number): number;
  /** Per event, for scoring rows: counts of the followed words shared with each other event. */
  sharedWith: Int32Array;
}

export function prepareMerge(events: readonly TimelineEvent[]): MergeInputs {
  const profiles = events.map((e) => profileOf(e.sources.map((s) => s.statement.text).join(' ')));
  const documentOf = events.map((e) => e.sources[0]!.document);
  // Candidate pairs share at least one content word: an inverted index keeps this near-linear.
  const index = new Map<string, number[]>();
  profiles.forEach((p, i) => {
    for (const w of p.words) {
      const list = index.get(w);
      if (list) list.push(i);
      else index.set(w, [i]);
    }
  });
  // A name's rarity is measured among the statements whose dates overlap the statement's own:
  // those it could merge with. So an article about other times cannot move a merge decision.
  const dated = datedWordIndex(events, profiles, index);
  const rarity = localRarity(events, profiles);
  for (let i = 0; i < profiles.length; i++) {
    const p = profiles[i]!;
    if (p.lead && rarity.count(p.lead, events[i]!.date) > 0) p.names.add(p.lead);
  }
  const facts = profiles.map((p, i) => {
    const { date } = events[i]!;
    const statements = rarity.statements(date);
    return nameFactsOf(p.names, (name) => Math.log((statements + 1) / Math.max(1, rarity.count(name, date))));
  });
  // Statements retold word for word (wire copies) at the same dates have one profile and one
  // set of name weights: the score of a pair of them is computed once (same sets in the same
  // order, so the same sums, the same result).
  const kinds = new Map<string, number>();
  const kindOf = profiles.map((p, i) => {
    const key = `${[...p.words].join(' ')}\0${[...p.names].join(' ')}\0${[...p.numbers].join(' ')}\0${events[i]!.date.start}\0${events[i]!.date.end}`;
    let kind = kinds.get(key);
    if (kind === undefined) kinds.set(key, (kind = kinds.size));
    return kind;
  });
  const scores = new Map<number, number>();
  const score = (i: number, j: number): number => {
    const key = kindOf[i]! * kinds.size + kindOf[j]!;
    let found = scores.get(key);
    if (found === undefined) scores.set(key, (found = sameHappeningScore(profiles[i]!, profiles[j]!, facts[i]!, facts[j]!)));
    return found;
  };
  return { events, profiles, documentOf, index, dated, facts, score, sharedWith: new Int32Array(events.length) };
}

/**
 * The pairs event i forms with the events after it that `keep` accepts, added to `found`.
 *
 * Each pair is compared once, from its lower index. sharedWith[j] counts the followed (not
 * common) words i and j share; with i's common words on top it bounds their shared words from
 * above, so a pair whose similarity cannot reach SAME_HAPPENING is never scored (same result:
 * every pair that could pass is scored as before, pairs are sorted before use).
 */
export function scoreRow(inputs: MergeInputs, i: number, keep: (j: number) => boolean, found: FoundPairs): void {
  const { events, profiles, documentOf, index, dated, sharedWith } = inputs;
  const touched: number[] = [];
  const a = profiles[i]!;
  let common = 0;
  const visit = (list: readonly number[]) => {
    // Lists hold indices in increasing order: only those after i are visited.
    for (let k = firstAfter(list, i); k < list.length; k++) {
      const j = list[k]!;
      if (sharedWith[j] === 0) touched.push(j);
      sharedWith[j]! += 1;
    }
  };
  const years = yearsOf(events[i]!.date);
  for (const w of a.words) {
    const list = index.get(w)!;
    if (list.length <= COMMON_WORD) {
      visit(list);
      continue;
    }
    // Common in the corpus: followed in the years of i's date where it is not common. A year
    // where it is (or a date spanning too many years) leaves it among the common words, which
    // the bound counts as shared; a list visited in two years only loosens the bound.
    let followedEverywhere = years.length > 0;
    for (const year of years) {
      const inYear = dated.get(`${w}\u0000${year}`);
      if (inYear !== undefined && inYear.length <= COMMON_WORD) visit(inYear);
      else followedEverywhere = false;
    }
    if (!followedEverywhere) common++;
  }
  for (const j of touched) {
    const bound = sharedWith[j]! + common;
    sharedWith[j] = 0;
    if (documentOf[i] === documentOf[j] || !keep(j)) continue;
    const b = profiles[j]!;
    const shared = Math.min(bound, a.words.size, b.words.size);
    // The similarity computed as `similarity` computes it, with the bound for the shared words.
    if (shared / (a.words.size + b.words.size - shared) < SAME_HAPPENING) continue;
    const score = inputs.score(i, j);
    if (score < 0) continue;
    if (datesOverlap(events[i]!, events[j]!)) found.pairs.push([i, j, score]);
    else if (score >= NEAR_IDENTICAL) found.conflicts.push([i, j]);
  }
}

/**
 * The events whose rows (`scoreRow`) can reach event j: those in the lists j's words are
 * followed in (a word's list when it is not common, else its year lists of j's years that are
 * not), a superset of the events before j that can pair with it.
 */
export function reachingRows(inputs: MergeInputs, j: number, into: Set<number>): void {
  const { events, profiles, index, dated } = inputs;
  const years = yearsOf(events[j]!.date);
  for (const w of profiles[j]!.words) {
    const list = index.get(w)!;
    if (list.length <= COMMON_WORD) {
      for (const i of list) into.add(i);
      continue;
    }
    for (const year of years) {
      const inYear = dated.get(`${w}\u0000${year}`);
      if (inYear !== undefined && inYear.length <= COMMON_WORD) for (const i of inYear) into.add(i);
    }
  }
}

/**
 * Clusters from the pairs, most alike first, but only where every date of the one cluster
 * overlaps every date of the other and no document would appear twice, so coarse dates
 * ("this month") cannot chain distinct days together. The pairs are sorted here: the result
 * does not depend on the order they were found in.
 */
export function clusterPairs(events: readonly TimelineEvent[], found: FoundPairs): MergePlan {
  const documentOf = events.map((e) => e.sources[0]!.document);
  const pairs = [...found.pairs].sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  const conflicts = new Map<number, Set<number>>();
  for (const [i, j] of found.conflicts) {
    if (!conflicts.has(i)) conflicts.set(i, new Set());
    if (!conflicts.has(j)) conflicts.set(j, new Set());
    conflicts.get(i)!.add(j);
    conflicts.get(j)!.add(i);
  }
  // A cluster keeps its documents and the intersection of its dates: intervals that overlap
  // pairwise have a common part (one dimension), so "every date of the one overlaps every
  // date of the other" is "the two intersections overlap", tested without visiting members.
  const clusterOf = events.map((_, i) => i);
  const members = new Map<number, number[]>(events.map((_, i) => [i, [i]]));
  const documents = new Map<number, Set<string>>(events.map((_, i) => [i, new Set([documentOf[i]!])]));
  const common = new Map<number, { start: string; end: string }>(events.map((e, i) => [i, { start: e.date.start, end: e.date.end }]));
  for (const [i, j] of pairs) {
    const ci = clusterOf[i]!;
    const cj = clusterOf[j]!;
    if (ci === cj) continue;
    const left = members.get(ci)!;
    const right = members.get(cj)!;
    const leftDates = common.get(ci)!;
    const rightDates = common.get(cj)!;
    if (!(leftDates.start <= rightDates.end && rightDates.start <= leftDates.end)) continue;
    const leftDocs = documents.get(ci)!;
    const rightDocs = documents.get(cj)!;
    const [small, large] = leftDocs.size <= rightDocs.size ? [leftDocs, rightDocs] : [rightDocs, leftDocs];
    let disjoint = true;
    for (const d of small) if (large.has(d)) disjoint = false;
    if (!disjoint) continue;
    for (const y of right) clusterOf[y] = ci;
    left.push(...right);
    for (const d of rightDocs) leftDocs.add(d);
    common.set(ci, {
      start: leftDates.start > rightDates.start ? leftDates.start : rightDates.start,
      end: leftDates.end < rightDates.end ? leftDates.end : rightDates.end,
    });
    members.delete(cj);
    documents.delete(cj);
    common.delete(cj);
  }
  const groups = [...members.values()].map((list) => [...list].sort((x, y) => x - y));
  const groupOf = new Int32Array(events.length);
  groups.forEach((group, g) => {
    for (const i of group) groupOf[i] = g;
  });
  const conflictsOf = groups.map((group, g) => {
    const others = new Set<number>();
    for (const i of group) for (const j of conflicts.get(i) ?? []) others.add(groupOf[j]!);
    others.delete(g);
    return [...others].sort((x, y) => x - y);
  });
  return { groups, conflicts: conflictsOf };
}

/**
 * The merged events of a plan (`planMerge`) made for exactly these events: each group
 * combined, with the ids of the groups it conflicts with. Throws when the plan does not fit
 * the events (every event in exactly one group; conflicts naming groups that exist).
 */
export function applyMergePlan(events: readonly TimelineEvent[], plan: MergePlan): TimelineEvent[] {
  const seen = new Uint8Array(events.length);
  let count = 0;
  for (const group of plan.groups) {
    for (const i of group) {
      if (!Number.isInteger(i) || i < 0 || i >= events.length || seen[i] === 1) throw new Error('the merge plan does not fit these events');
      seen[i] = 1;
      count++;
    }
  }
  if (count !== events.length || plan.conflicts.length !== plan.groups.length) throw new Error('the merge plan does not fit these events');
  const merged = plan.groups.map((group) => combine(group.map((i) => events[i]!)));
  return merged.map((event, g) => {
    const conflicting = new Set<string>();
    for (const h of plan.conflicts[g]!) {
      const other = merged[h];
      if (other === undefined) throw new Error('the merge plan does not fit these events');
      conflicting.add(other.id);
    }
    conflicting.delete(event.id);
    return conflicting.size > 0 ? { ...event, conflicts: [...conflicting].sort() } : event;
  });
}

/**
 * Counts over the statements whose date interval overlaps a given one: all of them, and those
 * that name a name inside a sentence (before a sentence's first word is taken as a name). Each
 * count is two binary searches in sorted starts and ends: the statements that start by the
 * interval's end, less those that ended before its start.
 */
function localRarity(events: readonly TimelineEvent[], profiles: readonly Profile[]): {
  statements(date: { start: string; end: string }): number;
  count(name: string, date: { start: string; end: string }): number;
} {
  const all = { starts: events.map((e) => e.date.start).sort(), ends: events.map((e) => e.date.end).sort() };
  const byName = new Map<string, { starts: string[]; ends: string[] }>();
  profiles.forEach((p, i) => {
    for (const n of p.names) {
      let entry = byName.get(n);
      if (entry === undefined) byName.set(n, (entry = { starts: [], ends: [] }));
      entry.starts.push(events[i]!.date.start);
      entry.ends.push(events[i]!.date.end);
    }
  });
  for (const entry of byName.values()) {
    entry.starts.sort();
    entry.ends.sort();
  }
  const overlapping = (entry: { starts: string[]; ends: string[] }, date: { start: string; end: string }) =>
    countUpTo(entry.starts, date.end, true) - countUpTo(entry.ends, date.start, false);
  return {
    statements: (date) => overlapping(all, date),
    count: (name, date) => {
      const entry = byName.get(name);
      return entry === undefined ? 0 : overlapping(entry, date);
    },
  };
}

/** How many of the sorted `list` are below `value` (or equal to it, with `orEqual`). */
function countUpTo(list: readonly string[], value: string, orEqual: boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value || (orEqual && list[mid] === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A date spanning more calendar years than this has no year lists ("the 1990s", "since 1948"). */
export const MOST_YEARS_FOLLOWED = 4;

/** The calendar years a date's interval touches, or none past MOST_YEARS_FOLLOWED. */
function yearsOf(date: { start: string; end: string }): number[] {
  const first = Number.parseInt(date.start, 10);
  const last = Number.parseInt(date.end, 10);
  if (!Number.isFinite(first) || !Number.isFinite(last) || last - first + 1 > MOST_YEARS_FOLLOWED) return [];
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}

/**
 * For each word found in more than COMMON_WORD statements of the corpus, its statements by
 * calendar year of their dates (key: word, NUL, year), indices in increasing order. Statements
 * of one happening must have overlapping dates, so they share a year: a word common across an
 * archive of decades ("Kurdish", "Boeing") is still followed among the statements of one year,
 * and whether two statements are candidates no longer depends on how much of other years the
 * corpus holds (before, at 100,000 articles of bench/make-corpus.ts every word of a retold
 * story was common and 567,375 events merged to 566,275; at 10,000 56,937 to 24,062).
 */
function datedWordIndex(
  events: readonly TimelineEvent[],
  profiles: readonly Profile[],
  index: ReadonlyMap<string, readonly number[]>,
): Map<string, number[]> {
  const dated = new Map<string, number[]>();
  profiles.forEach((p, i) => {
    const years = yearsOf(events[i]!.date);
    if (years.length === 0) return;
    for (const w of p.words) {
      if (index.get(w)!.length <= COMMON_WORD) continue;
      for (const year of years) {
        const key = `${w}\u0000${year}`;
        const list = dated.get(key);
        if (list) list.push(i);
        else dated.set(key, [i]);
      }
    }
  });
  return dated;
}

/** The first position in the increasing `list` holding a value above `i`. */
function firstAfter(list: readonly number[], i: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One event from the events of one happening: the finest date among them (they overlap, so
 * the finest lies within the others), the headline and id of the source that gives it (ties:
 * the first document by path), every source, the number of distinct documents, and the
 * status its sources give (`eventStatus`: the most given, the more cautious on a tie).
 */
function combine(group: TimelineEvent[]): TimelineEvent {
  const ordered = [...group].sort(
    (a, b) =>
      GRANULARITY_RANK[b.date.granularity] - GRANULARITY_RANK[a.date.granularity] ||
      (a.sources[0]!.document < b.sources[0]!.document ? -1 : a.sources[0]!.document > b.sources[0]!.document ? 1 : 0) ||
      a.sources[0]!.mention.start - b.sources[0]!.mention.start,
  );
  const primary = ordered[0]!;
  const sources: EventSource[] = ordered.flatMap((e) =>
    e.sources.map((s) => (e.date.value === primary.date.value || s.date ? s : { ...s, date: e.date })),
  );
  return {
    ...primary,
    status: eventStatus(sources.map((s) => s.status)),
    sources,
    corroboration: new Set(sources.map((s) => s.document)).size,
  };
}
