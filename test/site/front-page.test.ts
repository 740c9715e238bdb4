import { describe, expect, it } from 'vitest';
import { briefEvents, FRONT_CHROME_ELEMENTS, FRONT_PAGE_LIMIT, listingElements, overviewElements, planFrontPage, type FrontPageGrain, type OverviewRow } from '../../src/site/front-page.ts';
import { PAGE_ELEMENT_BUDGET } from '../../src/site/timeline-pages.ts';
import { buildSiteModel } from '../../src/site/site-model.ts';
import { DEFAULT_SITE_CONFIG } from '../../src/load/read-site-config.ts';
import type { FactualityStatus, Granularity, Timeline, TimelineEvent } from '../../src/types.ts';
import { fixtureTimeline } from './fixture-timeline.ts';

type Row = [id: string, value: string, start: string, end: string, granularity: Granularity, status?: FactualityStatus, documents?: number];

/** Events on the fixture's articles: `documents` 2 gives an event a source in each of the two articles. */
function timelineOf(rows: Row[]): Timeline {
  const timeline = fixtureTimeline();
  const corroborated = timeline.events.find((e) => new Set(e.sources.map((s) => s.document)).size > 1)!;
  const single = timeline.events.find((e) => e.sources.length === 1)!;
  timeline.events = rows.map(([id, value, start, end, granularity, status = 'happened', documents = 1]): TimelineEvent => ({
    ...(documents > 1 ? corroborated : single),
    id,
    status,
    date: { value, start, end, granularity },
  }));
  return timeline;
}

const rowLabel = (r: OverviewRow): string => (r.kind === 'year' ? r.year : r.kind === 'decade' ? r.decade : r.kind === 'gap' ? r.label : r.heading);

const front = (rows: Row[], keyEvents: string[] = []) => buildSiteModel(timelineOf(rows), { config: { ...DEFAULT_SITE_CONFIG, keyEvents } }).front;

describe('the front page overview', () => {
  it('has a row per year with events, a cell per month linked to its place on the year page, and folds the years between', () => {
    const { overview, busiest: busiestMonth } = front([
      ['a', '2014-09-01', '2014-09-01', '2014-09-01', 'day'],
      ['b', '2014-09-20', '2014-09-20', '2014-09-20', 'day'],
      ['c', '2014-10', '2014-10-01', '2014-10-31', 'month'],
      ['d', '2014', '2014-01-01', '2014-12-31', 'year'],
      ['e', '2019-10-13', '2019-10-13', '2019-10-13', 'day'],
      ['f', '2020-01-02', '2020-01-02', '2020-01-02', 'day'],
    ]);
    expect(busiestMonth).toBe(2);
    expect(overview.map(rowLabel)).toEqual(['2014', '2015–2018: no events', '2019', '2020']);
    const y2014 = overview[0]!;
    if (y2014.kind !== 'year') throw new Error('2014 is a year row');
    expect(y2014.months).toHaveLength(12);
    const linked = y2014.months.filter((m) => m.href !== null).map((m) => [m.label, m.count, m.href, m.density]);
    expect(linked).toEqual([
      ['September 2014', 2, '/years/2014.html#site-month-2014-09', 4],
      ['October 2014', 1, '/years/2014.html#site-month-2014-10', 2],
    ]);
    expect(y2014.wholeYear).toEqual({ label: 'Sometime in 2014', count: 1, href: '/years/2014.html#site-year-2014-whole', density: 2 });
    expect(y2014.months[0]).toEqual({ label: 'January 2014', count: 0, href: null, density: 0 });
  });

  it.each<[string, Row[], string[]]>([
    ['one year between', [['a', '2014', '2014-01-01', '2014-12-31', 'year'], ['b', '2016', '2016-01-01', '2016-12-31', 'year']], ['2014', '2015: no events', '2016']],
    ['consecutive years', [['a', '2014', '2014-01-01', '2014-12-31', 'year'], ['b', '2015', '2015-01-01', '2015-12-31', 'year']], ['2014', '2015']],
    ['a decade as a row of its own', [['a', '199', '1990-01-01', '1999-12-31', 'decade'], ['b', '1990', '1990-01-01', '1990-12-31', 'year']], ['1990s', '1990']],
  ])('rows: %s', (_name, rows, expected) => {
    expect(front(rows).overview.map(rowLabel)).toEqual(expected);
  });
});

describe('the front page key events and plans', () => {
  it.each<[string, Row[], string[], string[], string[]]>([
    ['corroborated events are key, single-source ones are not', [['a', '2014', '2014-01-01', '2014-12-31', 'year', 'happened', 2], ['b', '2015', '2015-01-01', '2015-12-31', 'year']], [], ['a'], []],
    ['an event named in the configuration is key', [['a', '2014', '2014-01-01', '2014-12-31', 'year'], ['b', '2015', '2015-01-01', '2015-12-31', 'year']], ['b'], ['b'], []],
    [
      'plans and forecasts are set apart, never key',
      [['a', '2014', '2014-01-01', '2014-12-31', 'year', 'planned', 2], ['b', '2015', '2015-01-01', '2015-12-31', 'year', 'expected'], ['c', '2016', '2016-01-01', '2016-12-31', 'year', 'possible'], ['d', '2017', '2017-01-01', '2017-12-31', 'year', 'denied', 2]],
      ['b'],
      ['d'],
      ['a', 'b', 'c'],
    ],
  ])('%s', (_name, rows, keyEvents, key, plans) => {
    const view = front(rows, keyEvents);
    expect(view.key.events.map((e) => e.id)).toEqual(key);
    expect(view.plans.events.map((e) => e.id)).toEqual(plans);
  });

  it(`shows at most ${FRONT_PAGE_LIMIT} key events, those named in the configuration first, in timeline order, and counts the rest`, () => {
    const rows: Row[] = Array.from({ length: FRONT_PAGE_LIMIT + 5 }, (_, i): Row => {
      const day = `2014-01-${String(i + 1).padStart(2, '0')}`;
      return [`e${String(i).padStart(2, '0')}`, day, day, day, 'day', 'happened', i === FRONT_PAGE_LIMIT + 4 ? 1 : 2];
    });
    const last = rows.at(-1)![0];
    const view = front(rows, [last]);
    expect(view.key.events).toHaveLength(FRONT_PAGE_LIMIT);
    expect(view.key.more).toBe(5);
    expect(view.key.events.at(-1)!.id).toBe(last);
    expect(view.key.events.slice(0, -1).map((e) => e.id)).toEqual(rows.slice(0, FRONT_PAGE_LIMIT - 1).map((r) => r[0]));
  });
});

