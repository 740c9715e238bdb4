import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_CONFIG, type SiteConfig } from '../../src/load/read-site-config.ts';
import { timelineFeed, type JsonFeed } from '../../src/site/timeline-feed.ts';
import { fixtureTimeline, HOSTILE_URL } from './fixture-timeline.ts';

const CONFIGURED: SiteConfig = {
  ...DEFAULT_SITE_CONFIG,
  title: 'Kobani',
  description: 'How the siege was reported.',
  language: 'en-GB',
  baseUrl: 'https://news.example/kobani/',
  publisher: 'The Example Times',
};

// RFC 3339 date-time (section 5.6), as JSON Feed 1.1 requires for date_published.
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The rules of JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) a feed reader relies on; the problems found. */
function jsonFeedProblems(feed: unknown): string[] {
  const problems: string[] = [];
  const f = feed as Record<string, unknown>;
  if (f.version !== 'https://jsonfeed.org/version/1.1') problems.push('version');
  if (typeof f.title !== 'string' || f.title === '') problems.push('title');
  if (!Array.isArray(f.items)) return [...problems, 'items'];
  for (const key of ['home_page_url', 'feed_url'] as const) if (f[key] !== undefined && !URL.canParse(String(f[key]))) problems.push(key);
  const ids = new Set<string>();
  (f.items as Array<Record<string, unknown>>).forEach((item, i) => {
    if (typeof item.id !== 'string' || item.id === '') problems.push(`items[${i}].id`);
    else if (ids.has(item.id)) problems.push(`items[${i}].id repeated`);
    else ids.add(item.id);
    if (typeof item.content_text !== 'string' && typeof item.content_html !== 'string') problems.push(`items[${i}] has no content`);
    if (item.date_published !== undefined && !RFC3339.test(String(item.date_published))) problems.push(`items[${i}].date_published`);
  });
  return problems;
}

describe('timelineFeed', () => {
  const feed: JsonFeed = JSON.parse(JSON.stringify(timelineFeed(fixtureTimeline(), CONFIGURED)));

  it('is a valid JSON Feed 1.1, with and without a base URL', () => {
    expect(jsonFeedProblems(feed)).toEqual([]);
    expect(jsonFeedProblems(timelineFeed(fixtureTimeline()))).toEqual([]);
  });

  it('the checker finds what a reader would trip on', () => {
    const broken = { ...feed, version: '1', items: [{ ...feed.items[0], date_published: '14 October 2014' }, { id: feed.items[0]!.id }] };
    expect(jsonFeedProblems(broken)).toEqual(['version', 'items[0].date_published', 'items[1].id repeated', 'items[1] has no content']);
  });

  it('lists the events newest first', () => {
    expect(feed.items.map((i) => i.id.replace(/^.*#/, ''))).toEqual([
      'kobani-siege-withdrawal-2019',
      'kobani-siege-repelled-2014-10-13',
      'kobani-siege-entered-2014-09',
      'kobani-aftermath-control-2014-01',
      'kobani-siege-began-2014',
    ]);
  });

  it('takes title, description, language and publisher from the configuration; ids and links absolute under the base URL', () => {
    expect(feed).toMatchObject({
      title: 'Kobani',
      description: 'How the siege was reported.',
      language: 'en-GB',
      authors: [{ name: 'The Example Times' }],
      home_page_url: 'https://news.example/kobani/index.html',
      feed_url: 'https://news.example/kobani/feed.json',
    });
    expect(feed.items[0]).toMatchObject({
      id: 'https://news.example/kobani/years/2019.html#kobani-siege-withdrawal-2019',
      url: 'https://news.example/kobani/years/2019.html#kobani-siege-withdrawal-2019',
      title: 'The last troops withdrew from Kobani',
    });
    // Without a base URL, links are relative to the site root and the feed says no home page.
    const plain = timelineFeed(fixtureTimeline());
    expect(plain.items[0]!.url).toBe('years/2019.html#kobani-siege-withdrawal-2019');
    expect(plain.home_page_url).toBeUndefined();
  });

  it('quotes each passage with its article, dates an item by its first report when known, and links the original article', () => {
    const entered = feed.items.find((i) => i.id.endsWith('#kobani-siege-entered-2014-09'))!;
    expect(entered.content_text).toContain('September 2014');
    expect(entered.content_text).toContain('“Islamic State fighters entered the outskirts of the town in September 2014, officials said.” (Fighting for Kobani, Example Wire');
    expect(entered.date_published).toBe('2014-10-14T00:00:00Z');
    expect(entered.external_url).toBe('https://example.org/news/kobani');
    // Only the undated article reports the withdrawal: no date is invented, and its javascript: url is not linked.
    expect(feed.items[0]!.date_published).toBeUndefined();
    expect(JSON.stringify(feed)).not.toContain(HOSTILE_URL);
  });
});
