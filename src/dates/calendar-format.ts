import type { DateTime } from 'luxon';

/** `YYYY-MM-DD` of a luxon date, written directly (luxon's `toFormat` dominates the tagger's own cost). */
export function isoDay(d: DateTime): string {
  return `${isoMonth(d)}-${String(d.day).padStart(2, '0')}`;
}

/** `YYYY-MM` of a luxon date. */
export function isoMonth(d: DateTime): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}`;
}
