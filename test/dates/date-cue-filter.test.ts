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

    it('are all the chrono parsers we keep', () => {
      expect(gated.map((p) => keptChronoParser(p.inner)?.reads).sort()).toEqual(['10/13/2019', '13 October 2019', '2019-10-13T14:00:00Z', '2019/10/13', '6 a.m.', 'October 13, 2019']);
    });

    it('gate the ISO and year-month-day parsers by the year parser\'s own cue (one test answers the three)', () => {
      const year = engine.parsers.find((p) => p.constructor.name === 'YearParser') as unknown as { cue(): RegExp };
      const fourDigits = gated.filter((p) => ['2019-10-13T14:00:00Z', '2019/10/13'].includes(keptChronoParser(p.inner)?.reads ?? ''));
      expect(fourDigits).toHaveLength(2);
      for (const p of fourDigits) expect(p.cue()).toBe(year.cue());
    });

    // Every day chrono writes next to every month name it knows, in its separators: where the
    // parser alone reads a date, its gate lets the text through (a gate too strict fails here).
    it('let through every day-and-month form chrono reads, for every month and ordinal it knows', async () => {
      const { MONTH_DICTIONARY, ORDINAL_WORD_DICTIONARY } = (await import(CONSTANTS)) as Record<string, Record<string, number>>;
      const days = [...Object.keys(ORDINAL_WORD_DICTIONARY!), '13', '1st', '2nd', '3rd', '24th', '7'];
      const months = gated.filter((p) => ['13 October 2019', 'October 13, 2019'].includes(keptChronoParser(p.inner)?.reads ?? ''));
      expect(months).toHaveLength(2);
      let read = 0;
      for (const month of Object.keys(MONTH_DICTIONARY!)) {
        for (const day of days) {
          for (const text of [`${day} ${month}`, `the ${day} of ${month} 1990`, `${day}-${month}`, `${day}/${month}`, `${month} ${day}`, `${month}, ${day} 1990`, `${month}-${day}`, `on ${month.toUpperCase()} ${day.toUpperCase()}`]) {
            for (const parser of months) {
              if (alone(parser.inner, text).length === 0) continue;
              read++;
              expect(parser.cue().test(text), `${keptChronoParser(parser.inner)?.reads}: ${text}`).toBe(true);
            }
          }
        }
      }
      expect(read).toBeGreaterThan(1000);
    });

    it.each([
      ['On 13 October 2019 and October 14, 2019 they met.', true, true],
      ['the first of JANUARY, and 3rd of feb.', true, false],
      ['Sept. 30, Dec.-1st', false, true],
      ['The market may rise; a decade of separate novels.', false, false],
      ['Prices rose 3 percent in 1990 on the 5th of the month.', false, false],
    ])('find in %j what they find alone (day then month: %s; month then day: %s)', (text, dayMonth, monthDay) => {
      const tests = cue!.testsFor!(text);
      const byForm = new Map(gated.map((p) => [keptChronoParser(p.inner)?.reads, p]));
      for (const [form, open] of [['13 October 2019', dayMonth], ['October 13, 2019', monthDay]] as const) {
        const parser = byForm.get(form)!;
        const withTests = new chrono.Chrono({ parsers: [parser], refiners: [] }).parse(text, reference, { cueTests: tests } as chrono.ParsingOption);
        const found = alone(parser.inner, text);
        expect(withTests.map((r) => [r.index, r.text]), form).toEqual(found);
        expect(tests.test(parser.cue()), form).toBe(open);
        if (!open) expect(found, form).toEqual([]);
      }
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
