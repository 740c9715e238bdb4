import { serialiseTimeline } from '../../src/timeline/timeline-json.ts';
import type { ValidTimeline } from '../../src/timeline/validate-timeline.ts';

export const data = { permalink: 'timeline.json', eleventyExcludeFromCollections: true };

export function render(data: { timeline: ValidTimeline }): string {
  return serialiseTimeline(data.timeline);
}
