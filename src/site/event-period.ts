import type { ResolvedDate } from '../types.ts';
import { formatResolvedDate } from './format-date.ts';
import { GRANULARITY_RANK } from '../dates/granularity.ts';

/**
 * The period an event is listed under: its year, or its decade or century when it is known only
 * that coarsely. The period is named by itself, never by one event's modifier or range end
 * ("early 1990s" is listed under the 1990s), so every event of a period links to its one page.
 */
export function periodOf(date: ResolvedDate): { id: string; slug: string; heading: string } {
  const year = date.start.slice(0, 4);
  if (GRANULARITY_RANK[date.granularity] > GRANULARITY_RANK.decade) return { id: `site-year-${year}`, slug: year, heading: year };
  const label = formatResolvedDate({ value: date.value, start: date.start, end: date.end, granularity: date.granularity }).label;
  return { id: `site-${date.granularity}-${date.start}`, slug: label.toLowerCase().replace(/[^a-z0-9]+/g, '-'), heading: label };
}
