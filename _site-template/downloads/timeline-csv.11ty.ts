import { timelineCsv } from '../../src/site/timeline-csv.ts';
import type { Timeline } from '../../src/types.ts';

export const data = { permalink: 'timeline.csv', eleventyExcludeFromCollections: true };

export function render(data: { timeline: Timeline }): string {
  return timelineCsv(data.timeline);
}
