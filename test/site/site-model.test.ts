import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '../../src/site/site-model.ts';
import { orderEvents } from '../../src/timeline/order-events.ts';
import type { Granularity, Timeline, TimelineEvent } from '../../src/types.ts';
import { fixtureTimeline } from './fixture-timeline.ts';

function withDates(dates: Array<[id: string, value: string, start: string, end: string, granularity: Granularity]>): Timeline {
  const timeline = fixtureTimeline();
  const template = timeline.events[0]!;
  timeline.events = dates.map(([id, value, start, end, granularity]): TimelineEvent => ({ ...template, id, date: { value, start, end, granularity } }));
  return timeline;
}

describe('buildSiteModel groups the timeline', () => {
  it('by year then month; events known only to the year (or a season of it) head their year; decades stand apart', () => {
    const model = buildSiteModel(
      withDates([
        ['e-month', '1990-01', '1990-01-01', '1990-01-31', 'month'],
        ['e-summer', '1990-SU', '1990-06-01', '1990-08-31', 'season'],
        ['e-day', '1990-07-04', '1990-07-04', '1990-07-04', 'day'],
        ['e-year', '1990', '1990-01-01', '1990-12-31', 'year'],
        ['e-decade', '199', '1990-01-01', '1999-12-31', 'decade'],
        ['e-2001', '2001-09-11', '2001-09-11', '2001-09-11', 'day'],
      ]),
    );
    expect(model.periods.map((p) => [p.heading, p.groups.map((g) => [g.heading, g.events.map((e) => e.id)])])).toEqual([
      ['1990s', [['Sometime in the 1990s', ['e-decade']]]],
      [
        '1990',
        [
          ['Sometime in 1990', ['e-year', 'e-summer']],
          ['January 1990', ['e-month']],
          ['July 1990', ['e-day']],
        ],
      ],
      ['2001', [['September 2001', ['e-2001']]]],
    ]);
    const ids = model.periods.flatMap((p) => [p.id, ...p.groups.map((g) => g.id)]);
    expect(new Set(ids).size).toBe(ids.length);
    // Each period is a page; an event's permalink is that page and the event's own id.
    expect(model.periods.map((p) => [p.href, p.eventCount, p.previous?.heading ?? null, p.next?.heading ?? null])).toEqual([
      ['/years/1990s.html', 1, null, '1990'],
      ['/years/1990.html', 4, '1990s', '2001'],
      ['/years/2001.html', 1, '1990', null],
    ]);
    expect(model.events.find((e) => e.id === 'e-decade')?.href).toBe('/years/1990s.html#e-decade');
    expect(model.events.find((e) => e.id === 'e-summer')?.href).toBe('/years/1990.html#e-summer');
  });

  it.each([
    ['a modifier', { mod: 'START' }, 'early 1990s'],
    ['a range end', { rangeEnd: '200' }, '1990s – 2000s'],
  ])('names a decade by itself, whatever %s its first event has: every event of it links to its one page', (_what, extra, label) => {
    const timeline = withDates([
      ['e-decade', '199', '1990-01-01', '1999-12-31', 'decade'],
      ['e-early', '199', '1990-01-01', '1999-12-31', 'decade'],
    ]);
    timeline.events[1]!.date = { ...timeline.events[1]!.date, ...extra };
    // Listed first, whatever the order: the page must not take its name from it.
    timeline.events.reverse();
    const model = buildSiteModel(timeline);
    expect(model.periods.map((p) => [p.heading, p.href, p.groups.map((g) => g.heading)])).toEqual([['1990s', '/years/1990s.html', ['Sometime in the 1990s']]]);
    expect(model.events.map((e) => [e.id, e.date.label, e.href])).toEqual(
      expect.arrayContaining([
        ['e-early', label, '/years/1990s.html#e-early'],
        ['e-decade', '1990s', '/years/1990s.html#e-decade'],
      ]),
    );
  });

  it('keeps the one event order inside every group: events on the same date in document order, whatever their ids', () => {
    const timeline = fixtureTimeline();
    const ofDocument = (document: string) => timeline.events.find((e) => e.sources.every((s) => s.document === document))!;
    const dated = (event: TimelineEvent, id: string, date: TimelineEvent['date']): TimelineEvent => ({ ...event, id, date });
    const month = { value: '2015-03', start: '2015-03-01', end: '2015-03-31', granularity: 'month' } as const;
    const year = { value: '2015', start: '2015-01-01', end: '2015-12-31', granularity: 'year' } as const;
    // The ids sort one way, the documents (kobani-aftermath before kobani-siege) the other.
    timeline.events = [
      dated(ofDocument('kobani-siege'), 'e-a-month', month),
      dated(ofDocument('kobani-aftermath'), 'e-b-month', month),
      dated(ofDocument('kobani-siege'), 'e-a-year', year),
      dated(ofDocument('kobani-aftermath'), 'e-b-year', year),
    ];
    const expected = orderEvents(timeline.events).map((e) => e.id);
    expect(expected).toEqual(['e-b-year', 'e-a-year', 'e-b-month', 'e-a-month']);
    const model = buildSiteModel(timeline);
    expect(model.periods.flatMap((p) => p.groups.map((g) => [g.heading, g.events.map((e) => e.id)]))).toEqual([
      ['Sometime in 2015', ['e-b-year', 'e-a-year']],
      ['March 2015', ['e-b-month', 'e-a-month']],
    ]);
    expect(model.events.map((e) => e.id)).toEqual(expected);
  });

  it('offers on each period page only the filter choices of its own events', () => {
    const model = buildSiteModel(fixtureTimeline());
    const y2019 = model.periods.find((p) => p.heading === '2019')!;
    expect(y2019.filters.documents.map((d) => d.id)).toEqual(['kobani-aftermath']);
    expect(y2019.filters.attributions).toEqual(['a local official']);
    expect(model.filters.documents.map((d) => d.id)).toEqual(['kobani-siege', 'kobani-aftermath']);
  });

  it('counts distinct source documents, not sources', () => {
    const timeline = fixtureTimeline();
    const event = timeline.events.find((e) => e.id === 'kobani-siege-began-2014')!;
    event.sources.push({ ...event.sources[0]!, attribution: 'someone else' });
    const view = buildSiteModel(timeline).events.find((e) => e.id === 'kobani-siege-began-2014')!;
    expect(view.corroboration).toBeNull();
    expect(view.attributions).toEqual(['local activists', 'someone else']);
  });

  it('links an unsafe original URL nowhere and keeps it as text', () => {
    const doc = buildSiteModel(fixtureTimeline()).documents.find((d) => d.id === 'kobani-aftermath')!;
    expect(doc.url).toBeNull();
    expect(doc.unlinkedUrl).toBe('javascript:alert(1)');
  });

  it('folds page chrome away as a block of its own and cuts passages at their date mentions', () => {
    const model = buildSiteModel(fixtureTimeline());
    const doc = model.documentPage(model.documents.find((d) => d.id === "kobani-siege")!);
    expect(doc.blocks.map((b) => (b.kind === 'passage' ? b.passage.id : `chrome:${b.items.map((i) => i.id).join(',')}`))).toEqual([
      'p-fighting-for-kobani',
      'p-by-a-reporter',
      'p-islamic-state-fighters',
      'p-the-siege-began',
      'p-pyd-rojava',
      'chrome:p-share-this-article',
    ]);
    const entered = doc.blocks[2]!;
    expect(entered.kind === 'passage' && entered.passage.segments).toEqual([
      {
        kind: 'statement',
        segments: [
          { kind: 'text', text: 'Islamic State fighters entered the outskirts of the town in ' },
          { kind: 'mention', text: 'September 2014', datetime: '2014-09', note: 'Read as September 2014 (2014-09)', resolved: true, noteId: 'site-note-0' },
        ],
      },
      { kind: 'text', text: ', officials said.' },
    ]);
  });
});
