import { describe, expect, it } from 'vitest';
import { checkedLemmas, fieldAt, happeningLemmas, isWordnetHappening, MIN_HAPPENING_LEMMAS, nounLemma, wordnetHappenings } from '../../src/events/load-event-nouns.ts';

/** A data.noun whose synsets start at their own byte offsets, as WordNet's do: [lexicographer file, gloss]. */
function dataNoun(synsets: Array<[number, string]>): { text: string; offsets: string[] } {
  let text = '  1 licence header line\n';
  const offsets: string[] = [];
  for (const [lexfile, gloss] of synsets) {
    const offset = String(text.length).padStart(8, '0');
    offsets.push(offset);
    text += `${offset} ${String(lexfile).padStart(2, '0')} n 01 word 0 000 | ${gloss}\n`;
  }
  return { text, offsets };
}

describe('happeningLemmas', () => {
  const { text, offsets } = dataNoun([[4, 'an act'], [11, 'an event'], [14, 'a group'], [22, 'a process'], [19, 'a phenomenon'], [10, 'a communication']]);
  const [act, event, group, process, phenomenon, communication] = offsets;
  const index = [
    '  1 licence header line',
    `attack n 2 1 @ 2 1 ${act} ${group}`,
    `boom n 1 2 @ + 1 0 ${event}`,
    `government n 2 1 @ 2 0 ${group} ${act}`,
    `growth n 1 0 1 0 ${process}`,
    `storm n 1 0 1 0 ${phenomenon}`,
    `talk n 1 0 1 0 ${communication}`,
    `broken n 1 0 1 0 99999999`,
    '',
  ].join('\n');
  it('keeps a lemma whose first sense is an act, event, process or phenomenon, and no other', () => {
    expect([...happeningLemmas(index, text)].sort()).toEqual(['attack', 'boom', 'growth', 'storm']);
  });
});

describe('fieldAt', () => {
  const line = 'attack n 2  1 @';
  it.each([0, 1, 2, 3, 4, 5, 6, 7, -1, 1.5, Number.NaN])('field %s is what split gives', (n) => {
    expect(fieldAt(line, n)).toBe(line.split(' ')[n]);
  });
  it.each([
    ['', 0, ''],
    ['one', 0, 'one'],
    ['one', 1, undefined],
    ['a b ', 2, ''],
  ] as Array<[string, number, string | undefined]>)('%j field %i is %j', (text, n, field) => {
    expect(fieldAt(text, n)).toBe(field);
  });
});

describe('nounLemma', () => {
  it.each([
    ['rulings', ['ruling', 'rulings']],
    ['inquiries', ['inquiry', 'inquiries']],
    ['crashes', ['crash', 'crashes']],
    ['crisis', ['crisis']],
    ['boom', ['boom']],
  ])('%s', (word, lemmas) => expect(nounLemma(word)).toEqual(lemmas));
});

describe('isWordnetHappening (the installed WordNet 3.1)', () => {
  it.each([
    ['boom', true],
    ['fiasco', true],
    ['rulings', true],
    ['attack', true],
    ['government', false],
    ['trend', false],
    ['anniversary', false],
  ])('%s: %s', (word, happening) => expect(isWordnetHappening(word)).toBe(happening));
});

describe('checkedLemmas: too few happening nouns is an error naming the data, not a weaker reader', () => {
  const many = (n: number) => new Set(Array.from({ length: n }, (_, i) => `noun${i}`));
  it.each([
    [0, true],
    [MIN_HAPPENING_LEMMAS - 1, true],
    [MIN_HAPPENING_LEMMAS, false],
  ])('%i lemmas: throws %s', (n, throws) => {
    const check = () => checkedLemmas(many(n), '/some/dict');
    if (throws) expect(check).toThrow(/\/some\/dict gave \d+ happening nouns/);
    else expect(check()).toHaveProperty('size', n);
  });
  it('the installed WordNet passes it', () => {
    expect(wordnetHappenings().size).toBeGreaterThanOrEqual(MIN_HAPPENING_LEMMAS);
  });
});
