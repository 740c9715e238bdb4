import { DateTime } from 'luxon';
import { isoDay } from './calendar-format.ts';
import type { Granularity, ResolvedDate } from '../types.ts';

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** The first day and the granularity of a calendar TIMEX3 value (luxon, UTC), or null. */
export interface CalendarStart {
  start: DateTime;
  granularity: Granularity;
  /** A week's weekend only (`2013-W11-WE`). */
  weekend?: boolean;
}

export function calendarStart(value: string): CalendarStart | null {
  if (/X|^P|REF$/.test(value)) return null;
  // A year before the common era (`BC0490`, `BC0490-09`): read as a common-era year, then moved back.
  const bc = /^BC(\d{4})((?:-\d\d){0,2}|-(?:SP|SU|FA|WI))$/.exec(value);
  if (bc) {
    const found = calendarStart(`2000${bc[2] ?? ''}`);
    return found ? { ...found, start: found.start.set({ year: 1 - Number(bc[1]) }) } : null;
  }
  let m: RegExpExecArray | null;
  let found: CalendarStart | null = null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(T.+)?$/.exec(value))) {
    found = { start: DateTime.utc(Number(m[1]), Number(m[2]), Number(m[3])), granularity: m[4] ? 'time' : 'day' };
  } else if ((m = /^(\d{4})-W(\d{1,2})(-WE)?$/.exec(value))) {
    const monday = DateTime.fromObject({ weekYear: Number(m[1]), weekNumber: Number(m[2]), weekday: 1 }, { zone: 'UTC' });
    found = m[3] ? { start: monday.plus({ days: 5 }), granularity: 'week', weekend: true } : { start: monday, granularity: 'week' };
  } else if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    found = { start: DateTime.utc(Number(m[1]), Number(m[2]), 1), granularity: 'month' };
  } else if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    found = { start: DateTime.utc(Number(m[1]), (Number(m[2]) - 1) * 3 + 1, 1), granularity: 'quarter' };
  } else if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    found = { start: DateTime.utc(Number(m[1]), (Number(m[2]) - 1) * 6 + 1, 1), granularity: 'half' };
  } else if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    found = { start: DateTime.utc(Number(m[1]), SEASON_START[m[2] ?? 'SP'] ?? 3, 1), granularity: 'season' };
  } else if ((m = /^(\d{4})$/.exec(value))) {
    found = { start: DateTime.utc(Number(m[1]), 1, 1), granularity: 'year' };
  } else if ((m = /^(\d{3})$/.exec(value))) {
    found = { start: DateTime.utc(Number(m[1]) * 10, 1, 1), granularity: 'decade' };
  } else if ((m = /^(\d{2})$/.exec(value))) {
    found = { start: DateTime.utc(Number(m[1]) * 100, 1, 1), granularity: 'century' };
  }
  return found && found.start.isValid ? found : null;
}

/** The last day of the interval that starts at `c.start`. */
function lastDay(c: CalendarStart): DateTime {
  const s = c.start;
  switch (c.granularity) {
    case 'time':
    case 'day': return s;
    case 'week': return s.plus({ days: c.weekend ? 1 : 6 });
    case 'month': return s.endOf('month').startOf('day');
    case 'quarter':
    case 'season': return s.plus({ months: 2 }).endOf('month').startOf('day');
    case 'half': return s.plus({ months: 5 }).endOf('month').startOf('day');
    case 'year': return s.endOf('year').startOf('day');
    case 'decade': return s.plus({ years: 9 }).endOf('year').startOf('day');
    case 'century': return s.plus({ years: 99 }).endOf('year').startOf('day');
  }
}

/**
 * The interval of days a TIMEX3 DATE value covers, computed with luxon in UTC.
 * Null for values that are not calendar intervals: durations, sets, PAST_REF, anything with X, BC dates.
 */
export function dateInterval(value: string): ResolvedDate | null {
  let known = intervals.get(value);
  if (known === undefined) {
    if (intervals.size >= MAX_KNOWN_INTERVALS) intervals.clear();
    intervals.set(value, (known = computeInterval(value)));
  }
  // A copy: callers make it an event's own date.
  return known && { ...known };
}

/**
 * Intervals already computed, by value: the same few values come back for every statement of a
 * document (luxon's date arithmetic was a tenth of document analysis). Pure, so a value always
 * gets the same interval; cleared when full, so it never grows with the corpus.
 */
const intervals = new Map<string, ResolvedDate | null>();
const MAX_KNOWN_INTERVALS = 20_000;

function computeInterval(value: string): ResolvedDate | null {
  const c = calendarStart(value);
  // Years before the common era have no ISO day the timeline can sort and show: no interval.
  if (!c || c.start.year <= 0) return null;
  return { value, start: isoDay(c.start), end: isoDay(lastDay(c)), granularity: c.granularity };
}
