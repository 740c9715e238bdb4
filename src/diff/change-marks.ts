import type { TimelineDiff } from './diff-timelines.ts';

export type ChangeMark = 'added' | 'changed';

/**
 * What a site built with `--compare-to OLD` needs to mark events: the new timeline's event
 * ids that are new or changed since OLD. Unchanged events have no mark; removed events are
 * not in the new timeline (a "What changed" page lists them from `diff.removed`).
 */
export function changeMarks(diff: TimelineDiff): Map<string, ChangeMark> {
  const marks = new Map<string, ChangeMark>();
  for (const event of diff.added) marks.set(event.id, 'added');
  for (const change of diff.changed) marks.set(change.after.id, 'changed');
  return marks;
}
