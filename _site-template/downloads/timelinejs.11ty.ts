import type { SiteModel } from '../../src/site/site-views.ts';
import { timelineJs } from '../../src/site/timelinejs.ts';
import type { Timeline } from '../../src/types.ts';

export const data = { permalink: 'timelinejs.json', eleventyExcludeFromCollections: true };

export function render(data: { timeline: Timeline; site: SiteModel }): string {
  return `${JSON.stringify(timelineJs(data.timeline, data.site.config), null, 2)}\n`;
}