describe('the front page fits its element budget (planFrontPage)', () => {
  const sizes = (monthOverview: number, listingWithMonths: number, yearOverview: number, listing: number) => ({ monthOverview, listingWithMonths, yearOverview, listing });
  it.each<[string, ReturnType<typeof sizes>, number, FrontPageGrain]>([
    ['every month fits: the overview by month, the listing with months', sizes(400, 300, 60, 20), 2000, { overview: 'month', listing: 'months' }],
    ['exactly at the room', sizes(1000, 1000, 60, 20), 2000, { overview: 'month', listing: 'months' }],
    ['one element over: by year, the listing without months', sizes(1001, 1000, 60, 20), 2000, { overview: 'year', listing: 'years' }],
    ['the years and their listing past the room: the overview alone', sizes(9000, 9000, 1500, 600), 2000, { overview: 'year', listing: 'none' }],
    ['no room at all (the cards took it): the overview alone', sizes(10, 10, 10, 10), 0, { overview: 'year', listing: 'none' }],
  ])('%s', (_name, given, room, expected) => {
    expect(planFrontPage(given, room)).toEqual(expected);
  });

  /** `years` years from 1900 with an event in each month: a span too long for the overview by month. */
  const longSpan = (years: number): Row[] =>
    Array.from({ length: years * 12 }, (_, i): Row => {
      const month = `${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
      return [`e${i}`, month, `${month}-01`, `${month}-28`, 'month'];
    });

  it.each<[string, number, FrontPageGrain['overview'], FrontPageGrain['listing']]>([
    ['three years: by month', 3, 'month', 'months'],
    ['ten years: by month', 10, 'month', 'months'],
    ['150 years: by year, a row per decade', 150, 'year', 'years'],
  ])('a corpus of events in every month of %s', (_name, years, grain, listing) => {
    const view = front(longSpan(years));
    expect(view.grain).toBe(grain);
    expect(view.listing).toBe(listing);
    const periods = buildSiteModel(timelineOf(longSpan(years)), { config: DEFAULT_SITE_CONFIG }).periods;
    const used = FRONT_CHROME_ELEMENTS + overviewElements(view.overview) + (listing === 'none' ? 0 : listingElements(periods, listing === 'months'));
    expect(used).toBeLessThanOrEqual(PAGE_ELEMENT_BUDGET);
  });

  it('by year: a row per decade with events, ten cells linked to the years\' pages, decades between folded', () => {
    const rows: Row[] = [...longSpan(150), ['x', '2070', '2070-01-01', '2070-12-31', 'year'], ['y', '2072-05', '2072-05-01', '2072-05-31', 'month']];
    const view = front(rows);
    expect(view.grain).toBe('year');
    expect(view.overview.map(rowLabel)).toEqual([...Array.from({ length: 15 }, (_, d) => `${1900 + 10 * d}s`), '2050–2069: no events', '2070s']);
    const last = view.overview.at(-1)!;
    if (last.kind !== 'decade') throw new Error('the 2070s are a decade row');
    expect(last.years.map((c) => [c.label, c.count, c.href])).toEqual([
      ['2070', 1, '/years/2070.html'],
      ['2071', 0, null],
      ['2072', 1, '/years/2072.html'],
      ...Array.from({ length: 7 }, (_, i) => [String(2073 + i), 0, null]),
    ]);
    expect(view.busiest).toBe(12);
  });
});

describe('front-page events past their share of the page are lines, not cards (briefEvents)', () => {
  const view = (id: string, sources: number) => {
    const model = buildSiteModel(timelineOf([['a', '2014', '2014-01-01', '2014-12-31', 'year']]), { config: DEFAULT_SITE_CONFIG });
    const e = model.events[0]!;
    return { ...e, id, sources: Array.from({ length: sources }, () => e.sources[0]!) };
  };
  it.each<[string, Array<[string, number]>, number, string[]]>([
    ['all fit', [['a', 1], ['b', 2]], 1000, []],
    ['a card of hundreds of sources is a line, the small ones after it stay cards', [['a', 1], ['big', 300], ['c', 1]], 200, ['big']],
    ['once the room is spent, every later event is a line', [['a', 5], ['b', 5], ['c', 5]], 100, ['b', 'c']],
    ['no room: all lines', [['a', 1]], 0, ['a']],
  ])('%s', (_name, events, room, expected) => {
    expect(briefEvents(events.map(([id, n]) => view(id, n)), room)).toEqual(expected);
  });
});
