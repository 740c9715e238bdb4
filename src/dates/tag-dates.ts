/**
 * The date tagger: finds temporal expressions span by span (one chrono call per span: chrono slows
 * down badly on long inputs) and resolves them against the DCT or the last date the text established.
 */
import { DateTime } from 'luxon';
import type { ParsingReference } from 'chrono-node';
import type { DateMention, ResolutionMode } from '../types.ts';
import { createDateTagger } from './chrono-config.ts';
import { specOf } from './timex-spec.ts';
import { resolveSpec } from './resolve-timex.ts';
import { tenseAround } from './tense-cue.ts';
import { calendarStart, type CalendarStart } from './timex-interval.ts';

export interface TagContext {
  /** Document creation time, 'YYYY-MM-DD', or null when unknown. */
  dct: string | null;
  mode: ResolutionMode;
}

export interface TagSpan {
  start: number;
  end: number;
}

const engine = createDateTagger();
/** Chrono wants a reference instant; our parsers never use it (specs keep what is known), so it is fixed. */
const FIXED_REFERENCE: ParsingReference = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };

/**
 * Tags each span separately, in order, threading the narrative anchor ("the last date the text
 * established") from span to span. Mentions have offsets into `text` and are sorted by start.
 */
export function tagDates(text: string, spans: TagSpan[], context: TagContext): DateMention[] {
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
  for (const span of spans) {
    const spanText = text.slice(span.start, span.end);
    if (!/[0-9A-Za-z]/.test(spanText)) continue;
    const results = engine.parse(spanText, FIXED_REFERENCE);
    for (let i = 0; i < results.length; i++) {
      const result = results[i]!;
      const spec = specOf(result);
      if (!spec) continue;
      const previous = results[i - 1];
      const next = results[i + 1];
      const start = result.index;
      const end = result.index + result.text.length;
      const tense = (pastVerbs?: boolean) =>
        tenseAround(spanText, start, end, previous ? previous.index + previous.text.length : 0, next ? next.index : spanText.length, pastVerbs);
      const resolved = resolveSpec(spec, { dct: dctDay, text: textDate, period, mode: context.mode, tense });
      const mention: DateMention = {
        start: span.start + start,
        end: span.start + end,
        text: result.text,
        type: resolved.type,
        value: resolved.value,
        anchor: resolved.anchor,
      };
      if (resolved.unresolved) mention.unresolved = resolved.unresolved;
      if (resolved.mod) mention.mod = resolved.mod;
      mentions.push(mention);
      if ((resolved.type === 'DATE' || resolved.type === 'TIME') && !resolved.unresolved) {
        if (/^\d{2,4}(?:-|$)/.test(resolved.value)) textValue = resolved.value;
        const isComparison = spec.kind === 'shift' && spec.comparison;
        if (/^\d{4}-[QH]\d$/.test(resolved.value) && !isComparison) period = calendarStart(resolved.value);
      }
    }
  }
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Paragraphs above this length are split at sentence ends: chrono's cost grows faster than linearly. */
const MAX_SPAN = 1200;

/** Splits plain text into paragraph spans (blank-line separated; very long paragraphs split at sentence ends). */
export function paragraphSpans(text: string): TagSpan[] {
  const spans: TagSpan[] = [];
  const separator = /\n[ \t\r]*\n/g;
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
  const sentenceEnd = /[.!?]["”’')\]]*\s+(?=["“‘(\[]?[A-Z0-9])|\n/g;
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
