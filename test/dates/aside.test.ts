import { describe, expect, it } from 'vitest';
import { AsideReader, insideAside } from '../../src/dates/aside.ts';
import { lastMatchStart } from '../../src/dates/tense-cue.ts';

/** Every position of `text`, in order, read by one AsideReader and by insideAside. */
function both(text: string): { reader: boolean[]; scan: boolean[] } {
  const reader = new AsideReader(text);
  const positions = [...Array(text.length + 1).keys()];
  return { reader: positions.map((at) => reader.inside(at)), scan: positions.map((at) => insideAside(text, at)) };
}

describe('AsideReader: insideAside for increasing positions, in linear time', () => {
  it.each([
    ['a quotation', 'He said "we will go next summer" on Monday.'],
    ['curly quotes and a parenthesis', 'It was “over (in 2005) by then” and (declassified in 2005) later.'],
    ['a line break ends every aside', 'Open "quote (and paren\nnext line on Friday) "x'],
    ['unbalanced closers', 'a ) b ” c ( d " e'],
    ['empty', ''],
  ])('%s', (_, text) => {
    const { reader, scan } = both(text);
    expect(reader).toEqual(scan);
  });

  it('forgets what lies more than 2,000 characters back, as insideAside does', () => {
    const text = `(${'word '.repeat(500)}) "${'more '.repeat(450)}" (${'x'.repeat(2100)} end`;
    const { reader, scan } = both(text);
    expect(reader).toEqual(scan);
    expect(scan.filter(Boolean).length).toBeGreaterThan(0);
    expect(scan.filter((x) => !x).length).toBeGreaterThan(0);
  });

  it('answers a position before the last one asked by starting again', () => {
    const text = 'say "it (is" here) then';
    const reader = new AsideReader(text);
    const order = [20, 5, 12, 3, 23, 0, 9];
    expect(order.map((at) => reader.inside(at))).toEqual(order.map((at) => insideAside(text, at)));
  });
});

describe('lastMatchStart: where the last match of a global pattern starts', () => {
  it.each([
    [/\bwill\b/g, 'he will and she will go', 16],
    [/\bwill\b/g, 'nothing here', -1],
    [/a+/g, 'aa b aaa', 5],
    [/x*/g, 'ab', 2], // empty matches: as matchAll, the last at the end
    [/\bwill\b/g, '', -1],
  ])('%s in %j: %i', (cue, text, expected) => {
    expect(lastMatchStart(cue, text)).toBe(expected);
    expect(lastMatchStart(cue, text)).toBe([...text.matchAll(cue)].at(-1)?.index ?? -1);
  });
});
