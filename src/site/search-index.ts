import type { Timeline } from '../types.ts';
import { formatResolvedDate, relationLabel } from './format-date.ts';
import { timelineSiteLinks, type SiteLinks } from './site-links.ts';
import { orderEvents } from '../timeline/order-events.ts';

/**
 * What the timeline page searches, written as a classic script (`window.TIMELINE_SEARCH = …`):
 * a `<script src>` loads from file:// where fetch() and module scripts cannot.
 */
export interface SearchIndex {
  /**
   * Per event: where it is, how it reads in a list of hits, and what is searched (its headline,
   * statements, who asserts them and their articles' titles, normalised). The rest of a source
   * passage is found through `passages`.
   */
  events: Array<{ id: string; href: string; date: string; headline: string; text: string }>;
  /**
   * Every passage of every article, for full-text hits outside the events. Links are relative to
   * the site root. The page script folds `excerpt` itself: the index is megabytes for a large corpus.
   */
  passages: Array<{ href: string; document: string; excerpt: string }>;
}

/** Lower case without diacritics, whitespace collapsed: the same folding the page script applies to a query. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Site-root links become relative to the root folder, where the page that loads the index is; in-file links stay. */
function fromRoot(url: string): string {
  return url.startsWith('/') ? url.slice(1) : url;
}

export function searchIndex(timeline: Timeline, links: SiteLinks = timelineSiteLinks(timeline)): SearchIndex {
  const titles = new Map(timeline.documents.map((d) => [d.id, d.title]));
  return {
    events: orderEvents(timeline.events).map((event) => ({
      id: event.id,
      href: fromRoot(links.event(event)),
      date: [relationLabel(event.relation), formatResolvedDate(event.date).label].filter((part) => part !== null).join(' '),
      headline: event.headline,
      text: foldForSearch(
        [event.headline, ...event.sources.flatMap((s) => [s.statement.text, s.attribution ?? '', titles.get(s.document) ?? ''])].join(' '),
      ),
    })),
    passages: [...timeline.documents]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .flatMap((doc) =>
        doc.passages
          .filter((p) => p.kind !== 'chrome')
          .map((p) => ({
            href: fromRoot(links.document(doc.id, p.id)),
            document: doc.title,
            excerpt: p.text.replace(/\s+/g, ' ').trim(),
          })),
      ),
  };
}

/** The index as a classic script. JSON is valid JavaScript; `<` is escaped so no `</script>` can ever appear. */
export function searchIndexScript(index: SearchIndex): string {
  return `window.TIMELINE_SEARCH = ${JSON.stringify(index).replace(/</g, '\\u003c')};\n`;
}
