import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { replaceSpec, specOf, type TimexSpec } from '../timex-spec.ts';
import { mergeIntoNext } from './merge-into-next.ts';

/**
 * A clock time next to the day it happens on is one TIME mention: "6 a.m. yesterday", "Friday at 6 p.m.",
 * "midnight Friday", "October 13, 2019 at 14:00".
 */
export class DateTimeMergeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return mergeIntoNext(context, results, (current, next, gap) => {
      const a = specOf(current);
      const b = specOf(next);
      if (!a || !b || !/^\s*(?:[ECMP][SD]T|GMT|UTC)?\s*,?\s*(?:at|on)?\s*$/.test(gap)) return false;
      const merged = merge(a, b) ?? merge(b, a);
      if (merged) replaceSpec(next, merged);
      return merged !== null;
    });
  }
}

function isClock(spec: TimexSpec): spec is Extract<TimexSpec, { kind: 'calendar' }> {
  return spec.kind === 'calendar' && (spec.hour !== undefined || spec.partOfDay !== undefined) && spec.month === undefined && spec.weekday === undefined && spec.day === undefined;
}

function isDay(spec: TimexSpec): boolean {
  if (spec.kind === 'calendar') return spec.hour === undefined && !spec.partOfDay && (spec.day !== undefined || spec.weekday !== undefined);
  if (spec.kind === 'shift') return spec.unit === 'day' && !spec.partOfDay && spec.amount !== null;
  return false;
}

function merge(day: TimexSpec, clock: TimexSpec): TimexSpec | null {
  if (!isDay(day) || !isClock(clock)) return null;
  if (day.kind === 'literal') return null;
  if (clock.hour === undefined) {
    // "mid-afternoon yesterday": a part of the day.
    return { ...day, type: 'TIME', partOfDay: clock.partOfDay };
  }
  if (day.kind === 'shift') return { ...day, type: 'TIME', clock: { hour: clock.hour, minute: clock.minute ?? 0 } };
  if (day.kind === 'calendar') return { ...day, type: 'TIME', hour: clock.hour, minute: clock.minute ?? 0 };
  return null;
}
