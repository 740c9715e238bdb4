import { DateTime, Duration } from 'luxon';
import type { DateRelation, Granularity, ResolvedDate } from '../types.ts';

/** A date as the site shows it: at its true granularity, never more precise. */
export interface DateLabel {
  /** What a reader sees: "2014", "January 2014", "13 October 2019". */
  label: string;
  /**
   * The `<time datetime>` value when HTML has one for this granularity
   * (year, month, week, day, time); null for decades, centuries, quarters, halves and seasons.
   */
  datetime: string | null;
}

const ZONE = 'utc';
const LOCALE = 'en-GB';

function day(iso: string): DateTime {
  const parsed = DateTime.fromISO(iso, { zone: ZONE, locale: LOCALE });
  if (!parsed.isValid) throw new Error(`Not an ISO date: ${JSON.stringify(iso)}`);
  return parsed;
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`;
}

const SEASONS: Record<string, string> = { SP: 'Spring', SU: 'Summer', FA: 'Autumn', AU: 'Autumn', WI: 'Winter' };

/** Formats an interval's start at the given granularity. `value` is the TIMEX3 value, for the parts a start date cannot tell (season, time of day). */
function formatAt(granularity: Granularity, start: DateTime, value: string): DateLabel {
  switch (granularity) {
    case 'century':
      return { label: `${ordinal(Math.floor(start.year / 100) + 1)} century`, datetime: null };
    case 'decade':
      return { label: `${Math.floor(start.year / 10) * 10}s`, datetime: null };
    case 'year':
      return { label: start.toFormat('yyyy'), datetime: start.toFormat('yyyy') };
    case 'half':
      return { label: `${start.month <= 6 ? 'First' : 'Second'} half of ${start.toFormat('yyyy')}`, datetime: null };
    case 'quarter':
      return { label: `Q${start.quarter} ${start.toFormat('yyyy')}`, datetime: null };
    case 'season': {
      const code = /-(SP|SU|FA|AU|WI)$/.exec(value)?.[1];
      const name = (code && SEASONS[code]) ?? 'Season';
      return { label: `${name} ${start.toFormat('yyyy')}`, datetime: null };
    }
    case 'month':
      return { label: start.toFormat('LLLL yyyy'), datetime: start.toFormat('yyyy-LL') };
    case 'week':
      return { label: `Week ${start.weekNumber} of ${start.weekYear}`, datetime: start.toFormat("kkkk-'W'WW") };
    case 'day':
      return { label: start.toFormat('d LLLL yyyy'), datetime: start.toFormat('yyyy-LL-dd') };
    case 'time': {
      const at = DateTime.fromISO(value, { zone: ZONE, locale: LOCALE });
      if (/T\d{2}:\d{2}/.test(value) && at.isValid) {
        return { label: at.toFormat('d LLLL yyyy, HH:mm'), datetime: at.toFormat("yyyy-LL-dd'T'HH:mm") };
      }
      // A part of the day ("2019-10-13TMO"): the day is what can be shown exactly.
      return { label: start.toFormat('d LLLL yyyy'), datetime: start.toFormat('yyyy-LL-dd') };
    }
  }
}

/** How a TIMEX3 modifier reads before a date: "early October 2019", "mid-2014", "c. 1990". */
const MODIFIERS: Record<string, (label: string) => string> = {
  START: (l) => `early ${l}`,
  MID: (l) => `mid-${l}`,
  END: (l) => `late ${l}`,
  APPROX: (l) => `c. ${l}`,
  BEFORE: (l) => `before ${l}`,
  AFTER: (l) => `after ${l}`,
  ON_OR_BEFORE: (l) => `by ${l}`,
  ON_OR_AFTER: (l) => `from ${l}`,
  LESS_THAN: (l) => `less than ${l}`,
  MORE_THAN: (l) => `more than ${l}`,
  EQUAL_OR_LESS: (l) => `at most ${l}`,
  EQUAL_OR_MORE: (l) => `at least ${l}`,
};

export function formatResolvedDate(date: ResolvedDate): DateLabel {
  const first = formatAt(date.granularity, day(date.start), date.value);
  // A period shows both ends; its <time> is its start.
  const last = date.rangeEnd ? formatTimexValue(date.rangeEnd) : null;
  const plain = last ? { ...first, label: `${first.label} – ${last.label}` } : first;
  const modify = date.mod ? MODIFIERS[date.mod] : undefined;
  return modify ? { ...plain, label: modify(plain.label) } : plain;
}

const RELATIONS: Record<DateRelation, string | null> = {
  on: null,
  in: null,
  since: 'Since',
  before: 'Before',
  after: 'After',
  until: 'Until',
  during: 'During',
};

/** The words that put a date in relation to its event ("Since"), or null when the date stands alone. */
export function relationLabel(relation: DateRelation): string | null {
  return RELATIONS[relation];
}

/**
 * Reads a TIMEX3 value as written in a date mention (`2014`, `2014-01`, `2019-10-13`,
 * `2013-W11`, `2019-Q4`, `2019-H1`, `2019-SU`, `199`, `19`, `P3D`, `PRESENT_REF` ...).
 * Values with unknown parts (`XXXX-11`) or that name no calendar date come back as null.
 */
export function formatTimexValue(value: string): DateLabel | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(value))) {
    const start = day(`${m[1]}-${m[2]}-${m[3]}`);
    return formatAt(m[4] ? 'time' : 'day', start, value);
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    const start = DateTime.fromObject({ weekYear: Number(m[1]), weekNumber: Number(m[2]) }, { zone: ZONE, locale: LOCALE });
    return start.isValid ? formatAt('week', start, value) : null;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return formatAt('month', day(`${m[1]}-${m[2]}-01`), value);
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return formatAt('quarter', day(`${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, '0')}-01`), value);
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return formatAt('half', day(`${m[1]}-${m[2] === '1' ? '01' : '07'}-01`), value);
  if ((m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(value))) return formatAt('season', day(`${m[1]}-01-01`), value);
  if ((m = /^(\d{4})$/.exec(value))) return formatAt('year', day(`${m[1]}-01-01`), value);
  if ((m = /^(\d{3})$/.exec(value))) return formatAt('decade', day(`${m[1]}0-01-01`), value);
  if ((m = /^(\d{2})$/.exec(value))) return formatAt('century', day(`${m[1]}00-01-01`), value);
  if (value === 'PRESENT_REF') return { label: 'the present (the time of writing)', datetime: null };
  if (value === 'PAST_REF') return { label: 'some time in the past', datetime: null };
  if (value === 'FUTURE_REF') return { label: 'some time in the future', datetime: null };
  if (/^P/.test(value)) {
    const duration = Duration.fromISO(value, { locale: LOCALE });
    return duration.isValid ? { label: `a duration of ${duration.toHuman()}`, datetime: null } : null;
  }
  return null;
}
