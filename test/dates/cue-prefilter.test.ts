import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { alternativesOf, requiredLiterals } from '../../src/dates/required-literals.ts';
import { LiteralScanner } from '../../src/dates/literal-scanner.ts';
import { CuePrefilter, CueTests } from '../../src/dates/cue-tests.ts';
import { createDateTagger } from '../../src/dates/chrono-config.ts';
import { dateCuePattern } from '../../src/dates/date-cue-filter.ts';
import { CueGatedParser } from '../../src/dates/parsers/cue-gated-parser.ts';
import { TimexPatternParser } from '../../src/dates/parsers/timex-pattern-parser.ts';

describe('requiredLiterals: what a pattern cannot match without', () => {
  it.each([
    [/[Ss]pring|[Ff]all/, ['spring', 'fall']],
    [/ago\b|from now/, ['ago', 'from now']],
    [/Labou?r/, ['labo']],
    [/hrs?\b/, ['hr']],
    [/ab+c/, ['ab']],
    [/x{2}yz/, ['yz']],
    [/[Mm]id[- ]?(?:afternoon|morning)/, ['afternoon', 'morning']],
    [/(?:\b|st)(?:jan|feb)/, ['jan', 'feb']],
    [/New\s+Year/, ['year']],
    [/\d:\d\d/, [':']],
    [/(?<=since )\d{4}/, null],
    [/(?:half)?\d/, null],
    [/\d{4}|Q\d/, null],
    [/[ap]m/, ['m']],
    [/o['’]clock/, ['clock']],
    [/caf\u00e9s/, ['caf']],
    [/ABC/u, null],
  ])('%s: %j', (pattern, expected) => {
    expect(requiredLiterals(pattern)?.sort() ?? null).toEqual(expected?.sort() ?? null);
  });
});

describe('LiteralScanner: which groups of literals occur, case-blind', () => {
  const scanner = new LiteralScanner([['year', 'day'], ['ago'], ['he'], ['ushers']]);
  it.each([
    ['Three YEARS AGO', [1, 1, 0, 0]],
    ['the usher said', [0, 0, 1, 0]],
    ['ushers', [0, 0, 1, 1]],
    ['Mondays', [1, 0, 0, 0]],
    ['yéar dây', [0, 0, 0, 0]],
    ['', [0, 0, 0, 0]],
  ])('%j', (text, expected) => {
    expect([...scanner.scan(text)]).toEqual(expected);
  });
});

describe("the prefilter of the tagger's cues", () => {
  const engine = createDateTagger();
  const gates = engine.parsers.flatMap((p) => (p instanceof TimexPatternParser || p instanceof CueGatedParser ? [p.cue()] : [])).filter((c) => c !== null);
  const prefilter = new CuePrefilter(gates);
  const CONTENT = path.resolve(import.meta.dirname, '../../content');
  const texts = readdirSync(CONTENT).map((f) => readFileSync(path.join(CONTENT, f), 'utf8'));

  it('prefilters most of the gates', () => {
    expect(gates.filter((g) => prefilter.groupOf(g) !== undefined).length).toBeGreaterThan(gates.length / 2);
  });

  it('answers what the gates answer, on every line of the seed articles, as written and in capitals', () => {
    expect(texts.length, `no seed articles in ${CONTENT}`).toBeGreaterThan(0);
    let checked = 0;
    for (const line of texts.flatMap((t) => t.split('\n')).flatMap((l) => [l, l.toUpperCase()])) {
      const tests = new CueTests(line, prefilter);
      for (const gate of gates) expect(tests.test(gate), `${gate} on ${JSON.stringify(line)}`).toBe(gate.test(line));
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('gives the date-cue filter the same answers with and without the prefilter', () => {
    const cue = dateCuePattern(engine)!;
    for (const text of ['It rained.', 'On Monday', 'in 1990', 'THREE YEARS AGO', 'at noon', 'the 5th', 'A A']) {
      expect(cue.test(text, cue.testsFor!(text)), text).toBe(cue.test(text, new CueTests(text)));
    }
  });
});

describe('alternativesOf: the top-level alternatives of a pattern', () => {
  it.each([
    [/\d|(?:\b|st)(?:jan|feb)/i, ['\\d', '(?:\\b|st)(?:jan|feb)'], 'i'],
    [/[a|b]c|\|d/, ['[a|b]c', '\\|d'], ''],
    [/abc/, ['abc'], ''],
  ])('%s', (pattern, sources, flags) => {
    const alternatives = alternativesOf(pattern);
    expect(alternatives.map((a) => a.source)).toEqual(sources);
    for (const a of alternatives) expect(a.flags).toBe(flags);
  });
});
