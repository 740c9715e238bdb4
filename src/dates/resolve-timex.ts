/**
 * Turns a TIMEX spec into a TIMEX3 value, against a reference: the publication date (DCT) or the last
 * date the text established. Never against today's date: without a reference the unknown parts stay X.
 * All arithmetic is luxon in UTC on calendar days.
 */
import { DateTime } from 'luxon';
import { isoDay, isoDayAfter, isoMonth, utcDayMillis, yearText } from './calendar-format.ts';
import type { DateAnchor, Granularity, ResolutionMode, TimexType } from '../types.ts';
import type { CalendarStart } from './timex-interval.ts';
import type { CalendarSpec, ShiftSpec, TimeUnit, TimexSpec } from './timex-spec.ts';
import type { PastVerbReach, Tense } from './tense-cue.ts';
import { GRANULARITY_RANK } from './granularity.ts';

export interface ResolveContext {
  /** The document creation time as a UTC day, or null when unknown. */
  dct: DateTime | null;
  /** The last date the text established, or null (read lazily: most mentions do not need it). */
  text: () => CalendarStart | null;
  /** The last quarter or half the text named (not itself a comparison), or null. */
  period: CalendarStart | null;
  mode: ResolutionMode;
  /** The tense around the expression, read only when a resolution depends on it. */
  tense: (pastVerbs?: PastVerbReach) => Tense;
  /** Whether the clause looks back from the story's date (past perfect), read only in narrative resolution. */
  looksBack?: () => boolean;
}

export interface Resolution {
  type: TimexType;
  value: string;
  anchor: DateAnchor;
  unresolved?: string;
  mod?: string;
}

interface Reference {
  start: DateTime;
  granularity: Granularity;
  anchor: 'dct' | 'text';
}

const UNIT_GRANULARITY: Record<TimeUnit, Granularity> = {
  second: 'time', minute: 'time', hour: 'time', day: 'day', week: 'week', weekend: 'week', month: 'month',
  quarter: 'quarter', half: 'half', year: 'year', decade: 'decade', century: 'century',
};
const NO_DCT = 'relative to the publication date, which is unknown';
const NO_TEXT_DATE = 'relative to an earlier date, and neither the text nor the publication date gives one';

export function resolveSpec(spec: TimexSpec, context: ResolveContext): Resolution {
  const mod = spec.mod ? { mod: spec.mod } : {};
  if (spec.kind === 'literal') return { type: spec.type, value: spec.value, anchor: 'absolute', ...mod };
  if (spec.kind === 'shift') return { ...resolveShift(spec, context), ...mod };
  const resolved = resolveCalendar(spec, context);
  if (spec.weekOf && /^\d{4}-\d\d-\d\d$/.test(resolved.value)) resolved.value = formatAt(DateTime.fromISO(resolved.value, { zone: 'UTC' }), 'week');
  return { ...resolved, ...mod };
}

function referenceFor(base: 'dct' | 'text', context: ResolveContext): Reference | null {
  const dct: Reference | null = context.dct ? { start: context.dct, granularity: 'day', anchor: 'dct' } : null;
  const text = (): Reference | null => {
    const textDate = context.text();
    return textDate ? { start: textDate.start, granularity: textDate.granularity, anchor: 'text' } : null;
  };
  if (base === 'text' || context.mode === 'narrative') return text() ?? dct;
  return dct ?? text();
}

function finer(a: Granularity, b: Granularity): boolean {
  return GRANULARITY_RANK[a] > GRANULARITY_RANK[b];
}

/** The value of the period of `granularity` that contains `d`. */
export function formatAt(d: DateTime, granularity: Granularity): string {
  const year = yearText(d.year);
  switch (granularity) {
    case 'century': return d.year <= 0 ? `BC${String(Math.floor((1 - d.year) / 100)).padStart(2, '0')}` : String(Math.floor(d.year / 100)).padStart(2, '0');
    case 'decade': return d.year <= 0 ? `BC${String(Math.floor((1 - d.year) / 10)).padStart(3, '0')}` : String(Math.floor(d.year / 10)).padStart(3, '0');
    case 'year': return year;
    case 'half': return `${year}-H${d.month <= 6 ? 1 : 2}`;
    case 'quarter': return `${year}-Q${d.quarter}`;
    case 'season': return seasonValue(d);
    case 'month': return isoMonth(d);
    case 'week': return `${yearText(d.weekYear)}-W${String(d.weekNumber).padStart(2, '0')}`;
    case 'day':
    case 'time': return isoDay(d);
  }
}

