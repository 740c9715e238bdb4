import type { Timeline, TimelineEvent } from '../types.ts';

/**
 * The least token-set similarity (Jaccard) for two statements of one document to count as
 * the same event edited. One changed word in a four-word sentence still scores 0.6; two
 * unrelated sentences of the same article rarely share half their words.
 */
export const SIMILARITY_THRESHOLD = 0.5;

/** How a pair was found: the same event id, a statement both report (a source id), or similar statements. */
export type MatchRule = 'id' | 'source' | 'similarity';

export interface EventPair {
  before: TimelineEvent;
  after: TimelineEvent;
  matchedBy: MatchRule;
}

export interface EventMatching {
  pairs: EventPair[];
  /** Events of the old timeline that match nothing in the new one. */
  removed: TimelineEvent[];
  /** Events of the new timeline that match nothing in the old one. */
  added: TimelineEvent[];
}

/** A document id -> path lookup: document ids get a `-2` suffix when paths slug alike, paths do not move. */
export type DocumentPaths = (documentId: string) => string;

export function documentPaths(timeline: Pick<Timeline, 'documents'>): DocumentPaths {
  const paths = new Map(timeline.documents.map((d) => [d.id, d.path]));
  return (id) => paths.get(id) ?? id;
}

/** Whitespace folded, so re-wrapping a paragraph is not an edit. */
export function normaliseStatement(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The set of lower-cased word tokens (letters and digits) of a text. */
export function tokenSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** |A ∩ B| / |A ∪ B|; two empty sets are alike. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Code-unit order, as the timeline's own ordering uses: the same on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Candidate {
  before: number;
  after: number;
  similarity: number;
  sameDate: boolean;
  mentionSimilarity: number;
}

/**
 * Events merged from several documents take the id of one of their statements, so an event
 * can change its id when another article joins or leaves it; the statements keep theirs
 * (`sources[].id`). Unmatched events that share statements pair here, most shared first.
 */
function matchBySourceIds(
  before: readonly TimelineEvent[],
  after: readonly TimelineEvent[],
  beforeLeft: number[],
  afterLeft: number[],
): { pairs: EventPair[]; beforeLeft: number[]; afterLeft: number[] } {
  const pairs: EventPair[] = [];
  const afterBySource = new Map<string, number[]>();
  for (const j of afterLeft) for (const s of after[j]!.sources) {
    if (!s.id) continue;
    const list = afterBySource.get(s.id);
    if (list) list.push(j);
    else afterBySource.set(s.id, [j]);
  }
  const candidates: Array<{ before: number; after: number; shared: number }> = [];
  for (const i of beforeLeft) {
    const shared = new Map<number, number>();
    for (const s of before[i]!.sources) for (const j of (s.id && afterBySource.get(s.id)) || []) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, count] of shared) candidates.push({ before: i, after: j, shared: count });
  }
  candidates.sort(
    (x, y) =>
      y.shared - x.shared ||
      compareStrings(before[x.before]!.id, before[y.before]!.id) ||
      compareStrings(after[x.after]!.id, after[y.after]!.id) ||
      x.before - y.before ||
      x.after - y.after,
  );
  const beforeTaken = new Set<number>();
  const afterTaken = new Set<number>();
  for (const c of candidates) {
    if (beforeTaken.has(c.before) || afterTaken.has(c.after)) continue;
    beforeTaken.add(c.before);
    afterTaken.add(c.after);
    pairs.push({ before: before[c.before]!, after: after[c.after]!, matchedBy: 'source' });
  }
  return { pairs, beforeLeft: beforeLeft.filter((i) => !beforeTaken.has(i)), afterLeft: afterLeft.filter((j) => !afterTaken.has(j)) };
}

/**
 * Pairs the events of two timelines. First by stable id (ids repeat only in hand-made input:
 * they then pair in order); then by the statements they share (merged events); then, among
 * the rest, an edited statement finds its old self: the
 * pairs of events that share a source document and whose statements reach the threshold are
 * taken greedily, most similar first; ties go to the pair with the same date, then to the
 * more similar date expressions, then by id, so the result does not depend on input order.
 * Every event ends up in exactly one pair, or in `removed`, or in `added`.
 */
