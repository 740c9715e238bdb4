import type { DateTime } from 'luxon';

/** `YYYY-MM-DD` of a luxon date, written directly (luxon's `toFormat` dominates the tagger's own cost). */
export function isoDay(d: DateTime): string {
  return `${isoMonth(d)}-${String(d.day).padStart(2, '0')}`;
}

/** `YYYY-MM` of a luxon date. */
export function isoMonth(d: DateTime): string {
  return `${yearText(d.year)}-${String(d.month).padStart(2, '0')}`;
}

/** A TIMEX3 year: four digits, or `BC` and four digits for an astronomical year of 0 or less
 *  (year 0 is 1 BC, -489 is 490 BC: luxon counts years astronomically). */
export function yearText(year: number): string {
  return year <= 0 ? `BC${String(1 - year).padStart(4, '0')}` : String(year).padStart(4, '0');
}
