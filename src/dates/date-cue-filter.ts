/**
 * A cheap, conservative test run before chrono: a text in which no parser of the configuration can
 * find anything is not parsed at all. It is derived from the configuration itself (each of our
 * parsers' trigger, and for each of chrono's parsers we keep, what its pattern cannot do without),
 * so it cannot drift from the parsers: a parser without a known cue turns the filter off.
 */
import type { Chrono, Parser } from 'chrono-node';
import { MONTHS } from './english-lexicon.ts';
import { TimexPatternParser } from './parsers/timex-pattern-parser.ts';
import { CueGatedParser } from './parsers/cue-gated-parser.ts';
import { CLOCK } from './refiners/chrono-result-spec-refiner.ts';

/** Chrono's month dictionary (full names and abbreviations, any case) starts every entry with one of
 *  our month keys; its left-endian parser may glue the month to an ordinal ("1st/jan", "first of jan"). */
const MONTH_CUE = `(?:\\b|st|nd|rd|th|of)(?:${Object.keys(MONTHS).join('|')})`;

/**
 * What each kept chrono parser needs to give a result the tagger keeps: digits, or a month name;
 * a slash between digits or a date with a year ("3/4", "3.6.90": chrono refuses "3.6" itself); a
 * clock, as `ChronoResultSpecRefiner` requires of every clock time (chrono reads "12 people" as
 * noon, and the refiner drops it).
 */
const CHRONO_CUES: Record<string, string> = {
  ISOFormatParser: '\\d',
  SlashDateFormatParser: '\\d\\/\\d|\\d[\\/.\\-]\\d{1,2}[\\/.\\-]\\d\\d',
  ENYearMonthDayParser: '\\d',
  ENTimeExpressionParser: CLOCK.source,
  ENMonthNameLittleEndianParser: `\\d|${MONTH_CUE}`,
  ENMonthNameMiddleEndianParser: MONTH_CUE,
};

/** The cue of one parser as a pattern source, or null when it has none. */
function cueOf(parser: Parser): string | null {
  if (parser instanceof TimexPatternParser || parser instanceof CueGatedParser) return parser.cue()?.source ?? null;
  return CHRONO_CUES[parser.constructor.name] ?? null;
}

/**
 * The chrono parsers worth gating: their cue is far cheaper to test than their pattern is to run
 * (on 2 MB of TBAQ text, alone: the time parser 59 ms ungated, 14 ms gated; slash dates 15 ms, 6
 * ms). A month-name cue costs more than the month parsers themselves; a digit saves nothing.
 */
const GATED = new Set(['SlashDateFormatParser', 'ENTimeExpressionParser']);

/** One of chrono's parsers, gated by its cue (`CueGatedParser`) where that pays; else as it is. */
export function gateChronoParser(parser: Parser): Parser {
  const cue = CHRONO_CUES[parser.constructor.name];
  return cue === undefined || !GATED.has(parser.constructor.name) ? parser : new CueGatedParser(parser, new RegExp(cue, 'i'));
}

/**
 * A pattern that matches every text in which some parser of `engine` could find an expression, or
 * null when one of its parsers has no known cue. Case-insensitive, which can only widen it.
 */
export function dateCuePattern(engine: Chrono): RegExp | null {
  const sources: string[] = [];
  for (const parser of engine.parsers) {
    const source = cueOf(parser);
    if (source === null) return null;
    if (!sources.includes(source)) sources.push(source);
  }
  return new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'i');
}
