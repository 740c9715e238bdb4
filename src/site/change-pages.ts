import type { ResolvedDate } from '../types.ts';
import { GRANULARITY_RANK } from '../dates/granularity.ts';
import { byText } from '../sort-text.ts';
import { periodOf } from './event-period.ts';
import { LIST_PAGE_CHROME_ELEMENTS, planListPages, type ListPageView } from './list-pages.ts';
import { PAGE_ELEMENT_BUDGET } from './timeline-pages.ts';
import type { ChangedEventRef, ChangedEventView, ComparisonView, RemovedEventView } from './comparison-view.ts';

/**
 * The pages of "What changed" (issue 14: every page within PAGE_ELEMENT_BUDGET elements). While
 * every new, changed and removed event fits one page, `changes.html` lists them all, as it always
 * did. A larger comparison gets a summary there (the counts, a table of the changes by year with
 * a link to each list, the largest changes) and a list page per kind of change and year
 * (`changes/new-2014.html`, `changes/changed-2014.html`, `changes/removed-2014.html`), cut into
 * numbered pages when a year's list is too long (`changes/removed-2014-page-2.html`): every change
 * is two or three clicks from `changes.html`. When the years are too many for the table, its rows
 * and the lists are by decade, else by century. Pure: the same comparison gives the same pages.
 */

export type ChangeSection = 'new' | 'changed' | 'removed';

export const SECTION_TITLES: Record<ChangeSection, string> = { new: 'New events', changed: 'Changed events', removed: 'Removed events' };

/** One entry of a list page: a new event, a changed one (with the title of the group it is listed under), a removed one. */
export type ChangeItem =
  | { section: 'new'; event: ChangedEventRef }
  | { section: 'changed'; group: string; event: ChangedEventView }
  | { section: 'removed'; event: RemovedEventView };

/** What the rows of the summary's table and the list pages stand for: a year (an event known only to its decade or century: that period), a decade, a century. */
export type ChangeGrain = 'year' | 'decade' | 'century';

export interface ChangeUnit {
  /** `2014`, `1990s`, `1900-1999`; names its list pages. */
  slug: string;
  heading: string;
}

export interface ChangeTableRow {
  unit: ChangeUnit;
  /** Per section, how many of its changes the unit has and its first list page (null when none). */
  cells: Record<ChangeSection, { count: number; href: string | null }>;
}

/** A changed event of the summary's "largest changes": its entry on its list page, and how many of its values changed. */
export interface LargestChange {
  href: string;
  headline: string;
  date: ChangedEventRef['date'];
  kinds: string[];
  lines: number;
}

export type ChangePageView =
  | { kind: 'whole'; href: '/changes.html' }
  | { kind: 'summary'; href: '/changes.html'; grain: ChangeGrain; rows: ChangeTableRow[]; largest: LargestChange[] }
  | {
      kind: 'list';
      href: string;
      section: ChangeSection;
      unit: ChangeUnit;
      /** "New events, 2014", "Removed events, 1990s, page 2 of 3". */
      title: string;
      page: ListPageView<ChangeItem>;
      /** The section's lists of the units before and after this one. */
      previous: { heading: string; href: string } | null;
      next: { heading: string; href: string } | null;
    };

export interface ChangePages {
  pages: ChangePageView[];
  /** The page (site-root URL) that lists each changed event's entry, by event id. */
  pageOf: ReadonlyMap<string, string>;
}

/** Upper bounds on the elements of the entries (src/site/parts/change-parts.ts: addedItem, changedEvent, removedEvent). */
const ADDED_ELEMENTS = 5; // li, p, time, p, a
const CHANGE_LINE_ELEMENTS = 9; // div, dt, dd, del, ins, four spans
const SOURCE_ELEMENTS = 4; // li, code, span, q

