import { DEFAULT_SITE_CONFIG, type SiteConfig } from '../load/read-site-config.ts';
import type { FactualityStatus, Granularity, Timeline, TimelineDocument, TimelineEvent } from '../types.ts';
import { STATUS_WORDS } from './status-words.ts';
import { formatResolvedDate, relationLabel } from './format-date.ts';
import { escapeHtml } from './html.ts';
import { downloadLink } from './download-link.ts';
import { orderEvents } from '../timeline/order-events.ts';
import { compareSources } from './order-sources.ts';
import { documentHref, linkableUrl } from './site-links.ts';
import { textFragmentUrl } from './text-fragment.ts';

/** A TimelineJS3 date: only the parts the event's granularity knows. */
interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

export interface TimelineJsEvent {
  unique_id: string;
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date: string;
  text: { headline: string; text: string };
  group: string;
  /** Not a TimelineJS field (it ignores it): the event's status, for whoever reads the JSON. */
  status: FactualityStatus;
}

export interface TimelineJsDocument {
  title: { text: { headline: string; text: string } };
  events: TimelineJsEvent[];
}

function parts(iso: string, keep: 'year' | 'month' | 'day'): TimelineJsDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  if (keep === 'year') return { year };
  if (keep === 'month') return { year, month };
  return { year, month, day };
}

/** Where TimelineJS starts a date known to this granularity: only the parts it knows. */
const KEEP: Partial<Record<Granularity, 'year' | 'month'>> = { year: 'year', month: 'month' };

/**
 * A day is a point; every coarser date (a month, a year, a season, a decade) is drawn as the
 * span it is, to its last day, so "2014" is not drawn as 1 January.
 */
function dates(event: TimelineEvent): Pick<TimelineJsEvent, 'start_date' | 'end_date'> {
  const { date } = event;
  // A period ("from 2009 to 2011") has both ends, at the granularity of its first part.
  if (date.rangeEnd) {
    const keep = KEEP[date.granularity] ?? 'day';
    return { start_date: parts(date.start, keep), end_date: parts(date.end, keep) };
  }
  if (date.granularity === 'day') return { start_date: parts(date.start, 'day') };
  const time = date.granularity === 'time' ? /T(\d{2}):(\d{2})/.exec(date.value) : null;
  if (time) return { start_date: { ...parts(date.start, 'day'), hour: Number(time[1]), minute: Number(time[2]) } };
  return { start_date: parts(date.start, KEEP[date.granularity] ?? 'day'), end_date: parts(date.end, 'day') };
}

/** The row TimelineJS draws an event in: its first source's publisher, else that article's title. */
function sourceGroup(doc: TimelineDocument | undefined, documentId: string): string {
  return doc?.publisher ?? doc?.title ?? documentId;
}

/**
 * The timeline as TimelineJS3 JSON. TimelineJS renders `text` fields as HTML, so the corpus
 * text in them is escaped here. Each slide quotes its passages, links each to its place on the
 * site and to the original article (its `url`, with a text fragment). Links to the site are
 * absolute under the configured base URL (so the export works embedded in another page), and
 * relative to the site's root folder without one.
 */
export function timelineJs(timeline: Timeline, config: SiteConfig = DEFAULT_SITE_CONFIG): TimelineJsDocument {
  const { head, ordered, slide } = timelineJsParts(timeline, config);
  return { ...head, events: ordered.map(slide) };
}

/**
 * The TimelineJS document as `timelineJs` makes it, in parts: its events in order, each slide
 * made by `slide` when it is written, so that a large one is written without being held whole
 * (write-downloads.ts): `{ ...head, events: ordered.map(slide) }` is `timelineJs`.
 */
export function timelineJsParts(
  timeline: Timeline,
  config: SiteConfig = DEFAULT_SITE_CONFIG,
): { head: Omit<TimelineJsDocument, 'events'>; ordered: TimelineEvent[]; slide: (event: TimelineEvent) => TimelineJsEvent } {
  const documents = new Map(timeline.documents.map((d) => [d.id, d]));
  const lead = [
    config.description,
    `${timeline.events.length} events read from ${timeline.documents.length} articles${config.publisher === null ? '' : `, published by ${config.publisher}`}.`,
  ].flatMap((line) => (line === null ? [] : [`<p>${escapeHtml(line)}</p>`]));
  const head = { title: { text: { headline: escapeHtml(config.title), text: lead.join('') } } };
  const slide = (event: TimelineEvent): TimelineJsEvent => {
    const label = formatResolvedDate(event.date).label;
    const relation = relationLabel(event.relation);
    const sources = [...event.sources].sort(compareSources);
    const quotes = sources
      .map((s) => {
        const doc = documents.get(s.document);
        const title = doc?.title ?? s.document;
        const who = s.attribution === null ? 'not attributed' : `according to ${s.attribution}`;
        const hedge = s.hedged ? `, hedged (${s.hedge ?? 'hedged'})` : '';
        const cues = s.statusCues.length > 0 ? ` (${s.statusCues.map((c) => `“${c.text}”`).join(' ')})` : '';
        const passageLink = downloadLink(documentHref(s.document, s.passage.id), config.baseUrl);
        const url = linkableUrl(doc?.url ?? null);
        const original = url === null ? '' : ` · <a href="${escapeHtml(textFragmentUrl(url, s.passage.text))}">the original article</a>`;
        return (
          `<blockquote>${escapeHtml(s.passage.text)}</blockquote>` +
          `<p><a href="${escapeHtml(passageLink)}">${escapeHtml(title)}</a>${original}: ${escapeHtml(`${who}${hedge}; ${STATUS_WORDS[s.status].label.toLowerCase()}${cues}`)}</p>`
        );
      })
      .join('');
    return {
      unique_id: event.id,
      ...dates(event),
      display_date: escapeHtml(relation === null ? label : `${relation} ${label}`),
      text: {
        headline: escapeHtml(event.headline),
        text: `<p><strong>${STATUS_WORDS[event.status].label}</strong>: ${escapeHtml(STATUS_WORDS[event.status].sentence)}</p>${quotes}`,
      },
      group: sources[0] === undefined ? '' : escapeHtml(sourceGroup(documents.get(sources[0].document), sources[0].document)),
      status: event.status,
    };
  };
  const ordered = orderEvents(timeline.events);
  return { head, ordered, slide };
}
