import { describe, expect, it } from 'vitest';
import { formatResolvedDate, formatTimexValue, relationLabel } from '../../src/site/format-date.ts';
import type { ResolvedDate } from '../../src/types.ts';

describe('formatResolvedDate shows a date at its true granularity', () => {
  it.each<[ResolvedDate, string, string | null]>([
    [{ value: '2014', start: '2014-01-01', end: '2014-12-31', granularity: 'year' }, '2014', '2014'],
    [{ value: '2014-01', start: '2014-01-01', end: '2014-01-31', granularity: 'month' }, 'January 2014', '2014-01'],
    [{ value: '2019-10-13', start: '2019-10-13', end: '2019-10-13', granularity: 'day' }, '13 October 2019', '2019-10-13'],
    [{ value: '2013-W11', start: '2013-03-11', end: '2013-03-17', granularity: 'week' }, 'Week 11 of 2013', '2013-W11'],
    [{ value: '2019-Q4', start: '2019-10-01', end: '2019-12-31', granularity: 'quarter' }, 'Q4 2019', null],
    [{ value: '2019-H2', start: '2019-07-01', end: '2019-12-31', granularity: 'half' }, 'Second half of 2019', null],
    [{ value: '2019-SU', start: '2019-06-01', end: '2019-08-31', granularity: 'season' }, 'Summer 2019', null],
    [{ value: '199', start: '1990-01-01', end: '1999-12-31', granularity: 'decade' }, '1990s', null],
    [{ value: '19', start: '1900-01-01', end: '1999-12-31', granularity: 'century' }, '20th century', null],
    [{ value: '2019-10-13T14:30', start: '2019-10-13', end: '2019-10-13', granularity: 'time' }, '13 October 2019, 14:30', '2019-10-13T14:30'],
    [{ value: '2019-10-13TMO', start: '2019-10-13', end: '2019-10-13', granularity: 'time' }, '13 October 2019', '2019-10-13'],
    // Uncertain dates shown honestly, with the modifier the text gave them.
    [{ value: '2014', start: '2014-01-01', end: '2014-12-31', granularity: 'year', mod: 'MID' }, 'mid-2014', '2014'],
    [{ value: '2019-10', start: '2019-10-01', end: '2019-10-31', granularity: 'month', mod: 'START' }, 'early October 2019', '2019-10'],
    [{ value: '199', start: '1990-01-01', end: '1999-12-31', granularity: 'decade', mod: 'END' }, 'late 1990s', null],
    [{ value: '1990', start: '1990-01-01', end: '1990-12-31', granularity: 'year', mod: 'APPROX' }, 'c. 1990', '1990'],
  ])('%o', (date, label, datetime) => {
    expect(formatResolvedDate(date)).toEqual({ label, datetime });
  });

  it('does not depend on the machine time zone: 1 January stays in its year', () => {
    expect(formatResolvedDate({ value: '2015', start: '2015-01-01', end: '2015-12-31', granularity: 'year' }).label).toBe('2015');
  });
});

describe('formatTimexValue reads mention values', () => {
  it.each<[string, string | null]>([
    ['2014', '2014'],
    ['2014-11', 'November 2014'],
    ['2014-10-13', '13 October 2014'],
    ['2013-W11', 'Week 11 of 2013'],
    ['2019-Q1', 'Q1 2019'],
    ['2019-WI', 'Winter 2019'],
    ['201', '2010s'],
    ['P3D', 'a duration of 3 days'],
    ['PRESENT_REF', 'the present (the time of writing)'],
    ['XXXX-11', null],
    ['XXXX-XX-XX', null],
  ])('%s', (value, label) => {
    expect(formatTimexValue(value)?.label ?? null).toBe(label);
  });
});

describe('relationLabel', () => {
  it.each([
    ['on', null],
    ['in', null],
    ['since', 'Since'],
    ['until', 'Until'],
  ] as const)('%s', (relation, label) => {
    expect(relationLabel(relation)).toBe(label);
  });
});

describe('a period', () => {
  it('shows both ends: "2009 – 2011", "March 2009 – June 2011"', () => {
    expect(formatResolvedDate({ value: '2009', start: '2009-01-01', end: '2011-12-31', granularity: 'year', rangeEnd: '2011' }).label).toBe('2009 – 2011');
    expect(formatResolvedDate({ value: '2009-03', start: '2009-03-01', end: '2011-06-30', granularity: 'month', rangeEnd: '2011-06' })).toEqual({
      label: 'March 2009 – June 2011',
      datetime: '2009-03',
    });
  });
});
