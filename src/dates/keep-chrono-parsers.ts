/**
 * Chrono's parsers we keep: the ones that read a fully written calendar date or clock time. Each is
 * named by an expression that it, and no other parser of chrono's casual configuration, reads in
 * full on its own; it is known by identity (its class, taken from that reference configuration),
 * never by its class name, so a renamed or minified class cannot drop one silently. A written form
 * that no parser, or more than one, reads any more is an error at start-up.
 */
import * as chrono from 'chrono-node';
import { MONTHS } from './english-lexicon.ts';
import { CLOCK } from './refiners/chrono-result-spec-refiner.ts';

/** Chrono's month dictionary (full names and abbreviations, any case) starts every entry with one of
 *  our month keys; its left-endian parser may glue the month to an ordinal ("1st/jan", "first of jan"). */
const MONTH_CUE = `(?:\\b|st|nd|rd|th|of)(?:${Object.keys(MONTHS).join('|')})`;

/**
 * One kept parser: the form that names it; its cue, what its pattern cannot give a result the
 * tagger keeps without (digits, or a month name; a slash between digits or a date with a year:
 * "3/4", "3.6.90", chrono refuses "3.6" itself; a clock, as `ChronoResultSpecRefiner` requires
 * of every clock time, since chrono reads "12 people" as noon and the refiner drops it); and
 * whether gating it by the cue pays: the cue is far cheaper to test than the pattern is to run
 * (on 2 MB of TBAQ text, alone: the time parser 59 ms ungated, 14 ms gated; slash dates 15 ms,
 * 6 ms); a digit saves nothing. The month-name parsers are gated `byLiterals`: a text is parsed
 * when the prefilter's one scan finds a month name's first letters in it ("jan" to "dec", which
 * start every entry of chrono's month dictionary, a group both patterns cannot match without),
 * and the cue's own regex is never run (it would cost more than these parsers themselves).
 */
export interface KeptChronoParser {
  reads: string;
  cue: string;
  gated: boolean;
  /** The gate answers from the cue's literals alone (`CueTests.mayMatch`), not from its regex. */
  byLiterals?: boolean;
}

export const KEPT_CHRONO_PARSERS: readonly KeptChronoParser[] = [
  { reads: '2019-10-13T14:00:00Z', cue: '\\d', gated: false },
  { reads: '2019/10/13', cue: '\\d', gated: false },
  { reads: '10/13/2019', cue: '\\d\\/\\d|\\d[\\/.\\-]\\d{1,2}[\\/.\\-]\\d\\d', gated: true },
  { reads: '13 October 2019', cue: MONTH_CUE, gated: true, byLiterals: true },
  { reads: 'October 13, 2019', cue: MONTH_CUE, gated: true, byLiterals: true },
  { reads: '6 a.m.', cue: CLOCK.source, gated: true },
];

const PROBE_REFERENCE: chrono.ParsingReference = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };

/** Whether `parser`, alone and without refiners, reads `text` in full. */
export function readsInFull(parser: chrono.Parser, text: string): boolean {
  const alone = new chrono.Chrono({ parsers: [parser], refiners: [] });
  return alone.parse(text, PROBE_REFERENCE).some((r) => r.index === 0 && r.text === text);
}

/**
 * Each kept parser's class, found in `reference` (chrono's casual configuration) as the one
 * parser that reads its form in full; throws when a form is read by none or by several.
 */
export function identifyChronoParsers(reference: readonly chrono.Parser[], kept: readonly KeptChronoParser[] = KEPT_CHRONO_PARSERS): Map<Function, KeptChronoParser> {
  const classes = new Map<Function, KeptChronoParser>();
  const problems: string[] = [];
  for (const entry of kept) {
    const readers = reference.filter((p) => readsInFull(p, entry.reads));
    if (readers.length === 1) classes.set(readers[0]!.constructor, entry);
    else problems.push(`${JSON.stringify(entry.reads)} is read by ${readers.length} of its parsers, not 1`);
  }
  if (problems.length > 0) throw new Error(`chrono-node's casual configuration changed: ${problems.join('; ')}: the date tagger's configuration needs updating`);
  return classes;
}

let known: Map<Function, KeptChronoParser> | undefined;
/** The kept parsers' classes, identified once in `chrono.casual`. */
function keptClasses(): Map<Function, KeptChronoParser> {
  known ??= identifyChronoParsers(chrono.casual.parsers);
  return known;
}

/** What is known of one of chrono's parsers when it is one we keep (by identity), else undefined. */
export function keptChronoParser(parser: chrono.Parser): KeptChronoParser | undefined {
  return keptClasses().get(parser.constructor);
}

/** The parsers of `parsers` (in their order) that are ones we keep; throws when one we keep is missing. */
export function keepChronoParsers(parsers: readonly chrono.Parser[]): chrono.Parser[] {
  const kept = parsers.filter((p) => keptChronoParser(p) !== undefined);
  const missing = KEPT_CHRONO_PARSERS.filter((entry) => !kept.some((p) => keptChronoParser(p) === entry));
  if (missing.length > 0) throw new Error(`chrono-node no longer has the parser that reads ${missing.map((e) => JSON.stringify(e.reads)).join(', ')}: the date tagger's configuration needs updating`);
  return kept;
}
