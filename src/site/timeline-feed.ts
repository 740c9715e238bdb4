import { DEFAULT_SITE_CONFIG, type SiteConfig } from '../load/read-site-config.ts';
import type { Timeline, TimelineEvent } from '../types.ts';
import { downloadLink } from './download-link.ts';
import { formatResolvedDate, relationLabel } from './format-date.ts';
import { orderEvents } from '../timeline/order-events.ts';
import { compareSources } from './order-sources.ts';
import { linkableUrl, timelineSiteLinks, type SiteLinks } from './site-links.ts';

/** Where the feed is written, from the site's root. */
export const FEED_PATH = '/feed.json';
export const FEED_TYPE = 'application/feed+json';

interface FeedItem {
  id: string;
  url: string;
  external_url?: string;
  title: string;
  content_text: string;
  date_published?: string;
  tags: string[];
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), the fields we fill. */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url?: string;
  feed_url?: string;
  description?: string;
  language: string;
  authors?: Array<{ name: string }>;
  items: FeedItem[];
}

/** A `YYYY-MM-DD` day as RFC 3339 (midnight UTC): the day is all we know. */
const rfc3339Day = (day: string): string => `${day}T00:00:00Z`;

/** When the event was first reported: the earliest publication date of its source articles, if any is known. */
function firstReported(event: TimelineEvent, published: ReadonlyMap<string, string | null>): string | undefined {
  const days = event.sources.flatMap((s) => {
    const day = published.get(s.document);
    return day === null || day === undefined ? [] : [day];
  });
  return days.length === 0 ? undefined : [...days].sort()[0];
}

/**
 * The events as a JSON Feed, newest first, for readers who follow a story. JSON Feed rather
 * than Atom: Atom requires an `updated` time on every entry, and an event whose articles carry
 * no publication date has none we could honestly give. Each item links to its permalink and
 * the original article; ids and links are absolute under the configured base URL (as feed
 * readers need), else relative to the site's root folder.
 */
export function timelineFeed(timeline: Timeline, config: SiteConfig = DEFAULT_SITE_CONFIG): JsonFeed {
  const { head, events, item } = timelineFeedParts(timeline, config);
  return { ...head, items: events.map(item) };
}

/**
 * The feed as `timelineFeed` makes it, in parts: its events newest first, each item made by
 * `item` when it is written, so that a large feed is written without being held whole
 * (write-downloads.ts): `{ ...head, items: events.map(item) }` is `timelineFeed`. `links`: the
 * site's links (those of the timeline's own site by default).
 */
export function timelineFeedParts(
  timeline: Timeline,
  config: SiteConfig = DEFAULT_SITE_CONFIG,
  links: SiteLinks = timelineSiteLinks(timeline),
): { head: Omit<JsonFeed, 'items'>; events: TimelineEvent[]; item: (event: TimelineEvent) => FeedItem } {
  const documents = new Map(timeline.documents.map((d) => [d.id, d]));
  const published = new Map(timeline.documents.map((d) => [d.id, d.published]));
  const link = (siteRootUrl: string): string => downloadLink(siteRootUrl, config.baseUrl);
  const item = (event: TimelineEvent): FeedItem => {
    const label = formatResolvedDate(event.date).label;
    const relation = relationLabel(event.relation);
    const sources = [...event.sources].sort(compareSources);
    const quotes = sources.map((s) => {
      const doc = documents.get(s.document);
      const who = s.attribution === null ? '' : `, according to ${s.attribution}`;
      return `“${s.passage.text}” (${doc?.title ?? s.document}${doc?.publisher ? `, ${doc.publisher}` : ''}${who})`;
    });
    const url = link(links.event(event));
    // The first of its articles that has a linkable original.
    const original = sources.map((s) => linkableUrl(documents.get(s.document)?.url ?? null)).find((u) => u !== null) ?? null;
    const reported = firstReported(event, published);
    return {
      id: url,
      url,
      ...(original === null ? {} : { external_url: original }),
      title: event.headline,
      content_text: [relation === null ? label : `${relation} ${label}`, ...quotes].join('\n\n'),
      ...(reported === undefined ? {} : { date_published: rfc3339Day(reported) }),
      tags: [...new Set(sources.map((s) => documents.get(s.document)?.publisher ?? documents.get(s.document)?.title ?? s.document))],
    };
  };
  // Newest first.
  const events = orderEvents(timeline.events).reverse();
  const authors = config.publisher === null ? {} : { authors: [{ name: config.publisher }] };
  const head: Omit<JsonFeed, 'items'> = {
    version: 'https://jsonfeed.org/version/1.1',
    title: config.title,
    ...(config.baseUrl === null ? {} : { home_page_url: link('/index.html'), feed_url: link(FEED_PATH) }),
    ...(config.description === null ? {} : { description: config.description }),
    language: config.language,
    ...authors,
  };
  return { head, events, item };
}
