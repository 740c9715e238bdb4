import { STATUS_ORDER, STATUS_WORDS } from './status-words.ts';
import { groupByPlace } from './event-period.ts';
import { GRANULARITY_RANK } from '../dates/granularity.ts';
import { periodHref } from './site-links.ts';
import type { TimelinePagePlan } from './timeline-pages.ts';
import type { SiteLinks } from './site-links.ts';
import { distinctSorted } from '../sort-text.ts';
import type { ListedEvent } from './event-view.ts';
import type { ChangeCounts, EventView, FilterOptions, GroupView, PeriodView, TimelinePageView } from './site-views.ts';

/** The site's document order as each id's place in it (made once: each period's and page's filters sort by it). */
export function documentRanks(documentOrder: readonly string[]): ReadonlyMap<string, number> {
  return new Map(documentOrder.map((id, k) => [id, k]));
}

/**
 * The filter choices a list of events offers: its articles (in the site's order, by `rank`),
 * who asserts them, their years. Costs the events' own documents, never the whole corpus's
 * (a site has a period per year and century and pages of them, each with its filters).
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
  const result = groupByPlace(events, (e) => e.event.date).map(({ period: place, groups }): PeriodView => {
    const period: PeriodView = {
      id: place.id,
      heading: place.heading,
      slug: place.slug,
      href: links.period(place),
      eventCount: 0,
      changes: { added: 0, changed: 0 },
      groups: [],
      // Known once every period is: set below.
      previous: null,
      next: null,
      filters: { documents: [], attributions: [], years: [], statuses: [] },
    };
    for (const { group: where, items } of groups) {
      const first = items[0]!.event.date;
      const month = GRANULARITY_RANK[first.granularity] < GRANULARITY_RANK.month ? null : first.start.slice(5, 7);
      const group: GroupView = { id: where.id, heading: where.heading, month, href: links.group(place, where), events: [], changes: { added: 0, changed: 0 } };
      for (const { view } of items) {
        group.events.push(view);
        period.eventCount += 1;
        if (view.change !== null) {
          group.changes[view.change] += 1;
          period.changes[view.change] += 1;
        }
      }
      period.groups.push(group);
    }
    return period;
  });
  result.forEach((period, i) => {
    const before = result[i - 1];
    const after = result[i + 1];
    period.previous = before ? { heading: before.heading, href: before.href } : null;
    period.next = after ? { heading: after.heading, href: after.href } : null;
    period.filters = filterOptions(period.groups.flatMap((g) => g.events), titles, rank);
  });
  return result;
}

const sumChanges = (events: EventView[]): ChangeCounts => ({
  added: events.filter((e) => e.change === 'added').length,
  changed: events.filter((e) => e.change === 'changed').length,
});

/** The timeline's pages as `plan` cuts them: each period whole, or its contents page and its parts, chained in date order. */
export function timelinePages(periods: PeriodView[], plan: TimelinePagePlan, titles: Map<string, string>, rank: ReadonlyMap<string, number>): TimelinePageView[] {
  const planned = new Map(plan.periods.map((p) => [p.slug, p.parts]));
  const pages: TimelinePageView[] = [];
  const blank = { previous: null, next: null, pageNumbers: [], contents: [] };
  for (const period of periods) {
    const parts = planned.get(period.slug) ?? [];
    if (parts.length === 0) {
      pages.push({ ...blank, kind: 'whole', slug: period.slug, href: period.href, heading: period.heading, period, groups: period.groups, eventCount: period.eventCount, filters: period.filters });
      continue;
    }
    const groups = new Map(period.groups.map((g) => [g.id, g]));
    const partPages = parts.map((part): TimelinePageView => {
      const group = groups.get(part.groupId)!;
      const ids = new Set(part.eventIds);
      const events = group.events.filter((e) => ids.has(e.id));
      return {
        ...blank,
        kind: 'part',
        slug: part.slug,
        href: periodHref(part.slug),
        heading: part.of === 1 ? group.heading : `${group.heading}, page ${part.number} of ${part.of}`,
        period,
        groups: [{ ...group, events, changes: sumChanges(events) }],
        eventCount: events.length,
        filters: filterOptions(events, titles, rank),
      };
    });
    const contents: TimelinePageView['contents'] = [];
    const entries = parts.map((part, i) => {
      if (part.number === 1) {
        const group = groups.get(part.groupId)!;
        contents.push({ heading: group.heading, href: partPages[i]!.href, eventCount: group.events.length, changes: group.changes, pages: [] });
      }
      const entry = contents[contents.length - 1]!;
      if (part.of > 1) entry.pages.push({ number: part.number, href: partPages[i]!.href });
      return entry;
    });
    partPages.forEach((page, i) => {
      page.pageNumbers = entries[i]!.pages.map((p) => ({ ...p, current: p.href === page.href }));
    });
    pages.push({ ...blank, kind: 'contents', slug: period.slug, href: period.href, heading: period.heading, period, groups: [], eventCount: period.eventCount, contents, filters: period.filters }, ...partPages);
  }
  const listing = pages.filter((p) => p.kind !== 'contents');
  listing.forEach((page, i) => {
    const before = listing[i - 1];
    const after = listing[i + 1];
    page.previous = before ? { heading: before.heading, href: before.href } : null;
    page.next = after ? { heading: after.heading, href: after.href } : null;
  });
  for (const page of pages) {
    if (page.kind !== 'contents') continue;
    page.previous = page.period.previous;
    page.next = page.period.next;
  }
  return pages;
}
