import type { Timeline } from '../types.ts';
import { compareEvents, documentHref } from './site-model.ts';

/**
 * What the timeline page searches, written as a classic script (`window.TIMELINE_SEARCH = …`):
 * a `<script src>` loads from file:// where fetch() and module scripts cannot.
 */
export interface SearchIndex {
  /** Per event: its headline, statements, source passages and who asserts it, normalised. */
  events: Array<{ id: string; text: string }>;
  /** Every passage of every article, for full-text hits outside the events. Links are relative to the site root. */
  passages: Array<{ href: string; document: string; excerpt: string; text: string }>;
}

/** Lower case without diacritics, whitespace collapsed: the same folding the page script applies to a query. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function searchIndex(timeline: Timeline): SearchIndex {
  const titles = new Map(timeline.documents.map((d) => [d.id, d.title]));
  return {
    events: [...timeline.events].sort(compareEvents).map((event) => ({
      id: event.id,
      text: foldForSearch(
        [event.headline, ...event.sources.flatMap((s) => [s.passage.text, s.attribution ?? '', titles.get(s.document) ?? ''])].join(' '),
      ),
    })),
    passages: [...timeline.documents]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .flatMap((doc) =>
        doc.passages
          .filter((p) => p.kind !== 'chrome')
          .map((p) => ({
            href: documentHref(doc.id, p.id).slice(1),
            document: doc.title,
            excerpt: p.text.replace(/\s+/g, ' ').trim(),
            text: foldForSearch(p.text),
          })),
      ),
  };
}

/** The index as a classic script. JSON is valid JavaScript; `<` is escaped so no `</script>` can ever appear. */
export function searchIndexScript(index: SearchIndex): string {
  return `window.TIMELINE_SEARCH = ${JSON.stringify(index).replace(/</g, '\\u003c')};\n`;
}
