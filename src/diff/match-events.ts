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
  for (const j of afterLeft) for (const s of after[j]!.sources) if (s.id) afterBySource.set(s.id, [...(afterBySource.get(s.id) ?? []), j]);
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
  const afterById = new Map<string, number[]>();
  after.forEach((event, i) => afterById.set(event.id, [...(afterById.get(event.id) ?? []), i]));
  const beforeLeft: number[] = [];
  const afterTaken = new Set<number>();
  before.forEach((event, i) => {
    const j = afterById.get(event.id)?.shift();
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

  // Only events that share a source document are compared, each statement tokenised once.
  const profile = (event: TimelineEvent, pathOf: DocumentPaths) => event.sources.map((s) => ({ path: pathOf(s.document), tokens: tokenSet(s.statement.text) }));
  const afterProfiles = new Map(afterLeft.map((j) => [j, profile(after[j]!, afterPath)]));
  const afterByPath = new Map<string, Set<number>>();
  for (const [j, sources] of afterProfiles) for (const s of sources) afterByPath.set(s.path, (afterByPath.get(s.path) ?? new Set()).add(j));
  const mentionCache = new Map<TimelineEvent, Set<string>>();
  const mentionTokens = (event: TimelineEvent) => {
    let tokens = mentionCache.get(event);
    if (!tokens) mentionCache.set(event, (tokens = tokenSet(event.sources[0]?.mention.text ?? '')));
    return tokens;
  };
  const candidates: Candidate[] = [];
  for (const i of beforeRest) {
    const sources = profile(before[i]!, beforePath);
    const near = new Set(sources.flatMap((s) => [...(afterByPath.get(s.path) ?? [])]));
    for (const j of [...near].sort((x, y) => x - y)) {
      let similarity = -1;
      for (const b of sources) for (const a of afterProfiles.get(j)!) if (a.path === b.path) similarity = Math.max(similarity, jaccard(b.tokens, a.tokens));
      if (similarity < SIMILARITY_THRESHOLD) continue;
      candidates.push({
        before: i,
        after: j,
        similarity,
        sameDate: before[i]!.date.value === after[j]!.date.value,
        mentionSimilarity: jaccard(mentionTokens(before[i]!), mentionTokens(after[j]!)),
      });
    }
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
