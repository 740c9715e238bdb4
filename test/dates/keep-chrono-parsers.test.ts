import { describe, expect, it } from 'vitest';
import * as chrono from 'chrono-node';
import { createDateTagger } from '../../src/dates/chrono-config.ts';
import { dateCuePattern } from '../../src/dates/date-cue-filter.ts';
import { CueGatedParser } from '../../src/dates/parsers/cue-gated-parser.ts';
import { identifyChronoParsers, keepChronoParsers, keptChronoParser, KEPT_CHRONO_PARSERS, readsInFull } from '../../src/dates/keep-chrono-parsers.ts';

const REFERENCE: chrono.ParsingReference = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };
const FORMS = KEPT_CHRONO_PARSERS.map((entry) => entry.reads);

describe("chrono's parsers kept by what they read, known by identity", () => {
  const kept = keepChronoParsers(chrono.casual.clone().parsers);
  const engine = new chrono.Chrono({ parsers: kept, refiners: [] });

  it.each(['2019-10-13T14:00:00Z', '2019-10-13', '13 October 2019', 'October 13, 2019', '10/13/2019', '6 a.m.'])('reads %s', (text) => {
    expect(engine.parse(text, REFERENCE).map((r) => r.text)).toContain(text);
  });

  it.each(['yesterday', 'last Friday', 'three days ago', 'within two weeks', 'September 2012', 'tonight'])('leaves %s to our parsers', (text) => {
    expect(engine.parse(text, REFERENCE)).toEqual([]);
  });

  it('keeps one parser of its own class for each written form', () => {
    expect(kept.map((p) => keptChronoParser(p)?.reads).sort()).toEqual([...FORMS].sort());
    expect(new Set(kept.map((p) => p.constructor)).size).toBe(FORMS.length);
  });

  it.each(FORMS)('fails loudly when the parser that reads %s is missing', (form) => {
    const without = chrono.casual.clone().parsers.filter((p) => !readsInFull(p, form));
    expect(() => keepChronoParsers(without)).toThrow(new RegExp(`no longer has the parser that reads ${JSON.stringify(form).replace(/[./]/g, '\\$&')}`));
  });

  it('fails loudly when a form is read by no parser of the reference, or by several', () => {
    expect(() => identifyChronoParsers([])).toThrow(/"6 a\.m\." is read by 0 of its parsers/);
    const time = chrono.casual.parsers.find((p) => readsInFull(p, '6 a.m.'))!;
    expect(() => identifyChronoParsers([...chrono.casual.parsers, new (time.constructor as new () => chrono.Parser)()])).toThrow(/"6 a\.m\." is read by 2 of its parsers/);
  });

  it('keeps and gates every parser, and keeps the cue filter on, when chrono renames its classes', () => {
    const classes = [...new Set(chrono.casual.parsers.map((p) => p.constructor))];
    const names = classes.map((c) => Object.getOwnPropertyDescriptor(c, 'name')!);
    try {
      classes.forEach((c, i) => Object.defineProperty(c, 'name', { value: `Renamed${i}` }));
      const tagger = createDateTagger();
      const chronoKept = tagger.parsers.map((p) => (p instanceof CueGatedParser ? p.inner : p)).filter((p) => keptChronoParser(p) !== undefined);
      expect(chronoKept.map((p) => keptChronoParser(p)?.reads).sort()).toEqual([...FORMS].sort());
      expect(tagger.parsers.filter((p) => p instanceof CueGatedParser)).toHaveLength(KEPT_CHRONO_PARSERS.length);
      expect(dateCuePattern(tagger)).not.toBeNull();
    } finally {
      classes.forEach((c, i) => Object.defineProperty(c, 'name', names[i]!));
    }
  });
});
