import type { EventSource, TimelineEvent } from '../types.ts';
import { GRANULARITY_RANK } from '../dates/granularity.ts';
import { byText } from './sort-text.ts';

/**
 * How the pages group events, not an order of the data (the downloads keep the one event
 * order of timeline.json, src/timeline/order-events.ts): by the year an event starts in; within a year, events
 * known only to the year (or its half, quarter, season) first, as they head the year; then
 * by start, coarser dates first on the same start (the 1990s before 1990), then by id.
 */
export function comparePagePlaces(a: TimelineEvent, b: TimelineEvent): number {
  const wholeYear = (e: TimelineEvent): number => (GRANULARITY_RANK[e.date.granularity] < GRANULARITY_RANK.month ? 0 : 1);
  return (
    byText(a.date.start.slice(0, 4), b.date.start.slice(0, 4)) ||
    wholeYear(a) - wholeYear(b) ||
    byText(a.date.start, b.date.start) ||
    GRANULARITY_RANK[a.date.granularity] - GRANULARITY_RANK[b.date.granularity] ||
    byText(b.date.end, a.date.end) ||
    byText(a.id, b.id)
  );
}

/** An event's sources by document, then by place in the document. */
export function compareSources(a: EventSource, b: EventSource): number {
  return byText(a.document, b.document) || a.passage.start - b.passage.start || a.statement.start - b.statement.start;
}
