import { DateTime, Duration } from 'luxon';
import { calendarStart } from '../dates/timex-interval.ts';
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

const SEASONS: Record<string, string> = { SP: 'Spring', SU: 'Summer', FA: 'Autumn', WI: 'Winter' };

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
      const code = /-(SP|SU|FA|WI)$/.exec(value)?.[1];
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

/**
 * Labels by the date value they were made from: a site shows the same few thousand dates many
 * times over (on cards, source lines, passage notes, the search index), and luxon's formatting was
 * a tenth of a site build. A label depends on its value only, so caching it changes no output.
 */
function cached(cache: Map<string, DateLabel | null>, key: string, make: () => DateLabel | null): DateLabel | null {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  // A bound for long-running processes (tests, a watch): distinct dates of one site stay far below it.
  if (cache.size >= 100_000) cache.clear();
  const made = make();
  const label = made === null ? null : Object.freeze(made);
  cache.set(key, label);
  return label;
}

const RESOLVED_LABELS = new Map<string, DateLabel | null>();
const TIMEX_LABELS = new Map<string, DateLabel | null>();

export function formatResolvedDate(date: ResolvedDate): DateLabel {
  const key = `${date.value}|${date.start}|${date.end}|${date.granularity}|${date.mod ?? ''}|${date.rangeEnd ?? ''}`;
  return cached(RESOLVED_LABELS, key, () => resolvedLabel(date))!;
}

function resolvedLabel(date: ResolvedDate): DateLabel {
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
 * `2013-W11`, `2019-Q4`, `2019-H1`, `2019-SU`, `199`, `19`, `P3D`, `PRESENT_REF` ...) with the
 * one TIMEX value reader of src/dates (`calendarStart`). Values with unknown parts (`XXXX-11`)
 * or that name no calendar date come back as null.
 */
export function formatTimexValue(value: string): DateLabel | null {
  return cached(TIMEX_LABELS, value, () => timexLabel(value));
}

function timexLabel(value: string): DateLabel | null {
  const calendar = calendarStart(value);
  // A week's weekend (`2013-W11-WE`) is not the week: no label says it better than its value.
  if (calendar) return calendar.weekend ? null : formatAt(calendar.granularity, calendar.start.setLocale(LOCALE), value);
  if (value === 'PRESENT_REF') return { label: 'the present (the time of writing)', datetime: null };
  if (value === 'PAST_REF') return { label: 'some time in the past', datetime: null };
  if (value === 'FUTURE_REF') return { label: 'some time in the future', datetime: null };
  if (/^P/.test(value)) {
    const duration = Duration.fromISO(value, { locale: LOCALE });
    return duration.isValid ? { label: `a duration of ${duration.toHuman()}`, datetime: null } : null;
  }
  return null;
}
