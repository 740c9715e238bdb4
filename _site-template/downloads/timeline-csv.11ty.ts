import { timelineCsv } from '../../src/site/timeline-csv.ts';
import type { SiteModel } from '../../src/site/site-views.ts';
import type { Timeline } from '../../src/types.ts';

export const data = { permalink: 'timeline.csv', eleventyExcludeFromCollections: true };

export function render(data: { timeline: Timeline; site: SiteModel }): string {
  return timelineCsv(data.timeline, data.site.config);
}
