import type { DocumentAnalysis } from './analyse-document.ts';

/**
 * An analysis as it crosses from a worker thread: every `{start, end, text}` whose text is the
 * file text's slice, and the document's text itself, hold the number 0 in place of the text
 * (the key stays where it was, so the object's key order, and so its JSON, is unchanged once
 * unpacked). The thread that receives it has the file text and puts the slices back.
 */
export interface PackedAnalysis {
  readonly packed: unknown;
}

/** The placeholder of a left-out text: no string, so no text of the analysis can be taken for it. */
const LEFT_OUT = 0;

function pack(value: unknown, text: string): void {
  if (Array.isArray(value)) {
    for (const item of value) pack(item, text);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const o = value as Record<string, unknown>;
  const { start, end } = o;
  if (typeof start === 'number' && typeof end === 'number' && typeof o.text === 'string' && o.text === text.slice(start, end)) o.text = LEFT_OUT;
  for (const key in o) if (key !== 'text') pack(o[key], text);
}

function unpack(value: unknown, text: string): void {
  if (Array.isArray(value)) {
    for (const item of value) unpack(item, text);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const o = value as Record<string, unknown>;
  const { start, end } = o;
  if (o.text === LEFT_OUT && typeof start === 'number' && typeof end === 'number') o.text = text.slice(start, end);
  for (const key in o) if (key !== 'text') unpack(o[key], text);
}

/**
 * Leaves out of an analysis every text the file text holds (its passages', mentions' and
 * statements' texts and the document's text), so that what a worker posts is mostly offsets:
 * on make-corpus articles a sixth of the bytes to clone. Changes the analysis in place: it is
 * not to be used after.
 */
export function packAnalysis(analysis: DocumentAnalysis): PackedAnalysis {
  const text = analysis.document.text;
  pack(analysis, text);
  (analysis.document as unknown as Record<string, unknown>).text = LEFT_OUT;
  return { packed: analysis };
}

/**
 * The analysis `packAnalysis` packed, its texts put back from `fileText` (the text of the file
 * it was made from): each a slice of the file text, which V8 keeps as a pointer into it, and
 * the document's text the file text itself, as `shareFileText` makes them.
 */
export function unpackAnalysis(packed: PackedAnalysis, fileText: string): DocumentAnalysis {
  const analysis = packed.packed as DocumentAnalysis;
  (analysis.document as unknown as Record<string, unknown>).text = fileText;
  unpack(analysis, fileText);
  return analysis;
}
