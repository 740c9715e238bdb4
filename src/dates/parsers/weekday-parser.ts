import type { ParsingContext } from 'chrono-node';
import { LEFT, TimexPatternParser } from './timex-pattern-parser.ts';
import type { PartOfDay, TimexSpec } from '../timex-spec.ts';
import { PARTS_OF_DAY, WEEKDAY_PATTERN, parseWeekday, directionOf } from '../english-lexicon.ts';

/**
 * Weekdays: "Wednesday", "last Friday", "next Thursday", "this Monday", "the previous Friday", "Wednesday night",
 * "Friday morning"; plurals ("on Tuesdays", "Tuesday nights") are sets. A possessive names an event
 * that has happened ("Friday's close", "get around Wednesday's ruling"): the last such day, whatever
 * the clause's tense.
 */
export class WeekdayParser extends TimexPatternParser {
  protected trigger(): RegExp | null {
    return /[nsir]days?\b|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\./;
  }

  protected regex(): RegExp {
    return new RegExp(
      `${LEFT}(?:([Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming|[Ee]very|[Ee]ach|(?:[Tt]he\\s+)?(?:previous|following))\\s+)?(${WEEKDAY_PATTERN})(s)?(?:[’']s)?(?:\\s+(morning|afternoon|evening|night)(s)?)?(?![\\w])`,
    );
  }

  protected read(match: RegExpMatchArray, context: ParsingContext): { spec: TimexSpec } | null {
    const det = (match[1] ?? '').toLowerCase();
    const weekday = parseWeekday(match[2] ?? '');
    const part = match[4] ? (PARTS_OF_DAY[match[4].toLowerCase()] as PartOfDay) : undefined;
    if (match[3] || match[5] || det === 'every' || det === 'each') {
      return { spec: { kind: 'literal', type: 'SET', value: `XXXX-WXX-${weekday}${part ? 'T' + part : ''}` } };
    }
    const possessive = /[’']s$/.test(match[0]) || /^[’']s\b/.test(context.text.slice((match.index ?? 0) + match[0].length));
    // "the previous Friday", "the following Monday": counted from the date the text speaks of.
    const fromText = /previous|following/.test(det);
    const direction = fromText ? (det.endsWith('previous') ? 'past' : 'future') : !det && possessive ? 'past-or-same' : directionOf(det);
    const spec: TimexSpec = { kind: 'calendar', type: part ? 'TIME' : 'DATE', weekday, direction };
    if (fromText) spec.fromText = true;
    if (part) spec.partOfDay = part;
    return { spec };
  }
}

