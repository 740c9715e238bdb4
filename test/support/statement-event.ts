import { dateInterval } from '../../src/dates/index.ts';
import type { TimelineEvent } from '../../src/types.ts';

/** An unmerged event of one document saying `statement` on the TIMEX3 date `value` (for the merge tests). */
export function statementEvent(document: string, statement: string, value: string): TimelineEvent {
  const span = { start: 0, end: statement.length, text: statement };
  const id = `e-${document}-${value}-${statement.length}`;
  return {
    id,
    date: dateInterval(value)!,
    relation: 'on',
    headline: statement,
    status: 'happened',
    sources: [{ id, document, passage: { ...span, id: 'p-1' }, statement: span, mention: span, attribution: null, hedged: false, status: 'happened', statusCues: [] }],
  };
}
