/**
 * The date tagger: finds temporal expressions span by span (one chrono call per span: chrono slows
 * down badly on long inputs) and resolves them against the DCT or the last date the text established.
 */
import { DateTime } from 'luxon';
import type { ParsedResult, ParsingReference } from 'chrono-node';
import type { DateMention, ResolutionMode } from '../types.ts';
import { createDateTagger } from './chrono-config.ts';
import { specOf } from './timex-spec.ts';
import { resolveSpec, type ResolveContext } from './resolve-timex.ts';
import { looksBack, tenseAround, type PastVerbReach, type Tense } from './tense-cue.ts';
import { AsideReader } from './aside.ts';
import { calendarStart, type CalendarStart } from './timex-interval.ts';
import { cutPassage, type TagPiece } from './cut-long-passages.ts';
import type { CueParsingOption } from './cue-tests.ts';
import { dateCuePattern } from './date-cue-filter.ts';

export interface TagContext {
  /** Document creation time, 'YYYY-MM-DD', or null when unknown. */
  dct: string | null;
  mode: ResolutionMode;
  /** A mode per span (by index in the spans dates were found in), where a span's differs from `mode`:
   *  a news article's background paragraph read as a narrative. */
  spanModes?: ResolutionMode[];
}

export interface TagSpan {
  start: number;
  end: number;
}

/**
 * The chrono engine and, for texts in which none of its parsers can find anything (not parsed),
 * its cue pattern: made when a first text is tagged, not when this module loads (a rebuild that
 * finds every analysis in the cache tags nothing; making them is about 0.5 s of CPU).
 */
let tagger: { engine: ReturnType<typeof createDateTagger>; cue: ReturnType<typeof dateCuePattern> } | undefined;
function dateTagger(): NonNullable<typeof tagger> {
  if (tagger === undefined) {
    const engine = createDateTagger();
    tagger = { engine, cue: dateCuePattern(engine) };
  }
  return tagger;
}
/** A reported span of a year that is not a calendar unit ("the first nine months", "the six months"). */
const SPAN_TO_DATE = /^the\s+(?:first\s+|latest\s+)?(?:six|nine)\s+months$/i;
/** Chrono wants a reference instant; our parsers never use it (specs keep what is known), so it is fixed. */
const FIXED_REFERENCE: ParsingReference = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };

/** One expression chrono found, with what resolution needs of it; the same in every mode. */
interface FoundDate {
  /** Offsets into the whole text. */
  start: number;
  end: number;
  text: string;
  spec: NonNullable<ReturnType<typeof specOf>>;
  /** Where the tense and the clause are read, only when resolution asks (`MentionContext`): the
   *  text of its piece, the expression's offsets in it, and the ends of its neighbours there. */
  piece: string;
  pieceStart: number;
  pieceEnd: number;
  previousEnd: number;
  nextStart: number;
  /** The text that follows the expression in its span, a few characters of it. */
  after: string;
  /** The index of its span in the spans given to `findDates`. */
  span: number;
  /** Whether it may become the date the text speaks of: not in a quotation or a parenthesis
   *  (`aside.ts`), not after "since" (which starts a state: the story stays where it was). */
  threads: boolean;
}

/** The expressions of a text, found once: resolving them again in another mode needs no second chrono pass. */
export interface FoundDates {
  found: FoundDate[];
}

/** Finds the temporal expressions of each span, cut into pieces by `cutPassage` (chrono slows down
 *  badly on long inputs; pieces without a date cue are not parsed). */
