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
import { YEAR_CUE } from './parsers/year-parser.ts';

/** The first letters of chrono's month names: "jan" to "dec" start every entry of its month dictionary. */
const MONTH_START = `(?:${Object.keys(MONTHS).filter((m) => m.length === 3).join('|')})`;
/** Chrono's day-of-month: an ordinal word (each ends in "st", "nd", "rd" or "th") or one or two digits. */
const DAY_END = '(?:\\d|st|nd|rd|th)';
const ORDINAL_WORD_START = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirt|fourt|fift|sixt|sevent|eight|ninet|twent)';
/** What chrono's little-endian month parser cannot match without: a day's last characters, its
 *  separator ("-", "/", up to three spaces around an optional "of") and a month name ("13 October",
 *  "1st/jan", "first of jan"). */
const DAY_MONTH_CUE = `${DAY_END}(?:-|\\/|\\s{0,3}(?:of)?\\s{0,3})${MONTH_START}`;
/** What its middle-endian one cannot match without: a month name (its letters, maybe a dot), its
 *  separator ("-", "/", spaces and a comma) and the first characters of a day ("October 13", "Oct. 13th",
 *  "jan-first"). */
const MONTH_DAY_CUE = `${MONTH_START}[a-z]*\\.?(?:-|\\/|\\s*,?\\s*)(?:\\d|${ORDINAL_WORD_START})`;

/** Chrono's month dictionary (full names and abbreviations, any case) starts every entry with one of
 *  our month keys; its left-endian parser may glue the month to an ordinal ("1st/jan", "first of jan"). */
const MONTH_CUE = `(?:\\b|st|nd|rd|th|of)(?:${Object.keys(MONTHS).join('|')})`;

/**
 * One kept parser: the form that names it; its cue, what its pattern cannot give a result the tagger
 * keeps without (digits, or a month name; a slash between digits or a date with a year: "3/4",
 * "3.6.90", chrono refuses "3.6" itself; a clock, as `ChronoResultSpecRefiner` requires of every
 * clock time, since chrono reads "12 people" as noon and the refiner drops it), which the date-cue
 * filter tests; and what gates the parser (every kept one is gated): its cue, or a stricter `gate` (four digits
 * for the ISO and year-month-day parsers, the year parser's very RegExp, so one test answers all
 * three; a day next to a month name for the month-name parsers). Gating pays where the gate is far
 * cheaper to test than the pattern is to run (on 2 MB of TBAQ text, alone: the time parser 59 ms
 * ungated, 14 ms gated; slash dates 15 ms, 6 ms; on 5 MB of TBAQ paragraphs the little-endian month
 * parser 21 ms, for no result, as most news paragraphs have "mar", "may" or "dec" in some word).
 * The filter keeps the cue, not the gate: the filter decides which sentences are read together
 * (`cutPassage`), and the asides and tense are read in what is read together.
 */
export interface KeptChronoParser {
  reads: string;
  cue: string;
  /** A stricter gate than `cue`, still implied by every match: a RegExp (shared with another parser's gate) or a source, case-insensitive. */
  gate?: RegExp | string;
}

export const KEPT_CHRONO_PARSERS: readonly KeptChronoParser[] = [
  { reads: '2019-10-13T14:00:00Z', cue: '\\d', gate: YEAR_CUE },
  { reads: '2019/10/13', cue: '\\d', gate: YEAR_CUE },
  { reads: '10/13/2019', cue: '\\d\\/\\d|\\d[\\/.\\-]\\d{1,2}[\\/.\\-]\\d\\d' },
  { reads: '13 October 2019', cue: MONTH_CUE, gate: DAY_MONTH_CUE },
  { reads: 'October 13, 2019', cue: MONTH_CUE, gate: MONTH_DAY_CUE },
  { reads: '6 a.m.', cue: CLOCK.source },
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
