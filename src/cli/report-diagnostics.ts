import type { Diagnostic } from '../types.ts';
import { formatDiagnostic } from '../diagnostics/diagnostic.ts';

/** Writes errors and warnings (and, when asked, infos) one a line; returns the counts. */
export function reportDiagnostics(diagnostics: readonly Diagnostic[], write: (line: string) => void, withInfo: boolean) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) {
    counts[d.severity]++;
    if (withInfo || d.severity !== 'info') write(`${formatDiagnostic(d)}\n`);
  }
  return counts;
}
