import type { TimelineEvent } from '../types.ts';
import { GRANULARITY_RANK } from '../dates/granularity.ts';
import { byText } from '../sort-text.ts';

/**
 * Orders events by their date interval: earlier start first; on the same start, the coarser
 * date first (the year 2014 opens before January 2014, which opens before 1 January 2014),
 * so a year-only event sits at the head of its year; ties keep document order.
 */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  const sa = a.sources[0]!;
  const sb = b.sources[0]!;
  return (
    byText(a.date.start, b.date.start) ||
    GRANULARITY_RANK[a.date.granularity] - GRANULARITY_RANK[b.date.granularity] ||
    byText(a.date.value, b.date.value) ||
    byText(sa.document, sb.document) ||
    sa.mention.start - sb.mention.start ||
    byText(a.id, b.id)
  );
}

export function orderEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(compareEvents);
}
