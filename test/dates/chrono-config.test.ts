import { describe, expect, it } from 'vitest';
import * as chrono from 'chrono-node';
import { fullDateParsers } from '../../src/dates/chrono-config.ts';

const REFERENCE: chrono.ParsingReference = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };

describe("chrono's parsers kept by what they read", () => {
  const kept = fullDateParsers(chrono.casual.clone().parsers);
  const engine = new chrono.Chrono({ parsers: kept, refiners: [] });

  it.each(['2019-10-13T14:00:00Z', '13 October 2019', 'October 13, 2019', '10/13/2019', '6 a.m.'])('reads %s', (text) => {
    expect(engine.parse(text, REFERENCE).map((r) => r.text)).toContain(text);
  });

  it.each(['yesterday', 'last Friday', 'three days ago', 'within two weeks', 'September 2012', 'tonight'])('leaves %s to our parsers', (text) => {
    expect(engine.parse(text, REFERENCE)).toEqual([]);
  });

  it('fails loudly when no parser reads a fully written date', () => {
    expect(() => fullDateParsers([])).toThrow(/no longer reads/);
  });
});
