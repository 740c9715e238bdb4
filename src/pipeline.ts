import type { Diagnostic, Timeline, TimelineDocument } from './types.ts';
import { readArticles } from './load/read-articles.ts';
import { readSiteConfig, unknownKeyEvents } from './load/read-site-config.ts';
import { analyseDocuments, type AnalyseOptions } from './analyse/analyse-documents.ts';
import { orderEvents } from './timeline/order-events.ts';
import { mergeCorpusEvents } from './timeline/merge-corpus-events.ts';
import { compareDiagnostics } from './diagnostics/diagnostic.ts';
import { carryIds, type PreviousIds } from './timeline/carry-ids.ts';

export interface BuildTimelineOptions extends AnalyseOptions {
  /** The timeline a previous build published: its ids are kept wherever the same thing is still there (`carryIds`). */
  previous?: PreviousIds;
}

/** The composition root: content folder in, timeline out. Calls the stages in order; holds no logic of its own. */
export async function buildTimeline(contentDir: string, options: BuildTimelineOptions = { jobs: 1 }): Promise<Timeline> {
  const { files, diagnostics: readDiagnostics } = await readArticles(contentDir);
  // The configuration's values are read by the site build; its diagnostics belong with the corpus's.
  const siteConfig = await readSiteConfig(contentDir);
  const analyses = await analyseDocuments(files, options);
  const documents: TimelineDocument[] = analyses.map((a) => a.document);
  const events = analyses.flatMap((a) => a.events);
  const undated = analyses.flatMap((a) => a.undated);
  const carried = carryIds(options.previous, { documents, events: orderEvents(await mergeCorpusEvents(files, events, options.cache)), undated });
  const ordered = carried.events;
  const diagnostics: Diagnostic[] = [
    ...readDiagnostics,
    ...siteConfig.diagnostics,
    ...unknownKeyEvents(siteConfig, new Set(ordered.map((e) => e.id))),
    ...analyses.flatMap((a) => a.diagnostics),
  ];
  return { documents: carried.documents, events: ordered, undated: carried.undated, diagnostics: diagnostics.sort(compareDiagnostics) };
}
