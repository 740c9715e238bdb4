import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import {
  EVENT_INDEX_OPTIONS,
  PASSAGE_INDEX_OPTIONS,
  SEARCH_OPTIONS,
  eventIndex,
  eventIndexShards,
  eventLinkShards,
  eventLinksScript,
  eventShardMembers,
  eventShardScript,
  foldForSearch,
  passageIndexShards,
  passageShardMembers,
  passageShardScript,
  processTerm,
  searchEvents,
  searchIndexScript,
  stableHash,
  searchPassages,
  tokenize,
} from '../../src/site/search-index.ts';
import type { Timeline } from '../../src/types.ts';
import { fixtureTimeline } from './fixture-timeline.ts';
import { syntheticTimeline } from '../support/synthetic-timeline.ts';

/** 400 events of 40 articles over 35 years. */
const synthetic = (): Timeline => syntheticTimeline(400);

/** The fixture with one more event whose text carries diacritics, as Turkish and Kurdish place names do. */
function withAccents(): Timeline {
  const timeline = fixtureTimeline();
  const template = timeline.events.find((e) => e.id === 'kobani-siege-repelled-2014-10-13')!;
  const source = template.sources[0]!;
  timeline.events.push({
    ...template,
    id: 'akcakale-refugees-2014-10-13',
    headline: 'Refugees crossed at Akçakale',
    sources: [{ ...source, statement: { ...source.statement }, attribution: 'Kurdish officials in Şanlıurfa' }],
  });
  return timeline;
}

const hits = (index: MiniSearch, query: string): string[] => index.search(query, SEARCH_OPTIONS).map((r) => String(r.id));

