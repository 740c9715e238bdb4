import type { EventSource, ResolvedDate, TimelineEvent } from '../types.ts';
import { normaliseStatement, type DocumentPaths } from './match-events.ts';
import { CHANGE_KINDS, type ChangeKind } from './change-kinds.ts';
import { GRANULARITY_RANK } from '../dates/granularity.ts';

/** The ways one event can change, in the order a report lists them. */
function within(inner: ResolvedDate, outer: ResolvedDate): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/**
 * How a date moved: `refined` when the new date is the old one told more precisely (its
 * interval inside the old one, and smaller or of a finer granularity), `coarsened` the other
 * way round, `redated` for any other new value; null when it did not change.
 */
export function dateChange(before: ResolvedDate, after: ResolvedDate): 'redated' | 'refined' | 'coarsened' | null {
  if (before.value === after.value && before.start === after.start && before.end === after.end && before.granularity === after.granularity) return null;
  const inside = within(after, before);
  const outside = within(before, after);
  const finer = GRANULARITY_RANK[after.granularity] - GRANULARITY_RANK[before.granularity];
  if (inside && (!outside || finer > 0)) return 'refined';
  if (outside && (!inside || finer < 0)) return 'coarsened';
  return 'redated';
}

export interface SourcePairing {
  /** Sources present on both sides (same document; same statement, or the statement edited). */
  kept: Array<{ before: EventSource; after: EventSource }>;
  added: EventSource[];
  removed: EventSource[];
}

function sourceKey(source: EventSource, pathOf: DocumentPaths): string {
  return [pathOf(source.document), normaliseStatement(source.statement.text), source.mention.text].join('\u0000');
}

/** The positions of `items` by key, each list in order: a queue to take the first one left from. */
function positionsByKey<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  items.forEach((item, k) => {
    const key = keyOf(item);
    const list = positions.get(key);
    if (list) list.push(k);
    else positions.set(key, [k]);
  });
  return positions;
}

/**
 * Pairs the sources of two versions of one event: the same document, statement and date
 * expression first; then what is left pairs by document, in order (an edited statement of
 * the same article is the same source, reworded). Offsets are ignored: text moving in the
 * file is not a change of the timeline. Each source of the older version takes the first
 * source of the newer one left with its key, from a queue per key, so an event with
 * thousands of sources pairs in linear time (no scan of the other side per source).
 */
export function pairSources(before: TimelineEvent, after: TimelineEvent, beforePath: DocumentPaths, afterPath: DocumentPaths): SourcePairing {
  const kept: SourcePairing['kept'] = [];
  const taken = new Uint8Array(after.sources.length);
  const take = (queue: number[] | undefined, cursor: Map<number[], number>): number => {
    if (!queue) return -1;
    let at = cursor.get(queue) ?? 0;
    while (at < queue.length && taken[queue[at]!]) at++;
    cursor.set(queue, at + 1);
    if (at >= queue.length) return -1;
    taken[queue[at]!] = 1;
    return queue[at]!;
  };
  const byKey = positionsByKey(after.sources, (a) => sourceKey(a, afterPath));
  const keyCursor = new Map<number[], number>();
  const beforeLeft: EventSource[] = [];
  for (const b of before.sources) {
    const k = take(byKey.get(sourceKey(b, beforePath)), keyCursor);
    if (k === -1) beforeLeft.push(b);
    else kept.push({ before: b, after: after.sources[k]! });
  }
  const byPath = positionsByKey(after.sources, (a) => afterPath(a.document));
  const pathCursor = new Map<number[], number>();
  const removed: EventSource[] = [];
  for (const b of beforeLeft) {
    const k = take(byPath.get(beforePath(b.document)), pathCursor);
    if (k === -1) removed.push(b);
    else kept.push({ before: b, after: after.sources[k]! });
  }
  return { kept, added: after.sources.filter((_, k) => !taken[k]), removed };
}

/** The kinds of change between two versions of one event, in CHANGE_KINDS order; empty when it is unchanged. */
export function classifyChange(before: TimelineEvent, after: TimelineEvent, beforePath: DocumentPaths, afterPath: DocumentPaths): ChangeKind[] {
  const kinds = new Set<ChangeKind>();
  const date = dateChange(before.date, after.date);
  if (date) kinds.add(date);
  // "in January" -> "on 3 January": in/on follows the granularity, so with a new date it is no news of its own.
  const followsDate = date !== null && [before.relation, after.relation].every((r) => r === 'in' || r === 'on');
  if (before.relation !== after.relation && !followsDate) kinds.add('relation-changed');
  const sources = pairSources(before, after, beforePath, afterPath);
  if (sources.added.length > 0) kinds.add('sources-added');
  if (sources.removed.length > 0) kinds.add('sources-removed');
  for (const { before: b, after: a } of sources.kept) {
    if (b.attribution !== a.attribution) kinds.add('attribution-changed');
    if (b.hedged !== a.hedged || (b.hedge ?? null) !== (a.hedge ?? null)) kinds.add('hedging-changed');
    if (normaliseStatement(b.statement.text) !== normaliseStatement(a.statement.text)) kinds.add('reworded');
  }
  if (before.headline !== after.headline) kinds.add('reworded');
  return CHANGE_KINDS.filter((kind) => kinds.has(kind));
}
