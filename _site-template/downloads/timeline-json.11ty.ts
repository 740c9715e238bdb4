import { serialiseTimeline } from '../../src/timeline/timeline-json.ts';
import type { Timeline } from '../../src/types.ts';

export const data = { permalink: 'timeline.json', eleventyExcludeFromCollections: true };

export function render(data: { timeline: Timeline }): string {
  return serialiseTimeline(data.timeline);
}