describe('the search index', () => {
  it('folds case and diacritics the way the page script folds a query', () => {
    expect(foldForSearch('  Akçakale  ÉTÉ\n2014 ')).toBe('akcakale ete 2014');
    expect(processTerm('Şanlıurfa')).toBe('sanlıurfa');
    expect(processTerm('́')).toBeNull();
    // ASCII folds as the full path would (it skips NFKD, which leaves ASCII as it is).
    for (const term of ['Kobani', 'ISIS\t2014', '  A  B ', 'x-Ray_9', 'e\u0301te']) expect(foldForSearch(term)).toBe(term.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim());
    expect(tokenize('<script>alert(1)</script> Kobani’s siege—2014')).toEqual(['script', 'alert', '1', 'script', 'Kobani', 's', 'siege', '2014']);
  });

  it('indexes events by headline, statements, who asserts them and titles, with their permalinks; and every passage but page chrome', () => {
    const events = searchEvents(fixtureTimeline());
    expect(events.find((e) => e.id === 'kobani-aftermath-control-2014-01')).toMatchObject({
      href: 'years/2014.html#kobani-aftermath-control-2014-01',
      date: 'Since January 2014',
      headline: 'Kurdish control of the town',
    });
    expect(events.find((e) => e.id === 'kobani-siege-began-2014')?.text).toContain('The siege began in 2014 and allegedly involved <script>alert(1)</script> heavy shelling local activists Fighting for Kobani');
    const passages = searchPassages(fixtureTimeline()).map((p) => p.href);
    expect(passages).toContain('documents/kobani-aftermath.html#p-reconstruction-started');
    expect(passages).not.toContain('documents/kobani-siege.html#p-share-this-article');
  });

  it.each<[string, string, string[]]>([
    ['a word', 'troops', ['kobani-siege-withdrawal-2019']],
    ['a typo (one letter wrong)', 'trops', ['kobani-siege-withdrawal-2019']],
    ['a typo in a longer word', 'withdrwe', ['kobani-siege-withdrawal-2019']],
    ['the start of a word', 'withd', ['kobani-siege-withdrawal-2019']],
    ['every word must match', 'kurdish control', ['kobani-aftermath-control-2014-01']],
    ['an accented query finds the plain word', 'Kobanî tróops', ['kobani-siege-withdrawal-2019']],
    ['a plain query finds the accented word', 'akcakale', ['akcakale-refugees-2014-10-13']],
    ['an accented query finds the accented word', 'Akçakale', ['akcakale-refugees-2014-10-13']],
    ['no match', 'zeppelin', []],
  ])('finds events by %s: %j', (_name, query, expected) => {
    expect(hits(eventIndex(withAccents()), query)).toEqual(expected);
  });

  it('ranks a match in the headline above a match in a statement only', () => {
    const ranked = hits(eventIndex(withAccents()), 'kurdish');
    // "Kurdish control of the town" says it in its headline; the others in statements or who asserts them.
    expect(ranked[0]).toBe('kobani-aftermath-control-2014-01');
    expect(ranked.length).toBeGreaterThan(1);
  });

  it('splits the passages in shards that together hold every passage once, numbered in document order across them', () => {
    const timeline = fixtureTimeline();
    const shards = passageIndexShards(timeline, undefined, 2);
    const all = searchPassages(timeline);
    expect(shards.length).toBeGreaterThanOrEqual(Math.ceil(all.length / 2));
    expect(shards.map((s) => s.documentCount).reduce((a, b) => a + b, 0)).toBe(all.length);
    const found = shards.flatMap((s) => s.search('reconstruction', SEARCH_OPTIONS).map((r) => r['href'] as string));
    expect(found).toEqual(['documents/kobani-aftermath.html#p-reconstruction-started']);
    const members = passageShardMembers(synthetic(), undefined, 40);
    expect(members.every((m) => m.length > 0 && m.length <= 40), 'no shard empty or above its cap').toBe(true);
    const ids = members.flat().map((p) => p.id);
    expect(ids, 'numbers rise with document and place, across the shards').toEqual([...ids].sort((x, y) => x - y));
    expect(members.flat().map((p) => p.href)).toEqual(searchPassages(synthetic()).map((p) => p.href));
  });

  it('deals the events to the shards by a hash of their id: every shard a sample of the whole timeline, together every event once', () => {
    const timeline = withAccents();
    const all = searchEvents(timeline).map((e) => e.id);
    const shards = eventIndexShards(timeline, undefined, 2);
    expect(shards).toHaveLength(Math.ceil(all.length / 2));
    expect(shards.map((s) => s.documentCount).reduce((a, b) => a + b, 0)).toBe(all.length);
    // An event is in the shard its id's hash names.
    for (const id of all) expect(shards[stableHash(id) % shards.length]!.has(id)).toBe(true);
    // In timeline order within each shard.
    for (const members of eventShardMembers(timeline, undefined, 2)) {
      const order = members.map((e) => all.indexOf(e.id));
      expect(order).toEqual([...order].sort((x, y) => x - y));
    }
    expect(eventIndexShards(timeline)).toHaveLength(1);
    // The shards together find what the one index finds.
    for (const query of ['kobani', 'trops', 'akcakale', 'kurdish control']) {
      expect(shards.flatMap((s) => hits(s, query)).sort()).toEqual(hits(eventIndex(timeline), query).sort());
    }
  });

  /** Which shards' members differ between two layouts of the same count (by position). */
  const changedShards = <T>(before: T[][], after: T[][]): number[] => {
    expect(after.length, 'as many shards after').toBe(before.length);
    return before.flatMap((members, n) => (JSON.stringify(members) === JSON.stringify(after[n]) ? [] : [n]));
  };

  it.each([
    {
      name: "one event's headline edited",
      change: (t: Timeline) => {
        t.events[137]!.headline = 'An edited headline';
      },
      changed: 1,
    },
    {
      name: "one event's statement edited",
      change: (t: Timeline) => {
        const s = t.events[250]!.sources[0]!;
        s.statement = { ...s.statement, text: `${s.statement.text} again` };
      },
      changed: 1,
    },
    // The others keep their shards (dealt in turn, every event after it moved: all 4 changed).
    { name: 'one event removed', change: (t: Timeline) => void t.events.splice(201, 1), changed: 1 },
    {
      name: 'one event added',
      change: (t: Timeline) => void t.events.splice(120, 0, { ...t.events[120]!, id: `${t.events[120]!.id}-added` }),
      changed: 1,
    },
  ])('after $name, $changed of the 4 events shards have other members', ({ change, changed }) => {
    const before = synthetic();
    const after = synthetic();
    change(after);
    expect(changedShards(eventShardMembers(before, undefined, 110), eventShardMembers(after, undefined, 110))).toHaveLength(changed);
  });

  it.each([
    {
      name: 'one document\'s passage edited',
      change: (t: Timeline, id: string) => {
        const doc = t.documents.find((d) => d.id === id)!;
        const p = doc.passages.find((x) => x.kind === 'body')!;
        p.text = p.text.replace(/\w+/, 'Edited');
      },
    },
    { name: 'one document removed', change: (t: Timeline, id: string) => void t.documents.splice(t.documents.findIndex((d) => d.id === id), 1) },
  ])('after $name, only the passages shard that holds that document has other members', ({ change }) => {
    const before = synthetic();
    const layout = passageShardMembers(before, undefined, 200);
    expect(layout.length, 'several shards of several documents').toBeGreaterThan(2);
    // A document that does not start its shard (removing a shard's first document moves a cut).
    const second = layout.find((m) => new Set(m.map((p) => p.href.split('#')[0])).size > 1)!;
    const hrefs = [...new Set(second.map((p) => p.href.split('#')[0]!))];
    const id = hrefs[1]!.replace(/^documents\//, '').replace(/\.html$/, '');
    const after = synthetic();
    change(after, id);
    expect(changedShards(layout, passageShardMembers(after, undefined, 200))).toEqual([layout.indexOf(second)]);
  });

  it('is written as classic scripts with no "<", which the page reads back with the same options and the same results', () => {
    const timeline = withAccents();
    const events = eventIndex(timeline);
    const [eventShard] = eventIndexShards(timeline);
    const [shard] = passageIndexShards(timeline);
    const [links] = eventLinkShards(timeline);
    const window: {
      TIMELINE_SEARCH?: { eventShards: string[]; eventLinks: string[]; passageShards: string[] };
      TIMELINE_SEARCH_EVENTS?: Record<number, unknown>;
      TIMELINE_SEARCH_EVENT_LINKS?: Record<number, Record<string, string>>;
      TIMELINE_SEARCH_PASSAGES?: Record<number, unknown>;
    } = {};
    const paths = { events: ['assets/search-events-0.js'], eventLinks: ['assets/search-event-links-0.js'], passages: ['assets/search-passages-0.js'] };
    for (const script of [searchIndexScript({ paths }), eventShardScript(eventShard!, 0), eventLinksScript(links!, 0), passageShardScript(shard!, 0)]) {
      expect(script).not.toContain('<');
      new Function('window', script)(window);
    }
    expect(window.TIMELINE_SEARCH).toEqual({ eventShards: paths.events, eventLinks: paths.eventLinks, passageShards: paths.passages });
    const loaded = MiniSearch.loadJS(window.TIMELINE_SEARCH_EVENTS![0] as never, { ...EVENT_INDEX_OPTIONS, tokenize, processTerm });
    for (const query of ['akcakale', 'trops', 'kurdish']) expect(hits(loaded, query)).toEqual(hits(events, query));
    // The index stores no link; the shard's links give each event's, by id.
    expect(loaded.search('akcakale', SEARCH_OPTIONS)[0]).not.toHaveProperty('href');
    const linkOf = new Map(searchEvents(timeline).map((e) => [e.id, e.href]));
    expect(Object.keys(window.TIMELINE_SEARCH_EVENT_LINKS![0]!)).toEqual(searchEvents(timeline).map((e) => e.id));
    for (const [id, href] of Object.entries(window.TIMELINE_SEARCH_EVENT_LINKS![0]!)) expect(href).toBe(linkOf.get(id));
    const passages = MiniSearch.loadJS(window.TIMELINE_SEARCH_PASSAGES![0] as never, { ...PASSAGE_INDEX_OPTIONS, tokenize, processTerm });
    expect(passages.search('alert', SEARCH_OPTIONS).map((r) => r['document'])).toContain('<script>alert(1)</script> Kobani, five years on');
  });

  it('keeps quotes and backslashes of the corpus through the JSON.parse string it is written as', () => {
    const timeline = fixtureTimeline();
    timeline.events[0]!.headline = `It's "C:\\Temp\\x" \u2028 ' \\' </script>`;
    const window: { TIMELINE_SEARCH_EVENTS?: Record<number, unknown> } = {};
    new Function('window', eventShardScript(eventIndex(timeline), 0))(window);
    const loaded = MiniSearch.loadJS(window.TIMELINE_SEARCH_EVENTS![0] as never, { ...EVENT_INDEX_OPTIONS, tokenize, processTerm });
    expect(loaded.search('temp', SEARCH_OPTIONS).map((r) => r['headline'])).toEqual([timeline.events[0]!.headline]);
  });

  it('is deterministic: the same timeline gives the same script', () => {
    const script = () =>
      searchIndexScript({ inline: { events: eventIndexShards(fixtureTimeline(), undefined, 2), eventLinks: eventLinkShards(fixtureTimeline(), undefined, 2), passages: passageIndexShards(fixtureTimeline()) } });
    expect(script()).toBe(script());
  });
});
