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
  'status',
  'document_id',
  'document_title',
  'passage_id',
  'passage_link',
  'attribution',
  'hedged',
  'hedge',
  'source_status',
  'status_cues',
  'statement',
] as const;

/**
 * Text a spreadsheet would run as a formula: = + - @ (or their full-width forms, which some
 * spreadsheets fold) first, after any spaces, or a tab or carriage return first.
 */
const FORMULA_START = /^(?:[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\r])/u;

/**
 * A cell as RFC 4180 wants it, quoted when needed. A formula gets a leading apostrophe: the
 * corpus is untrusted. A semicolon or tab also quotes the cell, so a spreadsheet that splits
 * at them (`;` in many locales) cannot start a new cell, and a formula, inside it.
 */
export function csvCell(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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
        event.status,
        s.document,
        titles.get(s.document) ?? null,
        s.passage.id,
        documentHref(s.document, s.passage.id).slice(1),
        s.attribution,
        s.hedged,
        s.hedge ?? null,
        s.status,
        s.statusCues.map((c) => c.text).join(' | '),
        s.statement.text,
      ]),
  );
  return [COLUMNS, ...rows].map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}
