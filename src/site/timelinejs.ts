import type { FactualityStatus, Granularity, Timeline, TimelineEvent } from '../types.ts';
import { STATUS_WORDS } from './status-words.ts';
import { formatResolvedDate, relationLabel } from './format-date.ts';
import { escapeHtml } from './html.ts';
import { compareSources, documentHref } from './site-model.ts';
import { orderEvents } from '../timeline/order-events.ts';

/** A TimelineJS3 date: only the parts the event's granularity knows. */
interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

interface TimelineJsEvent {
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

const KEEP: Partial<Record<Granularity, 'year' | 'month' | 'day'>> = { year: 'year', month: 'month', day: 'day' };

function dates(event: TimelineEvent): Pick<TimelineJsEvent, 'start_date' | 'end_date'> {
  const { date } = event;
  const keep = KEEP[date.granularity];
  // A period ("from 2009 to 2011") has both ends, at the granularity of its first part.
  if (date.rangeEnd) return { start_date: parts(date.start, keep ?? 'day'), end_date: parts(date.end, keep ?? 'day') };
  if (keep) return { start_date: parts(date.start, keep) };
  const time = date.granularity === 'time' ? /T(\d{2}):(\d{2})/.exec(date.value) : null;
  if (time) return { start_date: { ...parts(date.start, 'day'), hour: Number(time[1]), minute: Number(time[2]) } };
  // Weeks, seasons, quarters, halves, decades, centuries: the interval, shown by its label.
  return { start_date: parts(date.start, 'day'), end_date: parts(date.end, 'day') };
}

/**
 * The timeline as TimelineJS3 JSON. TimelineJS renders `text` fields as HTML, so the
 * corpus text in them is escaped here; source links are relative to the site's root folder.
 */
export function timelineJs(timeline: Timeline, title: string): TimelineJsDocument {
  const titles = new Map(timeline.documents.map((d) => [d.id, d.title]));
  return {
    title: {
      text: {
        headline: escapeHtml(title),
        text: escapeHtml(`${timeline.events.length} events read from ${timeline.documents.length} articles.`),
      },
    },
    events: orderEvents(timeline.events).map((event) => {
      const label = formatResolvedDate(event.date).label;
      const relation = relationLabel(event.relation);
      const sources = [...event.sources]
        .sort(compareSources)
        .map((s) => {
          const who = s.attribution === null ? 'not attributed' : `according to ${s.attribution}`;
          const hedge = s.hedged ? `, hedged (${s.hedge ?? 'hedged'})` : '';
          const cues = s.statusCues.length > 0 ? ` (${s.statusCues.map((c) => `“${c.text}”`).join(' ')})` : '';
          return `<li><a href="${escapeHtml(documentHref(s.document, s.passage.id).slice(1))}">${escapeHtml(titles.get(s.document) ?? s.document)}</a>: ${escapeHtml(`${who}${hedge}; ${STATUS_WORDS[s.status].label.toLowerCase()}${cues}`)}</li>`;
        })
        .join('');
      return {
        unique_id: event.id,
        ...dates(event),
        display_date: escapeHtml(relation === null ? label : `${relation} ${label}`),
        text: { headline: escapeHtml(event.headline), text: `<p><strong>${STATUS_WORDS[event.status].label}</strong>: ${escapeHtml(STATUS_WORDS[event.status].sentence)}</p><ul>${sources}</ul>` },
        group: event.date.start.slice(0, 4),
        status: event.status,
      };
    }),
  };
}
