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
import { CuePrefilter, CueTests } from './cue-tests.ts';
import { alternativesOf } from './required-literals.ts';

/** The cues of one parser, any of which it needs, or null when it has none: our parsers' own gate
 *  and that of chrono's parsers gated by their cue (the very RegExp, so that a text's answer is
 *  shared with the gate through `CueTests`); else, for one of chrono's parsers we keep, its cue
 *  (not a stricter gate: `KeptChronoParser`), case-insensitive, cut into its alternatives. */
function cuesOf(parser: Parser): RegExp[] | null {
  if (parser instanceof TimexPatternParser) {
    const gate = parser.cue();
    return gate ? [gate] : null;
  }
  const kept = keptChronoParser(parser instanceof CueGatedParser ? parser.inner : parser);
  if (kept === undefined) return parser instanceof CueGatedParser ? [parser.cue()] : null;
  if (parser instanceof CueGatedParser && kept.gate === undefined) return [parser.cue()];
  return alternativesOf(new RegExp(kept.cue, 'i'));
}

/** One RegExp per gate cue: parsers with the same cue share its answers on a text (`CueTests`). */
const gateCues = new Map<string, RegExp>();

/** One of chrono's kept parsers, gated (`CueGatedParser`) by its gate or else its cue; any other as it is. */
export function gateChronoParser(parser: Parser): Parser {
  const kept = keptChronoParser(parser);
  if (kept === undefined) return parser;
  if (kept.gate instanceof RegExp) return new CueGatedParser(parser, kept.gate);
  const source = kept.gate ?? kept.cue;
  let cue = gateCues.get(source);
  if (cue === undefined) gateCues.set(source, (cue = new RegExp(source, 'i')));
  return new CueGatedParser(parser, cue);
}

/** A test of whether some parser could find an expression in a text (`dateCuePattern`); given the
 *  text's `CueTests` (`testsFor`), it answers from them and leaves its answers there for the gates. */
export interface DateCue {
  test(text: string, tests?: CueTests): boolean;
  /** The cue tests of `text`, prefiltered for the configuration's cues. */
  testsFor?(text: string): CueTests;
}

/**
 * A test that passes on every text in which some parser of `engine` could find an expression, or
 * null when one of its parsers has no known cue. Each parser's cue is its gate as it is (a text
 * that fails the gate gives that parser nothing), chrono's ungated parsers' case-insensitive.
 * It tests each parser's cue on its own, in the parsers' order, and stops at the first that
 * matches; most cues are answered "no" without a scan of their own, from one scan of the text for
 * the literals they cannot match without (`CuePrefilter`), and the answers go to the parsers' gates.
 */
export function dateCuePattern(engine: Chrono): DateCue | null {
  const all: RegExp[] = [];
  for (const parser of engine.parsers) {
    const cues = cuesOf(parser);
    if (cues === null) return null;
    all.push(...cues);
  }
  const cues = all.filter((cue, i) => all.findIndex((c) => c.source === cue.source && c.flags === cue.flags) === i);
  const prefilter = new CuePrefilter(all);
  const testsFor = (text: string) => new CueTests(text, prefilter);
  return { test: (text, tests = testsFor(text)) => cues.some((cue) => tests.test(cue)), testsFor };
}
