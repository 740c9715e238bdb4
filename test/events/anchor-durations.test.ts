import { describe, expect, it } from 'vitest';
import { periodStart } from '../../src/events/anchor-durations.ts';
import type { DateMention } from '../../src/types.ts';

function duration(sentence: string, text: string, value: string): [string, number, DateMention] {
  const start = sentence.indexOf(text);
  return [sentence, start, { start, end: start + text.length, text, type: 'DURATION', value, anchor: 'absolute' }];
}

describe('periodStart', () => {
  it.each([
    ['after only three days since Turkey invaded, 190,000 people had been displaced', 'three days', 'P3D', '2019-10-12', '2019-10-09', 'day'],
    ['Turkey declared war and has already committed war crimes in just 10 days.', '10 days', 'P10D', '2018-01-30', '2018-01-20', 'day'],
    ['The company has doubled its sales within two years.', 'two years', 'P2Y', '2020-06-15', '2018', 'year'],
    ['Prices have risen 20 percent in six months.', 'six months', 'P6M', '2020-06-15', '2019-12', 'month'],
  ])('%j counts back to %s', (sentence, text, value, reference, expected, granularity) => {
    const [s, offset, mention] = duration(sentence, text, value);
    expect(periodStart(s, offset, mention, reference)?.date).toMatchObject({ value: expected, granularity });
  });

  it.each([
    ['The talks lasted three days.', 'three days', 'P3D'],
    ['He will leave in three days.', 'three days', 'P3D'],
    ['For years the border was open.', 'years', 'PXY'],
  ])('%j counts nothing back', (sentence, text, value) => {
    const [s, offset, mention] = duration(sentence, text, value);
    expect(periodStart(s, offset, mention, '2020-01-01')).toBeNull();
  });
});
