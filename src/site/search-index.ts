import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { Timeline } from '../types.ts';
import { formatResolvedDate, relationLabel } from './format-date.ts';
import { timelineSiteLinks, type SiteLinks } from './site-links.ts';
import { orderEvents } from '../timeline/order-events.ts';
import { byText } from './sort-text.ts';

/**
 * The search of the site: MiniSearch indexes (ranked, prefix and typo-tolerant), built here and
 * written as classic scripts (`window.TIMELINE_SEARCH = …`): a `<script src>` loads from
 * file:// where fetch() and module scripts cannot. The events' index is one script, loaded
 * when a search starts; the passages' index is split in shards of `PASSAGES_PER_SHARD`, each a
 * script of its own, loaded after it, so the first hits (events) show before the bulk arrives
 * and no page ever loads the index with itself.
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
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** How each index reads its documents; the page script loads them with the same options (timeline.js). */
type IndexFields = Required<Pick<Options, 'fields' | 'storeFields'>>;
export const EVENT_INDEX_OPTIONS: IndexFields = { fields: ['headline', 'text'], storeFields: ['href', 'date', 'headline'] };
export const PASSAGE_INDEX_OPTIONS: IndexFields = { fields: ['excerpt', 'document'], storeFields: ['href', 'document', 'excerpt'] };

/** Terms folded as the page script folds them (timeline.js): "Akçakale" is found by "akcakale". */
export const processTerm = (term: string): string | null => foldForSearch(term) || null;

/** Words split at spaces, punctuation and symbols (MiniSearch's default keeps symbols: "<b>word" would be one term). */
export const tokenize = (text: string): string[] => text.split(/[\p{Z}\p{P}\p{S}\n\r]+/u).filter(Boolean);

/** How the page script searches (timeline.js, `SEARCH`): every term, each a prefix, one typo in five letters. */
export const SEARCH_OPTIONS: SearchOptions = { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: { headline: 2 } };

/** Passages per shard of the passages' index: a shard a few megabytes at most, loaded in parallel. */
export const PASSAGES_PER_SHARD = 5000;

/** Site-root links become relative to the root folder, where the page that loads the index is; in-file links stay. */
function fromRoot(url: string): string {
  return url.startsWith('/') ? url.slice(1) : url;
}

export function searchEvents(timeline: Timeline, links: SiteLinks = timelineSiteLinks(timeline)): SearchEvent[] {
  const titles = new Map(timeline.documents.map((d) => [d.id, d.title]));
  return orderEvents(timeline.events).map((event) => ({
    id: event.id,
    href: fromRoot(links.event(event)),
    date: [relationLabel(event.relation), formatResolvedDate(event.date).label].filter((part) => part !== null).join(' '),
    headline: event.headline,
    text: event.sources.flatMap((s) => [s.statement.text, s.attribution ?? '', titles.get(s.document) ?? '']).join(' ').replace(/\s+/g, ' ').trim(),
  }));
}

/** Every passage of every article but page chrome, by document id then place. */
export function searchPassages(timeline: Timeline, links: SiteLinks = timelineSiteLinks(timeline)): SearchPassage[] {
  return [...timeline.documents]
    .sort((a, b) => byText(a.id, b.id))
    .flatMap((doc) =>
      doc.passages
        .filter((p) => p.kind !== 'chrome')
        .map((p) => ({ href: fromRoot(links.document(doc.id, p.id)), document: doc.title, excerpt: p.text.replace(/\s+/g, ' ').trim() })),
    )
    .map((p, id) => ({ id, ...p }));
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
 * The passages' index in shards of `perShard` passages: how many, and each built only when the
 * iteration reaches it, so a writer holds one shard at a time (at 10,000 articles the shards
 * together are hundreds of megabytes).
 */
export function passageShardsOneByOne(
  timeline: Timeline,
  links: SiteLinks = timelineSiteLinks(timeline),
  perShard = PASSAGES_PER_SHARD,
): { count: number; shards: Generator<MiniSearch<SearchPassage>> } {
  const passages = searchPassages(timeline, links);
  function* shards(): Generator<MiniSearch<SearchPassage>> {
    for (let start = 0; start < passages.length; start += perShard) yield buildIndex(passages.slice(start, start + perShard), PASSAGE_INDEX_OPTIONS);
  }
  return { count: Math.ceil(passages.length / perShard), shards: shards() };
}

/** The passages' index, in shards of `perShard` passages. */
export function passageIndexShards(timeline: Timeline, links: SiteLinks = timelineSiteLinks(timeline), perShard = PASSAGES_PER_SHARD): Array<MiniSearch<SearchPassage>> {
  return [...passageShardsOneByOne(timeline, links, perShard).shards];
}

/** Where shard `n` of the passages' index is written, from the site's root. */
export function passageShardPath(n: number): string {
  return `assets/search-passages-${n}.js`;
}

/** JSON as a classic script's value: `<` is escaped so no `</script>` can ever appear. */
function scriptValue(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * The events' index as a classic script, with where the passages' shards are (relative to the
 * site root); `inlineShards` instead carries the shards themselves (the single file).
 */
export function searchIndexScript(events: MiniSearch<SearchEvent>, shards: { paths: string[] } | { inline: Array<MiniSearch<SearchPassage>> }): string {
  return searchIndexScriptParts(events, shards).join('');
}

/** searchIndexScript in parts, in order (one per index and shard), so a large index is never one string. */
export function searchIndexScriptParts(events: MiniSearch<SearchEvent>, shards: { paths: string[] } | { inline: Array<MiniSearch<SearchPassage>> }): string[] {
  const passages = 'paths' in shards ? [`passageShards: ${scriptValue(shards.paths)}`] : ['passages: [', ...shards.inline.flatMap((shard, i) => (i > 0 ? [',', scriptValue(shard)] : [scriptValue(shard)])), ']'];
  return ['window.TIMELINE_SEARCH = {events: ', scriptValue(events), ', ', ...passages, '};\n'];
}

/** Shard `n` of the passages' index as a classic script: it adds itself to the shards loaded so far. */
export function passageShardScript(shard: MiniSearch<SearchPassage>, n: number): string {
  return `(window.TIMELINE_SEARCH_PASSAGES = window.TIMELINE_SEARCH_PASSAGES || {})[${n}] = ${scriptValue(shard)};\n`;
}
