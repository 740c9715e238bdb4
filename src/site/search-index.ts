import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { Passage, Timeline, TimelineDocument, TimelineEvent } from '../types.ts';
import { formatResolvedDate, relationLabel } from './format-date.ts';
import { timelineSiteLinks, type SiteLinks } from './site-links.ts';
import { orderEvents } from '../timeline/order-events.ts';
import { byText } from '../sort-text.ts';

/**
 * The search of the site: MiniSearch indexes (ranked, prefix and typo-tolerant), built here and
 * written as classic scripts: a `<script src>` loads from file:// where fetch() and module
 * scripts cannot. `assets/search-index.js` only says where the parts are; the events' index is
 * split in shards of at most `EVENTS_PER_SHARD` events, loaded in parallel when a search starts
 * and searched as each arrives, so the first hits show after one shard, not after the whole
 * index; the passages' index, in shards of at most `PASSAGES_PER_SHARD`, loads after them. No page
 * ever loads the index with itself.
 *
 * An event shard is not a period: events are dealt to the shards by a hash of their id
 * (eventShardMembers), so every shard is a sample of the whole timeline. Its BM25
 * statistics (how many events hold a term, the average length of a field) are then close to
 * the whole index's, scores from different shards compare, and the hits merged by score are
 * close to one index's ranking (measured: bench/search-ranking.ts); the first shard to answer
 * already has hits from every period.
 *
 * Each shard's JSON is written as a string given to `JSON.parse`, which V8 reads several times
 * faster than the same value as an object literal.
 */

/** An event as the search finds it: where it is, how it reads in a list of hits, and what is searched. */
export interface SearchEvent {
  id: string;
  href: string;
  date: string;
  headline: string;
  /** Its statements, who asserts them and their articles' titles. */
  text: string;
}

/** A passage of an article, for full-text hits outside the events. Links are relative to the site root. */
export interface SearchPassage {
  id: number;
  href: string;
  document: string;
  excerpt: string;
}

/** Lower case without diacritics, whitespace collapsed: the same folding the page script applies (timeline.js, `fold`). */
export function foldForSearch(text: string): string {
  // ASCII has no marks and NFKD leaves it as it is: most terms of English news skip both (called once per indexed word).
  const unmarked = NON_ASCII.test(text) ? text.normalize('NFKD').replace(/\p{M}/gu, '') : text;
  return unmarked.toLowerCase().replace(/\s+/g, ' ').trim();
}

const NON_ASCII = /[^\x00-\x7f]/;

/** How each index reads its documents; the page script loads them with the same options (timeline.js). */
type IndexFields = Required<Pick<Options, 'fields' | 'storeFields'>>;
// An event's link is not in its shard's index but in the shard's links (eventShardLinks): it moves
// when a paged period page's cuts move, which an index keyed by the event's text need not follow.
export const EVENT_INDEX_OPTIONS: IndexFields = { fields: ['headline', 'text'], storeFields: ['date', 'headline'] };
export const PASSAGE_INDEX_OPTIONS: IndexFields = { fields: ['excerpt', 'document'], storeFields: ['href', 'document', 'excerpt'] };

/** Terms folded as the page script folds them (timeline.js): "Akçakale" is found by "akcakale". */
export const processTerm = (term: string): string | null => foldForSearch(term) || null;

/** Words split at spaces, punctuation and symbols (MiniSearch's default keeps symbols: "<b>word" would be one term). */
export const tokenize = (text: string): string[] => text.split(/[\p{Z}\p{P}\p{S}\n\r]+/u).filter(Boolean);

/** How the page script searches (timeline.js, `SEARCH`): every term, each a prefix, one typo in five letters. */
export const SEARCH_OPTIONS: SearchOptions = { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: { headline: 2 } };

/** Passages per shard of the passages' index: a shard a few megabytes at most, loaded in parallel. */
export const PASSAGES_PER_SHARD = 5000;

/** Events per shard of the events' index, at most: a shard about a megabyte, read and searched in a few hundred milliseconds. */
export const EVENTS_PER_SHARD = 2500;

/** Site-root links become relative to the root folder, where the page that loads the index is; in-file links stay. */
function fromRoot(url: string): string {
  return url.startsWith('/') ? url.slice(1) : url;
}

export function searchEvents(timeline: Timeline, links: SiteLinks = timelineSiteLinks(timeline)): SearchEvent[] {
  const titles = documentTitles(timeline);
  return orderEvents(timeline.events).map((event) => searchEvent(event, titles, links));
}

