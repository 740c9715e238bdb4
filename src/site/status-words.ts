import type { FactualityStatus } from '../types.ts';

/** How each status is shown: a badge word and the sentence that says what it means (README: "Factuality"). */
export const STATUS_WORDS: Record<FactualityStatus, { label: string; sentence: string }> = {
  happened: { label: 'Happened', sentence: 'Reported as having happened.' },
  ongoing: { label: 'Ongoing', sentence: 'Reported as still going on.' },
  planned: { label: 'Planned', sentence: 'Planned or scheduled: not reported as having happened.' },
  expected: { label: 'Expected', sentence: 'Forecast or expected: not reported as having happened.' },
  possible: { label: 'Possible', sentence: 'Said to be possible: not reported as having happened.' },
  denied: { label: 'Denied', sentence: 'Denied: the source says it did not happen.' },
};

/** The statuses in the order the filter offers them. */
export const STATUS_ORDER: FactualityStatus[] = ['happened', 'ongoing', 'planned', 'expected', 'possible', 'denied'];
