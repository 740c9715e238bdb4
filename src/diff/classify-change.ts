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

/**
 * Pairs the sources of two versions of one event: the same document, statement and date
 * expression first; then what is left pairs by document, in order (an edited statement of
 * the same article is the same source, reworded). Offsets are ignored: text moving in the
 * file is not a change of the timeline.
 */
export function pairSources(before: TimelineEvent, after: TimelineEvent, beforePath: DocumentPaths, afterPath: DocumentPaths): SourcePairing {
  const kept: SourcePairing['kept'] = [];
  const afterLeft = [...after.sources];
  const beforeLeft: EventSource[] = [];
  for (const b of before.sources) {
    const key = sourceKey(b, beforePath);
    const k = afterLeft.findIndex((a) => sourceKey(a, afterPath) === key);
    if (k === -1) beforeLeft.push(b);
    else kept.push({ before: b, after: afterLeft.splice(k, 1)[0]! });
  }
  const removed: EventSource[] = [];
  for (const b of beforeLeft) {
    const k = afterLeft.findIndex((a) => afterPath(a.document) === beforePath(b.document));
    if (k === -1) removed.push(b);
    else kept.push({ before: b, after: afterLeft.splice(k, 1)[0]! });
  }
  return { kept, added: afterLeft, removed };
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
