import type { FactualityStatus } from '../types.ts';
import { formatTimexValue } from './format-date.ts';
import type { EventView, PeriodView } from './site-views.ts';

/**
 * What the front page shows above the list of periods: an overview of the whole span, month by
 * month, whose cells link to the month on its year page; the key events; and the plans and
 * forecasts, set apart from what happened. Computed from the periods and events the pages list.
 */
export interface FrontPageView {
  overview: OverviewRow[];
  /** The busiest month's number of events: the top of the overview's density scale. */
  busiestMonth: number;
  key: EventList;
  plans: EventList;
}

/** Events shown on the front page, capped so that it stays light for a corpus of any size. */
export interface EventList {
  events: EventView[];
  /** How many more there are than shown (they are on their periods' pages). */
  more: number;
}

export type OverviewRow =
  | { kind: 'year'; year: string; href: string; eventCount: number; wholeYear: OverviewCell; months: OverviewCell[] }
  /** Years between two listed years that have no event: the strip stays short for a long span. */
  | { kind: 'gap'; label: string }
  /** A decade or century that events are known only to. */
  | { kind: 'coarse'; heading: string; href: string; eventCount: number };

export interface OverviewCell {
  /** "September 2014", "Sometime in 2014". */
  label: string;
  count: number;
  /** The month's place on its year page; null when it has no event. */
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

/** The overview: a row per year with events (twelve months and "sometime in the year"), gaps folded, coarse periods as rows of their own. */
function overview(periods: PeriodView[]): { rows: OverviewRow[]; busiest: number } {
  const busiest = Math.max(0, ...periods.flatMap((p) => p.groups.map((g) => g.events.length)));
  const rows: OverviewRow[] = [];
  let lastYear: number | null = null;
  for (const period of periods) {
    if (!/^\d{4}$/u.test(period.slug)) {
      rows.push({ kind: 'coarse', heading: period.heading, href: period.href, eventCount: period.eventCount });
      continue;
    }
    const year = Number(period.slug);
    if (lastYear !== null && year > lastYear + 1) rows.push({ kind: 'gap', label: gapLabel(lastYear + 1, year - 1) });
    lastYear = year;
    const cell = (label: string, group: PeriodView['groups'][number] | undefined): OverviewCell => {
      const count = group?.events.length ?? 0;
      return { label, count, href: group === undefined ? null : group.href, density: density(count, busiest) };
    };
    const months = Array.from({ length: 12 }, (_, i) => {
      const month = String(i + 1).padStart(2, '0');
      return cell(formatTimexValue(`${period.slug}-${month}`)?.label ?? `${period.slug}-${month}`, period.groups.find((g) => g.month === month));
    });
    rows.push({
      kind: 'year',
      year: period.slug,
      href: period.href,
      eventCount: period.eventCount,
      wholeYear: cell(`Sometime in ${period.slug}`, period.groups.find((g) => g.month === null)),
      months,
    });
  }
  return { rows, busiest };
}

function capped(events: EventView[]): EventList {
  return { events: events.slice(0, FRONT_PAGE_LIMIT), more: Math.max(0, events.length - FRONT_PAGE_LIMIT) };
}

/**
 * The key events are those several articles report (corroborated) and those the configuration
 * names (`key-events`); named ones come first when there are more than the page shows, the
 * most corroborated next. Shown in timeline order. Plans and forecasts are listed apart, never
 * as key: what has not happened does not head the story.
 */
export function frontPageView(events: EventView[], periods: PeriodView[], keyEventIds: readonly string[]): FrontPageView {
  const named = new Set(keyEventIds);
  const plans = events.filter((e) => PLAN_STATUSES.includes(e.status));
  const candidates = events.filter((e) => !PLAN_STATUSES.includes(e.status) && (named.has(e.id) || e.corroboration !== null));
  const rank = (e: EventView): number => (named.has(e.id) ? Number.MAX_SAFE_INTEGER : (e.corroboration ?? 0));
  // A stable sort: among equals, timeline order decides which are shown.
  const shown = new Set([...candidates].sort((a, b) => rank(b) - rank(a)).slice(0, FRONT_PAGE_LIMIT));
  const { rows, busiest } = overview(periods);
  return {
    overview: rows,
    busiestMonth: busiest,
    key: { events: candidates.filter((e) => shown.has(e)), more: candidates.length - shown.size },
    plans: capped(plans),
  };
}
