// A worker thread of the analysis pool (src/analyse/analyse-documents.ts). The stages are
// TypeScript run through tsx, as in bin/timeline: the loader is registered in this thread too.
import { register } from 'tsx/esm/api';

register();
const { analyseDocument } = await import('./analyse-document.ts');

/** Piscina calls this with one SourceFile; the analysis is plain data and crosses back by structured clone. */
export default function analyse(file) {
  return analyseDocument(file);
}
