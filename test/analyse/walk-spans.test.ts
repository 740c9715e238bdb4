import { describe, expect, it } from 'vitest';
import { forEachSpan } from '../../src/analyse/walk-spans.ts';

describe('forEachSpan', () => {
  it.each([
    ['a span', { start: 1, end: 2, text: 'a' }, ['1-2']],
    ['spans in arrays and objects, each before what it holds', { a: [{ start: 0, end: 5, inner: { start: 1, end: 2 } }], b: { start: 3, end: 4 } }, ['0-5', '1-2', '3-4']],
    ['offsets that are not numbers', { start: '1', end: 2, x: { start: 1 } }, []],
    ['what a text key holds is not looked into', { text: { start: 1, end: 2 } }, []],
    ['no objects', ['a', 1, null], []],
  ] as Array<[string, unknown, string[]]>)('%s', (_name, value, expected) => {
    const seen: string[] = [];
    forEachSpan(value, (_span, start, end) => seen.push(`${start}-${end}`));
    expect(seen).toEqual(expected);
  });
});
