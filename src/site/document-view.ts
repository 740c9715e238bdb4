import type { Span, TimelineDocument } from '../types.ts';
import { documentBlocks, nonOverlappingMentions, segmentSpan } from './document-text.ts';
import { formatTimexValue } from './format-date.ts';
import { textFragmentUrl } from './text-fragment.ts';
import { linkableUrl, type SiteLinks } from './site-links.ts';
import { PUBLISHED_FROM } from './site-wording.ts';
import { distinctSorted } from '../sort-text.ts';
import type { DocumentEvent } from './event-view.ts';
import type { DocumentSummary, DocumentView, PassageView } from './site-views.ts';

/** What the site shows of a document outside its own text: title, dates, publisher, links, counts. */
export function documentSummary(doc: TimelineDocument, eventCount: number, undatedCount: number, links: SiteLinks): DocumentSummary {
  const url = linkableUrl(doc.url);
  return {
    id: doc.id,
    href: links.document(doc.id),
    title: doc.title,
    path: doc.path,
    published: doc.published === null ? null : formatTimexValue(doc.published),
    publishedFrom: doc.publishedFrom === null ? 'unknown' : PUBLISHED_FROM[doc.publishedFrom],
    publisher: doc.publisher,
    author: doc.author,
    mode: doc.mode,
    url,
    unlinkedUrl: url === null ? doc.url : null,
    eventCount,
    undatedCount,
  };
}

/** A document's text as its page shows it: passages and chrome, cut at statements and date mentions, with back-links to `listed`. */
export function documentTextBlocks(doc: TimelineDocument, listed: DocumentEvent[], links: SiteLinks): DocumentView['blocks'] {
  const url = linkableUrl(doc.url);
  const mentions = nonOverlappingMentions(doc.mentions);
  const backLinks = new Map<string, PassageView['events']>();
  const statements = new Map<string, Span[]>();
  listed.forEach(({ view, sources }) => {
    for (const passageId of distinctSorted(sources.map((s) => s.passage.id))) {
      const list = backLinks.get(passageId) ?? [];
      list.push({ href: view.href, headline: view.headline, date: view.date });
      backLinks.set(passageId, list);
    }
    for (const source of sources) {
      const list = statements.get(source.passage.id);
      if (list) list.push(source.statement);
      else statements.set(source.passage.id, [source.statement]);
    }
  });
  const passageView = ({ passage, span }: { passage: TimelineDocument['passages'][number] | null; span: { start: number; end: number; text: string } }): PassageView => ({
    id: passage?.id ?? null,
    anchor: passage ? links.passageAnchor(doc.id, passage.id) : null,
    kind: passage?.kind ?? 'chrome',
    segments: segmentSpan(doc.text, span, mentions, links.notePrefix(doc.id), (passage && statements.get(passage.id)) ?? []),
    embedAuthor: passage?.embedAuthor ?? null,
    events: (passage && backLinks.get(passage.id)) ?? [],
    originalHref: url !== null && passage && backLinks.has(passage.id) ? textFragmentUrl(url, passage.text) : null,
  });
  return documentBlocks(doc).map((block) =>
    block.kind === 'passage' ? { kind: 'passage', passage: passageView(block.passage) } : { kind: 'chrome', items: block.items.map(passageView) },
  );
}
