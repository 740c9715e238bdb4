import type { Span, TimelineEvent } from '../types.ts';
import { byText } from '../sort-text.ts';

/**
 * The least token-set similarity (Jaccard) for two statements of one document to count as
 * the same event edited. One changed word in a four-word sentence still scores 0.6; two
 * unrelated sentences of the same article rarely share half their words.
 */
export const SIMILARITY_THRESHOLD = 0.5;

/** How a pair was found: the same event id, a statement both report (a source id), or similar statements. */
export type MatchRule = 'id' | 'source' | 'similarity';

/**
 * What matching reads of an event: its id, date value and its statements (id, document, the
 * statement and the date mention). A whole `TimelineEvent` is one; so is the compact record a
 * rebuild keeps of the previous build's events (src/timeline/id-table.ts).
 */
export interface MatchableEvent {
  id: string;
  date: { value: string };
  sources: ReadonlyArray<{ id?: string; document: string; statement: Span; mention: Span }>;
}

export interface EventPair<B extends MatchableEvent = TimelineEvent, A extends MatchableEvent = TimelineEvent> {
  before: B;
  after: A;
  matchedBy: MatchRule;
}

export interface EventMatching<B extends MatchableEvent = TimelineEvent, A extends MatchableEvent = TimelineEvent> {
  pairs: Array<EventPair<B, A>>;
  /** Events of the old timeline that match nothing in the new one. */
  removed: B[];
  /** Events of the new timeline that match nothing in the old one. */
  added: A[];
}

/** A document id -> path lookup: document ids get a `-2` suffix when paths slug alike, paths do not move. */
export type DocumentPaths = (documentId: string) => string;

