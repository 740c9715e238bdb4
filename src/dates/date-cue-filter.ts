/**
 * A cheap, conservative test run before chrono: a text in which no parser of the configuration can
 * find anything is not parsed at all. It is derived from the configuration itself (each of our
 * parsers' trigger, and for each of chrono's parsers we keep, what its pattern cannot do without),
 * so it cannot drift from the parsers: a parser without a known cue turns the filter off.
 */
import type { Chrono, Parser } from 'chrono-node';
import { TimexPatternParser } from './parsers/timex-pattern-parser.ts';
import { CueGatedParser } from './parsers/cue-gated-parser.ts';
import { keptChronoParser } from './keep-chrono-parsers.ts';

/** The cue of one parser as a pattern source, or null when it has none. */
function cueOf(parser: Parser): string | null {
  if (parser instanceof TimexPatternParser || parser instanceof CueGatedParser) return parser.cue()?.source ?? null;
  return keptChronoParser(parser)?.cue ?? null;
}

/** One of chrono's parsers, gated by its cue (`CueGatedParser`) where that pays; else as it is. */
export function gateChronoParser(parser: Parser): Parser {
  const kept = keptChronoParser(parser);
  return kept === undefined || !kept.gated ? parser : new CueGatedParser(parser, new RegExp(kept.cue, 'i'));
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