export function findDates(text: string, spans: TagSpan[]): FoundDates {
  const found: FoundDate[] = [];
  // The end of the last expression found: a window that overlaps the one before finds nothing twice.
  let reportedEnd = 0;
  const { cue } = dateTagger();
  for (const [spanIndex, whole] of spans.entries()) for (const span of cutPassage(text, whole, cue)) {
    const spanText = text.slice(span.start, span.end);
    const results = parseParts(span);
    const asides = new AsideReader(spanText);
    for (let i = 0; i < results.length; i++) {
      const result = results[i]!;
      const at = span.start + result.index;
      if (at < span.keepFrom || at >= span.keepTo || (span.start < span.keepFrom && at < reportedEnd)) continue;
      const spec = specOf(result.result);
      if (!spec) continue;
      const previous = results[i - 1];
      const next = results[i + 1];
      const start = result.index;
      const end = result.index + result.text.length;
      reportedEnd = span.start + end;
      const threads = !/\bsince\s+$/i.test(spanText.slice(Math.max(0, start - 8), start)) && !asides.inside(start);
      found.push({
        start: span.start + start, end: span.start + end, text: result.text, spec, after: spanText.slice(end, end + 12), span: spanIndex, threads,
        piece: spanText, pieceStart: start, pieceEnd: end,
        previousEnd: previous ? previous.index + previous.text.length : 0, nextStart: next ? next.index : spanText.length,
      });
    }
  }
  return { found };
}

/** One of chrono's results, at `index` in its piece. */
interface PieceResult {
  index: number;
  text: string;
  result: ParsedResult;
}

/** Chrono's results in the parts of `piece` (`cutPassage`), in order, with offsets into the piece:
 *  each part is parsed with the cue tests the filter ran on it, which the parsers' gates reuse. */
function parseParts(piece: TagPiece): PieceResult[] {
  const results: PieceResult[] = [];
  const { engine } = dateTagger();
  for (const { start, cues } of piece.parts) {
    if (!/[0-9A-Za-z]/.test(cues.text)) continue;
    const option: CueParsingOption = { cueTests: cues };
    for (const result of engine.parse(cues.text, FIXED_REFERENCE, option)) {
      results.push({ index: start - piece.start + result.index, text: result.text, result });
    }
  }
  return results;
}

/**
 * Resolves found expressions, in order, against the DCT or the last date the text established,
 * threading the narrative anchor from span to span. Mentions are sorted by start.
 */
