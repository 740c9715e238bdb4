import { tagDates } from './tag-dates.ts';

/** A day-precision date found in a line, as the tagger reads it; offsets into that line. */
export interface LineDate {
  /** `YYYY-MM-DD`. */
  value: string;
  start: number;
  end: number;
}

/** Reads the first full calendar date (day precision, year given) in one line, as the tagger does, or null. */
export function readDayDate(line: string): LineDate | null {
  const mention = tagDates(line, [{ start: 0, end: line.length }], { dct: null, mode: 'news' }).find(
    (m) => m.anchor === 'absolute' && (m.type === 'DATE' || m.type === 'TIME') && /^\d{4}-\d{2}-\d{2}/.test(m.value),
  );
  return mention ? { value: mention.value.slice(0, 10), start: mention.start, end: mention.end } : null;
}
