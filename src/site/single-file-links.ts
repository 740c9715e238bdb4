import { changeAnchor } from './comparison-view.ts';
import type { SiteLinks } from './site-links.ts';

/**
 * Links inside the single file: every page of the site becomes a part of one page, so a link
 * is a fragment. An article's ids start with `site-doc-<id>/` (document ids hold no `/`, and
 * the `site-` prefix is the site's own), so passages of different articles never collide.
 */
export function documentAnchor(documentId: string): string {
  return `site-doc-${documentId}`;
}

export const SINGLE_FILE_LINKS: SiteLinks = {
  document: (documentId, passageId) =>
    `#${encodeURIComponent(documentAnchor(documentId))}${passageId === undefined ? '' : `/p/${encodeURIComponent(passageId)}`}`,
  event: (event) => `#${encodeURIComponent(event.id)}`,
  period: (period) => `#${period.id}`,
  group: (_period, group) => `#${group.id}`,
  passageAnchor: (documentId, passageId) => `${documentAnchor(documentId)}/p/${passageId}`,
  notePrefix: (documentId) => `${documentAnchor(documentId)}/note-`,
  change: (eventId) => `#${encodeURIComponent(changeAnchor(eventId))}`,
};
