import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDateTagger } from '../../src/dates/chrono-config.ts';
import { dateCuePattern } from '../../src/dates/date-cue-filter.ts';

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
});