export function itemElements(item: ChangeItem): number {
  if (item.section === 'new') return ADDED_ELEMENTS;
  if (item.section === 'changed') return 7 + (item.event.beforeDate === null ? 0 : 4) + CHANGE_LINE_ELEMENTS * item.event.lines.length;
  return 6 + SOURCE_ELEMENTS * item.event.sources.length + (item.event.mergedInto === null ? 0 : 3);
}

/** The items of one group of changed events. */
export function groupItems(group: ComparisonView['changed'][number]): ChangeItem[] {
  return group.events.map((event) => ({ section: 'changed', group: group.kind, event }));
}

/** The items of each section, in the order `changes.html` lists them (the changed ones by their group, then by date). */
export function sectionItems(comparison: ComparisonView): Record<ChangeSection, ChangeItem[]> {
  return {
    new: comparison.added.map((event) => ({ section: 'new', event })),
    changed: comparison.changed.flatMap(groupItems),
    removed: comparison.removed.map((event) => ({ section: 'removed', event })),
  };
}

/** Elements of `changes.html` besides its entries: the summary's figures, the sections' headings, lists and notes, the changed groups' headings. */
function wholeFixedElements(comparison: ComparisonView): number {
  return 3 + 4 * comparison.summary.length + 3 * 4 + 3 * comparison.changed.length;
}

/** Elements of the summary page besides its table's rows: the figures, the table's frame, the largest changes. */
const SUMMARY_TABLE_FRAME = 12;
const TABLE_ROW_ELEMENTS = 8; // tr, th, three cells (td, a)
const LARGEST_ELEMENTS = 7; // li, p, time, p, a, p
/** How many changed events the summary lists as the largest. */
export const LARGEST_SHOWN = 20;
/** Elements of a list page besides its entries and page numbers: its navigation and the changed groups' headings. */
const LIST_FIXED_ELEMENTS = 60;

function startYear(date: ResolvedDate): number {
  return Number(date.start.slice(0, 4));
}

/** The unit an event's date falls in at `grain`; an event coarser than the unit keeps its own period. */
export function unitOf(date: ResolvedDate, grain: ChangeGrain): ChangeUnit & { coarse: boolean } {
  const rank = GRANULARITY_RANK[date.granularity];
  if (grain === 'year' || (grain === 'decade' && rank < GRANULARITY_RANK.decade)) {
    const { slug, heading } = periodOf(date);
    return { slug, heading, coarse: !/^\d{4}$/u.test(slug) };
  }
  if (grain === 'decade') {
    const decade = Math.floor(startYear(date) / 10) * 10;
    return { slug: `${decade}s`, heading: `${decade}s`, coarse: false };
  }
  const century = Math.floor(startYear(date) / 100) * 100;
  return { slug: `${century}-${century + 99}`, heading: `${century}–${century + 99}`, coarse: false };
}

interface Unit extends ChangeUnit {
  /** Its earliest start date, then coarse periods first (as the timeline orders them): the units' order. */
  start: string;
  coarse: boolean;
  items: Record<ChangeSection, ChangeItem[]>;
}

function unitsAt(items: Record<ChangeSection, ChangeItem[]>, grain: ChangeGrain): Unit[] {
  const units = new Map<string, Unit>();
  for (const section of ['new', 'changed', 'removed'] as const) {
    for (const item of items[section]) {
      const date = item.event.at;
      const place = unitOf(date, grain);
      let unit = units.get(place.slug);
      if (unit === undefined) {
        unit = { slug: place.slug, heading: place.heading, start: date.start, coarse: place.coarse, items: { new: [], changed: [], removed: [] } };
        units.set(place.slug, unit);
      }
      if (byText(date.start, unit.start) < 0) unit.start = date.start;
      unit.items[section].push(item);
    }
  }
  return [...units.values()].sort((a, b) => byText(a.start, b.start) || Number(b.coarse) - Number(a.coarse) || byText(a.slug, b.slug));
}

function listBase(section: ChangeSection, unit: ChangeUnit): string {
  return `changes/${section}-${unit.slug}`;
}