export function documentPaths(timeline: { documents: ReadonlyArray<{ id: string; path: string }> }): DocumentPaths {
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

interface Candidate {
  before: number;
  after: number;
  similarity: number;
  sameDate: boolean;
  mentionSimilarity: number;
}

/**
 * Pairs candidates greedily, best first (`better`, then the events' ids and places, so the
 * order is total and the result deterministic); an event takes part in one pair at most.
 * Appends the pairs to `pairs`; returns which events were taken on each side.
 */
function takeBestFirst<C extends { before: number; after: number }, B extends MatchableEvent, A extends MatchableEvent>(
  candidates: C[],
  better: (x: C, y: C) => number,
  before: readonly B[],
  after: readonly A[],
  matchedBy: MatchRule,
  pairs: Array<EventPair<B, A>>,
): { beforeTaken: Set<number>; afterTaken: Set<number> } {
  candidates.sort(
    (x, y) =>
      better(x, y) ||
      byText(before[x.before]!.id, before[y.before]!.id) ||
      byText(after[x.after]!.id, after[y.after]!.id) ||
      x.before - y.before ||
      x.after - y.after,
  );
  const beforeTaken = new Set<number>();
  const afterTaken = new Set<number>();
  for (const c of candidates) {
    if (beforeTaken.has(c.before) || afterTaken.has(c.after)) continue;
    beforeTaken.add(c.before);
    afterTaken.add(c.after);
    pairs.push({ before: before[c.before]!, after: after[c.after]!, matchedBy });
  }
  return { beforeTaken, afterTaken };
}

/**
 * Events merged from several documents take the id of one of their statements, so an event
 * can change its id when another article joins or leaves it; the statements keep theirs
 * (`sources[].id`). Unmatched events that share statements pair here, most shared first.
 */
function matchBySourceIds<B extends MatchableEvent, A extends MatchableEvent>(
  before: readonly B[],
  after: readonly A[],
  beforeLeft: number[],
  afterLeft: number[],
): { pairs: Array<EventPair<B, A>>; beforeLeft: number[]; afterLeft: number[] } {
  const pairs: Array<EventPair<B, A>> = [];
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
  const { beforeTaken, afterTaken } = takeBestFirst(candidates, (x, y) => y.shared - x.shared, before, after, 'source', pairs);
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
export function matchEvents<B extends MatchableEvent = TimelineEvent, A extends MatchableEvent = TimelineEvent>(
  before: readonly B[],
  after: readonly A[],
  beforePath: DocumentPaths,
  afterPath: DocumentPaths,
): EventMatching<B, A> {
  const pairs: Array<EventPair<B, A>> = [];
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

  const mentionCache = new Map<MatchableEvent, Set<string>>();
  const mentionTokens = (event: MatchableEvent) => {
    let tokens = mentionCache.get(event);
    if (!tokens) mentionCache.set(event, (tokens = tokenSet(event.sources[0]?.mention.text ?? '')));
    return tokens;
  };
  // One round is exact below MATCH_BOUNDS and leaves nothing to a second; above them, where a
  // statement's candidates were all taken by others, the events left over meet again.
  let beforeLeftover = beforeRest;
  let afterLeftover = afterLeft;
  for (let round = 0; round < MATCH_BOUNDS.rounds; round++) {
    const beforeRecords = statementRecords(before, beforeLeftover, beforePath);
    const afterRecords = statementRecords(after, afterLeftover, afterPath);
    const candidates: Candidate[] = [];
    for (const [key, similarity] of similarStatements(beforeRecords, afterRecords, after.length)) {
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
    const { beforeTaken, afterTaken } = takeBestFirst(
      candidates,
      (x, y) => y.similarity - x.similarity || Number(y.sameDate) - Number(x.sameDate) || y.mentionSimilarity - x.mentionSimilarity,
      before,
      after,
      'similarity',
      pairs,
    );
    const last = beforeTaken.size === 0 || round === MATCH_BOUNDS.rounds - 1;
    if (last) pairIdenticalLeftovers(beforeRecords, afterRecords, beforeTaken, afterTaken, before, after, pairs);
    beforeLeftover = beforeLeftover.filter((i) => !beforeTaken.has(i));
    afterLeftover = afterLeftover.filter((j) => !afterTaken.has(j));
    if (last) break;
  }
  return {
    pairs,
    removed: beforeLeftover.map((i) => before[i]!),
    added: afterLeftover.map((j) => after[j]!),
  };
}

/**
 * How many index entries the statements of one group (the same words) look at, at most, and
 * how many candidates above the threshold each statement keeps (the most similar), and how
 * many times the events left over meet again. Real documents stay far below the first two (a
 * statement's rarest words are rare), so matching is exact there and done in one round; a
 * corpus where every statement has the same words meets them, and matching stays linear in
 * the number of statements.
 */
export const MATCH_BOUNDS: Readonly<{ visits: number; candidates: number; rounds: number }> = { visits: 400, candidates: 32, rounds: 8 };

/** One statement of one event: the event's index and id, its document's path, its place there, its tokens. */
interface StatementRecord {
  event: number;
  /** The event's id: ties go by id, never by the order of the input. */
  id: string;
  path: string;
  /** The statement's offset in its file: where a long list is entered (see `similarStatements`). */
  at: number;
  tokens: Set<string>;
  /** The document and the token set as one string: statements of the same words in one document share it. */
  key: string;
}

/** The statements of one document with the same words (wire copies, a repeated line), once: they match alike. */
interface StatementGroup {
  path: string;
  tokens: Set<string>;
  /** Record indices, in text order. */
  members: number[];
  /** Where the group stands in the text: its first member's offset. */
  at: number;
  /** The first tokens, rarest first, that any statement this one reaches the threshold with shares a token with ... */
  long: string[];
  /** ... and, when this one is the smaller (or as large), this shorter prefix suffices. */
  short: string[];
}

/** The statement records of the events `left` of one timeline. */
function statementRecords(events: readonly MatchableEvent[], left: readonly number[], pathOf: DocumentPaths): StatementRecord[] {
  return left.flatMap((event) =>
    events[event]!.sources.map((s) => {
      const path = pathOf(s.document);
      const tokens = tokenSet(s.statement.text);
      return { event, id: events[event]!.id, path, at: s.statement.start, tokens, key: `${path}\u0000${[...tokens].sort(byText).join(' ')}` };
    }),
  );
}

/** Text order, then id: the same order whatever the order of the input. */
function byPlace(x: StatementRecord, y: StatementRecord): number {
  return x.at - y.at || byText(x.id, y.id);
}

/** The records grouped by their key, each group's members and the groups themselves in text order. */
function statementGroups(records: readonly StatementRecord[]): StatementGroup[] {
  const groups = new Map<string, StatementGroup>();
  const order = records.map((_, k) => k).sort((x, y) => byPlace(records[x]!, records[y]!) || x - y);
  for (const k of order) {
    const r = records[k]!;
    const group = groups.get(r.key);
    if (group) group.members.push(k);
    else groups.set(r.key, { path: r.path, tokens: r.tokens, members: [k], at: r.at, long: [], short: [] });
  }
  return [...groups.values()];
}

/** The `count` entries of `sorted` nearest to `at` (by `place`), as a range [from, to). */
function nearest(sorted: readonly number[], place: (entry: number) => number, at: number, count: number): [number, number] {
  if (sorted.length <= count) return [0, sorted.length];
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (place(sorted[middle]!) < at) low = middle + 1;
    else high = middle;
  }
  const from = Math.max(0, Math.min(low - (count >> 1), sorted.length - count));
  return [from, from + count];
}

/**
 * Every pair (before event, after event) with statements from one document whose Jaccard
 * similarity reaches SIMILARITY_THRESHOLD, with the best such similarity: as a map from
 * `before * after.length + after` to the similarity.
 *
 * Not all pairs of a document: prefix filtering (Chaudhuri et al. 2006; Bayardo et al. 2007),
 * on groups of statements with the same words. Tokens are ordered rarest first across both
 * timelines. Two sets A and B with Jaccard >= t
 * share o >= t (|A| + |B|) / (1 + t) tokens: at least t |B| when A is the smaller, and at
 * least 2t/(1+t) |A| (2/3 |A| for t = 1/2). The rarest token they share lies within the first
 * |X| - o + 1 tokens of each; so within the first |A| - ceil(2t/(1+t) |A|) + 1 tokens of the
 * smaller (its short prefix) and the first |B| - ceil(t |B|) + 1 of the larger (its long
 * prefix). Each statement is compared only with those of its document whose prefixes meet
 * its own so: exactly the pairs that reach t are found, and a statement meets those that share
 * one of its rarest words, not its whole document. Empty token sets (alike, similarity 1)
 * meet under the empty token of their document.
 *
 * Bounded (MATCH_BOUNDS), so that a document whose statements all share their words stays
 * linear: a group reads its index lists rarest token first, each whole while the visits left
 * allow; a longer list (lists are in text order) is read around the group's own place, and
 * the group stops there. A statement takes as candidates the members of the groups it reaches
 * the threshold with, most similar group first and nearest in the text first, up to the bound.
 * Below the bounds nothing is left out, so the result is exact.
 */
function similarStatements(beforeRecords: readonly StatementRecord[], afterRecords: readonly StatementRecord[], afterCount: number): Map<number, number> {
  const t = SIMILARITY_THRESHOLD;
  const frequency = new Map<string, number>();
  for (const r of [...beforeRecords, ...afterRecords]) for (const token of r.tokens) frequency.set(token, (frequency.get(token) ?? 0) + 1);
  const rarestFirst = (a: string, b: string) => frequency.get(a)! - frequency.get(b)! || byText(a, b);
  const beforeGroups = statementGroups(beforeRecords);
  const afterGroups = statementGroups(afterRecords);
  for (const g of [...beforeGroups, ...afterGroups]) {
    const size = g.tokens.size;
    const sorted = size === 0 ? [''] : [...g.tokens].sort(rarestFirst);
    // The overlaps are rounded down a hair before ceil, so that rounding can only lengthen a prefix.
    g.long = sorted.slice(0, Math.max(1, size - Math.ceil(t * size - 1e-9) + 1));
    g.short = sorted.slice(0, Math.max(1, size - Math.ceil(((2 * t) / (1 + t)) * size - 1e-9) + 1));
  }
  const indexOf = (prefix: (g: StatementGroup) => string[]) => {
    const index = new Map<string, number[]>();
    afterGroups.forEach((g, k) => {
      for (const token of prefix(g)) {
        const key = `${g.path}\u0000${token}`;
        const list = index.get(key);
        if (list) list.push(k);
        else index.set(key, [k]);
      }
    });
    return index;
  };
  const longIndex = indexOf((g) => g.long);
  const shortIndex = indexOf((g) => g.short);
  const groupAt = (k: number) => afterGroups[k]!.at;
  const recordAt = (k: number) => afterRecords[k]!.at;
  const best = new Map<number, number>();
  const seen = new Int32Array(afterGroups.length).fill(-1);
  beforeGroups.forEach((b, n) => {
    const size = b.tokens.size;
    const found: Array<{ group: StatementGroup; similarity: number }> = [];
    let visits = MATCH_BOUNDS.visits;
    /** Reads `list` (the groups of `fits` size), whole or around b's place; false when the visits are spent. */
    const read = (list: readonly number[] | undefined, fits: (size: number) => boolean): boolean => {
      if (!list) return true;
      const [from, to] = nearest(list, groupAt, b.at, visits);
      visits -= to - from;
      for (let i = from; i < to; i++) {
        const k = list[i]!;
        const a = afterGroups[k]!;
        if (seen[k] === n || !fits(a.tokens.size)) continue;
        seen[k] = n;
        const similarity = jaccard(b.tokens, a.tokens);
        if (similarity >= t) found.push({ group: a, similarity });
      }
      return to - from === list.length;
    };
    const larger = (other: number) => other >= size;
    const smaller = (other: number) => other <= size;
    // Rarest token first: b the smaller, its short prefix against the long prefixes of the
    // larger; b the larger, its long prefix against the short prefixes of the smaller.
    for (let i = 0; i < b.long.length; i++) {
      const token = `${b.path}\u0000${b.long[i]}`;
      if (i < b.short.length && !read(longIndex.get(token), larger)) break;
      if (!read(shortIndex.get(token), smaller)) break;
    }
    found.sort((x, y) => y.similarity - x.similarity || x.group.at - y.group.at || byText(afterRecords[x.group.members[0]!]!.id, afterRecords[y.group.members[0]!]!.id));
    for (const k of b.members) {
      const r = beforeRecords[k]!;
      let left = MATCH_BOUNDS.candidates;
      for (const { group, similarity } of found) {
        if (left === 0) break;
        const [from, to] = nearest(group.members, recordAt, r.at, left);
        left -= to - from;
        for (let i = from; i < to; i++) {
          const key = r.event * afterCount + afterRecords[group.members[i]!]!.event;
          if (similarity > (best.get(key) ?? -1)) best.set(key, similarity);
        }
      }
    }
  });
  return best;
}

/**
 * Events left over that have a statement of the same words in the same document pair in
 * text order. Matching everything reaching the threshold leaves no such pair; only the bounds
 * of `similarStatements` can (a document where many statements are the same words).
 */
function pairIdenticalLeftovers<B extends MatchableEvent, A extends MatchableEvent>(
  beforeRecords: readonly StatementRecord[],
  afterRecords: readonly StatementRecord[],
  beforeMatched: Set<number>,
  afterMatched: Set<number>,
  before: readonly B[],
  after: readonly A[],
  pairs: Array<EventPair<B, A>>,
): void {
  const waiting = new Map<string, { events: number[]; next: number }>();
  for (const r of [...afterRecords].sort(byPlace)) {
    if (afterMatched.has(r.event)) continue;
    const entry = waiting.get(r.key);
    if (entry) entry.events.push(r.event);
    else waiting.set(r.key, { events: [r.event], next: 0 });
  }
  for (const r of [...beforeRecords].sort(byPlace)) {
    const entry = waiting.get(r.key);
    if (!entry || beforeMatched.has(r.event)) continue;
    while (entry.next < entry.events.length && afterMatched.has(entry.events[entry.next]!)) entry.next++;
    const j = entry.events[entry.next];
    if (j === undefined) continue;
    beforeMatched.add(r.event);
    afterMatched.add(j);
    pairs.push({ before: before[r.event]!, after: after[j]!, matchedBy: 'similarity' });
  }
}