function seasonValue(d: DateTime): string {
  const m = d.month;
  if (m === 12) return `${yearText(d.year)}-WI`;
  if (m <= 2) return `${yearText(d.year - 1)}-WI`;
  return `${yearText(d.year)}-${m <= 5 ? 'SP' : m <= 8 ? 'SU' : 'FA'}`;
}

function unknownValue(granularity: Granularity): string {
  switch (granularity) {
    case 'century': return 'XX';
    case 'decade': return 'XXX';
    case 'year': return 'XXXX';
    case 'half': return 'XXXX-HX';
    case 'quarter': return 'XXXX-QX';
    case 'season': return 'XXXX-XX';
    case 'month': return 'XXXX-XX';
    case 'week': return 'XXXX-WXX';
    case 'day': return 'XXXX-XX-XX';
    case 'time': return 'XXXX-XX-XXTXX:XX';
  }
}

function timeSuffix(spec: { partOfDay?: string; hour?: number; minute?: number; clock?: { hour: number; minute: number } }): string {
  if (spec.clock) return `T${pad(spec.clock.hour)}:${pad(spec.clock.minute)}`;
  if (spec.hour !== undefined) return `T${pad(spec.hour)}:${pad(spec.minute ?? 0)}`;
  if (spec.partOfDay) return `T${spec.partOfDay}`;
  return '';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function resolveShift(original: ShiftSpec, context: ResolveContext): Resolution {
  let spec = original;
  let ref = referenceFor(spec.base, context);
  // Financial reports compare periods: "a year ago" after "the third quarter" is that quarter a year before.
  const quarterPeriod = context.period && context.period.granularity !== 'year' ? context.period : null;
  if (spec.dctAmount !== undefined && spec.unit === 'quarter' && quarterPeriod) {
    ref = { start: quarterPeriod.start, granularity: quarterPeriod.granularity, anchor: 'text' };
  } else if (spec.comparison && context.period) {
    ref = { start: context.period.start, granularity: context.period.granularity, anchor: 'text' };
  } else if (spec.dctAmount !== undefined && spec.unit === 'quarter' && context.dct) {
    // "the latest quarter" without a reported quarter in the text: the last completed one, not a text date.
    ref = { start: context.dct, granularity: 'day', anchor: 'dct' };
  }
  if (ref && spec.dctAmount !== undefined && ref.anchor === 'dct') spec = { ...spec, amount: spec.dctAmount };
  if (ref && spec.dctAmount !== undefined && ref.anchor === 'text' && finer(ref.granularity, UNIT_GRANULARITY[spec.unit])) spec = { ...spec, amount: spec.dctAmount };
  const unitGranularity = UNIT_GRANULARITY[spec.unit];
  const suffix = timeSuffix(spec);
  if (!ref || spec.amount === null) {
    const reason = spec.base === 'dct' && context.mode === 'news' ? NO_DCT : NO_TEXT_DATE;
    const value = unknownValue(unitGranularity === 'time' ? 'time' : unitGranularity) + (suffix && unitGranularity === 'day' ? suffix : '');
    return { type: spec.type, value, anchor: spec.base === 'text' ? 'text' : 'dct', unresolved: reason };
  }
  const amount = spec.amount;
  const shifted = shiftBy(ref.start, spec.unit, amount);
  let granularity = unitGranularity;
  if (finer(granularity, ref.granularity)) granularity = ref.granularity;
  if (spec.comparison && (ref.granularity === 'quarter' || ref.granularity === 'half')) granularity = ref.granularity;
  if (unitGranularity === 'time') {
    // "three hours later": the day is what we know (clock times of the reference are not kept).
    return { type: 'TIME', value: formatAt(shifted, finer('day', ref.granularity) ? ref.granularity : 'day'), anchor: ref.anchor };
  }
  let value = formatAt(shifted, granularity);
  if (spec.unit === 'weekend' && granularity === 'week') value += '-WE';
  if (granularity === 'day' && suffix) value += suffix;
  return { type: spec.type, value, anchor: ref.anchor };
}

/** Shifts already computed, by reference instant, unit and amount: a text shifts the same reference
 *  by the same units again and again ("a year ago", "last year"), and luxon's plus() is among the
 *  tagger's costliest calls. DateTimes are immutable, so sharing one is safe; bounded, cleared when full. */
const shifts = new Map<string, DateTime>();
const MAX_SHIFTS = 10_000;

function shiftBy(d: DateTime, unit: TimeUnit, amount: number): DateTime {
  const key = `${d.toMillis()} ${d.zoneName ?? ''} ${d.locale ?? ''} ${unit} ${amount}`;
  let shifted = shifts.get(key);
  if (shifted === undefined) {
    if (shifts.size >= MAX_SHIFTS) shifts.clear();
    shifted = computeShift(d, unit, amount);
    shifts.set(key, shifted);
  }
  return shifted;
}

function computeShift(d: DateTime, unit: TimeUnit, amount: number): DateTime {
  switch (unit) {
    case 'second': return d.plus({ seconds: amount });
    case 'minute': return d.plus({ minutes: amount });
    case 'hour': return d.plus({ hours: amount });
    case 'day': return d.plus({ days: amount });
    case 'week':
    case 'weekend': return d.plus({ weeks: amount });
    case 'month': return d.plus({ months: amount });
    case 'quarter': return d.plus({ quarters: amount });
    case 'half': return d.plus({ months: 6 * amount });
    case 'year': return d.plus({ years: amount });
    case 'decade': return d.plus({ years: 10 * amount });
    case 'century': return d.plus({ years: 100 * amount });
  }
}

function absoluteCalendar(spec: CalendarSpec, year: number): string | null {
  const y = yearText(year);
  if (spec.month !== undefined && spec.nthWeekday) return isoDay(nthWeekdayOf(year, spec.month, spec.nthWeekday));
  if (spec.month !== undefined && spec.day !== undefined) {
    const d = DateTime.utc(year, spec.month, spec.day);
    if (!d.isValid) return null;
    return isoDay(d) + timeSuffix(spec);
  }
  if (spec.month !== undefined) return `${y}-${pad(spec.month)}`;
  if (spec.quarter !== undefined) return `${y}-Q${spec.quarter}`;
  if (spec.half !== undefined) return `${y}-H${spec.half}`;
  if (spec.season !== undefined) return `${y}-${spec.season}`;
  return y;
}

function resolveCalendar(spec: CalendarSpec, context: ResolveContext): Resolution {
  if (spec.century !== undefined) return { type: spec.type, value: pad(spec.century), anchor: 'absolute' };
  if (spec.decade !== undefined) return { type: spec.type, value: String(spec.decade), anchor: 'absolute' };
  if (spec.year !== undefined) {
    const period = spec.textPeriod ? context.period : null;
    if (period && period.granularity === 'quarter') return { type: spec.type, value: `${spec.year}-Q${period.start.quarter}`, anchor: 'text' };
    if (period && period.granularity === 'half') return { type: spec.type, value: `${spec.year}-H${period.start.month <= 6 ? 1 : 2}`, anchor: 'text' };
    const value = absoluteCalendar(spec, spec.year);
    if (value) return { type: spec.type, value, anchor: 'absolute' };
    return { type: spec.type, value: 'XXXX-XX-XX', anchor: 'absolute', unresolved: 'not a valid calendar date' };
  }
  const ref = referenceFor(spec.fromText ? 'text' : 'dct', context);
  const unknown = (): Resolution => ({
    type: spec.type,
    value: underspecified(spec),
    anchor: context.mode === 'news' && !spec.fromText ? 'dct' : 'text',
    unresolved: context.mode === 'news' && !spec.fromText ? NO_DCT : NO_TEXT_DATE,
  });
  if (!ref) return unknown();
  const r = ref.start;
  const byTense = () => {
    const tense = context.tense(spec.weekday !== undefined && spec.month === undefined ? 'near' : 'adjacent');
    return tense === 'future' ? 'future-or-same' : tense === 'past' ? 'past-or-same' : 'recent';
  };
  // A narrative names the months of the year it speaks of, in whatever order ("In June ... by late
  // March"): against a text date, a month, season or day takes its year (and month); a weekday is the next one.
  const forward = ref.anchor === 'text' && context.mode === 'narrative';
  // A weekday follows the clause's tense, seen from the story's date: the past perfect looks back to
  // the previous one, a future the next one, the simple past tells the story onwards (next or same day).
  const narrativeWeekday = () => (context.looksBack?.() ? 'past' : context.tense('none') === 'future' ? 'future' : 'future-or-same');
  const narrativeDirection = () => (spec.weekday !== undefined && spec.month === undefined ? narrativeWeekday() : 'same');
  // Read only by the branches that need it (the tense reading is the costly part of resolution), once.
  let chosen: string | undefined;
  const directionOf = () => (chosen ??= spec.direction === 'tense' || spec.direction === undefined ? (forward ? narrativeDirection() : byTense()) : spec.direction);

  if (spec.weekend) {
    const direction = directionOf();
    if (finer('day', ref.granularity)) return unknown();
    // The weekend's Saturday: the last one (on or before the reference) unless the clause looks ahead.
    const back = (r.weekday - 6 + 7) % 7;
    const saturday = direction === 'future-or-same' || direction === 'future' ? r.plus({ days: (6 - r.weekday + 7) % 7 }) : r.minus({ days: back });
    return { type: spec.type, value: `${formatAt(saturday, 'week')}-WE`, anchor: ref.anchor };
  }
  if (spec.weekday !== undefined && spec.month === undefined) {
    const direction = directionOf();
    if (finer('day', ref.granularity)) {
      // A weekday against a coarse text date ("in 1939 ... on Wednesday"): the publication date may still place it.
      const dctRef = context.dct;
      if (!dctRef || context.mode === 'narrative') return unknown();
      return weekdayFrom(spec, { start: dctRef, granularity: 'day', anchor: 'dct' }, direction);
    }
    return weekdayFrom(spec, ref, direction);
  }
  if (spec.day !== undefined && spec.month === undefined) {
    const direction = directionOf();
    // A day of the month: the reference's month (or the one named), the nearest such day by tense.
    if (finer('day', ref.granularity) && finer('month', ref.granularity)) return unknown();
    const base = r.startOf('month');
    let month = base.plus({ months: spec.monthShift ?? 0 });
    if (spec.monthShift === undefined && !finer('day', ref.granularity)) {
      if ((direction === 'past-or-same' || direction === 'past') && spec.day > r.day) month = base.minus({ months: 1 });
      if ((direction === 'future-or-same' || direction === 'future') && spec.day < r.day) month = base.plus({ months: 1 });
      // Without a tense, the nearest such day (a tie goes to the past).
      if (direction === 'recent' && spec.day - r.day > 15) month = base.minus({ months: 1 });
      if (direction === 'recent' && r.day - spec.day > 15) month = base.plus({ months: 1 });
    }
    const d = DateTime.utc(month.year, month.month, spec.day);
    if (!d.isValid) return unknown();
    return { type: spec.type, value: isoDay(d) + timeSuffix(spec), anchor: ref.anchor };
  }
  if (spec.month !== undefined || spec.yearShift !== undefined || spec.quarter !== undefined || spec.half !== undefined || spec.season !== undefined) {
    const direction = directionOf();
    let year = r.year + (spec.yearShift ?? 0);
    if (spec.yearShift === undefined && !finer('month', ref.granularity) && spec.month !== undefined) {
      const day = spec.day ?? (spec.nthWeekday ? nthWeekdayOf(r.year, spec.month, spec.nthWeekday).day : undefined);
      const refKey = day !== undefined ? r.month * 100 + r.day : r.month;
      const key = day !== undefined ? spec.month * 100 + day : spec.month;
      if (direction === 'past' && key >= refKey) year -= 1;
      // Tense is a weak cue: a date a few weeks on the other side of the reference stays in its year
      // ("said Aug. 7" read on Aug. 18 with a future verb nearby is still this August).
      else if (direction === 'past-or-same') year = day === undefined ? (key > refKey ? year - 1 : year) : yearWithin(spec.month, day, r, -335, 31);
      else if (direction === 'future' && key <= refKey) year += 1;
      else if (direction === 'future-or-same') year = day === undefined ? (key < refKey ? year + 1 : year) : yearWithin(spec.month, day, r, -31, 335);
      else if (direction === 'recent') year = yearWithin(spec.month, day ?? 1, r, -275, 92);
    }
    if (spec.yearShift === undefined && spec.season !== undefined && !finer('season', ref.granularity)) {
      // A season year runs spring, summer, fall, then the winter that starts in its December.
      const order = ['SP', 'SU', 'FA', 'WI'];
      const current = seasonValue(r);
      const currentYear = r.month <= 2 ? r.year - 1 : r.year;
      const at = order.indexOf(current.slice(-2));
      const want = order.indexOf(spec.season);
      year = currentYear;
      if (direction === 'past' && want >= at) year -= 1;
      else if (direction === 'future' && want <= at) year += 1;
    }
    // A quarter or half that has not begun at the publication date is last year's ("profits fell in
    // the fourth quarter", read in January), unless the clause looks ahead.
    const periodStartMonth = spec.quarter !== undefined ? spec.quarter * 3 - 2 : spec.half !== undefined ? spec.half * 6 - 5 : undefined;
    if (spec.yearShift === undefined && spec.month === undefined && ref.anchor === 'dct' && periodStartMonth !== undefined && periodStartMonth > r.month && context.tense('adjacent') !== 'future') year -= 1;
    const value = absoluteCalendar(spec, year);
    if (!value) return unknown();
    return { type: spec.type, value, anchor: ref.anchor };
  }
  // A time of day alone happens on the day the text is speaking of, else on the reference day.
  if (spec.hour !== undefined || spec.partOfDay) {
    const textDate = context.text();
    const textDay = textDate && !finer('day', textDate.granularity) ? textDate.start : null;
    if (textDay) return { type: 'TIME', value: isoDay(textDay) + timeSuffix(spec), anchor: 'text' };
    if (finer('day', ref.granularity)) return unknown();
    return { type: 'TIME', value: isoDay(r) + timeSuffix(spec), anchor: ref.anchor };
  }
  return unknown();
}

/** The year that puts month/day within [from, to] days of the reference. Without a tense, news speaks
 *  of the recent past or the near future: 9 months back to 3 months ahead. */
function yearWithin(month: number, day: number, r: DateTime, from: number, to: number): number {
  for (const year of [r.year, r.year + 1, r.year - 1]) {
    const days = (utcDayMillis(year, month, Math.min(day, 28)) - r.toMillis()) / 86_400_000;
    if (days <= to && days >= from) return year;
  }
  return r.year;
}

function nthWeekdayOf(year: number, month: number, rule: { n: number; weekday: number }): DateTime {
  if (rule.n < 0) {
    const last = DateTime.utc(year, month, 1).endOf('month').startOf('day');
    return last.minus({ days: (last.weekday - rule.weekday + 7) % 7 });
  }
  const first = DateTime.utc(year, month, 1);
  return first.plus({ days: (rule.weekday - first.weekday + 7) % 7 + 7 * (rule.n - 1) });
}

function weekdayFrom(spec: CalendarSpec, ref: Reference, direction: string): Resolution {
  const r = ref.start;
  const want = spec.weekday ?? 1;
  let days: number;
  if (direction === 'same') days = want - r.weekday;
  else if (direction === 'past') days = -(((r.weekday - want + 7) % 7) || 7);
  else if (direction === 'past-or-same' || direction === 'recent') days = -((r.weekday - want + 7) % 7);
  else if (direction === 'future') days = ((want - r.weekday + 7) % 7) || 7;
  else days = (want - r.weekday + 7) % 7;
  // The day only: computed on numbers, not by luxon's plus() (one of resolution's costliest calls).
  return { type: spec.type, value: isoDayAfter(r, days) + timeSuffix(spec), anchor: ref.anchor };
}

/** The honest underspecified value of a calendar spec without a reference ("XXXX-11", "XXXX-WXX-3"). */
function underspecified(spec: CalendarSpec): string {
  const suffix = timeSuffix(spec);
  if (spec.month !== undefined && spec.day !== undefined) return `XXXX-${pad(spec.month)}-${pad(spec.day)}${suffix}`;
  if (spec.month !== undefined) return `XXXX-${pad(spec.month)}`;
  if (spec.day !== undefined) return `XXXX-XX-${pad(spec.day)}${suffix}`;
  if (spec.weekday !== undefined) return `XXXX-WXX-${spec.weekday}${suffix}`;
  if (spec.quarter !== undefined) return `XXXX-Q${spec.quarter}`;
  if (spec.half !== undefined) return `XXXX-H${spec.half}`;
  if (spec.season !== undefined) return `XXXX-${spec.season}`;
  if (suffix) return `XXXX-XX-XX${suffix}`;
  return 'XXXX';
}