export function matchEvents(
  before: readonly TimelineEvent[],
  after: readonly TimelineEvent[],
  beforePath: DocumentPaths,
  afterPath: DocumentPaths,
): EventMatching {
  const pairs: EventPair[] = [];
  const afterById = new Map<string, { list: number[]; next: number }>();
  after.forEach((event, i) => {
    const entry = afterById.get(event.id);
    if (entry) entry.list.push(i);
    else afterById.set(event.id, { list: [i], next: 0 });
  });
  const beforeLeft: number[] = [];
  const afterTaken = new Set<number>();
  before.forEach((event, i) => {
    const entry = afterById.get(event.id);
    const j = entry?.list[entry.next];
    if (entry && j !== undefined) entry.next++;
    if (j === undefined) {
      beforeLeft.push(i);
      return;
    }
    afterTaken.add(j);
    pairs.push({ before: event, after: after[j]!, matchedBy: 'id' });
  });
  const bySource = matchBySourceIds(before, after, beforeLeft, after.map((_, j) => j).filter((j) => !afterTaken.has(j)));
  pairs.push(...bySource.pairs);
  const { beforeLeft: beforeRest, afterLeft } = bySource;

  const mentionCache = new Map<TimelineEvent, Set<string>>();
  const mentionTokens = (event: TimelineEvent) => {
    let tokens = mentionCache.get(event);
    if (!tokens) mentionCache.set(event, (tokens = tokenSet(event.sources[0]?.mention.text ?? '')));
    return tokens;
  };
  const candidates: Candidate[] = [];
  for (const [key, similarity] of similarStatements(before, beforeRest, beforePath, after, afterLeft, afterPath)) {
    const i = Math.floor(key / after.length);
    const j = key % after.length;
    candidates.push({
      before: i,
      after: j,
      similarity,
      sameDate: before[i]!.date.value === after[j]!.date.value,
      mentionSimilarity: jaccard(mentionTokens(before[i]!), mentionTokens(after[j]!)),
    });
  }
  candidates.sort(
    (x, y) =>
      y.similarity - x.similarity ||
      Number(y.sameDate) - Number(x.sameDate) ||
      y.mentionSimilarity - x.mentionSimilarity ||
      compareStrings(before[x.before]!.id, before[y.before]!.id) ||
      compareStrings(after[x.after]!.id, after[y.after]!.id) ||
      x.before - y.before ||
      x.after - y.after,
  );
  const beforeMatched = new Set<number>();
  const afterMatched = new Set<number>();
  for (const c of candidates) {
    if (beforeMatched.has(c.before) || afterMatched.has(c.after)) continue;
    beforeMatched.add(c.before);
    afterMatched.add(c.after);
    pairs.push({ before: before[c.before]!, after: after[c.after]!, matchedBy: 'similarity' });
  }
  return {
    pairs,
    removed: beforeRest.filter((i) => !beforeMatched.has(i)).map((i) => before[i]!),
    added: afterLeft.filter((j) => !afterMatched.has(j)).map((j) => after[j]!),
  };
}

/** One statement of one event: the event's index, its document's path, its tokens in rarest-first order. */
interface StatementRecord {
  event: number;
  path: string;
  tokens: Set<string>;
  /** The first tokens, rarest first, that any statement this one reaches the threshold with shares a token with ... */
  long: string[];
  /** ... and, when this one is the smaller (or as large), this shorter prefix suffices. */
  short: string[];
}

