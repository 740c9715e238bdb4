import type { TimelineEvent } from '../types.ts';
import { changeAnchor } from './comparison-view.ts';
import { periodOf } from './event-period.ts';

export function documentHref(documentId: string, passageId?: string): string {
  return `/documents/${encodeURIComponent(documentId)}.html${passageId === undefined ? '' : `#${encodeURIComponent(passageId)}`}`;
}

export function periodHref(slug: string): string {
  return `/years/${encodeURIComponent(slug)}.html`;
}

/** An event's permalink: on the page of its period, which only its own date decides, anchored by its stable id. */
export function eventHref(event: Pick<TimelineEvent, 'id' | 'date'>): string {
  return `${periodHref(periodOf(event.date).slug)}#${encodeURIComponent(event.id)}`;
}

/**
 * Where the model's links point. The site links pages to pages (site-root URLs, made relative
 * by the URL transform); the single file links inside itself.
 */
export interface SiteLinks {
  document(documentId: string, passageId?: string): string;
  event(event: Pick<TimelineEvent, 'id' | 'date'>): string;
  period(period: { id: string; slug: string }): string;
  /** The `id` a passage element gets. */
  passageAnchor(documentId: string, passageId: string): string;
  /** The prefix of a document's mention-note ids (unique on the page). */
  notePrefix(documentId: string): string;
  /** A changed event's entry on the "What changed" page. */
  change(eventId: string): string;
}

export const SITE_LINKS: SiteLinks = {
  document: documentHref,
  event: eventHref,
  period: (period) => periodHref(period.slug),
  passageAnchor: (_documentId, passageId) => passageId,
  notePrefix: () => 'site-note-',
  change: (eventId) => `/changes.html#${encodeURIComponent(changeAnchor(eventId))}`,
};

/** Only http(s) URLs become links: a `javascript:` or `data:` URL in front matter stays text. */
export function linkableUrl(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
