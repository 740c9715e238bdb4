import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { tagDates } from '../../src/dates/index.ts';

/**
 * No input makes the date tagger superlinear: twice the input costs at most ~2.5 times as much.
 * Each shape is tagged as ONE passage (no paragraph breaks to cut at) at two sizes; the best CPU time
 * of several runs is compared, as a ratio, never against an absolute time. Sizes are large enough for
 * the ratio to be stable and small enough to keep the whole file under ~20 s.
 */
const CONTENT = path.resolve(import.meta.dirname, '../../content');
const files = readdirSync(CONTENT).filter((f) => /\.(?:txt|md)$/.test(f));
const real = files.map((f) => readFileSync(path.join(CONTENT, f), 'utf8')).join('\n\n');

/** Deterministic word soup from `list` (a linear congruential sequence, the same on every run). */
function soup(list: string[], size: number): string {
  let x = 7;
  let out = '';
  while (out.length < size) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += `${list[x % list.length]} `;
  }
  return out.slice(0, size);
}
const repeat = (source: string, size: number) => source.repeat(Math.ceil(size / source.length)).slice(0, size);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'last', 'next'];
const MIXED = [...MONTHS, ...WEEKDAYS, '1990', '12', '2014', '31', 'the', 'said', 'will', 'in', 'year', 'days', 'ago', 'week', 'morning', 'since'];

const SHAPES: Array<[string, (size: number) => string, number]> = [
  // [shape, text of a given size, smaller size in characters]
  ['month names without sentence punctuation', (n) => soup(MONTHS, n), 12_000],
  ['weekday names without sentence punctuation', (n) => soup(WEEKDAYS, n), 12_000],
  ['date words and numbers without punctuation', (n) => soup(MIXED, n), 12_000],
  ['real news text as one line without punctuation', (n) => repeat(real.replace(/[.!?;:,]/g, '').replace(/\s+/g, ' '), n), 40_000],
  ['real news text as one line', (n) => repeat(real.replace(/\s+/g, ' '), n), 40_000],
];

function bestCpuSeconds(text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    tagDates(text, [{ start: 0, end: text.length }], { dct: '2020-03-04', mode: 'news' });
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return best;
}

describe('the date tagger is linear in its input (time ratios, not absolute times)', () => {
  it('has real text to work on', () => {
    expect(files.length, `no seed articles in ${CONTENT}`).toBeGreaterThan(0);
  });

  it.each(SHAPES)('%s: 2x input costs at most 2.5x time', (_name, make, size) => {
    const small = make(size);
    const large = make(2 * size);
    bestCpuSeconds(small, 1); // warm up the JIT on this shape
    // Other work on a shared machine can disturb one measurement; a quadratic cost (x4) fails every one.
    let ratio = Infinity;
    for (let attempt = 0; attempt < 3 && ratio > 2.5; attempt++) ratio = Math.min(ratio, bestCpuSeconds(large, 3) / bestCpuSeconds(small, 3));
    expect(ratio).toBeLessThanOrEqual(2.5);
  }, 60_000);

  it('keeps offsets and finds every month name in a long unpunctuated passage', () => {
    const text = soup(MONTHS, 30_000);
    const mentions = tagDates(text, [{ start: 0, end: text.length }], { dct: '2020-03-04', mode: 'news' });
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    // "May" without a preposition is the modal verb: every other month name is a mention, cuts or not.
    const expected = [...text.matchAll(/\b(?:January|February|March|April|June|July|August|September|October|November|December)\b/g)].length;
    const found = mentions.filter((m) => /^(?:January|February|March|April|June|July|August|September|October|November|December)$/.test(m.text)).length;
    expect(found).toBeGreaterThanOrEqual(expected * 0.99);
  });
});
