import type { Diagnostic, TimelineDocument, UndatedMention } from '../types.ts';
import { diagnosticAt } from './diagnostic.ts';
import { lineStarts } from './location.ts';

/** What a user should know about an article once it has been read: no date, no text, what was left out. */
export function documentDiagnostics(document: TimelineDocument, undated: readonly UndatedMention[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // One table of line starts for every diagnostic of the document, not one per diagnostic.
  const starts = lineStarts(document.text);
  const at = (offset: number, severity: Diagnostic['severity'], code: string, message: string) =>
    diagnostics.push(diagnosticAt(document.path, document.text, offset, severity, code, message, starts));
  const articleStart = document.passages.find((p) => p.kind !== 'chrome')?.start ?? 0;
  if (!document.passages.some((p) => p.kind === 'body' || p.kind === 'embed')) {
    at(0, 'warning', 'no-article-text', 'no article text found: every line reads as page chrome, so nothing from this file is on the timeline');
  }
  if (document.published === null) {
    if (undated.length > 0) {
      const first = undated[0]!;
      at(first.mention.start, 'warning', 'missing-published',
        `${undated.length} relative date expression${undated.length === 1 ? '' : 's'} (first: "${first.mention.text}") cannot be resolved without a publication date: add "published: YYYY-MM-DD" to this file's front matter`);
    } else {
      at(articleStart, 'info', 'no-published', 'no publication date in the front matter or the byline');
    }
  }
  for (const span of document.chrome) {
    const words = span.text.split(/\s+/u).filter(Boolean).length;
    at(span.start, 'info', 'page-chrome', `left out as page chrome: ${words} word${words === 1 ? '' : 's'} ("${preview(span.text)}")`);
  }
  return diagnostics;
}

function preview(text: string): string {
  const folded = text.replace(/\s+/gu, ' ').trim();
  return folded.length > 60 ? `${folded.slice(0, 57)}...` : folded;
}
