import type { DateMention, Passage, Span, TimelineDocument } from '../types.ts';
import { formatTimexValue } from './format-date.ts';

/**
 * The article text cut into pieces at the date mentions, by offsets. Pieces are plain text:
 * the templates escape each one, so the untrusted text never becomes markup.
 */
export type InlineSegment =
  | { kind: 'text'; text: string }
  | {
      kind: 'mention';
      text: string;
      /** `<time datetime>` when the mention resolved to a value HTML can hold, else null. */
      datetime: string | null;
      /** What the mention resolved to, or why it did not: shown on hover and focus. */
      note: string;
      resolved: boolean;
      /** Unique on the page, for `aria-describedby`. */
      noteId: string;
    };

/** A passage's pieces: text, mentions, and the dated statements events were read from (mentions inside). */
export type TextSegment = InlineSegment | { kind: 'statement'; segments: InlineSegment[] };

function mentionNote(mention: DateMention): { note: string; datetime: string | null; resolved: boolean } {
  if (mention.unresolved) return { note: `Not anchored: ${mention.unresolved}`, datetime: null, resolved: false };
  const label = formatTimexValue(mention.value);
  if (!label) return { note: `Date value ${mention.value}`, datetime: null, resolved: true };
  const value = label.label === mention.value ? '' : ` (${mention.value})`;
  return { note: `Read as ${label.label}${value}`, datetime: label.datetime, resolved: true };
}

function byPosition(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

/** Mentions in reading order; one that overlaps an earlier one is left out (markup cannot cross). */
export function nonOverlappingMentions(mentions: readonly DateMention[]): DateMention[] {
  const kept: DateMention[] = [];
  for (const m of [...mentions].sort(byPosition)) {
    const last = kept[kept.length - 1];
    if (m.end > m.start && (!last || m.start >= last.end)) kept.push(m);
  }
  return kept;
}

/**
 * Cuts `span` of `text` at the mentions that lie wholly inside it. `noteIdPrefix` plus the
 * mention's index among `allMentions` gives each note a page-unique id.
 */
function inlineSegments(text: string, span: { start: number; end: number }, allMentions: readonly DateMention[], noteIdPrefix: string): InlineSegment[] {
  const segments: InlineSegment[] = [];
  let at = span.start;
  allMentions.forEach((m, index) => {
    if (m.start < span.start || m.end > span.end) return;
    if (m.start > at) segments.push({ kind: 'text', text: text.slice(at, m.start) });
    segments.push({ kind: 'mention', text: text.slice(m.start, m.end), noteId: `${noteIdPrefix}${index}`, ...mentionNote(m) });
    at = m.end;
  });
  if (span.end > at) segments.push({ kind: 'text', text: text.slice(at, span.end) });
  return segments;
}

/** The statements' ranges inside `span`, overlapping ones merged, in reading order. */
function statementRanges(span: Span, statements: readonly Span[]): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  const clipped = statements
    .map((s) => ({ start: Math.max(s.start, span.start), end: Math.min(s.end, span.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (const range of clipped) {
    const last = ranges[ranges.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else ranges.push({ ...range });
  }
  return ranges;
}

/**
 * Cuts a passage (`span` of `text`) into text, date mentions and the statements events were
 * read from. A mention that straddles a statement's edge stays unmarked: markup cannot cross.
 */
export function segmentSpan(
  text: string,
  span: Span,
  allMentions: readonly DateMention[],
  noteIdPrefix: string,
  statements: readonly Span[] = [],
): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = span.start;
  for (const range of statementRanges(span, statements)) {
    segments.push(...inlineSegments(text, { start: at, end: range.start }, allMentions, noteIdPrefix));
    segments.push({ kind: 'statement', segments: inlineSegments(text, range, allMentions, noteIdPrefix) });
    at = range.end;
  }
  segments.push(...inlineSegments(text, { start: at, end: span.end }, allMentions, noteIdPrefix));
  return segments;
}

/** One block of the article as shown: a passage, or a run of page chrome folded away. */
export type TextBlock<P> = { kind: 'passage'; passage: P } | { kind: 'chrome'; items: P[] };

/**
 * A test of whether a span overlaps any of `spans` (in any order, overlapping or not), in
 * log time: the spans sorted by start, with the furthest end among the first k of them; a span
 * overlaps one iff among those starting before its end, the furthest end lies past its start.
 */
function overlapTest(spans: readonly Span[]): (span: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const furthestEnd: number[] = [];
  for (const [k, s] of sorted.entries()) furthestEnd.push(Math.max(s.end, k > 0 ? furthestEnd[k - 1]! : -Infinity));
  return (span) => {
    let lo = 0;
    let hi = sorted.length; // the number of spans starting before span.end
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < span.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && furthestEnd[lo - 1]! > span.start;
  };
}

/**
 * The article's passages in reading order, with runs of page chrome (chrome passages and
 * chrome spans outside any passage) gathered into one block each.
 */
export function documentBlocks(doc: TimelineDocument): Array<TextBlock<{ passage: Passage | null; span: Span }>> {
  const overlapsAny = overlapTest(doc.passages);
  const items = [
    ...doc.passages.map((p) => ({ passage: p as Passage | null, span: p as Span })),
    ...doc.chrome.filter((c) => !overlapsAny(c)).map((c) => ({ passage: null, span: c })),
  ].sort((a, b) => byPosition(a.span, b.span));
  const blocks: Array<TextBlock<{ passage: Passage | null; span: Span }>> = [];
  for (const item of items) {
    const isChrome = item.passage === null || item.passage.kind === 'chrome';
    const last = blocks[blocks.length - 1];
    if (!isChrome) blocks.push({ kind: 'passage', passage: item });
    else if (last?.kind === 'chrome') last.items.push(item);
    else blocks.push({ kind: 'chrome', items: [item] });
  }
  return blocks;
}
