import type { ResolvedDate } from '../types.ts';
import { formatResolvedDate, formatTimexValue } from './format-date.ts';
import { GRANULARITY_RANK } from '../dates/granularity.ts';

/** The period an event is listed under: its year, or its decade or century when it is known only that coarsely. */
export function periodOf(date: ResolvedDate): { id: string; slug: string; heading: string } {
  const year = date.start.slice(0, 4);
  if (GRANULARITY_RANK[date.granularity] > GRANULARITY_RANK.decade) return { id: `site-year-${year}`, slug: year, heading: year };
  const label = formatResolvedDate(date).label;
  return { id: `site-${date.granularity}-${date.start}`, slug: label.toLowerCase().replace(/[^a-z0-9]+/g, '-'), heading: label };
}

/**
 * The group of its period an event is listed in: its month, or "Sometime in 2014" for an event
 * known only to the year (or its half, quarter, season), decade or century. `slug` names the
 * group's own page when its period is cut into parts (src/site/timeline-pages.ts).
 */
export function groupOf(date: ResolvedDate): { id: string; slug: string; heading: string } {
  const period = periodOf(date);
  const rank = GRANULARITY_RANK[date.granularity];
  if (rank < GRANULARITY_RANK.month) {
    const coarse = rank <= GRANULARITY_RANK.decade;
    return { id: `${period.id}-whole`, slug: `${period.slug}-sometime`, heading: `Sometime in ${coarse ? `the ${period.heading}` : period.heading}` };
  }
  const month = date.start.slice(0, 7);
  return { id: `site-month-${month}`, slug: month, heading: formatTimexValue(month)?.label ?? month };
}
