import type { ResolvedDate } from '../types.ts';
import { formatResolvedDate, formatTimexValue } from './format-date.ts';
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

export type Place = ReturnType<typeof periodOf>;

/** Items of one group of a period, in the order they came. */
export interface PlacedGroup<T> {
  group: Place;
  items: T[];
}

/** A period's groups: the events known only to the period first (they head it), then months as their first items come. */
export interface PlacedPeriod<T> {
  period: Place;
  groups: PlacedGroup<T>[];
}

/**
 * Items in the one event order (src/timeline/order-events.ts) grouped where the pages list
 * them: periods as their first items come, and in a period the events known only to it (or to
 * its half, quarter, season) first, then its months as their first items come. Every item keeps
 * its place in the order inside its group. The pages and their plan both group this way.
 */
export function groupByPlace<T>(items: readonly T[], dateOf: (item: T) => ResolvedDate): PlacedPeriod<T>[] {
  const periods = new Map<string, { placed: PlacedPeriod<T>; groups: Map<string, PlacedGroup<T>> }>();
  for (const item of items) {
    const date = dateOf(item);
    const period = periodOf(date);
    let entry = periods.get(period.id);
    if (entry === undefined) {
      entry = { placed: { period, groups: [] }, groups: new Map() };
      periods.set(period.id, entry);
    }
    const group = groupOf(date);
    let placed = entry.groups.get(group.id);
    if (placed === undefined) {
      placed = { group, items: [] };
      entry.groups.set(group.id, placed);
      if (GRANULARITY_RANK[date.granularity] < GRANULARITY_RANK.month) entry.placed.groups.unshift(placed);
      else entry.placed.groups.push(placed);
    }
    placed.items.push(item);
  }
  return [...periods.values()].map((e) => e.placed);
}
