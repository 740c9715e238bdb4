import { DEFAULT_SITE_CONFIG, type SiteConfig } from '../load/read-site-config.ts';
import type { EventSource, Timeline, TimelineDocument, TimelineEvent } from '../types.ts';
import { downloadLink } from './download-link.ts';
import { formatResolvedDate, relationLabel } from './format-date.ts';
import { orderEvents } from '../timeline/order-events.ts';
import { compareSources } from './order-sources.ts';
import { documentHref, linkableUrl } from './site-links.ts';

type Cell = string | number | boolean | null;

/** One row of the CSV: an event, one of its sources, and that source's article. */
interface Row {
  event: TimelineEvent;
  source: EventSource;
  doc: TimelineDocument | undefined;
  config: SiteConfig;
}

/** The date as the site shows it: "Since January 2014", "13 October 2019". */
function displayDate(event: TimelineEvent): string {
  const label = formatResolvedDate(event.date).label;
  const relation = relationLabel(event.relation);
  return relation === null ? label : `${relation} ${label}`;
}

/** The columns, in order: a column is a line here. */
const COLUMNS: ReadonlyArray<readonly [string, (row: Row) => Cell]> = [
  ['event_id', (r) => r.event.id],
  ['display_date', (r) => displayDate(r.event)],
  ['date_value', (r) => r.event.date.value],
  ['date_start', (r) => r.event.date.start],
  ['date_end', (r) => r.event.date.end],
  ['granularity', (r) => r.event.date.granularity],
  ['relation', (r) => r.event.relation],
  ['headline', (r) => r.event.headline],
  ['status', (r) => r.event.status],
  ['corroboration', (r) => new Set(r.event.sources.map((s) => s.document)).size],
  ['document_id', (r) => r.source.document],
  ['document_title', (r) => r.doc?.title ?? null],
  ['publisher', (r) => r.doc?.publisher ?? null],
  ['published', (r) => r.doc?.published ?? null],
  ['url', (r) => linkableUrl(r.doc?.url ?? null)],
  ['passage_id', (r) => r.source.passage.id],
  ['passage_link', (r) => downloadLink(documentHref(r.source.document, r.source.passage.id), r.config.baseUrl)],
  ['attribution', (r) => r.source.attribution],
  ['hedged', (r) => r.source.hedged],
  ['hedge', (r) => r.source.hedge ?? null],
  ['source_status', (r) => r.source.status],
  ['status_cues', (r) => r.source.statusCues.map((c) => c.text).join(' | ')],
  ['statement', (r) => r.source.statement.text],
];

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
export function csvCell(value: Cell): string {
  let text = value === null ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Excel reads a CSV without it in the machine's legacy code page, garbling "Akçakale" and curly quotes. */
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * One row per event and source, in timeline order, after a UTF-8 byte-order mark. Passage
 * links are absolute under the configured base URL, else relative to the site's root folder.
 */
export function timelineCsv(timeline: Timeline, config: SiteConfig = DEFAULT_SITE_CONFIG): string {
  const { head, ordered, rows } = timelineCsvParts(timeline, config);
  return head + ordered.map(rows).join('');
}

/**
 * The CSV as `timelineCsv` makes it, in parts: `head + ordered.map(rows).join('')` is
 * `timelineCsv`, `rows(event)` the lines of one event (one per source), so that each event's
 * lines can be written, or kept, on their own (write-downloads.ts).
 */
export function timelineCsvParts(timeline: Timeline, config: SiteConfig = DEFAULT_SITE_CONFIG): { head: string; ordered: TimelineEvent[]; rows: (event: TimelineEvent) => string } {
  const documents = new Map(timeline.documents.map((d) => [d.id, d]));
  const line = (cells: Cell[]): string => cells.map(csvCell).join(',') + '\r\n';
  const rows = (event: TimelineEvent): string =>
    [...event.sources]
      .sort(compareSources)
      .map((source) => {
        const row: Row = { event, source, doc: documents.get(source.document), config };
        return line(COLUMNS.map(([, value]) => value(row)));
      })
      .join('');
  return { head: BYTE_ORDER_MARK + line(COLUMNS.map(([name]) => name)), ordered: orderEvents(timeline.events), rows };
}
