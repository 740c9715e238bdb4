import type { Diagnostic, Severity } from '../types.ts';
import { lineColumn } from './location.ts';

/** A diagnostic at an offset of a document's text; pass `starts` (lineStarts(text)) when placing many. */
export function diagnosticAt(
  document: string,
  text: string,
  offset: number,
  severity: Severity,
  code: string,
  message: string,
  starts?: number[],
): Diagnostic {
  const { line, column } = lineColumn(text, offset, starts);
  return { document, line, column, severity, code, message };
}

/** `path:line:column severity code message`, the one-line form `timeline check` prints. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${escapeControls(d.document)}:${d.line}:${d.column} ${d.severity} ${d.code} ${escapeControls(d.message)}`;
}

/**
 * Control characters (newlines, terminal escapes, bidi overrides) written as `\xNN` or
 * `\uNNNN`: a file name or a quoted text can neither forge a second line nor drive the terminal.
 */
export function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Deterministic order: by document, then place, then severity and code. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.document < b.document ? -1 : a.document > b.document ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    severityRank[a.severity] - severityRank[b.severity] ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}
