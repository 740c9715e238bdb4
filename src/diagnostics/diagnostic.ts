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
  return `${d.document}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`;
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
