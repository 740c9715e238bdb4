import type { TimelineEvent } from '../types.ts';
import { groupByPlace, type PlacedGroup } from './event-period.ts';
import { orderEvents } from '../timeline/order-events.ts';
import { cutRuns } from './cut-runs.ts';

/**
 * Which page of the timeline lists which event. A year (or a decade or century for events known
 * only that coarsely) is one page, `years/2014.html`, while its events fit a page that a browser
 * opens at once (PAGE_ELEMENT_BUDGET); a larger year is cut by month (`years/2014-10.html`, and
 * `years/2014-sometime.html` for the events known only to the year or a season of it), a month
 * too large for one page into numbered pages (`years/2014-10-page-2.html`), and the year's own
 * page lists its parts. Pure: the same events give the same pages.
 */

/** At most this many elements on a timeline page (a page of ~5,000 elements paints in well under a second). */
export const PAGE_ELEMENT_BUDGET = 5000;

/**
 * Elements a timeline page holds besides its event cards: the layout, the page navigation (twice,
 * with up to PAGE_NUMBERS_SHOWN numbered links) and the filter form's fixed fields.
 */
const PAGE_CHROME_ELEMENTS = 500;

/** Elements a month section adds around its cards (section, heading, list). */
const GROUP_ELEMENTS = 3;

/**
 * An upper bound on the elements an event adds to a timeline page (its card, eventCard in
 * src/site/parts/event-parts.ts, and the filter options it can add): 12 for the card's frame, 2
 * for a New or Changed badge, one each for a relation, a status sentence, a hedge and a
 * corroboration badge, 2 and 2 per report for conflicting dates, 10 for its folded "Cite" (details,
 * summary, three format names, two code blocks); per source 5 for its line, one each for its
 * article's date, its original's address and a hedge, one for its plain-text citation, and 2
 * filter options (its article, who asserts it).
 */
export function eventElements(event: TimelineEvent): number {
  const conflicts = event.conflicts?.length ?? 0;
  const documents = new Set(event.sources.map((s) => s.document)).size;
  const frame =
    24 +
    (event.relation === 'on' || event.relation === 'in' ? 0 : 1) +
    (event.status === 'happened' ? 0 : 1) +
    (event.sources.some((s) => s.hedged) ? 1 : 0) +
    (documents > 1 ? 1 : 0) +
    (conflicts > 0 ? 2 + 2 * conflicts : 0);
  return frame + event.sources.reduce((n, s) => n + 10 + (s.hedged ? 1 : 0), 0);
}

/** One page of a period that is cut into parts: a group's events, or a run of them. */
export interface PlannedPart {
  slug: string;
  groupId: string;
  /** Its place among the pages of its group, from 1, and how many pages the group has. */
  number: number;
  of: number;
  eventIds: string[];
}

export interface PlannedPeriod {
  slug: string;
  /** Empty when the period fits one page; else its parts in order (its own page then lists them). */
  parts: PlannedPart[];
}

export interface TimelinePagePlan {
  periods: PlannedPeriod[];
  /** The page (its slug under `years/`) that lists an event, by event id. */
  pageOf: ReadonlyMap<string, string>;
}

/** The pages of the timeline's events; `budget` is the elements a page may hold. */
export function planTimelinePages(events: readonly TimelineEvent[], budget = PAGE_ELEMENT_BUDGET): TimelinePagePlan {
  const room = budget - PAGE_CHROME_ELEMENTS;
  const periods: PlannedPeriod[] = [];
  const pageOf = new Map<string, string>();
  for (const { period, groups } of groupByPlace(orderEvents(events), (e) => e.date)) {
    const weight = groups.reduce((n, g) => n + GROUP_ELEMENTS + g.items.reduce((m, e) => m + eventElements(e), 0), 0);
    const parts = weight <= room ? [] : groups.flatMap((g) => cutIntoParts(g, room));
    for (const g of groups) for (const e of g.items) pageOf.set(e.id, period.slug);
    for (const part of parts) for (const id of part.eventIds) pageOf.set(id, part.slug);
    periods.push({ slug: period.slug, parts });
  }
  return { periods, pageOf };
}

const plans = new WeakMap<readonly TimelineEvent[], TimelinePagePlan>();

/**
 * The page plan of a timeline's events at the page budget, made once per list of events: the
 * site model, the site's links, the search index, the feed and the alias map of one build all
 * ask for it (they were five plans of one timeline).
 */
export function timelinePagePlan(events: readonly TimelineEvent[]): TimelinePagePlan {
  let plan = plans.get(events);
  if (plan === undefined) {
    plan = planTimelinePages(events);
    plans.set(events, plan);
  }
  return plan;
}

/** A group's events cut into runs that fit `room`; an event larger than a page has a page of its own. */
function cutIntoParts({ group, items }: PlacedGroup<TimelineEvent>, room: number): PlannedPart[] {
  const runs = cutRuns(items, eventElements, room - GROUP_ELEMENTS);
  return runs.map((run, n) => ({ slug: n === 0 ? group.slug : `${group.slug}-page-${n + 1}`, groupId: group.id, number: n + 1, of: runs.length, eventIds: run.map((e) => e.id) }));
}
