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

/** Milliseconds since the epoch of midnight UTC of a proleptic Gregorian day (any year: `Date.UTC`
 *  alone reads years 0 to 99 as 1900 to 1999); a day past the month's end rolls over. What
 *  `DateTime.utc(year, month, day).toMillis()` gives for a valid day, without making a DateTime. */
export function utcDayMillis(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

/** `YYYY-MM-DD` of the day `days` after `d`'s day (negative: before), in `d`'s zone. What
 *  `isoDay(d.plus({ days }))` gives, computed on numbers in a fixed-offset zone (UTC, where
 *  every day is 24 hours; the tagger resolves in UTC), through luxon elsewhere. */
export function isoDayAfter(d: DateTime, days: number): string {
  if (!d.zone.isUniversal) return isoDay(d.plus({ days }));
  const t = new Date(utcDayMillis(d.year, d.month, d.day + days));
  return `${yearText(t.getUTCFullYear())}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
}
