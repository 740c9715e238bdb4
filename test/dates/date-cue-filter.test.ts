import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDateTagger } from '../../src/dates/chrono-config.ts';
import * as chrono from 'chrono-node';
import { dateCuePattern } from '../../src/dates/date-cue-filter.ts';
import { CueGatedParser } from '../../src/dates/parsers/cue-gated-parser.ts';
import { keptChronoParser } from '../../src/dates/keep-chrono-parsers.ts';

const engine = createDateTagger();
const cue = dateCuePattern(engine);
/** Chrono's own month dictionary, read from its files (the package does not export it). */
const CONSTANTS = pathToFileURL(path.resolve(import.meta.dirname, '../../node_modules/chrono-node/dist/esm/locales/en/constants.js')).href;

describe('dateCuePattern: the pre-filter derived from the configuration', () => {
  it('exists for our configuration (every parser has a known cue)', () => {
    expect(cue).not.toBeNull();
  });

  it('matches every month name chrono knows, in any case, glued to an ordinal too', async () => {
    const { MONTH_DICTIONARY } = (await import(CONSTANTS)) as { MONTH_DICTIONARY: Record<string, number> };
    for (const name of Object.keys(MONTH_DICTIONARY)) {
      for (const text of [name, name.toUpperCase(), `the first of${name}`, `1st${name}`]) expect(cue!.test(text), text).toBe(true);
    }
  });

  it.each(['It rained.', 'He spoke to them and left.', 'A A'])('%j has no cue and no date', (text) => {
    expect(cue!.test(text)).toBe(false);
    expect(engine.parse(text)).toEqual([]);
  });

  it('turns off when a parser has no known cue', () => {
    const other = createDateTagger();
    other.parsers.push({ pattern: () => /x/, extract: () => null });
    expect(dateCuePattern(other)).toBeNull();
  });

  describe('chrono parsers gated by their cue', () => {
    const gated = engine.parsers.filter((p): p is CueGatedParser => p instanceof CueGatedParser);
    const reference = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };
    const alone = (parser: chrono.Parser, text: string) =>
      new chrono.Chrono({ parsers: [parser], refiners: [] }).parse(text, reference).map((r) => [r.index, r.text]);

    it('are the time, slash-date and month-name parsers', () => {
      expect(gated.map((p) => keptChronoParser(p.inner)?.reads).sort()).toEqual(['10/13/2019', '13 October 2019', '6 a.m.', 'October 13, 2019']);
    });

    it('gate the month-name parsers by the literals of one shared cue, which the prefilter knows', () => {
      const months = gated.filter((p) => keptChronoParser(p.inner)?.byLiterals);
      expect(months).toHaveLength(2);
      expect(months[0]!.cue()).toBe(months[1]!.cue());
    });

    // What the month-name parsers find in a text given with its prefiltered cue tests (as the
    // tagger parses): what they find alone, and nothing where no month name's letters occur.
    it.each([
      ['On 13 October 2019 and October 14, 2019 they met.', true],
      ['the first of JANUARY, and 3rd of feb.', true],
      ['The market may rise; a decade of separate novels.', true],
      ['Prices rose 3 percent in 1990 on the 5th.', false],
    ])('find in %j what they find alone (a month name may occur: %s)', (text, mayHaveMonth) => {
      const tests = cue!.testsFor!(text);
      for (const parser of gated.filter((p) => keptChronoParser(p.inner)?.byLiterals)) {
        const withTests = new chrono.Chrono({ parsers: [parser], refiners: [] }).parse(text, reference, { cueTests: tests } as chrono.ParsingOption);
        const found = alone(parser.inner, text);
        expect(withTests.map((r) => [r.index, r.text]), keptChronoParser(parser.inner)?.reads).toEqual(found);
        if (!mayHaveMonth) expect(found).toEqual([]);
      }
      expect(tests.mayMatch(gated.find((p) => keptChronoParser(p.inner)?.byLiterals)!.cue())).toBe(mayHaveMonth);
    });

    it.each([
      'The meeting ended at 6 a.m. and resumed at 14:30, by 10 o\'clock it was over.',
      'Filed on 3/4 and again on 10/13/2019; the 3.6.90 memo; prices rose 3.6 percent.',
      'At 10 the 12 people left; from 1 to 3 they waited.',
      'Nothing here.',
    ])('find in %j what the parser alone finds, where their cue is', (text) => {
      for (const parser of gated) {
        const found = alone(parser.inner, text);
        expect(alone(parser, text), keptChronoParser(parser.inner)?.reads).toEqual(parser.cue().test(text) ? found : []);
      }
    });

    it.each([
      ['At 10 the 12 people left.', []],
      ['They left at 6 p.m. on March 3.', ['6 p.m. on March 3']],
      ['Filed 3/4/1999, not 3.6 or 3-4.', ['3/4/1999']],
    ])('lose no date the tagger keeps: %j', (text, expected) => {
      expect(engine.parse(text, reference).map((r) => r.text)).toEqual(expected);
    });
  });
});
