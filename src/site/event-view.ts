import type { TimelineDocument, TimelineEvent } from '../types.ts';
import type { ChangeMark } from '../diff/change-marks.ts';
import { formatResolvedDate, formatTimexValue, relationLabel, type DateLabel } from './format-date.ts';
import { STATUS_WORDS } from './status-words.ts';
import { compareSources } from './order-sources.ts';
import { documentHref, linkableUrl, type SiteLinks } from './site-links.ts';
import { citeEvent, type EventCitation } from './event-citation.ts';
import { downloadLink } from './download-link.ts';
import { textFragmentUrl } from './text-fragment.ts';
import { distinctSorted } from '../sort-text.ts';
import type { EventView, SourceView } from './site-views.ts';

/** An event in timeline order, with its view. */
export type ListedEvent = { event: TimelineEvent; view: EventView };

/** An event listed on a document's page, with that document's sources of it (in the event's order). */
export type DocumentEvent = ListedEvent & { sources: TimelineEvent['sources'] };

/** What a citation needs of the whole site: where it is published, and the day the corpus stands at (the "accessed" date). */
export interface CiteContext {
  baseUrl: string | null;
  accessed: string | null;
}

function publishedLabel(published: string | null): DateLabel | null {
  return published === null ? null : formatTimexValue(published);
}

export function eventView(
  event: TimelineEvent,
  titles: Map<string, string>,
  documents: ReadonlyMap<string, TimelineDocument>,
  links: SiteLinks,
  marks: ReadonlyMap<string, ChangeMark>,
  byId: ReadonlyMap<string, TimelineEvent>,
  cite: CiteContext,
): EventView {
  const sources = [...event.sources]
    .sort(compareSources)
    .map(
      (s): SourceView => ({
        documentId: s.document,
        documentTitle: titles.get(s.document) ?? s.document,
        href: links.document(s.document, s.passage.id),
        attribution: s.attribution,
        hedged: s.hedged,
        hedge: s.hedged ? (s.hedge ?? null) : null,
        statement: s.statement.text,
        statusLabel: STATUS_WORDS[s.status].label,
        statusCues: s.statusCues.map((c) => c.text),
        publisher: documents.get(s.document)?.publisher ?? null,
        published: publishedLabel(documents.get(s.document)?.published ?? null),
        url: linkableUrl(documents.get(s.document)?.url ?? null),
      }),
    );
  const documentIds = distinctSorted(sources.map((s) => s.documentId));
  return {
    id: event.id,
    href: links.event(event),
    date: formatResolvedDate(event.date),
    status: event.status,
    statusLabel: STATUS_WORDS[event.status].label,
    statusSentence: STATUS_WORDS[event.status].sentence,
    relation: relationLabel(event.relation),
    headline: event.headline,
    hedged: sources.some((s) => s.hedged),
    hedges: distinctSorted(sources.flatMap((s) => (s.hedge ? [s.hedge] : []))),
    corroboration: documentIds.length > 1 ? documentIds.length : null,
    attributions: distinctSorted(sources.flatMap((s) => (s.attribution === null ? [] : [s.attribution]))),
    unattributed: sources.some((s) => s.attribution === null),
    sources,
    year: event.date.start.slice(0, 4),
    documentIds,
    change: marks.get(event.id) ?? null,
    changeHref: marks.get(event.id) === 'changed' ? links.change(event.id) : null,
    conflicts: (event.conflicts ?? [])
      .map((id) => byId.get(id))
      .filter((other): other is TimelineEvent => other !== undefined)
      .map((other) => ({ href: links.event(other), date: formatResolvedDate(other.date) })),
    cited: {
      sources: [...event.sources].sort(compareSources).map((s) => {
        const doc = documents.get(s.document);
        const url = linkableUrl(doc?.url ?? null);
        return {
          documentId: s.document,
          passageId: s.passage.id,
          title: titles.get(s.document) ?? s.document,
          publisher: doc?.publisher ?? null,
          author: doc?.author ?? null,
          published: doc?.published ?? null,
          url,
          // The published site's own page of the passage (whatever the links of this model), else the passage in the original.
          passageUrl: cite.baseUrl !== null ? downloadLink(documentHref(s.document, s.passage.id), cite.baseUrl) : url === null ? null : textFragmentUrl(url, s.passage.text),
        };
      }),
      accessed: cite.accessed,
    },
  };
}

/** "Cite this event": its source articles and passages in plain text, BibTeX and CSL-JSON, made from the view when it is rendered. */
export function eventCitation(view: EventView): EventCitation {
  return citeEvent(view.cited.sources, view.cited.accessed);
}
