import type { Timeline, TimelineEvent } from '../types.ts';
import { changeAnchor } from './comparison-view.ts';
import { periodOf } from './event-period.ts';
import { timelinePagePlan, type TimelinePagePlan } from './timeline-pages.ts';

export function documentHref(documentId: string, passageId?: string): string {
  return `/documents/${encodeURIComponent(documentId)}.html${passageId === undefined ? '' : `#${encodeURIComponent(passageId)}`}`;
}

export function periodHref(slug: string): string {
  return `/years/${encodeURIComponent(slug)}.html`;
}


/**
 * Where the model's links point. The site links pages to pages (site-root URLs, made relative
 * by the URL transform); the single file links inside itself.
 */
export interface SiteLinks {
  document(documentId: string, passageId?: string): string;
  event(event: Pick<TimelineEvent, 'id' | 'date'>): string;
  period(period: { id: string; slug: string }): string;
  /** A group's heading (a month, "Sometime in 2014"), on the page that lists it. */
  group(period: { id: string; slug: string }, group: { id: string; slug: string }): string;
  /** The `id` a passage element gets. */
  passageAnchor(documentId: string, passageId: string): string;
  /** The prefix of a document's mention-note ids (unique on the page). */
  notePrefix(documentId: string): string;
  /** A changed event's entry on the "What changed" page. */
  change(eventId: string): string;
}

/**
 * The site's links, for the pages `plan` cuts the timeline into (src/site/timeline-pages.ts): an
 * event's permalink is the page that lists it, anchored by its stable id. `changePageOf`: the
 * "What changed" page that lists each changed event (src/site/change-pages.ts), `changes.html`
 * for the others.
 */
export function siteLinks(plan: TimelinePagePlan, changePageOf: ReadonlyMap<string, string> = new Map()): SiteLinks {
  const split = new Set(plan.periods.filter((p) => p.parts.length > 0).map((p) => p.slug));
  return {
    document: documentHref,
    event: (event) => `${periodHref(plan.pageOf.get(event.id) ?? periodOf(event.date).slug)}#${encodeURIComponent(event.id)}`,
    period: (period) => periodHref(period.slug),
    group: (period, group) => `${periodHref(split.has(period.slug) ? group.slug : period.slug)}#${group.id}`,
    passageAnchor: (_documentId, passageId) => passageId,
    notePrefix: () => 'site-note-',
    change: (eventId) => `${changePageOf.get(eventId) ?? '/changes.html'}#${encodeURIComponent(changeAnchor(eventId))}`,
  };
}

/** The site's links for a timeline's events (siteLinks of its page plan). */
export function timelineSiteLinks(timeline: Pick<Timeline, 'events'>): SiteLinks {
  return siteLinks(timelinePagePlan(timeline.events));
}

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