/** The summary's largest changes: the changed events with the most changed values, in date order on a tie. */
function largestChanges(items: readonly ChangeItem[], pageOf: ReadonlyMap<string, string>): LargestChange[] {
  const changed = items.flatMap((item) => (item.section === 'changed' ? [item.event] : []));
  return changed
    .map((event, order) => ({ event, order }))
    .sort((a, b) => b.event.lines.length - a.event.lines.length || a.order - b.order)
    .slice(0, LARGEST_SHOWN)
    .map(({ event }) => ({ href: `${pageOf.get(event.id)!}#${encodeURIComponent(event.anchor)}`, headline: event.headline, date: event.date, kinds: event.kinds, lines: event.lines.length }));
}

/** The pages of a comparison, and where each changed event's entry is; `budget` is the elements a page may hold. */
export function planChangePages(comparison: ComparisonView, budget = PAGE_ELEMENT_BUDGET): ChangePages {
  const items = sectionItems(comparison);
  const room = budget - LIST_PAGE_CHROME_ELEMENTS;
  const all = [...items.new, ...items.changed, ...items.removed];
  const weight = all.reduce((n, item) => n + itemElements(item), 0);
  if (wholeFixedElements(comparison) + weight <= room) {
    return { pages: [{ kind: 'whole', href: '/changes.html' }], pageOf: new Map(comparison.changed.flatMap((g) => g.events.map((e) => [e.id, '/changes.html']))) };
  }
  const tableRoom = room - 3 - 4 * comparison.summary.length - SUMMARY_TABLE_FRAME - LARGEST_ELEMENTS * LARGEST_SHOWN;
  const grains: ChangeGrain[] = ['year', 'decade', 'century'];
  let grain: ChangeGrain = 'century';
  let units: Unit[] = [];
  for (const g of grains) {
    units = unitsAt(items, g);
    grain = g;
    if (units.length * TABLE_ROW_ELEMENTS <= tableRoom) break;
  }
  const lists: Array<Extract<ChangePageView, { kind: 'list' }>> = [];
  const pageOf = new Map<string, string>();
  const rows: ChangeTableRow[] = units.map((unit) => ({ unit: { slug: unit.slug, heading: unit.heading }, cells: { new: { count: 0, href: null }, changed: { count: 0, href: null }, removed: { count: 0, href: null } } }));
  for (const section of ['new', 'changed', 'removed'] as const) {
    const own: Array<Extract<ChangePageView, { kind: 'list' }>> = [];
    units.forEach((unit, u) => {
      const list = unit.items[section];
      if (list.length === 0) return;
      const unitView = { slug: unit.slug, heading: unit.heading };
      const pages = planListPages(list, listBase(section, unitView), itemElements, room - LIST_FIXED_ELEMENTS);
      rows[u]!.cells[section] = { count: list.length, href: pages[0]!.href };
      for (const page of pages) {
        const title = `${SECTION_TITLES[section]}, ${unit.heading}${page.of === 1 ? '' : `, page ${page.number} of ${page.of}`}`;
        own.push({ kind: 'list', href: page.href, section, unit: unitView, title, page, previous: null, next: null });
        for (const item of page.items) {
          if (item.section !== 'changed') continue;
          pageOf.set(item.event.id, page.href);
        }
      }
    });
    // Each list page links the first page of the section's unit before and after its own.
    const firsts = own.filter((p) => p.page.number === 1);
    const place = new Map(firsts.map((p, i) => [p.unit.slug, i]));
    for (const page of own) {
      const i = place.get(page.unit.slug)!;
      const before = firsts[i - 1];
      const after = firsts[i + 1];
      page.previous = before === undefined ? null : { heading: before.unit.heading, href: before.href };
      page.next = after === undefined ? null : { heading: after.unit.heading, href: after.href };
    }
    lists.push(...own);
  }
  return { pages: [{ kind: 'summary', href: '/changes.html', grain, rows, largest: largestChanges(items.changed, pageOf) }, ...lists], pageOf };
}
