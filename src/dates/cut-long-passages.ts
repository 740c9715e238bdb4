/**
 * Cuts a passage into the pieces chrono parses, so that no passage costs more than linear time
 * (chrono and the tense reading slow down faster than linearly on long texts) and pieces without a
 * date cue are never parsed.
 *
 * A passage is cut at sentence ends where no expression can span and where the tense reading
 * (`tense-cue.ts`) starts a sentence too: a full stop, "!" or "?" directly followed by white space and
 * a capital (maybe after an opening quote or bracket), not after an abbreviation. No pattern of our
 * parsers, refiners or chrono's kept parsers crosses ". X", and every context window stops there, so
 * tagging the pieces gives what tagging the passage whole gives. A sentence longer than MAX_PIECE is
 * cut at white space into windows that overlap by OVERLAP characters on each side; each window keeps
 * only the mentions that start in its own part, which then have their whole extent and context in it.
 */
import type { TagSpan } from './tag-dates.ts';
import { ABBREVIATION } from './tense-cue.ts';
import type { DateCue } from './date-cue-filter.ts';
import { CueTests } from './cue-tests.ts';

/** A piece of a passage, the part of it whose mentions it reports, and the texts in it that chrono
 *  parses: its sentences with a date cue, each with the answers of its cue tests (`CueTests`). */
export interface TagPiece {
  start: number;
  end: number;
  keepFrom: number;
  keepTo: number;
  parts: TagPart[];
}

/** A text chrono parses, at `start` in the file; `cues.text` is the text. */
export interface TagPart {
  start: number;
  cues: CueTests;
}

/** The longest piece read whole (the tense reading's and asides' context); several sentences are read together up to this length. */
export const MAX_PIECE = 4000;
/** Context kept on each side of a cut inside a sentence: more than any expression and than the
 *  tense reading looks back (`LOOKBACK` in tense-cue.ts). */
export const OVERLAP = 1000;

const SENTENCE_END = /[.!?](?=\s+["“‘(\[]?[A-Z])/g;
/** Abbreviations chrono reads in any case ("jan. 5", "wed. night"), which `ABBREVIATION` knows capitalised only. */
const ANY_CASE_ABBREVIATION = /(?:^|[^A-Za-z])(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|mon|tues?|wed|thu|thurs|fri|sat|sun|[ap]\.m)$/i;

/** The sentences of [start, end) at the cuts described above, as [start, end) pairs. */
function sentencesOf(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = start;
  SENTENCE_END.lastIndex = start;
  for (let m = SENTENCE_END.exec(text); m && m.index < end; m = SENTENCE_END.exec(text)) {
    const i = m.index;
    const before = text.slice(Math.max(start, i - 5), i);
    if (text[i] === '.' && (ABBREVIATION.test(before) || ANY_CASE_ABBREVIATION.test(before))) continue;
    let next = i + 1;
    while (next < end && /\s/.test(text[next] ?? '')) next++;
    if (next >= end) break;
    out.push([from, i + 1]);
    from = next;
  }
  out.push([from, end]);
  return out;
}

/** The last white space at or before `at` and after `floor`, else `at`. */
function whitespaceBefore(text: string, at: number, floor: number): number {
  for (let i = at; i > floor; i--) if (/\s/.test(text[i] ?? '')) return i;
  return at;
}

/** Windows over one long sentence [start, end): each keeps its own part and sees OVERLAP around it. */
function windowsOf(start: number, end: number, text: string): TagPiece[] {
  const step = MAX_PIECE - 2 * OVERLAP;
  const out: TagPiece[] = [];
  for (let keepFrom = start; keepFrom < end; ) {
    const keepTo = end - keepFrom <= step ? end : whitespaceBefore(text, keepFrom + step, keepFrom + step / 2);
    const from = Math.max(start, keepFrom - OVERLAP);
    const to = Math.min(end, keepTo + OVERLAP);
    out.push({ start: from, end: to, keepFrom, keepTo, parts: [{ start: from, cues: new CueTests(text.slice(from, to)) }] });
    keepFrom = keepTo;
  }
  return out;
}

/**
 * The pieces of the passage `span` to parse, in order: none when it has no date cue (`cue`; null: no
 * test), the passage itself up to MAX_PIECE characters, else runs of its sentences with a cue, at most
 * MAX_PIECE long, and windows over longer sentences. A piece is parsed whole (its one part); a
 * passage parsed whole keeps the answers of the cue tests the filter ran on it, for the parsers' gates.
 */
export function cutPassage(text: string, span: TagSpan, cue: DateCue | null): TagPiece[] {
  if (span.end - span.start <= MAX_PIECE) {
    const passage = text.slice(span.start, span.end);
    const cues = cue?.testsFor?.(passage) ?? new CueTests(passage);
    if (cue !== null && !cue.test(cues.text, cues)) return [];
    return [{ start: span.start, end: span.end, keepFrom: span.start, keepTo: span.end, parts: [{ start: span.start, cues }] }];
  }
  const pieces: TagPiece[] = [];
  let run: TagPiece | null = null;
  const flush = () => {
    if (run) pieces.push({ ...run, parts: [{ start: run.start, cues: new CueTests(text.slice(run.start, run.end)) }] });
    run = null;
  };
  for (const [start, end] of sentencesOf(text, span.start, span.end)) {
    if (cue !== null && !cue.test(text.slice(start, end))) {
      flush();
      continue;
    }
    if (end - start > MAX_PIECE) {
      flush();
      pieces.push(...windowsOf(start, end, text));
      continue;
    }
    if (run && end - run.start <= MAX_PIECE) {
      run.end = end;
      run.keepTo = end;
    } else {
      flush();
      run = { start, end, keepFrom: start, keepTo: end, parts: [] };
    }
  }
  flush();
  return pieces;
}
