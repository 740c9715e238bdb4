import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { attachSpec, specOf, type CalendarSpec } from '../timex-spec.ts';

/**
 * Gives chrono's own results (absolute dates and clock times: "October 13, 2019", "13 October 2019",
 * "2019-10-13", "10/13/2019", "6 a.m.") a calendar spec built from their KNOWN components only;
 * what chrono implied from its reference date is ignored. Drops readings that are not dates:
 * clock times without a clock ("10–15 boxes", "2\nA"), slash dates without a year ("3/4").
 */
export class ChronoResultSpecRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const kept: ParsingResult[] = [];
    for (const result of results) {
      if (specOf(result)) {
        kept.push(result);
        continue;
      }
      const spec = calendarSpecOf(result);
      if (!spec) continue;
      // TimeML leaves the preposition out of the extent: "on 13 October 2019", "at 6 a.m.".
      const lead = /^(?:(?:on|at|in|from|by|since|until)\s+)+/i.exec(result.text);
      if (lead) {
        result.index += lead[0].length;
        result.text = result.text.slice(lead[0].length);
      }
      const trailing = /\s+$/.exec(result.text);
      if (trailing) result.text = result.text.slice(0, trailing.index);
      if (result.index > 0 && /[$£€\d]$/.test(context.text.slice(0, result.index))) continue;
      // A range of days of one month ("April 13-15", "6-7 February") is two dates, as TimeML marks them;
      // other ranges keep their first date with the whole extent.
      const days = DAY_RANGE.exec(result.text);
      const endDay = result.end?.isCertain('day') ? result.end.get('day') : null;
      if (days && spec.day !== undefined && spec.hour === undefined && endDay === Number(days[3]) && spec.day === Number(days[2])) {
        const [, head = '', , , tail = ''] = days;
        const firstText = tail && !head ? days[2] ?? '' : `${head}${days[2] ?? ''}`;
        const secondText = `${days[3] ?? ''}${tail}`;
        const second = context.createParsingResult(result.index + result.text.length - secondText.length, secondText);
        result.text = firstText;
        result.end = undefined;
        attachSpec(result, spec);
        attachSpec(second, { ...spec, day: endDay });
        kept.push(result, second);
        continue;
      }
      attachSpec(result, spec);
      kept.push(result);
    }
    return kept;
  }
}

/** What makes a number a clock time: "6 a.m.", "14:30", "10 o'clock" (also the cue of chrono's time parser, `date-cue-filter.ts`). */
export const CLOCK = /\d:\d\d|\d\s*(?:[ap]\.\s?m\b\.?|[ap]m\b)|o['’]?\s?clock|noon|midnight|\d\s+in\s+the\s+(?:morning|afternoon|evening)/i;

/** "April 13-15" (month before) or "6-7 February" (month after): groups head, first day, second day, tail. */
const DAY_RANGE = /^(\D*?\s)?(\d{1,2})\s?[-–]\s?(\d{1,2})(\s+\D.*)?$/;

function calendarSpecOf(result: ParsingResult): CalendarSpec | null {
  const c = result.start;
  const text = result.text;
  const known = (k: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second') => (c.isCertain(k) ? (c.get(k) ?? undefined) : undefined);
  const hour = known('hour');
  const spec: CalendarSpec = { kind: 'calendar', type: 'DATE' };
  const year = known('year');
  const month = known('month');
  const day = known('day');
  if (year !== undefined) spec.year = year;
  if (month !== undefined) spec.month = month;
  if (day !== undefined) spec.day = day;
  if (hour !== undefined) {
    // A clock time needs a clock: "6 a.m.", "14:30", "10 o'clock"; "10–15" or a stray "2" are numbers.
    if (!CLOCK.test(text)) return null;
    spec.type = 'TIME';
    spec.hour = hour;
    spec.minute = known('minute') ?? 0;
  }
  if (month === undefined && day === undefined && hour === undefined) return null;
  if (/\//.test(text) && year === undefined) return null;
  if (day !== undefined && month === undefined) return null;
  if (year === undefined && month !== undefined) spec.direction = 'tense';
  return spec;
}
