/**
 * What a parser understood about a temporal expression, before any reference date is applied.
 * Parsers attach a spec to their chrono result (a typed side table keyed by the result object: chrono
 * hands back the very objects our parsers and refiners built, as no chrono refiner is kept);
 * `resolve-timex.ts` turns a spec plus a reference into a value.
 */
import type { ParsedResult, ParsingResult } from 'chrono-node';
import type { TimexType } from '../types.ts';

export type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI' | 'DT';
/** Which occurrence of an underspecified date is meant, seen from the reference. */
export type Direction = 'past' | 'past-or-same' | 'future' | 'tense' | 'same';

/** Calendar fields the expression names; what is missing comes from a reference (year, week ...). */
export interface CalendarSpec {
  kind: 'calendar';
  type: TimexType;
  year?: number;
  month?: number;
  day?: number;
  quarter?: number;
  half?: number;
  season?: Season;
  /** ISO weekday, Monday = 1. */
  weekday?: number;
  /** The n-th weekday of `month` (n = -1: the last), for floating holidays. */
  nthWeekday?: { n: number; weekday: number };
  /** The weekend (Saturday and Sunday) of a week, as `YYYY-Www-WE`. */
  weekend?: boolean;
  partOfDay?: PartOfDay;
  hour?: number;
  minute?: number;
  second?: number;
  /** Decade as its first three digits (199 = the 1990s), century as its first two (19 = the 1900s). */
  decade?: number;
  century?: number;
  /** For missing fields: the last one before the reference, the next one after it, or by tense. */
  direction?: Direction;
  /** The missing fields come from the last date in the text, even in news mode ("that summer"). */
  fromText?: boolean;
  /** A day of the month whose month is the reference's shifted by this many months ("the 20th of next month"). */
  monthShift?: number;
  /** The quarter or half the text reports on, in `year` ("the 1988 period"); the year alone without one. */
  textPeriod?: boolean;
  /** The week that contains the named day ("the week of March 6"): a week value. */
  weekOf?: boolean;
  /** Shift of the completed date in years ("this year's third quarter" 0, "last year's" -1). */
  yearShift?: number;
  mod?: string;
}

/** A unit counted from the reference: "yesterday" (day -1), "last week" (week -1), "this year" (year 0), "two years ago". */
export interface ShiftSpec {
  kind: 'shift';
  type: TimexType;
  unit: TimeUnit;
  /** Signed amount; null when vague ("a few years ago"). */
  amount: number | null;
  /** 'dct' shifts count from the publication date in news mode; 'text' ones ("later", "earlier", "after") from the last text date. */
  base: 'dct' | 'text';
  partOfDay?: PartOfDay;
  /** The amount when the reference turns out to be the DCT rather than a text date of the same unit
   *  ("the quarter" is the quarter the text speaks of, or else the last completed one: -1). */
  dctAmount?: number;
  /** A comparison with the same period a unit before ("a year ago", "the year-earlier quarter"):
   *  it counts from the last quarter or half the text named, when there is one. */
  comparison?: boolean;
  /** A clock time on the shifted day ("6 a.m. yesterday"). */
  clock?: { hour: number; minute: number };
  mod?: string;
}

/** A value that needs no reference: durations, sets, PAST_REF ... and fully named dates. */
export interface LiteralSpec {
  kind: 'literal';
  type: TimexType;
  value: string;
  mod?: string;
}

export type TimexSpec = CalendarSpec | ShiftSpec | LiteralSpec;

/** The spec of each result, by result object. */
const specs = new WeakMap<ParsedResult, TimexSpec>();

export function attachSpec(result: ParsingResult, spec: TimexSpec): ParsingResult {
  specs.set(result, spec);
  return result;
}

/** The spec a parser or refiner of ours attached, if any. */
export function specOf(result: ParsedResult): TimexSpec | null {
  return specs.get(result) ?? null;
}

/** Replaces the spec of a result (refiners that widen or re-read an expression). */
export function replaceSpec(result: ParsingResult, spec: TimexSpec): void {
  specs.set(result, spec);
}

/** Takes the modifier words just before a result into its extent and its spec: "early" October, "about" three days. */
export function absorbModifier(result: ParsingResult, text: string, spec: TimexSpec, words: string, mod: string): void {
  const start = result.index - words.length;
  result.text = text.slice(start, result.index + result.text.length);
  result.index = start;
  replaceSpec(result, { ...spec, mod });
}
