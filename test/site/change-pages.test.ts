import { describe, expect, it } from 'vitest';
import { diffTimelines } from '../../src/diff/diff-timelines.ts';
import { itemElements, planChangePages, sectionItems, type ChangeItem, type ChangePageView } from '../../src/site/change-pages.ts';
import { comparisonView, type ComparisonView } from '../../src/site/comparison-view.ts';
import { LIST_PAGE_CHROME_ELEMENTS } from '../../src/site/list-pages.ts';
import { timelineSiteLinks } from '../../src/site/site-links.ts';
import { PAGE_ELEMENT_BUDGET } from '../../src/site/timeline-pages.ts';
import type { Timeline } from '../../src/types.ts';
import { syntheticTimeline } from '../support/synthetic-timeline.ts';

/** NEW (`events` synthetic events over 1990-2001) and what changed from OLD: OLD lacks every third event, redates every third after it, and had `removed` events over 1980-1982. */
function comparison(events: number, removed: number): ComparisonView {
  const now = syntheticTimeline(events, { firstYear: 1990, years: 12 });
  const gone = syntheticTimeline(removed, { firstYear: 1980, years: 3 });
  const old: Timeline = {
    documents: [...now.documents, ...gone.documents.map((d) => ({ ...d, id: `gone-${d.id}`, path: `gone-${d.path}` }))],
    events: [
      ...now.events.flatMap((e, i) => {
        if (i % 3 === 0) return [];
        if (i % 3 === 2) return [e];
        const year = Number(e.date.start.slice(0, 4)) - 1;
        return [{ ...e, date: { value: `${year}`, start: `${year}-01-01`, end: `${year}-12-31`, granularity: 'year' as const } }];
      }),
      ...(removed === 0 ? [] : gone.events.map((e) => ({ ...e, id: `gone-${e.id}`, sources: e.sources.map((s) => ({ ...s, id: `gone-${s.id}`, document: `gone-${s.document}` })) }))),
    ],
    undated: [],
    diagnostics: [],
  };
  return comparisonView({ label: 'v1', diff: diffTimelines(old, now) }, now, timelineSiteLinks(now));
}

const small = comparison(30, 0);
const large = comparison(1200, 600);

const lists = (pages: ChangePageView[]) => pages.flatMap((p) => (p.kind === 'list' ? [p] : []));

describe('planChangePages', () => {
  it.each([
    // [what, comparison, budget, first page's kind, grain of the summary]
    ['a small comparison at the budget: changes.html whole', small, PAGE_ELEMENT_BUDGET, 'whole', null],
    ['a large one: a summary by year', large, PAGE_ELEMENT_BUDGET, 'summary', 'year'],
    ['a large one where the years do not fit the summary: by decade', large, 760, 'summary', 'decade'],
    ['... nor the decades: by century', large, 690, 'summary', 'century'],
  ] as const)('%s', (_, view, budget, kind, grain) => {
    const { pages, pageOf } = planChangePages(view, budget);
    const first = pages[0]!;
    expect(first.kind).toBe(kind);
    expect(first.href).toBe('/changes.html');
    if (first.kind === 'summary') expect(first.grain).toBe(grain);
    // Every entry on exactly one page, every page within its room (at the site's budget), every changed event's page known.
    const items = sectionItems(view);
    const key = (item: ChangeItem): string => `${item.section} ${'id' in item.event ? item.event.id : item.event.href}`;
    const listed = lists(pages).flatMap((p) => p.page.items.map(key));
    if (kind === 'whole') expect(pages).toHaveLength(1);
    else expect(listed.sort()).toEqual([...items.new, ...items.changed, ...items.removed].map(key).sort());
    // (At the budgets of a few hundred elements that force the coarser grains, a year's hundred pages cannot hold their own page numbers.)
    for (const page of budget === PAGE_ELEMENT_BUDGET ? lists(pages) : []) {
      const weight = page.page.items.reduce((n, item) => n + itemElements(item), 0) + 3 * page.page.pageNumbers.length;
      expect(weight, page.href).toBeLessThanOrEqual(Math.max(budget - LIST_PAGE_CHROME_ELEMENTS, itemElements(page.page.items[0]!)));
    }
    expect(new Set(pages.map((p) => p.href)).size).toBe(pages.length);
    const hrefs = new Set(pages.map((p) => p.href));
    for (const group of view.changed) for (const e of group.events) expect(hrefs.has(pageOf.get(e.id)!), e.id).toBe(true);
  });

  it('puts each changed event on the page of its own year, and links each summary cell to its first list page', () => {
    const { pages, pageOf } = planChangePages(large);
    for (const group of large.changed) for (const e of group.events) expect(pageOf.get(e.id)).toMatch(new RegExp(`^/changes/changed-${e.at.start.slice(0, 4)}(-page-\\d+)?\\.html$`));
    const summary = pages[0]!;
    if (summary.kind !== 'summary') throw new Error('no summary');
    expect(summary.rows.map((r) => r.unit.slug)).toEqual([...new Set(summary.rows.map((r) => r.unit.slug))].sort());
    for (const row of summary.rows) {
      for (const section of ['new', 'changed', 'removed'] as const) {
        const cell = row.cells[section];
        const own = lists(pages).filter((p) => p.section === section && p.unit.slug === row.unit.slug);
        expect(cell.count).toBe(own.reduce((n, p) => n + p.page.items.length, 0));
        expect(cell.href).toBe(own[0]?.href ?? null);
      }
    }
    expect(summary.largest).toHaveLength(20);
  });

  it('is pure: the same comparison gives the same pages', () => {
    expect(planChangePages(comparison(1200, 600))).toEqual(planChangePages(large));
  });
});
