import type { FactualityStatus } from '../types.ts';
import { formatTimexValue } from './format-date.ts';
import { PAGE_ELEMENT_BUDGET } from './timeline-pages.ts';
import type { EventView, PeriodView } from './site-views.ts';

/**
 * What the front page shows above the list of periods: an overview of the whole span, month by
 * month (or year by year for a span too long for one page), whose cells link to the month on its
 * year page (or to the year's page); the key events; and the plans and forecasts, set apart from
 * what happened. Computed from the periods and events the pages list.
 */
export interface FrontPageView {
  /**
   * What a cell of the overview is: a month (a row per year) while the page holds every month
   * of the span, else a year (a row per decade; each year's months are on its page).
   */
  grain: FrontPageGrain['overview'];
  overview: OverviewRow[];
  /** The busiest cell's number of events (month or year): the top of the overview's density scale. */
  busiest: number;
  /** "Every event, by year": each period with its months, each period alone, or none (the overview links every year). */
  listing: FrontPageGrain['listing'];
  key: EventList;
  plans: EventList;
}

/** Events shown on the front page, capped so that it stays light for a corpus of any size. */
export interface EventList {
  events: EventView[];
  /**
   * Ids of the shown events given as a line (date, headline linked to its card on its period's
   * page, number of sources) rather than a card: those whose card no longer fits the list's
   * share of the page (FRONT_CARDS_ELEMENTS), as an event can have hundreds of sources.
   */
  brief: string[];
  /** How many more there are than shown (they are on their periods' pages). */
  more: number;
}

export type OverviewRow =
  | { kind: 'year'; year: string; href: string; eventCount: number; wholeYear: OverviewCell; months: OverviewCell[] }
  /** At the year grain: a decade's ten years, each a link to its page. */
  | { kind: 'decade'; decade: string; eventCount: number; years: OverviewCell[] }
  /** Years (or decades, at the year grain) between two listed ones that have no event: the strip stays short for a long span. */
  | { kind: 'gap'; label: string }
  /** A decade or century that events are known only to. */
  | { kind: 'coarse'; heading: string; href: string; eventCount: number };

export interface OverviewCell {
  /** "September 2014", "Sometime in 2014"; "2014" at the year grain. */
  label: string;
  count: number;
  /** The month's place on its year page, or the year's page; null when it has no event. */
  href: string | null;
  /** 0 for none, then 1 to 4 by the share of the busiest month. */
  density: 0 | 1 | 2 | 3 | 4;
}

/** Statuses of events that have not happened yet by their sources' account: set apart on the front page. */
export const PLAN_STATUSES: readonly FactualityStatus[] = ['planned', 'expected', 'possible'];

/** At most this many key events and plans are shown on the front page; the rest are on their periods' pages. */
export const FRONT_PAGE_LIMIT = 20;

function density(count: number, busiest: number): OverviewCell['density'] {
  if (count === 0 || busiest === 0) return 0;
  return Math.max(1, Math.ceil((4 * count) / busiest)) as OverviewCell['density'];
}

function gapLabel(from: number, to: number): string {
  return from === to ? `${from}: no events` : `${from}–${to}: no events`;
}

/**
 * The overview's rows: a coarse period (decade, century) as a row of its own, else a row for
 * each `span` of years (1: a year, 10: a decade) that has events, made by `row` from its first
 * year and that year's period; the spans between two rows folded into one line.
 */
function overviewRows(periods: PeriodView[], span: 1 | 10, row: (first: number, period: PeriodView) => OverviewRow): OverviewRow[] {
  const rows: OverviewRow[] = [];
  let last: number | null = null;
  for (const period of periods) {
    if (!/^\d{4}$/u.test(period.slug)) {
      rows.push({ kind: 'coarse', heading: period.heading, href: period.href, eventCount: period.eventCount });
      continue;
    }
    const first = Math.floor(Number(period.slug) / span) * span;
    if (first === last) continue;
    if (last !== null && first > last + span) rows.push({ kind: 'gap', label: gapLabel(last + span, first - 1) });
    last = first;
    rows.push(row(first, period));
  }
  return rows;
}

