import { LEFT, TimexPatternParser } from './timex-pattern-parser.ts';
import type { PartOfDay, TimexSpec } from '../timex-spec.ts';
import { PARTS_OF_DAY, WEEKDAY_PATTERN, parseWeekday, directionOf } from '../english-lexicon.ts';

/**
 * Weekdays: "Wednesday", "last Friday", "next Thursday", "this Monday", "Wednesday night",
 * "Friday morning"; plurals ("on Tuesdays", "Tuesday nights") are sets.
 */
export class WeekdayParser extends TimexPatternParser {
  protected trigger(): RegExp | null {
    return /[nsir]days?\b|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\./;
  }

  protected regex(): RegExp {
    return new RegExp(
      `${LEFT}(?:([Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming|[Ee]very|[Ee]ach)\\s+)?(${WEEKDAY_PATTERN})(s)?(?:[’']s)?(?:\\s+(morning|afternoon|evening|night)(s)?)?(?![\\w])`,
    );
  }

  protected read(match: RegExpMatchArray): { spec: TimexSpec } | null {
    const det = (match[1] ?? '').toLowerCase();
    const weekday = parseWeekday(match[2] ?? '');
    const part = match[4] ? (PARTS_OF_DAY[match[4].toLowerCase()] as PartOfDay) : undefined;
    if (match[3] || match[5] || det === 'every' || det === 'each') {
      return { spec: { kind: 'literal', type: 'SET', value: `XXXX-WXX-${weekday}${part ? 'T' + part : ''}` } };
    }
    const spec: TimexSpec = { kind: 'calendar', type: part ? 'TIME' : 'DATE', weekday, direction: directionOf(det) };
    if (part) spec.partOfDay = part;
    return { spec };
  }
}

