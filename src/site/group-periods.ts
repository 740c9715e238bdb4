import { GRANULARITY_RANK } from '../dates/granularity.ts';
import { formatTimexValue } from './format-date.ts';
import { STATUS_ORDER, STATUS_WORDS } from './status-words.ts';
import { periodOf } from './event-period.ts';
import type { SiteLinks } from './site-links.ts';
import { distinctSorted } from './sort-text.ts';
import type { ListedEvent } from './event-view.ts';
import type { EventView, FilterOptions, PeriodView } from './site-views.ts';

/** The site's document order as each id's place in it (made once: each period's filters sort by it). */
export function documentRanks(documentOrder: readonly string[]): ReadonlyMap<string, number> {
  return new Map(documentOrder.map((id, k) => [id, k]));
}

/**
 * The filter choices a list of events offers: its articles (in the site's order, by `rank`),
 * who asserts them, their years. Costs the events' own documents, never the whole corpus's
 * (a site has a period per year and century, each with its filters).
 */
export function filterOptions(events: EventView[], titles: Map<string, string>, rank: ReadonlyMap<string, number>): FilterOptions {
  const ids = [...new Set(events.flatMap((e) => e.documentIds))].filter((id) => rank.has(id)).sort((a, b) => rank.get(a)! - rank.get(b)!);
  return {
    documents: ids.map((id) => ({ id, title: titles.get(id) ?? id })),
    attributions: distinctSorted(events.flatMap((e) => e.attributions)),
    years: distinctSorted(events.map((e) => e.year)),
    statuses: STATUS_ORDER.filter((st) => events.some((e) => e.status === st)).map((value) => ({ value, label: STATUS_WORDS[value].label })),
  };
}

/**
 * Events grouped for the timeline pages: by year then month; decades and centuries stand as
 * periods of their own. The events come in the one event order (src/timeline/order-events.ts)
 * and keep it inside every group; grouping only decides where a group stands: periods and
 * months as their first events come, and in a year the events known only to the year (or its
 * half, quarter, season) first, as they head the year.
 */
export function groupPeriods(events: ListedEvent[], links: SiteLinks, titles: Map<string, string>, rank: ReadonlyMap<string, number>): PeriodView[] {
  const byId = new Map<string, PeriodView>();
  for (const { event, view } of events) {
    const rank = GRANULARITY_RANK[event.date.granularity];
    const year = event.date.start.slice(0, 4);
    const { id: periodId, slug, heading: periodHeading } = periodOf(event.date);
    const coarse = rank <= GRANULARITY_RANK.decade;
    const wholePeriod = rank < GRANULARITY_RANK.month;
    const groupId = wholePeriod ? `${periodId}-whole` : `site-month-${event.date.start.slice(0, 7)}`;
    const groupHeading = wholePeriod
      ? `Sometime in ${coarse ? `the ${periodHeading}` : year}`
      : (formatTimexValue(event.date.start.slice(0, 7))?.label ?? event.date.start.slice(0, 7));
    let period = byId.get(periodId);
    if (period === undefined) {
      period = {
        id: periodId,
        heading: periodHeading,
        slug,
        href: links.period({ id: periodId, slug }),
        eventCount: 0,
        changes: { added: 0, changed: 0 },
        groups: [],
        // Known once every period is: set below.
        previous: null,
        next: null,
        filters: { documents: [], attributions: [], years: [], statuses: [] },
      };
      byId.set(periodId, period);
    }
    let group = period.groups.find((g) => g.id === groupId);
    if (group === undefined) {
      group = { id: groupId, heading: groupHeading, month: rank < GRANULARITY_RANK.month ? null : event.date.start.slice(5, 7), events: [], changes: { added: 0, changed: 0 } };
      if (wholePeriod) period.groups.unshift(group);
      else period.groups.push(group);
    }
    group.events.push(view);
    period.eventCount += 1;
    if (view.change !== null) {
      group.changes[view.change] += 1;
      period.changes[view.change] += 1;
    }
  }
  const result = [...byId.values()];
  result.forEach((period, i) => {
    const before = result[i - 1];
    const after = result[i + 1];
    period.previous = before ? { heading: before.heading, href: before.href } : null;
    period.next = after ? { heading: after.heading, href: after.href } : null;
    period.filters = filterOptions(period.groups.flatMap((g) => g.events), titles, rank);
  });
  return result;
}