/** Each document's title, by id: what an event's search text names its articles by. */
export function documentTitles(timeline: Pick<Timeline, 'documents'>): ReadonlyMap<string, string> {
  return new Map(timeline.documents.map((d) => [d.id, d.title]));
}

function searchEvent(event: TimelineEvent, titles: ReadonlyMap<string, string>, links: SiteLinks): SearchEvent {
  return {
    id: event.id,
    href: fromRoot(links.event(event)),
    date: [relationLabel(event.relation), formatResolvedDate(event.date).label].filter((part) => part !== null).join(' '),
    headline: event.headline,
    text: sourceWords(event, titles).flat().join(' ').replace(/\s+/g, ' ').trim(),
  };
}

/** What an event's search text is made of, source by source: the statement, who asserts it and its article's title. */
function sourceWords(event: TimelineEvent, titles: ReadonlyMap<string, string>): string[][] {
  return event.sources.map((s) => [s.statement.text, s.attribution ?? '', titles.get(s.document) ?? '']);
}

/**
 * What an event's entry in an events shard's index is made from (searchEvent, less the link):
 * a shard's key over these is its index's key, made without formatting a date or joining a
 * text (write-downloads.ts keys every shard on every build; it makes the entries of a shard
 * only when the shard is indexed).
 */
export function indexedEventInputs(event: TimelineEvent, titles: ReadonlyMap<string, string>): unknown[] {
  return [event.id, event.relation, event.date, event.headline, sourceWords(event, titles)];
}

/** Every passage of every article but page chrome, by document id then place, numbered as the shards number them (passageShardMembers). */
export function searchPassages(timeline: Timeline, links: SiteLinks = timelineSiteLinks(timeline)): SearchPassage[] {
  return passageShardMembers(timeline, links).flat();
}

function buildIndex<T>(documents: T[], options: IndexFields): MiniSearch<T> {
  const index = new MiniSearch<T>({ ...options, tokenize, processTerm });
  index.addAll(documents);
  return index;
}

export function eventIndex(timeline: Timeline, links: SiteLinks = timelineSiteLinks(timeline)): MiniSearch<SearchEvent> {
  return buildIndex(searchEvents(timeline, links), EVENT_INDEX_OPTIONS);
}

