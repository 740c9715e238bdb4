import type { SiteModel } from '../../src/site/site-views.ts';
import { FEED_PATH, timelineFeed } from '../../src/site/timeline-feed.ts';
import type { Timeline } from '../../src/types.ts';

export const data = { permalink: FEED_PATH.slice(1), eleventyExcludeFromCollections: true };

export function render(data: { timeline: Timeline; site: SiteModel }): string {
  return `${JSON.stringify(timelineFeed(data.timeline, data.site.config), null, 2)}\n`;
}
