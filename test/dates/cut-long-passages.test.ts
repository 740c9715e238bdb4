import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cutPassage, MAX_PIECE, OVERLAP } from '../../src/dates/cut-long-passages.ts';
import { tagDates } from '../../src/dates/index.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../content');
const seed = readdirSync(CONTENT).map((f) => readFileSync(path.join(CONTENT, f), 'utf8'));
const whole = (text: string) => [{ start: 0, end: text.length }];

describe('cutPassage: where a long passage is cut', () => {
  it('has the seed articles to cut', () => {
    expect(seed.length, `no seed articles in ${CONTENT}`).toBeGreaterThan(0);
  });

  it('leaves a passage up to MAX_PIECE whole, and one without a date cue out', () => {
    const text = 'It rained on Monday. '.repeat(20);
    const pieces = cutPassage(text, whole(text)[0]!, /Monday/i).map(({ parts, ...piece }) => ({ ...piece, parts: parts.map((p) => [p.start, p.cues.text]) }));
    expect(pieces).toEqual([{ start: 0, end: text.length, keepFrom: 0, keepTo: text.length, parts: [[0, text]] }]);
    expect(cutPassage(text, whole(text)[0]!, /Friday/i)).toEqual([]);
  });

  it.each(seed.map((text, i) => [i, text.replace(/\s+/g, ' ')] as const))('cuts seed article %i, as one line, only after a sentence end before a capital', (_i, text) => {
    const pieces = cutPassage(text, whole(text)[0]!, null);
    let last = 0;
    for (const p of pieces) {
      expect(p.end - p.start).toBeLessThanOrEqual(MAX_PIECE);
      expect(p.start).toBeGreaterThanOrEqual(last);
      if (p.start > 0) expect(text.slice(p.start - 2, p.start + 1)).toMatch(/^[.!?] ["“‘(\[]?[A-Z"“‘(\[]$/);
      last = p.end;
    }
    // Nothing is left out but the white space between sentences.
    expect(pieces.map((p) => text.slice(p.start, p.end)).join(' ').trim()).toBe(text.trim());
  });

  it('never cuts after an abbreviation: "Mr. Smith", "Jan. 5", "6 a.m. Tuesday", "U.S. officials"', () => {
    const sentence = 'Mr. Smith met U.S. officials at 6 a.m. Tuesday and on Jan. 5 he left, said Dr. Roe of Acme Inc. Later he spoke. ';
    const text = sentence.repeat(Math.ceil((2 * MAX_PIECE) / sentence.length));
    for (const p of cutPassage(text, whole(text)[0]!, null).slice(1)) expect(text.slice(p.start, p.start + 6)).toBe('Mr. Sm');
  });
});

describe('tagDates on a passage cut into overlapping windows (no sentence ends)', () => {
  it('finds every expression once, with its offsets, wherever the windows fall', () => {
    // A date every 97 characters, in one sentence far longer than MAX_PIECE: some dates straddle every cut.
    const filler = 'and the convoy moved on through the hills where the villages were quiet ';
    let text = '';
    const expected: number[] = [];
    while (text.length < 6 * MAX_PIECE) {
      expected.push(text.length + 'on '.length);
      text += `on 13 October 2019 ${filler.slice(0, 97 - 'on 13 October 2019 '.length)}`;
    }
    const mentions = tagDates(text, whole(text), { dct: '2020-03-04', mode: 'news' });
    expect(mentions.map((m) => m.start)).toEqual(expected);
    for (const m of mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect([m.text, m.value]).toEqual(['13 October 2019', '2019-10-13']);
    }
  });

  it('keeps the windows longer than what they must see', () => {
    expect(MAX_PIECE).toBeGreaterThan(2 * OVERLAP);
  });
});
