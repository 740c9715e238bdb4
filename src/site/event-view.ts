import type { TimelineDocument, TimelineEvent } from '../types.ts';
import type { ChangeMark } from '../diff/change-marks.ts';
import { formatResolvedDate, formatTimexValue, relationLabel, type DateLabel } from './format-date.ts';
import { STATUS_WORDS } from './status-words.ts';
import { compareSources } from './order-site-events.ts';
import { linkableUrl, type SiteLinks } from './site-links.ts';
import { distinctSorted } from './sort-text.ts';
import type { EventView, SourceView } from './site-views.ts';

/** An event in timeline order, with its view. */
export type ListedEvent = { event: TimelineEvent; view: EventView };

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
  };
}
