/**
 * Cost per character of the date tagger on growing inputs, each given as ONE passage:
 *   node --import tsx bench/tagger-linearity.ts [MAX_KB=400] [--chrono]
 * Shapes: real news text (the TBAQ plain texts and the seed articles, in paragraphs and as one line
 * without line breaks), the same text without sentence punctuation, month names only, weekday names
 * only, digits only, and mixed date words and numbers without punctuation. For each shape and size
 * (doubling from MAX_KB/16) it prints the best CPU time of 3 runs and microseconds per KB; a linear
 * tagger keeps the last column flat. With --chrono, plain `chrono.casual.parse` on the same text too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chrono from 'chrono-node';
import { tagDates } from '../src/dates/index.ts';
import { parseTimeml, tmlFiles } from './timeml.ts';

const maxKb = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 400);
const withChrono = process.argv.includes('--chrono');
/** The evaluation data beside the project (`../shared`), read in place. */
const TBAQ = resolve(import.meta.dirname, '../../shared/eval/tbaq');
const SEED = resolve(import.meta.dirname, '../../shared/corpus/seed-articles');
for (const dir of [TBAQ, SEED]) if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`missing data folder ${dir}`);

const real = [
  ...tmlFiles(TBAQ).map((f) => parseTimeml(readFileSync(f, 'utf8')).text.trim()),
  ...readdirSync(SEED).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SEED, f), 'utf8').trim()),
].join('\n\n');

/** A deterministic pseudo-random sequence (no Math.random: the same input on every run). */
function words(list: string[], size: number, seed = 1): string {
  let x = seed;
  const out: string[] = [];
  let length = 0;
  while (length < size) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const w = list[x % list.length]!;
    out.push(w);
    length += w.length + 1;
  }
  return out.join(' ').slice(0, size);
}

const MONTH_WORDS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAY_WORDS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'last', 'next', 'on'];
const DIGIT_WORDS = ['1', '12', '1990', '2014', '31', '7', '2000', '365', '0'];
const MIXED_WORDS = [...MONTH_WORDS, ...WEEKDAY_WORDS, ...DIGIT_WORDS, 'the', 'said', 'will', 'in', 'year', 'days', 'ago', 'later', 'week', 'of', 'quarter', 'morning', 'since', 'he', 'was'];

const repeat = (source: string, size: number) => source.repeat(Math.ceil(size / source.length)).slice(0, size);
const shapes: Array<[string, (size: number) => string]> = [
  ['real text, paragraphs', (n) => repeat(real, n)],
  ['real text, one line', (n) => repeat(real.replace(/\s+/g, ' '), n)],
  ['real text, no punctuation', (n) => repeat(real.replace(/[.!?;:,]/g, '').replace(/\s+/g, ' '), n)],
  ['month names only', (n) => words(MONTH_WORDS, n)],
  ['weekday names only', (n) => words(WEEKDAY_WORDS, n)],
  ['digits only', (n) => words(DIGIT_WORDS, n)],
  ['mixed, no punctuation', (n) => words(MIXED_WORDS, n)],
];

function cpuSeconds(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return best;
}

const reference = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };
const sizes: number[] = [];
for (let kb = maxKb / 16; kb <= maxKb; kb *= 2) sizes.push(Math.round(kb * 1000));
console.log(`one passage per input; best CPU time of 3 runs; sizes ${sizes.map((s) => s / 1000).join(', ')} KB`);
for (const [name, make] of shapes) {
  console.log(`\n${name}`);
  let previous: number | null = null;
  for (const size of sizes) {
    const text = make(size);
    let found = 0;
    const seconds = cpuSeconds(() => {
      found = tagDates(text, [{ start: 0, end: text.length }], { dct: '2000-01-01', mode: 'news' }).length;
    });
    const perKb = (seconds * 1e6) / (text.length / 1000);
    const growth = previous === null ? '' : `  x${(seconds / previous).toFixed(2)} for x2 input`;
    let line = `  ${(text.length / 1000).toFixed(1).padStart(6)} KB  tagDates ${seconds.toFixed(3).padStart(8)} s  ${perKb.toFixed(0).padStart(7)} µs/KB  ${String(found).padStart(6)} mentions${growth}`;
    if (withChrono) {
      const c = cpuSeconds(() => chrono.casual.parse(text, reference));
      line += `   chrono.casual ${c.toFixed(3)} s, ${((c * 1e6) / (text.length / 1000)).toFixed(0)} µs/KB`;
    }
    console.log(line);
    previous = seconds;
  }
}
