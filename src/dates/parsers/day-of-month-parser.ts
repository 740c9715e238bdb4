import type { ParsingContext } from 'chrono-node';
import { LEFT, TimexPatternParser } from './timex-pattern-parser.ts';
import type { TimexSpec } from '../timex-spec.ts';

/**
 * A day of the month without its month: "on the 27th", "the 21st of next month", "Friday the 22nd"
 * (merged with the weekday by a refiner). The month comes from the reference. Only at the end of
 * a phrase: "the 1st Battalion", "the 27th floor" are not dates.
 */
export class DayOfMonthParser extends TimexPatternParser {
  protected trigger(): RegExp | null {
    return /the \d{1,2}(?:st|nd|rd|th)\b/;
  }

  protected regex(): RegExp {
    return new RegExp(
      `${LEFT}the\\s+(\\d{1,2})(st|nd|rd|th)(?:\\s+of\\s+(this|next|last)\\s+month)?(?=\\s*(?:[,.;:!?)]|$)|\\s+(?:at|in|when|and|to|through|until|or|before|after)\\b)`,
    );
  }

  protected read(match: RegExpMatchArray, context: ParsingContext): { spec: TimexSpec } | null {
    const day = Number(match[1]);
    const suffix = (match[2] ?? '').toLowerCase();
    const expected = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
    if (day < 1 || day > 31 || suffix !== expected) return null;
    // "the 20th" after a century word or before "century" is not a day ("the 20th century" is another parser's).
    if (/^\s+century/i.test(context.text.slice((match.index ?? 0) + match[0].length))) return null;
    const spec: TimexSpec = { kind: 'calendar', type: 'DATE', day, direction: 'tense' };
    if (match[3]) spec.monthShift = match[3] === 'next' ? 1 : match[3] === 'last' ? -1 : 0;
    return { spec };
  }
}
