import { describe, expect, it } from 'vitest';
import { FRONT_PAGE_LIMIT } from '../../src/site/front-page.ts';
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

const front = (rows: Row[], keyEvents: string[] = []) => buildSiteModel(timelineOf(rows), { config: { ...DEFAULT_SITE_CONFIG, keyEvents } }).front;

describe('the front page overview', () => {
  it('has a row per year with events, a cell per month linked to its place on the year page, and folds the years between', () => {
    const { overview, busiestMonth } = front([
      ['a', '2014-09-01', '2014-09-01', '2014-09-01', 'day'],
      ['b', '2014-09-20', '2014-09-20', '2014-09-20', 'day'],
      ['c', '2014-10', '2014-10-01', '2014-10-31', 'month'],
      ['d', '2014', '2014-01-01', '2014-12-31', 'year'],
      ['e', '2019-10-13', '2019-10-13', '2019-10-13', 'day'],
      ['f', '2020-01-02', '2020-01-02', '2020-01-02', 'day'],
    ]);
    expect(busiestMonth).toBe(2);
    expect(overview.map((r) => (r.kind === 'year' ? r.year : r.kind === 'gap' ? r.label : r.heading))).toEqual(['2014', '2015–2018: no events', '2019', '2020']);
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
    expect(front(rows).overview.map((r) => (r.kind === 'year' ? r.year : r.kind === 'gap' ? r.label : r.heading))).toEqual(expected);
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
