/**
 * Pure core of `score-timex.ts --weekdays`: which gold TIMEX3 depend on a direction (a weekday, "last/
 * next/this X", a month without its year, a day of the month without its month), and how a wrong
 * value differs from the gold one (a week or a year late or early, a granularity, a part of day ...).
 */
import { DateTime } from 'luxon';

export type DirectionKind = 'weekday' | 'last/next/this' | 'month' | 'day of month';
export const DIRECTION_KINDS: DirectionKind[] = ['weekday', 'last/next/this', 'month', 'day of month'];

export type ErrorClass =
  | 'a week late' | 'a week early' | 'a month late' | 'a month early' | 'a year late' | 'a year early'
  | 'granularity' | 'part of day' | 'gold day is not its weekday' | 'type' | 'other';
export const ERROR_CLASSES: ErrorClass[] = [
  'a week late', 'a week early', 'a month late', 'a month early', 'a year late', 'a year early',
  'granularity', 'part of day', 'gold day is not its weekday', 'type', 'other',
];

const WEEKDAY = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const WEEKDAY_NUMBER: Record<string, number> = { mon: 1, tues: 2, wednes: 3, thurs: 4, fri: 5, satur: 6, sun: 7 };
const MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/i;
const LAST_NEXT_THIS = /\b(?:last|next|this|coming|past)\s+(?:week(?:end)?|month|year|quarter|half|spring|summer|fall|autumn|winter|season|[a-z]+day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const DAY_OF_MONTH = /\b(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b/i;

/** The kind of direction-dependent date the words of a gold TIMEX3 hold, or null (a full date, a duration ...). */
export function directionKind(words: string): DirectionKind | null {
  if (WEEKDAY.test(words)) return 'weekday';
  if (LAST_NEXT_THIS.test(words)) return 'last/next/this';
  if (/\b\d{4}\b|'\d\d\b/.test(words)) return null;
  if (MONTH.test(words)) return 'month';
  if (DAY_OF_MONTH.test(words)) return 'day of month';
  return null;
}

interface DayValue {
  day: DateTime;
  suffix: string;
}

/** A day value `YYYY-MM-DD` with its time suffix (`T14:00`, `TNI`), or null. */
function dayOf(value: string): DayValue | null {
  const m = /^(\d{4}-\d\d-\d\d)(T.*)?$/.exec(value);
  if (!m) return null;
  const day = DateTime.fromISO(m[1]!, { zone: 'UTC' });
  return day.isValid ? { day, suffix: m[2] ?? '' } : null;
}

const PART_OF_DAY = /^T(?:MO|AF|EV|NI|DT)$/;

/** Whether `a` and `b` name periods one of which contains the other (a week and one of its days, a month and its day). */
function nested(a: string, b: string): boolean {
  const da = dayOf(a);
  const db = dayOf(b);
  if (da && db) return false;
  const day = da ?? db;
  const other = da ? b : a;
  if (day) {
    const d = day.day;
    if (/^\d{4}-W\d\d(?:-WE)?$/.test(other)) return other.slice(0, 8) === `${d.weekYear}-W${String(d.weekNumber).padStart(2, '0')}`;
    return /^\d{4}(?:-\d\d)?$/.test(other) && d.toISODate()!.startsWith(other);
  }
  return a !== b && (a.startsWith(b) || b.startsWith(a));
}

/** How the system's value differs from the gold one (`words`: the gold's). A day differing only by its
 *  time suffix (`TNI`, `TMO`, or none against one) is 'part of day'. */
export function classifyError(gold: { type: string; value: string }, sys: { type: string; value: string }, words: string): ErrorClass {
  const g = dayOf(gold.value);
  const named = WEEKDAY.exec(words);
  if (g && named && !/\b(?:before|after)\b/i.test(words) && g.day.weekday !== WEEKDAY_NUMBER[named[1]!.toLowerCase()]) return 'gold day is not its weekday';
  const s = dayOf(sys.value);
  if (g && s) {
    const days = Math.round(s.day.diff(g.day, 'days').days);
    if (days === 0) return PART_OF_DAY.test(g.suffix) || PART_OF_DAY.test(s.suffix) || (g.suffix === '') !== (s.suffix === '') ? 'part of day' : gold.type !== sys.type ? 'type' : 'other';
    if (days === 7) return 'a week late';
    if (days === -7) return 'a week early';
    const months = s.day.diff(g.day, 'months').months;
    if (s.day.day === g.day.day && months === 1) return 'a month late';
    if (s.day.day === g.day.day && months === -1) return 'a month early';
    if (s.day.day === g.day.day && months === 12) return 'a year late';
    if (s.day.day === g.day.day && months === -12) return 'a year early';
    return 'other';
  }
  const gm = /^(\d{4})(-.*)?$/.exec(gold.value);
  const sm = /^(\d{4})(-.*)?$/.exec(sys.value);
  if (gm && sm && (gm[2] ?? '') === (sm[2] ?? '')) {
    const years = Number(sm[1]) - Number(gm[1]);
    if (years === 1) return 'a year late';
    if (years === -1) return 'a year early';
  }
  if (nested(gold.value, sys.value)) return 'granularity';
  if (gold.type !== sys.type) return 'type';
  return 'other';
}
