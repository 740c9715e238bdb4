import type { Timeline } from '../types.ts';
import { compareSources, documentHref } from './site-model.ts';
import { orderEvents } from '../timeline/order-events.ts';

const COLUMNS = [
  'event_id',
  'date_value',
  'date_start',
  'date_end',
  'granularity',
  'relation',
  'headline',
  'document_id',
  'document_title',
  'passage_id',
  'passage_link',
  'attribution',
  'hedged',
  'hedge',
  'statement',
] as const;

/**
 * A cell as RFC 4180 wants it, quoted when needed. Text that a spreadsheet would run as a
 * formula (starting with = + - @) gets a leading apostrophe: the corpus is untrusted.
 */
function cell(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per event and source, in timeline order; links relative to the site's root folder. */
export function timelineCsv(timeline: Timeline): string {
  const titles = new Map(timeline.documents.map((d) => [d.id, d.title]));
  const rows = orderEvents(timeline.events).flatMap((event) =>
    [...event.sources]
      .sort(compareSources)
      .map((s) => [
        event.id,
        event.date.value,
        event.date.start,
        event.date.end,
        event.date.granularity,
        event.relation,
        event.headline,
        s.document,
        titles.get(s.document) ?? null,
        s.passage.id,
        documentHref(s.document, s.passage.id).slice(1),
        s.attribution,
        s.hedged,
        s.hedge ?? null,
        s.statement.text,
      ]),
  );
  return [COLUMNS, ...rows].map((row) => row.map(cell).join(',') + '\r\n').join('');
}