/** The overview by month: a row per year with events (twelve months and "sometime in the year"), gaps folded, coarse periods as rows of their own. */
function monthOverview(periods: PeriodView[]): { rows: OverviewRow[]; busiest: number } {
  const busiest = Math.max(0, ...periods.flatMap((p) => p.groups.map((g) => g.events.length)));
  const rows = overviewRows(periods, 1, (_year, period): OverviewRow => {
    const cell = (label: string, group: PeriodView['groups'][number] | undefined): OverviewCell => {
      const count = group?.events.length ?? 0;
      return { label, count, href: group === undefined ? null : group.href, density: density(count, busiest) };
    };
    const months = Array.from({ length: 12 }, (_, i) => {
      const month = String(i + 1).padStart(2, '0');
      return cell(formatTimexValue(`${period.slug}-${month}`)?.label ?? `${period.slug}-${month}`, period.groups.find((g) => g.month === month));
    });
    return {
      kind: 'year',
      year: period.slug,
      href: period.href,
      eventCount: period.eventCount,
      wholeYear: cell(`Sometime in ${period.slug}`, period.groups.find((g) => g.month === null)),
      months,
    };
  });
  return { rows, busiest };
}

/** The overview by year: a row per decade with events (its ten years), decades between folded, coarse periods as rows of their own. */
function yearOverview(periods: PeriodView[]): { rows: OverviewRow[]; busiest: number } {
  const years = new Map(periods.filter((p) => /^\d{4}$/u.test(p.slug)).map((p) => [Number(p.slug), p]));
  const busiest = Math.max(0, ...[...years.values()].map((p) => p.eventCount));
  const rows = overviewRows(periods, 10, (decade): OverviewRow => {
    const cells = Array.from({ length: 10 }, (_, i): OverviewCell => {
      const year = years.get(decade + i);
      const count = year?.eventCount ?? 0;
      return { label: String(decade + i), count, href: year?.href ?? null, density: density(count, busiest) };
    });
    return { kind: 'decade', decade: `${decade}s`, eventCount: cells.reduce((n, c) => n + c.count, 0), years: cells };
  });
  return { rows, busiest };
}

/** What the front page shows of the span, chosen by planFrontPage. */
export interface FrontPageGrain {
  overview: 'month' | 'year';
  listing: 'months' | 'years' | 'none';
}

/**
 * Elements of the front page besides its overview and its listing of periods: the layout, the
 * lead, the search form and its result lists (empty until a search), the headings.
 */
export const FRONT_CHROME_ELEMENTS = 300;

/** Upper bounds on the elements of the overview's parts (src/site/parts/front-parts.ts) and of the listing's (index.11ty.ts). */
const ROW_ELEMENTS = 4; // tr, th, a, span
const FULL_CELL_ELEMENTS = 4; // td, a, two spans
const EMPTY_CELL_ELEMENTS = 2; // td, span
const FOLDED_ROW_ELEMENTS = 5; // a gap or a coarse period's row
const CHANGE_ELEMENTS = 2; // the "new" and "changed" badges
const PERIOD_ENTRY_ELEMENTS = 4 + CHANGE_ELEMENTS; // li, a, span, ul
const MONTH_ENTRY_ELEMENTS = 3 + CHANGE_ELEMENTS; // li, a, span

/** An upper bound on the elements an event card adds to the front page (eventElements in timeline-pages.ts, for the view). */
export function eventViewElements(e: EventView): number {
  return 28 + (e.conflicts.length > 0 ? 2 + 2 * e.conflicts.length : 0) + e.sources.reduce((n, s) => n + 11 + (s.hedged ? 1 : 0), 0);
}

/** The elements of an overview's rows, and of the listing with and without the months. */
export function overviewElements(rows: readonly OverviewRow[]): number {
  const cells = (list: readonly OverviewCell[]): number => list.reduce((n, c) => n + (c.href === null ? EMPTY_CELL_ELEMENTS : FULL_CELL_ELEMENTS), 0);
  return rows.reduce((n, r) => n + (r.kind === 'year' ? ROW_ELEMENTS + cells([r.wholeYear, ...r.months]) : r.kind === 'decade' ? ROW_ELEMENTS + cells(r.years) : FOLDED_ROW_ELEMENTS), 0);
}