/**
 * FNV-1a, 32 bits, over the UTF-16 code units of `text`, then MurmurHash3's finaliser: a cheap,
 * stable hash for cutting the passages into shards (passageShardMembers) and dealing the events (eventShardMembers). The finaliser spreads FNV's low bits, which ids that
 * differ only in their last digits leave clustered (1,000 ids `part-000--article-000123`: 9 of
 * them 0 modulo 256 without it, 3 with it, 3.9 expected).
 */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The members of each shard of the events' index: as many shards as `perShard` events fill, each
 * event dealt by a hash of its id (`stableHash`, modulo the number of shards), in timeline order
 * within its shard. Every shard is so a sample of the whole timeline (its BM25 statistics close
 * to the whole index's), and an edit, an article added or removed, changes only the shards
 * holding the events it changed: the others have the same members, the same key and the same
 * bytes (writeSiteDownloads keeps them from the previous site), until the number of shards itself
 * changes. Shards hold `perShard` events or fewer on average, a few more at times.
 * Dealt in turn (event i to shard i mod K), an event added or removed moved every event after it
 * and made every shard again (5.2 s of CPU at 10,000 articles after a one-word edit); the hash
 * ranks as well (bench/README-site.md, "Ranking across shards").
 */
export function eventShardMembers(timeline: Timeline, links: SiteLinks = timelineSiteLinks(timeline), perShard = EVENTS_PER_SHARD): SearchEvent[][] {
  const titles = documentTitles(timeline);
  return eventShardDeal(timeline, perShard).map((events) => eventShard(events, titles, links));
}

/** The timeline's events as eventShardMembers deals them, each shard's in timeline order: the events themselves, before their entries are made. */
export function eventShardDeal(timeline: Pick<Timeline, 'events'>, perShard = EVENTS_PER_SHARD): TimelineEvent[][] {
  const count = eventShardCount(timeline.events.length, perShard);
  const dealt: TimelineEvent[][] = Array.from({ length: count }, () => []);
  for (const event of orderEvents(timeline.events)) dealt[stableHash(event.id) % count]!.push(event);
  return dealt;
}

/** Shard `n`'s entries (eventShardMembers), made from its dealt events (eventShardDeal). */
export function eventShard(events: readonly TimelineEvent[], titles: ReadonlyMap<string, string>, links: SiteLinks): SearchEvent[] {
  return events.map((event) => searchEvent(event, titles, links));
}

/** How many shards the events' index has (eventShardMembers). */
function eventShardCount(events: number, perShard: number): number {
  return Math.max(1, Math.ceil(events / perShard));
}

/** How many shards the search has, the events' and the passages' together, without making them. */
export function searchShardCount(timeline: Timeline, eventsPerShard = EVENTS_PER_SHARD): number {
  return eventShardCount(timeline.events.length, eventsPerShard) + passageShardRuns(timeline).length;
}

/** The script of shard `n` of the events' or the passages' index, from its members (the same bytes on any thread: shard-worker.mjs). */
export function shardScript(kind: 'events' | 'passages', members: Array<SearchEvent | SearchPassage>, n: number): string {
  return kind === 'events' ? eventShardScript(eventShardIndex(members as SearchEvent[]), n) : passageShardScript(passageShardIndex(members as SearchPassage[]), n);
}

/** One shard's index, of the events or of the passages. */
export function eventShardIndex(members: SearchEvent[]): MiniSearch<SearchEvent> {
  return buildIndex(members, EVENT_INDEX_OPTIONS);
}

export function passageShardIndex(members: SearchPassage[]): MiniSearch<SearchPassage> {
  return buildIndex(members, PASSAGE_INDEX_OPTIONS);
}

/**
 * The events' index in shards (eventShardMembers): how many, and each built only when the
 * iteration reaches it, so a writer holds one shard at a time. One shard for a timeline that fits.
 */
export function eventShardsOneByOne(
  timeline: Timeline,
  links: SiteLinks = timelineSiteLinks(timeline),
  perShard = EVENTS_PER_SHARD,
): { count: number; shards: Generator<MiniSearch<SearchEvent>> } {
  const dealt = eventShardMembers(timeline, links, perShard);
  function* shards(): Generator<MiniSearch<SearchEvent>> {
    for (const shard of dealt) yield eventShardIndex(shard);
  }
  return { count: dealt.length, shards: shards() };
}

/** The events' index in shards (eventShardsOneByOne), all at once. */
export function eventIndexShards(timeline: Timeline, links: SiteLinks = timelineSiteLinks(timeline), perShard = EVENTS_PER_SHARD): Array<MiniSearch<SearchEvent>> {
  return [...eventShardsOneByOne(timeline, links, perShard).shards];
}

/** Where a shard's events are, by event id (what its index does not store): the page script gives each hit its link from here. */
export type EventLinks = Record<string, string>;

/**
 * A shard's events' links, by id, in the shard's order. Apart from the index because a link
 * moves when the paged period page that lists its event is cut at another event (an event
 * added or removed before it), while its index, made from the events' words and dates, is the
 * same: an edit then makes the index of its own shard again, not of every shard whose links moved
 * (at 10,000 articles one article removed remade all 9 events shards, about 1.3 s each on the
 * worker; 4 of 9 with the links apart).
 */
export function eventShardLinks(events: readonly TimelineEvent[], links: Pick<SiteLinks, 'event'>): EventLinks {
  return Object.fromEntries(events.map((e) => [e.id, fromRoot(links.event(e))]));
}

/** Every events shard's links (eventShardLinks), in shard order. */
export function eventLinkShards(timeline: Timeline, links: SiteLinks = timelineSiteLinks(timeline), perShard = EVENTS_PER_SHARD): EventLinks[] {
  return eventShardDeal(timeline, perShard).map((events) => eventShardLinks(events, links));
}

/**
 * The members of each shard of the passages' index: the passages of runs of consecutive
 * documents (by id), cut where the corpus's content says, not at a count: a new shard starts
 * at a document whose id hashes to 0 modulo a power of two (chosen so that a shard holds
 * about half of `perShard` passages on average), or where the shard would pass `perShard`.
 * An edit, an addition or a removal then changes only the shard of its document (unless it
 * adds or removes a cut, which shifts the shards after it), and the other shards keep their
 * members, their key and their bytes. Passages are numbered shard by shard (`id`: the shard's
 * number times `perShard`, plus the place in the shard), so numbers still follow document
 * order across shards, as the page script's ties between passages expect.
 */
export function passageShardMembers(timeline: Timeline, links: SiteLinks = timelineSiteLinks(timeline), perShard = PASSAGES_PER_SHARD): SearchPassage[][] {
  return passageShardRuns(timeline, perShard).map((runs, n) => passageShard(runs, n, links, perShard));
}

/** A run of one document's searched passages (`from` to `to`, of those that are not page chrome) in a shard of the passages' index. */
export interface PassageRun {
  document: TimelineDocument;
  from: number;
  to: number;
}

const searchedPassages = (doc: TimelineDocument): Passage[] => doc.passages.filter((p) => p.kind !== 'chrome');

/**
 * The shards of the passages' index as runs of documents' passages (passageShardMembers cuts
 * them), counted, not made: a shard's members are made when it is written (`passageShard`),
 * so a writer never holds every passage's excerpt and link (a copy of the corpus's text).
 */
export function passageShardRuns(timeline: Timeline, perShard = PASSAGES_PER_SHARD): PassageRun[][] {
  const documents = [...timeline.documents].sort((a, b) => byText(a.id, b.id));
  const counts = documents.map((doc) => searchedPassages(doc).length);
  const total = counts.reduce((n, c) => n + c, 0);
  // Documents per shard on average, rounded down to a power of two, so that it moves only when the average passages per document doubles or halves.
  const perDocument = documents.length === 0 ? 1 : Math.max(1, total / documents.length);
  const modulus = 2 ** Math.max(0, Math.floor(Math.log2(Math.max(1, perShard / (2 * perDocument)))));
  const shards: PassageRun[][] = [];
  let current: PassageRun[] = [];
  let size = 0;
  const close = (): void => {
    shards.push(current);
    current = [];
    size = 0;
  };
  documents.forEach((doc, d) => {
    const own = counts[d]!;
    if (size > 0 && (stableHash(doc.id) % modulus === 0 || size + own > perShard)) close();
    // A document of more than `perShard` passages is split alone, at the count.
    for (let from = 0; from < own; ) {
      if (size === perShard) close();
      const to = Math.min(own, from + perShard - size);
      current.push({ document: doc, from, to });
      size += to - from;
      from = to;
    }
  });
  if (size > 0) shards.push(current);
  return shards;
}

/**
 * What shard `n`'s passages are made from (passageShard): each run's document id and title and
 * its passages' ids, texts and links. A key over these is the shard's key, made without making the
 * passages (their excerpts and links: the corpus's text copied) for every shard on every build.
 */
export function passageShardInputs(runs: readonly PassageRun[], links: Pick<SiteLinks, 'document'>): unknown[] {
  return runs.map(({ document: doc, from, to }) => [doc.id, doc.title, searchedPassages(doc).slice(from, to).map((p) => [p.id, p.text, links.document(doc.id, p.id)])]);
}

/** Shard `n`'s passages, made from its runs (passageShardRuns), numbered as passageShardMembers numbers them. */
export function passageShard(runs: readonly PassageRun[], n: number, links: SiteLinks, perShard = PASSAGES_PER_SHARD): SearchPassage[] {
  const members: SearchPassage[] = [];
  for (const { document: doc, from, to } of runs) {
    const own = searchedPassages(doc);
    for (let k = from; k < to; k++) {
      const p = own[k]!;
      members.push({ id: n * perShard + members.length, href: fromRoot(links.document(doc.id, p.id)), document: doc.title, excerpt: p.text.replace(/\s+/g, ' ').trim() });
    }
  }
  return members;
}

/**
 * The passages' index in shards (passageShardMembers): how many, and each built only when the
 * iteration reaches it, so a writer holds one shard at a time (at 10,000 articles the shards
 * together are hundreds of megabytes).
 */
export function passageShardsOneByOne(
  timeline: Timeline,
  links: SiteLinks = timelineSiteLinks(timeline),
  perShard = PASSAGES_PER_SHARD,
): { count: number; shards: Generator<MiniSearch<SearchPassage>> } {
  const runs = passageShardRuns(timeline, perShard);
  function* shards(): Generator<MiniSearch<SearchPassage>> {
    for (const [n, shard] of runs.entries()) yield passageShardIndex(passageShard(shard, n, links, perShard));
  }
  return { count: runs.length, shards: shards() };
}

/** The passages' index, in shards (passageShardMembers). */
export function passageIndexShards(timeline: Timeline, links: SiteLinks = timelineSiteLinks(timeline), perShard = PASSAGES_PER_SHARD): Array<MiniSearch<SearchPassage>> {
  return [...passageShardsOneByOne(timeline, links, perShard).shards];
}

/** Where shard `n` of the events' index is written, from the site's root. */
export function eventShardPath(n: number): string {
  return `assets/search-events-${n}.js`;
}

/** Where the links of shard `n` of the events' index are written, from the site's root. */
export function eventLinksPath(n: number): string {
  return `assets/search-event-links-${n}.js`;
}

/** Where shard `n` of the passages' index is written, from the site's root. */
export function passageShardPath(n: number): string {
  return `assets/search-passages-${n}.js`;
}

/** JSON as a classic script's value: `<` is escaped so no `</script>` can ever appear. */
function scriptValue(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** A value (an index, links) as a classic script's value: its JSON in a string literal read by `JSON.parse` (faster than an object literal), with no `<`. */
function indexValue(index: MiniSearch<SearchEvent> | MiniSearch<SearchPassage> | EventLinks): string {
  return `JSON.parse('${scriptValue(index).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}')`;
}

/** The shards of both indexes, and each events shard's links (eventShardLinks). */
export interface SearchIndexShards {
  events: Array<MiniSearch<SearchEvent>>;
  eventLinks: EventLinks[];
  passages: Array<MiniSearch<SearchPassage>>;
}

/** Where the shards of both indexes are, from the site root, and the links of each events shard. */
export interface SearchShardPaths {
  events: string[];
  eventLinks: string[];
  passages: string[];
}

/** The shards of both indexes: where they are (from the site root), or the shards themselves (the single file). */
export type SearchShards = { paths: SearchShardPaths } | { inline: SearchIndexShards };

/** Where the site's shards are, from its root, in the order the page loads them, given how many of each there are. */
export function searchShardPaths(count: { events: number; passages: number }): SearchShardPaths {
  return {
    events: Array.from({ length: count.events }, (_, n) => eventShardPath(n)),
    eventLinks: Array.from({ length: count.events }, (_, n) => eventLinksPath(n)),
    passages: Array.from({ length: count.passages }, (_, n) => passageShardPath(n)),
  };
}

/**
 * `assets/search-index.js` as a classic script (`window.TIMELINE_SEARCH = …`): where the
 * shards of both indexes are (relative to the site root), or, inline, the shards themselves.
 */
export function searchIndexScript(shards: SearchShards): string {
  return searchIndexScriptParts(shards).join('');
}

/** searchIndexScript in parts, in order (one per shard), so a large index is never one string. */
export function searchIndexScriptParts(shards: SearchShards): string[] {
  if ('paths' in shards) {
    const { events, eventLinks, passages } = shards.paths;
    return [`window.TIMELINE_SEARCH = {eventShards: ${scriptValue(events)}, eventLinks: ${scriptValue(eventLinks)}, passageShards: ${scriptValue(passages)}};\n`];
  }
  const list = (values: Array<MiniSearch<SearchEvent> | MiniSearch<SearchPassage> | EventLinks>): string[] => ['[', ...values.flatMap((value, i) => (i > 0 ? [',', indexValue(value)] : [indexValue(value)])), ']'];
  const { events, eventLinks, passages } = shards.inline;
  return ['window.TIMELINE_SEARCH = {events: ', ...list(events), ', eventLinks: ', ...list(eventLinks), ', passages: ', ...list(passages), '};\n'];
}

/** Shard `n` of the events' index as a classic script: it adds itself to the shards loaded so far. */
export function eventShardScript(shard: MiniSearch<SearchEvent>, n: number): string {
  return `(window.TIMELINE_SEARCH_EVENTS = window.TIMELINE_SEARCH_EVENTS || {})[${n}] = ${indexValue(shard)};\n`;
}

/** The links of events shard `n` (eventShardLinks) as a classic script: they add themselves to the links loaded so far. */
export function eventLinksScript(links: EventLinks, n: number): string {
  return `(window.TIMELINE_SEARCH_EVENT_LINKS = window.TIMELINE_SEARCH_EVENT_LINKS || {})[${n}] = ${indexValue(links)};\n`;
}

/** Shard `n` of the passages' index as a classic script: it adds itself to the shards loaded so far. */
export function passageShardScript(shard: MiniSearch<SearchPassage>, n: number): string {
  return `(window.TIMELINE_SEARCH_PASSAGES = window.TIMELINE_SEARCH_PASSAGES || {})[${n}] = ${indexValue(shard)};\n`;
}
