import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Chrono, ParsingContext, type Parser, type ParsingResult } from 'chrono-node';
import { AnchoredSearch, type Anchor } from '../../src/dates/anchored-search.ts';
import { LiteralScanner } from '../../src/dates/literal-scanner.ts';
import { createDateTagger } from '../../src/dates/chrono-config.ts';
import { dateCuePattern } from '../../src/dates/date-cue-filter.ts';
import { contextHasCue, type CueParsingOption } from '../../src/dates/cue-tests.ts';
import { TimexPatternParser } from '../../src/dates/parsers/timex-pattern-parser.ts';

const engine = createDateTagger();
const cue = dateCuePattern(engine);
const anchored = engine.parsers.filter((p): p is TimexPatternParser => p instanceof TimexPatternParser && p.anchoring() !== null);
const reference = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };
const executeParser = (Chrono as unknown as { executeParser(c: ParsingContext, p: Parser): ParsingResult[] }).executeParser;

/** What `exec` gives, as [index, text], or null. */
const found = (m: RegExpExecArray | null): [number, string] | null => (m === null ? null : [m.index, m[0]]);

/** The first place where `search` and the full pattern differ on some suffix of `text` (chrono
 *  searches what remains after each match), or null. */
function firstDifference(full: RegExp, search: RegExp, text: string): string | null {
  for (let k = 0; k <= text.length; k++) {
    const rest = text.slice(k);
    const want = found(full.exec(rest));
    const got = found(search.exec(rest));
    if (JSON.stringify(want) !== JSON.stringify(got)) return `${JSON.stringify(rest)}: ${JSON.stringify(want)} from every start, ${JSON.stringify(got)} anchored`;
  }
  return null;
}

/** The parser's results as chrono makes them, with its anchored search (located by the prefilter's
 *  scan, as the tagger runs it) and with its full pattern from every start, behind the same gate. */
function bothWays(parser: TimexPatternParser, text: string): [string[], string[]] {
  const context = () => {
    const tests = cue?.testsFor?.(text);
    if (tests === undefined) throw new Error('the configuration has no cue prefilter');
    cue?.test(text, tests);
    return new ParsingContext(text, reference, { cueTests: tests } as CueParsingOption);
  };
  const full = parser.fullPattern();
  const gate = parser.cue();
  const fullParser: Parser = { pattern: (c) => (gate === null || contextHasCue(c, gate) ? full : /^(?!)/), extract: (c, m) => parser.extract(c, m) };
  const show = (results: ParsingResult[]) => results.map((r) => `${r.index}:${r.text}`);
  return [show(executeParser(context(), fullParser)), show(executeParser(context(), parser))];
}

const TEXTS = [
  'had not admitted any role after three days of questioning.',
  'in each of the last three years, and the better part of the next two and a half years',
  'For twenty-five hundred years, 1 1/2 hours, 2½ years, 2 ½ days, 2.5 weeks, a day-long strike',
  'Three YEARS AGO, in recent months, for years; the two-week strike lasted 12 to 18 months more.',
  'Monday, today, birthday, weekday, yesterday: no unit there; "days" and days-long, hrs, yrs, 6 mins',
  'the first nine months, a couple of weeks, a number of decades, several centuries, 3 quarters of',
  'over the past  \n  three\t-\tdays , ten years old, 60,000 years, 1,000 days, 09-10 days, $5 a day',
  'years', 'y', '', 'a  few   more  consecutive  trading   days  and a half',
];

describe('AnchoredSearch: the same matches as the pattern searched from every start', () => {
  it('has parsers to test', () => expect(anchored.length).toBeGreaterThan(0));
  for (const parser of anchored) {
    const name = parser.constructor.name;
    const full = parser.fullPattern();
    const search = new AnchoredSearch(parser.fullPattern(), parser.anchoring()!);
    it.each(TEXTS)(`${name}: every suffix of %j`, (text) => {
      expect(firstDifference(full, search, text)).toBeNull();
    });
    it.each(TEXTS)(`${name}: chrono's results on %j, located by the prefilter`, (text) => {
      const [want, got] = bothWays(parser, text);
      expect(got).toEqual(want);
    });
  }
});

/** For each anchored parser, a match that needs its window's whole reach: the most words its
 *  pattern allows before the anchor. */
const LONGEST: Record<string, string> = {
  // "the better part of the" (5), a count of 3 words, "and a half" (3), "to", a count of 3, "more", "trading": 17.
  DurationParser: 'the better part of the twenty-five hundred and a half to twenty-five hundred more trading days',
  // "more than" (2), a count of 3, "and a half" (3): 8.
  OffsetParser: 'more than twenty-five hundred and a half years ago',
  WeekdayParser: 'the previous Friday',
  SetParser: 'five times a year',
  // "the most recent fiscal" before "year": 4.
  RelativeUnitParser: 'the most recent fiscal year', // (not anchored: it did not pay)
};

