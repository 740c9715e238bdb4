import type { Timeline, TimelineEvent } from '../types.ts';
import { comparisonView, type CompareTo } from './comparison-view.ts';
import { planChangePages } from './change-pages.ts';
import { changeMarks, type ChangeMark } from '../diff/change-marks.ts';
import { DEFAULT_SITE_CONFIG, type SiteConfig } from '../load/read-site-config.ts';
import { orderEvents } from '../timeline/order-events.ts';
import { siteLinks, type SiteLinks } from './site-links.ts';
import { timelinePagePlan } from './timeline-pages.ts';
import { aboutPages, undatedPages } from './list-pages.ts';
import { undatedAdvice } from './site-wording.ts';
import { byText } from '../sort-text.ts';
import { eventView, type DocumentEvent, type ListedEvent } from './event-view.ts';
import { documentSummary, documentTextBlocks } from './document-view.ts';
import { documentRanks, filterOptions, groupPeriods, timelinePages } from './group-periods.ts';
import type { DiagnosticView, DocumentPageInputs, DocumentSummary, DocumentView, SiteModel, UndatedView } from './site-views.ts';
import { frontPageView } from './front-page.ts';
import { corpusDate } from './event-citation.ts';
import type { CiteContext } from './event-view.ts';

export interface SiteModelOptions {
  /** The site's configuration; its title unless `title` is given. */
  config?: SiteConfig;
  title?: string;
  links?: SiteLinks;
  /** The timeline compared with (`--compare-to`): marks new and changed events, and fills `comparison`. */
  compareTo?: CompareTo;
}

export function buildSiteModel(timeline: Timeline, options: SiteModelOptions = {}): SiteModel {
  const plan = timelinePagePlan(timeline.events);
  const { config = DEFAULT_SITE_CONFIG, compareTo } = options;
  const title = options.title ?? config.title;
  // The comparison links only to events; the badges of changed events link to the page of "What changed" that lists them.
  const comparison = compareTo === undefined ? null : comparisonView(compareTo, timeline, options.links ?? siteLinks(plan));
  const changes = comparison === null ? null : planChangePages(comparison);
  const links = options.links ?? siteLinks(plan, changes?.pageOf);
  const marks = compareTo === undefined ? new Map<string, ChangeMark>() : changeMarks(compareTo.diff);
  const docs = [...timeline.documents].sort((a, b) => byText(a.published ?? '9999', b.published ?? '9999') || byText(a.id, b.id));
  const titles = new Map(docs.map((d) => [d.id, d.title]));
  const sortedEvents = orderEvents(timeline.events);
  const byId = new Map(timeline.events.map((e) => [e.id, e]));
  const documentsById = new Map(timeline.documents.map((d) => [d.id, d]));
  const cite: CiteContext = { baseUrl: config.baseUrl, accessed: corpusDate(timeline.documents.map((d) => d.published)) };
  const events = sortedEvents.map((e) => eventView(e, titles, documentsById, links, marks, byId, cite));
  const listed = sortedEvents.map((event, i): ListedEvent => ({ event, view: events[i]! }));
  // Each document's events with its own sources of them, in one pass over every source (an
  // event told by thousands of articles is not scanned once per article).
  const byDocument = new Map<string, DocumentEvent[]>();
  for (const item of listed) {
    const own = new Map<string, TimelineEvent['sources']>();
    for (const s of item.event.sources) {
      const list = own.get(s.document);
      if (list) list.push(s);
      else own.set(s.document, [s]);
    }
    for (const [id, sources] of own) {
      const list = byDocument.get(id);
      if (list) list.push({ ...item, sources });
      else byDocument.set(id, [{ ...item, sources }]);
    }
  }
  const undated = [...timeline.undated]
    .sort((a, b) => byText(a.document, b.document) || a.mention.start - b.mention.start)
    .map((u): UndatedView => {
      const doc = documentsById.get(u.document)!;
      return {
        documentId: doc.id,
        documentTitle: doc.title,
        documentPath: doc.path,
        href: links.document(doc.id, u.passage.id),
        mention: u.mention.text,
        value: u.mention.value,
        type: u.mention.type,
        reason: u.reason,
        advice: undatedAdvice(doc),
      };
    });
  // Looked up, not searched per document: a corpus of 10,000 articles has tens of thousands of undated mentions.
  const undatedCounts = new Map<string, number>();
  for (const u of undated) undatedCounts.set(u.documentId, (undatedCounts.get(u.documentId) ?? 0) + 1);
  const paths = new Map(docs.map((d) => [d.path, d.id]));
  const diagnostics = [...timeline.diagnostics]
    .sort((a, b) => byText(a.document, b.document) || a.line - b.line || a.column - b.column || byText(a.code, b.code) || byText(a.message, b.message))
    .map(
      (d): DiagnosticView => ({
        severity: d.severity,
        code: d.code,
        location: `${d.document}:${d.line}:${d.column}`,
        message: d.message,
        documentHref: paths.has(d.document) ? links.document(paths.get(d.document)!) : null,
      }),
    );
  const rank = documentRanks(docs.map((d) => d.id));
  const periods = groupPeriods(listed, links, titles, rank);
  const severities = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) severities[d.severity] += 1;
  const documents = docs.map((d) => documentSummary(d, byDocument.get(d.id)?.length ?? 0, undatedCounts.get(d.id) ?? 0, links));
  // The summary given is the one the view shows (a caller may have changed it: page-keys.test.ts).
  const documentPage = (summary: DocumentSummary): DocumentView => ({ ...summary, blocks: documentTextBlocks(documentsById.get(summary.id)!, byDocument.get(summary.id) ?? [], links) });
  // What `documentTextBlocks` reads, without making the view: the document and, of each of its events, the back-link and its own statements.
  const documentPageInputs = (summary: DocumentSummary): DocumentPageInputs => ({
    document: documentsById.get(summary.id)!,
    events: (byDocument.get(summary.id) ?? []).map(({ view, sources }) => ({
      href: view.href,
      headline: view.headline,
      date: view.date,
      sources: sources.map((s) => ({ passage: s.passage.id, statement: [s.statement.start, s.statement.end] })),
    })),
  });
  const undatedPlan = undatedPages(undated);
  return {
    title,
    config,
    figures: {
      events: events.length,
      happened: events.filter((e) => e.status === 'happened').length,
      documents: docs.length,
      undated: undated.length,
      sources: events.reduce((n, e) => n + e.sources.length, 0),
      diagnostics: severities,
    },
    periods,
    pages: timelinePages(periods, plan, titles, rank),
    events,
    documents,
    documentPage,
    documentPageInputs,
    undated,
    undatedPages: undatedPlan.pages,
    undatedPageOf: undatedPlan.pageOf,
    aboutPages: aboutPages(documents, diagnostics),
    diagnostics,
    filters: filterOptions(events, titles, rank),
    comparison,
    changePages: changes?.pages ?? [],
    front: frontPageView(events, periods, config.keyEvents),
  };
}
