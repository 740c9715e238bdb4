// A worker thread of the analysis pool (src/analyse/analyse-documents.ts). The stages are
// TypeScript run through tsx, as in bin/timeline: the loader is registered in this thread too.
import { register } from 'tsx/esm/api';

register();
const { analyseDocument } = await import('./analyse-document.ts');
const { packAnalysis } = await import('./pack-analysis.ts');

/**
 * Piscina calls this with one SourceFile; the analysis crosses back by structured clone, packed:
 * without the texts the file text holds, which the main thread has (`unpackAnalysis`).
 */
export default function analyse(file) {
  return packAnalysis(analyseDocument(file));
}