/**
 * Every pair (before event, after event) with statements from one document whose Jaccard
 * similarity reaches SIMILARITY_THRESHOLD, with the best such similarity: as a map from
 * `before * after.length + after` to the similarity.
 *
 * Not all pairs of a document: prefix filtering (Chaudhuri et al. 2006; Bayardo et al. 2007).
 * Tokens are ordered rarest first across both timelines. Two sets A and B with Jaccard >= t
 * share o >= t (|A| + |B|) / (1 + t) tokens: at least t |B| when A is the smaller, and at
 * least 2t/(1+t) |A| (2/3 |A| for t = 1/2). The rarest token they share lies within the first
 * |X| - o + 1 tokens of each; so within the first |A| - ceil(2t/(1+t) |A|) + 1 tokens of the
 * smaller (its short prefix) and the first |B| - ceil(t |B|) + 1 of the larger (its long
 * prefix). Each statement is compared only with those of its document whose prefixes meet
 * its own so: exactly the pairs that reach t are found, and a statement meets those that share
 * one of its rarest words, not its whole document. Empty token sets (alike, similarity 1)
 * meet under the empty token of their document.
 */
function similarStatements(
  before: readonly TimelineEvent[],
  beforeLeft: readonly number[],
  beforePath: DocumentPaths,
  after: readonly TimelineEvent[],
  afterLeft: readonly number[],
  afterPath: DocumentPaths,
): Map<number, number> {
  const t = SIMILARITY_THRESHOLD;
  const records = (events: readonly TimelineEvent[], left: readonly number[], pathOf: DocumentPaths): StatementRecord[] =>
    left.flatMap((event) => events[event]!.sources.map((s) => ({ event, path: pathOf(s.document), tokens: tokenSet(s.statement.text), long: [], short: [] })));
  const beforeRecords = records(before, beforeLeft, beforePath);
  const afterRecords = records(after, afterLeft, afterPath);
  const frequency = new Map<string, number>();
  for (const r of [...beforeRecords, ...afterRecords]) for (const token of r.tokens) frequency.set(token, (frequency.get(token) ?? 0) + 1);
  const rarestFirst = (a: string, b: string) => frequency.get(a)! - frequency.get(b)! || compareStrings(a, b);
  for (const r of [...beforeRecords, ...afterRecords]) {
    const size = r.tokens.size;
    const sorted = size === 0 ? [''] : [...r.tokens].sort(rarestFirst);
    // The overlaps are rounded down a hair before ceil, so that rounding can only lengthen a prefix.
    r.long = sorted.slice(0, Math.max(1, size - Math.ceil(t * size - 1e-9) + 1));
    r.short = sorted.slice(0, Math.max(1, size - Math.ceil(((2 * t) / (1 + t)) * size - 1e-9) + 1));
  }
  const indexOf = (prefix: (r: StatementRecord) => string[]) => {
    const index = new Map<string, number[]>();
    afterRecords.forEach((r, k) => {
      for (const token of prefix(r)) {
        const key = `${r.path}\u0000${token}`;
        const list = index.get(key);
        if (list) list.push(k);
        else index.set(key, [k]);
      }
    });
    return index;
  };
  const longIndex = indexOf((r) => r.long);
  const shortIndex = indexOf((r) => r.short);
  const best = new Map<number, number>();
  const seen = new Int32Array(afterRecords.length).fill(-1);
  beforeRecords.forEach((b, n) => {
    const visit = (k: number) => {
      if (seen[k] === n) return;
      seen[k] = n;
      const a = afterRecords[k]!;
      const similarity = jaccard(b.tokens, a.tokens);
      if (similarity < t) return;
      const key = b.event * after.length + a.event;
      if (similarity > (best.get(key) ?? -1)) best.set(key, similarity);
    };
    const size = b.tokens.size;
    // b the smaller: its short prefix against the long prefixes of the larger ...
    for (const token of b.short) for (const k of longIndex.get(`${b.path}\u0000${token}`) ?? []) if (afterRecords[k]!.tokens.size >= size) visit(k);
    // ... b the larger: its long prefix against the short prefixes of the smaller.
    for (const token of b.long) for (const k of shortIndex.get(`${b.path}\u0000${token}`) ?? []) if (afterRecords[k]!.tokens.size <= size) visit(k);
  });
  return best;
}
