import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { isoDay, isoDayAfter, utcDayMillis } from '../../src/dates/calendar-format.ts';

describe('utcDayMillis: midnight UTC of a day, as luxon gives it', () => {
  it.each([
    [2024, 2, 28],
    [2024, 2, 29],
    [1900, 3, 1],
    [50, 6, 15], // Date.UTC alone would give 1950
    [0, 1, 1],
    [-489, 9, 12],
    [9999, 12, 31],
  ])('%i-%i-%i', (year, month, day) => {
    expect(utcDayMillis(year, month, day)).toBe(DateTime.utc(year, month, day).toMillis());
  });

  it('rolls a day past the month end over', () => {
    expect(utcDayMillis(2023, 2, 30)).toBe(DateTime.utc(2023, 3, 2).toMillis());
  });
});

describe('isoDayAfter: the day n days after, as isoDay(d.plus({ days })) gives it', () => {
  const cases: Array<[string, string, number, string]> = [
    ['same day', '2024-03-13', 0, '2024-03-13'],
    ['across a leap day', '2024-02-27', 3, '2024-03-01'],
    ['back across a year', '2024-01-02', -5, '2023-12-28'],
    ['forward across a year', '1999-12-30', 6, '2000-01-05'],
    ['a two-digit year', '0050-01-03', -7, '0049-12-27'],
    ['before the common era', '-000489-09-12', -1, 'BC0490-09-11'],
    ['a week back from a Sunday', '1990-01-07', -7, '1989-12-31'],
  ];
  it.each(cases)('%s: %s %+i', (_, day, n, expected) => {
    const d = DateTime.fromISO(day, { zone: 'UTC' });
    expect(d.isValid, day).toBe(true);
    expect(isoDayAfter(d, n)).toBe(expected);
    expect(isoDayAfter(d, n)).toBe(isoDay(d.plus({ days: n })));
  });

  it('keeps the day of a time late in the day', () => {
    const d = DateTime.utc(2021, 6, 30, 23, 59);
    expect(isoDayAfter(d, 1)).toBe('2021-07-01');
  });

  it('goes through luxon in a zone with daylight saving time', () => {
    const d = DateTime.fromISO('2021-03-13T00:30', { zone: 'America/New_York' });
    expect(isoDayAfter(d, 1)).toBe(isoDay(d.plus({ days: 1 })));
    expect(isoDayAfter(d, 1)).toBe('2021-03-14');
  });
});
