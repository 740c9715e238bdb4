import { describe, expect, it } from 'vitest';
import { contentFiles } from '../support/content-files.ts';
import { analyseDocument, type DocumentAnalysis } from '../../src/analyse/analyse-document.ts';
import { shareFileText } from '../../src/analyse/share-file-text.ts';

/** Every `{start, end, text}` of a value, with where it is. */
function spans(value: unknown, at = '$'): Array<{ at: string; start: number; end: number; text: string }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => spans(v, `${at}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const o = value as Record<string, unknown>;
  const own = typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string' ? [{ at, start: o.start, end: o.end, text: o.text }] : [];
  return [...own, ...Object.entries(o).flatMap(([k, v]) => (k === 'text' ? [] : spans(v, `${at}.${k}`)))];
}

describe('shareFileText', () => {
  it('leaves a copied analysis equal to the original, and its document text the file text itself', async () => {
    for (const file of await contentFiles()) {
      const analysis = analyseDocument(file);
      const copy = structuredClone(analysis) as DocumentAnalysis;
      expect(shareFileText(copy, file.text)).toStrictEqual(analysis);
      expect(Object.is(copy.document.text, file.text)).toBe(true);
      expect(spans(copy).length, file.path).toBeGreaterThan(0);
    }
  });

  it.each([
    ['a text that is its slice', { start: 4, end: 21, text: 'quick brown foxes' }, 'quick brown foxes'],
    ['a text that is not its slice is kept', { start: 0, end: 17, text: 'something altered' }, 'something altered'],
    ['offsets that are not numbers are left alone', { start: '4', end: '21', text: 'quick brown foxes' }, 'quick brown foxes'],
  ])('%s', (_name, span, expected) => {
    const text = 'the quick brown foxes jump over the lazy dog';
    const analysis = { document: { text }, events: [{ sources: [{ passage: { ...span } }] }], undated: [], diagnostics: [] } as unknown as DocumentAnalysis;
    shareFileText(analysis, text);
    const [{ sources }] = analysis.events as unknown as [{ sources: [{ passage: { text: string } }] }];
    expect(sources[0].passage.text).toBe(expected);
  });
});
