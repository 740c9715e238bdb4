import { describe, expect, it } from 'vitest';
import { foldForSearch, searchIndex, searchIndexScript } from '../../src/site/search-index.ts';
import { timelineCsv } from '../../src/site/timeline-csv.ts';
import { timelineJs } from '../../src/site/timelinejs.ts';
import { fixtureTimeline, HOSTILE_IMG, HOSTILE_SCRIPT } from './fixture-timeline.ts';
import { orderEvents } from '../../src/timeline/order-events.ts';
import { comparePagePlaces } from '../../src/site/site-model.ts';
import { serialiseTimeline } from '../../src/timeline/timeline-json.ts';
import type { Timeline } from '../../src/types.ts';
import { validateTimeline } from '../../src/timeline/validate-timeline.ts';

describe('timelineCsv', () => {
  const rows = timelineCsv(fixtureTimeline()).split('\r\n');

  it('writes a header and one row per event source, in timeline order', () => {
    expect(rows[0]).toBe(
      'event_id,date_value,date_start,date_end,granularity,relation,headline,status,document_id,document_title,passage_id,passage_link,attribution,hedged,hedge,source_status,status_cues,statement',
    );
    expect(rows.slice(1, -1).map((r) => r.split(',')[0])).toEqual([
      'kobani-siege-began-2014',
      'kobani-aftermath-control-2014-01',
      'kobani-siege-entered-2014-09',
      'kobani-siege-entered-2014-09',
      'kobani-siege-repelled-2014-10-13',
      'kobani-siege-withdrawal-2019',
    ]);
    expect(rows.at(-1)).toBe('');
  });

  it('quotes cells with commas and quotes, and defuses spreadsheet formulas', () => {
    const timeline = fixtureTimeline();
    timeline.events[0]!.headline = '=HYPERLINK("http://evil.example","click")';
    const csv = timelineCsv(timeline);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).toContain(`"${HOSTILE_SCRIPT} Kobani, five years on"`);
    expect(csv).toContain(',documents/kobani-siege.html#p-the-siege-began,local activists,true,allegedly,');
  });
});

describe('timelineJs', () => {
  const doc = timelineJs(fixtureTimeline(), 'News timeline');

  it('gives each event only the date parts its granularity knows', () => {
    const byId = new Map(doc.events.map((e) => [e.unique_id, e]));
    expect(byId.get('kobani-siege-began-2014')?.start_date).toEqual({ year: 2014 });
    expect(byId.get('kobani-aftermath-control-2014-01')?.start_date).toEqual({ year: 2014, month: 1 });
    expect(byId.get('kobani-aftermath-control-2014-01')?.display_date).toBe('Since January 2014');
    expect(byId.get('kobani-siege-withdrawal-2019')?.start_date).toEqual({ year: 2019, month: 10, day: 13 });
  });

  it('escapes corpus text, which TimelineJS renders as HTML', () => {
    const json = JSON.stringify(doc);
    expect(json).not.toContain(HOSTILE_SCRIPT);
    expect(json).not.toContain(HOSTILE_IMG);
    expect(json).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('searchIndex', () => {
  it('folds case and diacritics the way the page script folds a query', () => {
    expect(foldForSearch('  Akçakale  ÉTÉ\n2014 ')).toBe('akcakale ete 2014');
  });

  it('indexes events by headline, statements, who asserts them and titles, with their permalinks; and every passage but page chrome', () => {
    const index = searchIndex(fixtureTimeline());
    expect(index.events.find((e) => e.id === 'kobani-aftermath-control-2014-01')).toMatchObject({
      href: 'years/2014.html#kobani-aftermath-control-2014-01',
      date: 'Since January 2014',
      headline: 'Kurdish control of the town',
    });
    expect(index.events.find((e) => e.id === 'kobani-siege-began-2014')?.text).toContain('the siege began in 2014 and allegedly involved <script>alert(1)</script> heavy shelling local activists fighting for kobani');
    expect(index.passages.map((p) => p.href)).toContain('documents/kobani-aftermath.html#p-reconstruction-started');
    expect(index.passages.map((p) => p.href)).not.toContain('documents/kobani-siege.html#p-share-this-article');
  });

  it('is a classic script with no "<" that could close a script element', () => {
    const script = searchIndexScript(searchIndex(fixtureTimeline()));
    expect(script).not.toContain('<');
    const window: { TIMELINE_SEARCH?: unknown } = {};
    new Function('window', script)(window);
    expect(window.TIMELINE_SEARCH).toEqual(searchIndex(fixtureTimeline()));
  });
});

describe('the downloads', () => {
  // A quarter sits at the head of its year on the pages but at its start in the data: the
  // downloads keep the data's one order, that of timeline.json, whatever order they are handed.
  const timeline = fixtureTimeline();
  const quarter = structuredClone(timeline.events[0]!);
  quarter.id = 'kobani-quarter-2014-q4';
  quarter.date = { value: '2014-Q4', start: '2014-10-01', end: '2014-12-31', granularity: 'quarter' };
  timeline.events = [...timeline.events, quarter].reverse();
  const expected = [...new Set(orderEvents(timeline.events).map((e) => e.id))];
  const distinct = (ids: string[]) => [...new Set(ids)];

  it('is not the order the pages group events in (else this test could not tell them apart)', () => {
    expect([...timeline.events].sort(comparePagePlaces).map((e) => e.id)).not.toEqual(expected);
  });

  it.each([
    ['timeline.json', () => (JSON.parse(serialiseTimeline(validateTimeline({ ...timeline, events: orderEvents(timeline.events) }))) as Timeline).events.map((e) => e.id)],
    ['timeline.csv', () => timelineCsv(timeline).split('\r\n').slice(1, -1).map((r) => r.split(',')[0]!)],
    ['timelinejs.json', () => timelineJs(timeline, 'News timeline').events.map((e) => e.unique_id)],
    ['search index', () => searchIndex(timeline).events.map((e) => e.id)],
  ])('%s lists events in the one event order', (_name, ids) => {
    expect(distinct(ids())).toEqual(expected);
  });
});
