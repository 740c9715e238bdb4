import { describe, expect, it } from 'vitest';
import { documentBlocks, nonOverlappingMentions, segmentSpan, type TextSegment } from '../../src/site/document-text.ts';
import type { DateMention, Span } from '../../src/types.ts';

const TEXT = 'On 13 October 2019 the troops withdrew, and since January 2014 the town held.';

function at(needle: string): Span {
  const start = TEXT.indexOf(needle);
  return { start, end: start + needle.length, text: needle };
}

function mention(needle: string, value: string): DateMention {
  return { ...at(needle), type: 'DATE', value, anchor: 'absolute' };
}

/** The segments as a compact string: [statement], {mention}. */
function shape(segments: TextSegment[]): string {
  return segments
    .map((s) => (s.kind === 'statement' ? `[${shape(s.segments)}]` : s.kind === 'mention' ? `{${s.text}}` : s.text))
    .join('');
}

const passage: Span = { start: 0, end: TEXT.length, text: TEXT };
const mentions = nonOverlappingMentions([mention('January 2014', '2014-01'), mention('13 October 2019', '2019-10-13')]);

describe('segmentSpan', () => {
  it('marks the mentions, in reading order, and keeps every character', () => {
    expect(shape(segmentSpan(TEXT, passage, mentions, 'n'))).toBe('On {13 October 2019} the troops withdrew, and since {January 2014} the town held.');
  });

  it('marks statements, with their mentions inside', () => {
    const statement = at('On 13 October 2019 the troops withdrew');
    expect(shape(segmentSpan(TEXT, passage, mentions, 'n', [statement]))).toBe(
      '[On {13 October 2019} the troops withdrew], and since {January 2014} the town held.',
    );
  });

  it('merges overlapping statements and leaves a mention across a statement edge unmarked', () => {
    const statements = [at('On 13 October 2019 the troops'), at('the troops withdrew'), at('since January')];
    expect(shape(segmentSpan(TEXT, passage, mentions, 'n', statements))).toBe(
      '[On {13 October 2019} the troops withdrew], and [since January] 2014 the town held.',
    );
  });

  it('keeps the first of two overlapping mentions', () => {
    const overlapping = nonOverlappingMentions([mention('13 October', '2019-10-13'), mention('October 2019', '2019-10')]);
    expect(overlapping.map((m) => m.text)).toEqual(['13 October']);
  });
});

describe('documentBlocks: page chrome outside every passage', () => {
  it('keeps the chrome spans no passage overlaps, as testing every passage would, on generated documents', () => {
    let x = 5;
    const next = (n: number) => ((x = (x * 1103515245 + 12345) % 2147483648), x % n);
    const text = 'x'.repeat(400);
    const span = (): Span => {
      const start = next(380);
      const end = start + 1 + next(20);
      return { start, end, text: text.slice(start, end) };
    };
    for (let round = 0; round < 200; round++) {
      const passages = Array.from({ length: next(10) }, (_, k) => ({ ...span(), id: `p-${k}`, kind: 'body' as const }));
      const chrome = Array.from({ length: next(10) }, span);
      const doc = { id: 'd', path: 'd.txt', title: 'd', published: null, publishedFrom: null, url: null, publisher: null, author: null, mode: 'news' as const, text, passages, mentions: [], chrome };
      const shown = documentBlocks(doc).flatMap((b) => (b.kind === 'chrome' ? b.items : [])).filter((i) => i.passage === null).map((i) => i.span);
      const outside = chrome.filter((c) => !passages.some((p) => c.start < p.end && p.start < c.end));
      expect([...shown].sort((a, b) => a.start - b.start || a.end - b.end)).toEqual([...outside].sort((a, b) => a.start - b.start || a.end - b.end));
    }
  });
});