export function resolveDates(dates: FoundDates, context: TagContext): DateMention[] {
  const dct = context.dct ? DateTime.fromISO(context.dct.slice(0, 10), { zone: 'UTC' }) : null;
  const dctDay = dct && dct.isValid ? dct : null;
  // The last date the text established, as a value; its interval is computed only when asked for.
  let textValue: string | null = null;
  let textAnchor: CalendarStart | null = null;
  const textDate = (): CalendarStart | null => {
    if (textValue !== null) {
      textAnchor = calendarStart(textValue) ?? textAnchor;
      textValue = null;
    }
    return textAnchor;
  };
  let period: CalendarStart | null = null;
  const mentions: DateMention[] = [];
  for (const found of dates.found) {
    const { start, end, text, spec, after, span, threads } = found;
    const mode = context.spanModes?.[span] ?? context.mode;
    const resolved = resolveSpec(spec, new MentionContext(dctDay, textDate, period, mode, found));
    const mention: DateMention = { start, end, text, type: resolved.type, value: resolved.value, anchor: resolved.anchor };
    if (resolved.unresolved) mention.unresolved = resolved.unresolved;
    if (resolved.mod) mention.mod = resolved.mod;
    mentions.push(mention);
    // "For the nine months, ... a year earlier": comparisons now count in years, until a quarter is named.
    if (resolved.type === 'DURATION' && SPAN_TO_DATE.test(text)) period = yearOf(period, dctDay) ?? period;
    if ((resolved.type === 'DATE' || resolved.type === 'TIME') && !resolved.unresolved) {
      // A comparison ("a year ago") or a past period in the reported one ("the 1988 period") moves
      // neither the period nor the date the text speaks of.
      const isComparison = (spec.kind === 'shift' && spec.comparison) || (spec.kind === 'calendar' && spec.textPeriod);
      // Nor does a decade or a century (too coarse for a month), nor a date in an aside or after "since".
      if (/^(?:BC)?\d{4}(?:-|$)/.test(resolved.value) && !isComparison && threads) textValue = resolved.value;
      // Results are reported for periods that have ended: "fourth-quarter results" ahead of the DCT are a
      // forecast, unless the text says the (fiscal) period ended ("the fourth quarter ended Sept. 30").
      if (/^\d{4}-[QH]\d$/.test(resolved.value) && !isComparison) {
        const reported = !endsAfter(resolved.value, dctDay) || /^\s+(?:ended|ending)\b/.test(after);
        if (reported) period = calendarStart(resolved.value);
      }
    }
  }
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** What resolving one mention needs; its tense and clause are read from its piece only when asked
 *  (methods, not closures made for every mention: the tool runs through tsx, which names each closure). */
class MentionContext implements ResolveContext {
  constructor(
    readonly dct: DateTime | null,
    readonly text: () => CalendarStart | null,
    readonly period: CalendarStart | null,
    readonly mode: ResolutionMode,
    private readonly found: FoundDate,
  ) {}

  tense(pastVerbs?: PastVerbReach): Tense {
    const f = this.found;
    return tenseAround(f.piece, f.pieceStart, f.pieceEnd, f.previousEnd, f.nextStart, pastVerbs);
  }

  looksBack(): boolean {
    return looksBack(this.found.piece, this.found.pieceStart, this.found.pieceEnd);
  }
}

/** Finds and resolves the dates of each span: `resolveDates(findDates(text, spans), context)`. */
export function tagDates(text: string, spans: TagSpan[], context: TagContext): DateMention[] {
  return resolveDates(findDates(text, spans), context);
}

/** The year of the reported period, else of the DCT, as a period. */
function yearOf(period: CalendarStart | null, dct: DateTime | null): CalendarStart | null {
  const year = period?.start.year ?? dct?.year;
  return year === undefined ? null : { start: DateTime.utc(year, 1, 1), granularity: 'year' };
}

/** Whether the quarter or half `value` (`1989-Q4`, `1989-H2`) ends after `day` (false without a day);
 *  computed on numbers, as it runs for every quarter in business news. */
function endsAfter(value: string, day: DateTime | null): boolean {
  const m = /^(\d{4})-([QH])(\d)$/.exec(value);
  if (!m || !day) return false;
  const endMonth = Number(m[1]) * 12 + Number(m[3]) * (m[2] === 'Q' ? 3 : 6);
  const dayMonth = day.year * 12 + day.month;
  return endMonth > dayMonth || (endMonth === dayMonth && day.day < (day.daysInMonth ?? 31));
}

/** Paragraphs above this length are split at sentence ends: chrono's cost grows faster than linearly. */
const MAX_SPAN = 1200;

/** Splits plain text into paragraph spans (blank-line separated; very long paragraphs split at sentence ends). */
export function paragraphSpans(text: string): TagSpan[] {
  const spans: TagSpan[] = [];
  const separator = /(?:\r\n?|\n)[ \t\r]*(?:\r\n?|\n)/g;
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) spans.push(...splitLong(text, start, end));
  };
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return spans;
}

function splitLong(text: string, start: number, end: number): TagSpan[] {
  if (end - start <= MAX_SPAN) return [{ start, end }];
  const out: TagSpan[] = [];
  const sentenceEnd = /[.!?]["”’')\]]*\s+(?=["“‘(\[]?[A-Z0-9])|\r|\n/g;
  sentenceEnd.lastIndex = start;
  let chunkStart = start;
  let lastCut = start;
  for (let m = sentenceEnd.exec(text); m && m.index < end; m = sentenceEnd.exec(text)) {
    const cut = m.index + m[0].length;
    if (cut - chunkStart > MAX_SPAN && lastCut > chunkStart) {
      out.push({ start: chunkStart, end: trimEnd(text, chunkStart, lastCut) });
      chunkStart = lastCut;
    }
    lastCut = cut;
  }
  if (end - chunkStart > MAX_SPAN && lastCut > chunkStart && lastCut < end) {
    out.push({ start: chunkStart, end: trimEnd(text, chunkStart, lastCut) });
    chunkStart = lastCut;
  }
  out.push({ start: chunkStart, end });
  return out;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return end;
}