/** Words the anchored patterns are made of, and what stands between them. */
const WORDS = [
  'the', 'The', 'past', 'last', 'next', 'better', 'part', 'of', 'first', 'recent', 'coming', 'a', 'an', 'A', 'one', 'two', 'three', 'twenty', 'five',
  'hundred', 'thousand', 'half', 'and', 'to', 'or', 'so', 'more', 'consecutive', 'trading', 'business', 'few', 'couple', 'several', 'many', 'number',
  'day', 'days', 'Days', 'DAYS', 'week', 'weeks', 'weekend', 'month', 'months', 'year', 'years', 'Year', 'yr', 'yrs', 'hr', 'hrs', 'hour', 'hours',
  'min', 'mins', 'minute', 'second', 'seconds', 'sec', 'decade', 'decades', 'century', 'centuries', 'fortnight', 'quarter', 'quarters', 'long', 'old',
  'ago', 'later', 'earlier', 'before', 'after', 'from', 'now', 'back', 'hence', 'every', 'each', 'once', 'twice', 'times', 'per', 'daily', 'weekly',
  'Monday', 'Friday', 'today', 'birthday', 'three', 'thread', 'mayday', 'said', 'x', '1', '2', '12', '1999', '2.5', '1/2', '½', '60,000',
  ...Object.values(LONGEST),
];
const GAPS = [' ', ' ', ' ', '  ', '-', ' - ', '\n', '\t', ', ', '. ', ': ', "'s ", '’', '"', '(', ')', ''];
/** Phrases shaped like the parsers' matches, slot by slot, each slot maybe empty: long prefixes
 *  before the anchor word are what a window cut short misses. */
const slot = (...options: string[]) => fc.oneof({ arbitrary: fc.constant(''), weight: 2 }, { arbitrary: fc.constantFrom(...options), weight: 1 });
const phraseArb = fc
  .tuple(
    slot('the', 'The', 'about', 'more than', 'some'),
    slot('past', 'last', 'next', 'better part of the', 'first', 'recent', 'every', 'each', 'other', 'this', 'the previous'),
    slot('three', 'twenty-five hundred', 'a couple of', 'a number of', '1 1/2', '2 ½', 'half an', 'a', 'two', 'once', 'twice', 'five times'),
    slot('and a half', 'to twenty five', 'or three', 'and a half to two', 'a', 'per', 'every', 'most recent', 'corresponding', 'fiscal'),
    slot('more', 'straight', 'trading', 'business', 'calendar'),
    fc.constantFrom('days', 'day', 'years', 'year', 'weeks', 'months', 'quarter', 'hours', 'decades', 'centuries', 'Monday', 'Fridays', 'weekend', 'period', 'fiscal year'),
    slot('ago', 'or so ago', 'later', 'earlier', 'before', 'after', 'from now', 'back', 'a year', 'per year', 'old', 'long', 'of', 'morning', 'nights'),
    fc.constantFrom(' ', ' ', '  ', '-', ' \n '),
  )
  .map(([...parts]) => {
    const gap = parts.pop()!;
    return parts.filter((p) => p !== '').join(gap);
  });
const textArb = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...WORDS), phraseArb), fc.constantFrom(...GAPS)), { minLength: 1, maxLength: 30 })
  .map((pairs) => pairs.map(([w, g]) => w + g).join(''));

describe('AnchoredSearch on generated text', () => {
  for (const parser of anchored) {
    const full = parser.fullPattern();
    const search = new AnchoredSearch(parser.fullPattern(), parser.anchoring()!);
    it(`${parser.constructor.name}: the same match on every suffix`, () => {
      fc.assert(fc.property(textArb, (text) => firstDifference(full, search, text) === null), { numRuns: 300 });
    });
    it(`${parser.constructor.name}: the same results through chrono`, () => {
      fc.assert(fc.property(textArb, (text) => {
        const [want, got] = bothWays(parser, text);
        return JSON.stringify(want) === JSON.stringify(got);
      }), { numRuns: 300 });
    });
    it(`${parser.constructor.name}: a window cut short is caught`, () => {
      // The same anchor reaching back half as many words: the generated text must show it.
      const spec = parser.anchoring()!;
      const short: Anchor = { ...spec, before: cutShort(spec.before, (n) => Math.floor(n / 2)) };
      const wrong = new AnchoredSearch(parser.fullPattern(), short);
      const result = fc.check(fc.property(textArb, (text) => firstDifference(full, wrong, text) === null), { numRuns: 1000 });
      expect(result.failed).toBe(true);
    });
  }
});

/** `before` with its repetition bound changed: /(?:X){0,17}/ -> /(?:X){0,to(17)}/. */
function cutShort(before: RegExp, to: (n: number) => number): RegExp {
  const cut = before.source.replace(/\{0,(\d+)\}$/, (_, n: string) => `{0,${to(Number(n))}}`);
  if (cut === before.source) throw new Error(`not a bounded repetition: ${before.source}`);
  return new RegExp(cut, before.flags);
}

describe("Each anchor's window: as far back as the longest match, and no shorter", () => {
  for (const parser of anchored) {
    const name = parser.constructor.name;
    const spec = parser.anchoring()!;
    it(`${name}: its longest match is found, and missed by a window one word shorter`, () => {
      const text = LONGEST[name];
      if (text === undefined) throw new Error(`no longest match written for ${name}`);
      expect(found(parser.fullPattern().exec(text))).toEqual([0, text]);
      expect(found(new AnchoredSearch(parser.fullPattern(), spec).exec(text))).toEqual([0, text]);
      const short = new AnchoredSearch(parser.fullPattern(), { ...spec, before: cutShort(spec.before, (n) => n - 1) });
      expect(found(short.exec(text))).not.toEqual([0, text]);
    });
  }
});

describe('LiteralScanner: where located literals start', () => {
  it.each([
    ['three days', [['hr', 'day', 'ree']], [[1, 2, 6]]],
    ['hours hour', [['hour', 'our']], [[0, 1, 6, 7]]],
    ['YEARS yr', [['year', 'yr', 'ear']], [[0, 1, 6]]],
    ['no match', [['day']], [[]]],
  ])('%j', (text, groups, expected) => {
    const starts: number[][] = groups.map(() => []);
    new LiteralScanner(groups, groups.map((_, i) => i)).scan(text, starts);
    expect(starts).toEqual(expected);
  });
});
