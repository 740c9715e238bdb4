import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { attachSpec, specOf } from '../timex-spec.ts';

/** "and 25" after "April 24": a second day of the same month, ending the phrase (not "24 and 25 people"). */
const SECOND_DAY = /^(\s*,?\s+(?:and|or|&)\s+)(\d{1,2})(?:st|nd|rd|th)?(?=\s*(?:[,.;:!?)]|$|\s+(?:at|in|when|and|to|before|after|of\s+(?:this|next|last)\s+year|[12]\d{3})\b))/;

/**
 * "April 24 and 25", "on June 3 or 4": TimeML marks the second day as a date of its own, in the
 * month (and year) of the first.
 */
export class ConjoinedDayRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (const result of results) {
      out.push(result);
      const spec = specOf(result);
      if (spec?.kind !== 'calendar' || spec.month === undefined || spec.day === undefined || spec.hour !== undefined) continue;
      const end = result.index + result.text.length;
      const found = SECOND_DAY.exec(context.text.slice(end, end + 40));
      const day = Number(found?.[2]);
      if (!found || day < 1 || day > 31 || day === spec.day) continue;
      const second = context.createParsingResult(end + (found[1] ?? '').length, found[2] ?? '');
      attachSpec(second, { ...spec, day });
      second.start.addTag('refiner/ConjoinedDayRefiner');
      out.push(second);
    }
    return out;
  }
}