export function listingElements(periods: readonly PeriodView[], withMonths: boolean): number {
  return periods.reduce((n, p) => n + PERIOD_ENTRY_ELEMENTS + (withMonths ? p.groups.length * MONTH_ENTRY_ELEMENTS : 0), 0);
}

/**
 * The finest view of the span that keeps the front page within `room` elements (what the
 * budget leaves after its chrome and its event cards): every month of every year in the
 * overview and the listing while they fit; else the overview by year (each year's page lists
 * its months) and the listing of periods without their months; else the overview alone, which
 * links every year. Pure: the same counts give the same choice.
 */
export function planFrontPage(sizes: { monthOverview: number; yearOverview: number; listingWithMonths: number; listing: number }, room: number): FrontPageGrain {
  if (sizes.monthOverview + sizes.listingWithMonths <= room) return { overview: 'month', listing: 'months' };
  if (sizes.yearOverview + sizes.listing <= room) return { overview: 'year', listing: 'years' };
  return { overview: 'year', listing: 'none' };
}

/** Elements each list of front-page events (key events, plans) may give its cards; the events past it are given as lines. */
export const FRONT_CARDS_ELEMENTS = 1200;

/** Elements an event given as a line adds (li, p, its date, a, span). */
export const BRIEF_EVENT_ELEMENTS = 6;

/** Which of `events`, in order, are given as lines: each whose card would pass the list's share of the page. */
export function briefEvents(events: readonly EventView[], room = FRONT_CARDS_ELEMENTS): string[] {
  const brief: string[] = [];
  let used = 0;
  for (const e of events) {
    const card = eventViewElements(e);
    if (used + card <= room) used += card;
    else {
      brief.push(e.id);
      used += BRIEF_EVENT_ELEMENTS;
    }
  }
  return brief;
}

function listed(events: EventView[], more: number): EventList {
  return { events, brief: briefEvents(events), more };
}

function capped(events: EventView[]): EventList {
  return listed(events.slice(0, FRONT_PAGE_LIMIT), Math.max(0, events.length - FRONT_PAGE_LIMIT));
}

/** The elements a list of front-page events adds: its cards and its lines. */
function listElements(list: EventList): number {
  const brief = new Set(list.brief);
  return list.events.reduce((n, e) => n + (brief.has(e.id) ? BRIEF_EVENT_ELEMENTS : eventViewElements(e)), 0);
}

/**
 * The key events are those several articles report (corroborated) and those the configuration
 * names (`key-events`); named ones come first when there are more than the page shows, the
 * most corroborated next. Shown in timeline order. Plans and forecasts are listed apart, never
 * as key: what has not happened does not head the story.
 */
export function frontPageView(events: EventView[], periods: PeriodView[], keyEventIds: readonly string[], budget = PAGE_ELEMENT_BUDGET): FrontPageView {
  const named = new Set(keyEventIds);
  const plans = events.filter((e) => PLAN_STATUSES.includes(e.status));
  const candidates = events.filter((e) => !PLAN_STATUSES.includes(e.status) && (named.has(e.id) || e.corroboration !== null));
  const rank = (e: EventView): number => (named.has(e.id) ? Number.MAX_SAFE_INTEGER : (e.corroboration ?? 0));
  // A stable sort: among equals, timeline order decides which are shown.
  const shown = new Set([...candidates].sort((a, b) => rank(b) - rank(a)).slice(0, FRONT_PAGE_LIMIT));
  const key = listed(candidates.filter((e) => shown.has(e)), candidates.length - shown.size);
  const planned = capped(plans);
  const byMonth = monthOverview(periods);
  const byYear = yearOverview(periods);
  const cards = listElements(key) + listElements(planned);
  const grain = planFrontPage(
    { monthOverview: overviewElements(byMonth.rows), yearOverview: overviewElements(byYear.rows), listingWithMonths: listingElements(periods, true), listing: listingElements(periods, false) },
    budget - FRONT_CHROME_ELEMENTS - cards,
  );
  const { rows, busiest } = grain.overview === 'month' ? byMonth : byYear;
  return { grain: grain.overview, overview: rows, busiest, listing: grain.listing, key, plans: planned };
}
