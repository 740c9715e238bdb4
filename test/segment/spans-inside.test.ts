import { describe, expect, it } from 'vitest';
import { spansInside } from '../../src/segment/spans-inside.ts';

type S = { start: number; end: number };
const s = (start: number, end: number): S => ({ start, end });
/** What spansInside replaces: every span tested against `outer`. */
const byFilter = (spans: S[], outer: S) => spans.filter((m) => m.start >= outer.start && m.end <= outer.end);

describe('spansInside: the spans of a sorted list inside a span', () => {
  const spans = [s(0, 3), s(2, 9), s(4, 6), s(4, 12), s(10, 12), s(12, 12), s(12, 15), s(20, 25)];
  it.each([
    ['the whole range', s(0, 25)],
    ['a span that cuts through others', s(3, 12)],
    ['a span that starts where one starts', s(4, 6)],
    ['an empty span at the end of one', s(12, 12)],
    ['a span inside a gap', s(16, 19)],
    ['a span before everything', s(-5, -1)],
    ['a span after everything', s(26, 40)],
  ])('%s: the same spans, in the same order, as filtering every span', (_name, outer) => {
    expect(spansInside(spans, outer)).toEqual(byFilter(spans, outer));
  });

  it('matches filtering on generated lists (starts sorted, ends in any order)', () => {
    let x = 3;
    const next = (n: number) => (x = (x * 1103515245 + 12345) % 2147483648) % n;
    for (let round = 0; round < 200; round++) {
      const list = Array.from({ length: next(40) }, () => {
        const start = next(100);
        return s(start, start + next(15));
      }).sort((a, b) => a.start - b.start);
      const start = next(110);
      const outer = s(start, start + next(40));
      expect(spansInside(list, outer)).toEqual(byFilter(list, outer));
    }
  });
});
