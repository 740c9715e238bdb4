import type { Timeline, TimelineEvent } from '../types.ts';
import { byText } from '../sort-text.ts';
import { compareEvents } from '../timeline/order-events.ts';
import { classifyChange } from './classify-change.ts';
import { CHANGE_KINDS, type ChangeKind } from './change-kinds.ts';
import { documentPaths, matchEvents, type MatchRule } from './match-events.ts';

export interface EventChange {
  /** The id of the new version (`before.id` differs unless the pair was matched by id). */
  id: string;
  /** Never empty; in CHANGE_KINDS order. */
  kinds: ChangeKind[];
  matchedBy: MatchRule;
  before: TimelineEvent;
  after: TimelineEvent;
}

export type DiffSummary = { added: number; removed: number; changed: number; unchanged: number } & Record<ChangeKind, number>;

/** What changed between two timelines; every event of either side is in exactly one list. */
export interface TimelineDiff {
  summary: DiffSummary;
  added: TimelineEvent[];
  removed: TimelineEvent[];
  changed: EventChange[];
  /** Ids of the events that did not change, as pairs (`before` and `after` differ unless matched by id). */
  unchanged: Array<{ before: string; after: string }>;
}

/** The pure core of `timeline diff`: matches the events, classifies each pair, sorts everything chronologically. */
export function diffTimelines(before: Timeline, after: Timeline): TimelineDiff {
  const beforePath = documentPaths(before);
  const afterPath = documentPaths(after);
  const matching = matchEvents(before.events, after.events, beforePath, afterPath);
  const changed: EventChange[] = [];
  const unchanged: TimelineDiff['unchanged'] = [];
  for (const pair of matching.pairs) {
    const kinds = classifyChange(pair.before, pair.after, beforePath, afterPath);
    if (kinds.length === 0) unchanged.push({ before: pair.before.id, after: pair.after.id });
    else changed.push({ id: pair.after.id, kinds, matchedBy: pair.matchedBy, before: pair.before, after: pair.after });
  }
  const summary = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, changed.filter((c) => c.kinds.includes(kind)).length])) as Record<ChangeKind, number>;
  return {
    summary: { added: matching.added.length, removed: matching.removed.length, changed: changed.length, unchanged: unchanged.length, ...summary },
    added: [...matching.added].sort(compareEvents),
    removed: [...matching.removed].sort(compareEvents),
    changed: changed.sort((a, b) => compareEvents(a.after, b.after) || byText(a.before.id, b.before.id)),
    unchanged: unchanged.sort((a, b) => byText(a.after, b.after) || byText(a.before, b.before)),
  };
}

/** True when the two timelines differ in any event (the exit status 1 of `timeline diff`). */
export function hasDifferences(diff: TimelineDiff): boolean {
  return diff.summary.added + diff.summary.removed + diff.summary.changed > 0;
}
