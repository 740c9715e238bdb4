import { LEFT, TimexPatternParser } from './timex-pattern-parser.ts';
import type { Direction, TimexSpec } from '../timex-spec.ts';

/** Fixed-date holidays as month/day; floating ones as the n-th weekday of a month (n = -1: the last). */
const HOLIDAYS: Array<[RegExp, { month: number; day?: number; nth?: number; weekday?: number }]> = [
  [/^christmas\s+eve$/i, { month: 12, day: 24 }],
  [/^christmas(?:\s+day)?$/i, { month: 12, day: 25 }],
  [/^new\s+year['’]?s\s+eve$/i, { month: 12, day: 31 }],
  [/^new\s+year['’]?s(?:\s+day)?$/i, { month: 1, day: 1 }],
  [/^(?:independence\s+day|the\s+fourth\s+of\s+july|july\s+fourth)$/i, { month: 7, day: 4 }],
  [/^halloween$/i, { month: 10, day: 31 }],
  [/^valentine['’]?s\s+day$/i, { month: 2, day: 14 }],
  [/^veterans\s+day$/i, { month: 11, day: 11 }],
  [/^thanksgiving(?:\s+day)?$/i, { month: 11, nth: 4, weekday: 4 }],
  [/^labou?r\s+day$/i, { month: 9, nth: 1, weekday: 1 }],
  [/^memorial\s+day$/i, { month: 5, nth: -1, weekday: 1 }],
  [/^martin\s+luther\s+king(?:\s+jr\.?)?\s+day$/i, { month: 1, nth: 3, weekday: 1 }],
];

/** Holidays: "Christmas", "Thanksgiving Day", "last Thanksgiving", "New Year's Day 2000". */
export class HolidayParser extends TimexPatternParser {
  protected trigger(): RegExp | null {
    return /Christmas|New\s+Year|Independence|Fourth|Halloween|Valentine|Veterans|Thanksgiving|Labou?r|Memorial|Luther/;
  }

  protected regex(): RegExp {
    return new RegExp(
      `${LEFT}(?:([Ll]ast|[Tt]his|[Nn]ext)\\s+)?(Christmas\\s+Eve|Christmas(?:\\s+Day)?|New\\s+Year['’]?s(?:\\s+(?:Eve|Day))?|Independence\\s+Day|the\\s+Fourth\\s+of\\s+July|July\\s+Fourth|Halloween|Valentine['’]?s\\s+Day|Veterans\\s+Day|Thanksgiving(?:\\s+Day)?|Labou?r\\s+Day|Memorial\\s+Day|Martin\\s+Luther\\s+King(?:\\s+Jr\\.?)?\\s+Day)(?:\\s*,?\\s*(\\d{4}))?(?![\\w])`,
    );
  }

  protected read(match: RegExpMatchArray): { spec: TimexSpec } | null {
    const name = (match[2] ?? '').replace(/\s+/g, ' ');
    const holiday = HOLIDAYS.find(([pattern]) => pattern.test(name))?.[1];
    if (!holiday) return null;
    const det = (match[1] ?? '').toLowerCase();
    const spec: TimexSpec = { kind: 'calendar', type: 'DATE', month: holiday.month };
    if (holiday.day !== undefined) spec.day = holiday.day;
    if (holiday.nth !== undefined) spec.nthWeekday = { n: holiday.nth, weekday: holiday.weekday ?? 1 };
    if (match[3]) spec.year = Number(match[3]);
    else spec.direction = (det === 'last' ? 'past' : det === 'next' ? 'future' : det === 'this' ? 'same' : 'tense') as Direction;
    return { spec };
  }
}
