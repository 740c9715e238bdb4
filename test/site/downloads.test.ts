import { describe, expect, it } from 'vitest';
import { foldForSearch, searchIndex, searchIndexScript } from '../../src/site/search-index.ts';
import { timelineCsv } from '../../src/site/timeline-csv.ts';
import { timelineJs } from '../../src/site/timelinejs.ts';
import { timelineFeed } from '../../src/site/timeline-feed.ts';
import { orderEvents } from '../../src/timeline/order-events.ts';
import { comparePagePlaces } from '../../src/site/order-site-events.ts';
import { serialiseTimeline } from '../../src/timeline/timeline-json.ts';
import type { Timeline } from '../../src/types.ts';
import { DEFAULT_SITE_CONFIG, type SiteConfig } from '../../src/load/read-site-config.ts';
import { fixtureTimeline, HOSTILE_IMG, HOSTILE_SCRIPT, HOSTILE_URL } from './fixture-timeline.ts';

const CONFIGURED: SiteConfig = {
  ...DEFAULT_SITE_CONFIG,
  title: 'Kobani <b>2014</b>',
  description: 'How the siege was reported.',
  baseUrl: 'https://news.example/kobani/',
  publisher: 'The Example Times',
};

/** Cells of an RFC 4180 CSV (quotes and doubled quotes), enough to read our own rows back. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cellText = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (cellText += '"'), i++;
      else if (c === '"') quoted = false;
      else cellText += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cellText), (cellText = '');
    else if (c === '\r' && csv[i + 1] === '\n') row.push(cellText), rows.push(row), (row = []), (cellText = ''), i++;
    else cellText += c;
  }
  return rows;
}
import { validateTimeline } from '../../src/timeline/validate-timeline.ts';

describe('timelineCsv', () => {
  const csv = timelineCsv(fixtureTimeline());
  const rows = parseCsv(csv.slice(1));
  const header = rows[0]!;
  const column = (name: string): number => header.indexOf(name);
  const rowOf = (eventId: string): string[] => rows.find((r) => r[0] === eventId)!;

  it('starts with a UTF-8 byte-order mark, so Excel reads "Akçakale" and curly quotes as written', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('writes a header and one row per event source, in timeline order', () => {
    expect(header).toEqual([
      'event_id', 'display_date', 'date_value', 'date_start', 'date_end', 'granularity', 'relation', 'headline', 'status', 'corroboration',
      'document_id', 'document_title', 'publisher', 'published', 'url', 'passage_id', 'passage_link', 'attribution', 'hedged', 'hedge', 'source_status', 'status_cues', 'statement',
    ]);
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      'kobani-siege-began-2014',
      'kobani-aftermath-control-2014-01',
      'kobani-siege-entered-2014-09',
      'kobani-siege-entered-2014-09',
      'kobani-siege-repelled-2014-10-13',
      'kobani-siege-withdrawal-2019',
    ]);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
  });

  it('gives the date as the site shows it, the corroboration, and the article: publisher, publication date, http(s) url', () => {
    expect(rowOf('kobani-aftermath-control-2014-01')[column('display_date')]).toBe('Since January 2014');
    const entered = rows.filter((r) => r[0] === 'kobani-siege-entered-2014-09');
    expect(entered.map((r) => r[column('corroboration')])).toEqual(['2', '2']);
    expect(rowOf('kobani-siege-began-2014')[column('corroboration')]).toBe('1');
    const siege = rowOf('kobani-siege-began-2014');
    expect([siege[column('publisher')], siege[column('published')], siege[column('url')]]).toEqual(['Example Wire', '2014-10-14', 'https://example.org/news/kobani']);
    // The other article has no publisher or date, and a javascript: url, which is left out.
    const withdrawal = rowOf('kobani-siege-withdrawal-2019');
    expect([withdrawal[column('publisher')], withdrawal[column('published')], withdrawal[column('url')]]).toEqual(['', '', '']);
  });

  it('links passages relative to the site root, or absolute under the configured base URL', () => {
    expect(rowOf('kobani-siege-began-2014')[column('passage_link')]).toBe('documents/kobani-siege.html#p-the-siege-began');
    const absolute = parseCsv(timelineCsv(fixtureTimeline(), CONFIGURED).slice(1)).find((r) => r[0] === 'kobani-siege-began-2014')!;
    expect(absolute[column('passage_link')]).toBe('https://news.example/kobani/documents/kobani-siege.html#p-the-siege-began');
  });

  it('quotes cells with commas and quotes, and defuses spreadsheet formulas', () => {
    const timeline = fixtureTimeline();
    timeline.events[0]!.headline = '=HYPERLINK("http://evil.example","click")';
    const text = timelineCsv(timeline);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(text).toContain(`"${HOSTILE_SCRIPT} Kobani, five years on"`);
    expect(text).toContain(',documents/kobani-siege.html#p-the-siege-began,local activists,true,allegedly,');
  });
});

describe('timelineJs', () => {
  const doc = timelineJs(fixtureTimeline());
  const byId = new Map(doc.events.map((e) => [e.unique_id, e]));

  it.each([
    ['kobani-siege-began-2014', { year: 2014 }, { year: 2014, month: 12, day: 31 }],
    ['kobani-aftermath-control-2014-01', { year: 2014, month: 1 }, { year: 2014, month: 1, day: 31 }],
    ['kobani-siege-withdrawal-2019', { year: 2019, month: 10, day: 13 }, undefined],
  ])('%s starts with only the parts its granularity knows and spans its whole period', (id, start, end) => {
    expect(byId.get(id)?.start_date).toEqual(start);
    expect(byId.get(id)?.end_date).toEqual(end);
  });

  it('shows the date as the site does', () => {
    expect(byId.get('kobani-aftermath-control-2014-01')?.display_date).toBe('Since January 2014');
  });

  it('groups events by source (publisher, else the article title), not by year', () => {
    expect(byId.get('kobani-siege-began-2014')?.group).toBe('Example Wire');
    expect(byId.get('kobani-aftermath-control-2014-01')?.group).toBe('&lt;script&gt;alert(1)&lt;/script&gt; Kobani, five years on');
  });

  it('quotes the passage and links it on the site and in the original article', () => {
    const text = byId.get('kobani-siege-entered-2014-09')!.text.text;
    expect(text).toContain('<blockquote>Islamic State fighters entered the outskirts of the town in September 2014, officials said.</blockquote>');
    expect(text).toContain('<blockquote>Islamic State fighters had reached its outskirts in September 2014, the council recalled.</blockquote>');
    expect(text).toContain('<a href="documents/kobani-siege.html#p-islamic-state-fighters">Fighting for Kobani</a>');
    expect(text).toContain('<a href="https://example.org/news/kobani#:~:text=Islamic%20State%20fighters%20entered,September%202014%2C%20officials%20said.">the original article</a>');
    // A javascript: url is never linked.
    expect(JSON.stringify(doc)).not.toContain(HOSTILE_URL);
  });

  it('links absolute under the configured base URL, and takes title, description and publisher from the configuration', () => {
    const configured = timelineJs(fixtureTimeline(), CONFIGURED);
    expect(configured.title.text).toEqual({
      headline: 'Kobani &lt;b&gt;2014&lt;/b&gt;',
      text: '<p>How the siege was reported.</p><p>5 events read from 2 articles, published by The Example Times.</p>',
    });
    const text = configured.events.find((e) => e.unique_id === 'kobani-siege-began-2014')!.text.text;
    expect(text).toContain('<a href="https://news.example/kobani/documents/kobani-siege.html#p-the-siege-began">');
    expect(timelineJs(fixtureTimeline()).title.text.headline).toBe('News timeline');
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
    ['timelinejs.json', () => timelineJs(timeline).events.map((e) => e.unique_id)],
    ['search index', () => searchIndex(timeline).events.map((e) => e.id)],
    ['feed.json, newest first', () => timelineFeed(timeline).items.map((i) => decodeURIComponent(i.id.replace(/^.*#/, ''))).reverse()],
  ])('%s lists events in the one event order', (_name, ids) => {
    expect(distinct(ids())).toEqual(expected);
  });
});
