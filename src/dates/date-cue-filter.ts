/**
 * A cheap, conservative test run before chrono: a text in which no parser of the configuration can
 * find anything is not parsed at all. It is derived from the configuration itself (each of our
 * parsers' trigger, and for each of chrono's parsers we keep, what its pattern cannot do without),
 * so it cannot drift from the parsers: a parser without a known cue turns the filter off.
 */
import type { Chrono, Parser } from 'chrono-node';
import { MONTHS } from './english-lexicon.ts';
import { TimexPatternParser } from './parsers/timex-pattern-parser.ts';

/** Chrono's month dictionary (full names and abbreviations, any case) starts every entry with one of
 *  our month keys; its left-endian parser may glue the month to an ordinal ("1st/jan", "first of jan"). */
const MONTH_CUE = `(?:\\b|st|nd|rd|th|of)(?:${Object.keys(MONTHS).join('|')})`;

/** What each kept chrono parser's pattern needs: digits, or a month name. */
const CHRONO_CUES: Record<string, string> = {
  ISOFormatParser: '\\d',
  SlashDateFormatParser: '\\d',
  ENYearMonthDayParser: '\\d',
  ENTimeExpressionParser: '\\d',
  ENMonthNameLittleEndianParser: `\\d|${MONTH_CUE}`,
  ENMonthNameMiddleEndianParser: MONTH_CUE,
};

/** The cue of one parser as a pattern source, or null when it has none. */
function cueOf(parser: Parser): string | null {
  if (parser instanceof TimexPatternParser) return parser.cue()?.source ?? null;
  return CHRONO_CUES[parser.constructor.name] ?? null;
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
