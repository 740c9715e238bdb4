import type { DateRelation, EventSource, Span, FactualityStatus, Timeline, TimelineDocument, TimelineEvent } from '../../src/types.ts';
import { dateInterval } from '../../src/dates/index.ts';
import { eventIdFor, statementWithoutDate } from '../../src/events/extract-events.ts';
import { eventStatus } from '../../src/events/read-factuality.ts';
import { documentIdFor } from '../../src/load/read-articles.ts';
import { orderEvents } from '../../src/timeline/order-events.ts';

/**
 * Small, valid timelines written as a list of dated statements. Each statement becomes a
 * passage of its document's text; ids come from the pipeline's own id functions, so a
 * fixture behaves as a built corpus would (an edited statement gets a new id).
 */

export interface SourceSpec {
  doc: string;
  statement: string;
  /** The date expression inside the statement (default: the event's value). */
  mention?: string;
  attribution?: string | null;
  hedge?: string;
  /** What the statement says of its event (default `happened`). */
  status?: FactualityStatus;
}

export interface EventSpec {
  value: string;
  sources: SourceSpec[];
  relation?: DateRelation;
  headline?: string;
  /** Only to force an id (hand-made input); by default derived as the pipeline does. */
  id?: string;
}

/** A one-source event: `ev('a.txt', 'The flood came in 2019.', '2019')`. */
export function ev(doc: string, statement: string, value: string, extra: Partial<SourceSpec> & Omit<EventSpec, 'value' | 'sources'> = {}): EventSpec {
  const { relation, headline, id, ...source } = extra;
  const spec: EventSpec = { value, sources: [{ doc, statement, ...source }] };
  if (relation) spec.relation = relation;
  if (headline) spec.headline = headline;
  if (id) spec.id = id;
  return spec;
}

export function timelineOf(specs: readonly EventSpec[], options: { documentIds?: Record<string, string> } = {}): Timeline {
  const statements = new Map<string, string[]>();
  for (const spec of specs) {
    for (const s of spec.sources) {
      const list = statements.get(s.doc) ?? [];
      if (!list.includes(s.statement)) list.push(s.statement);
      statements.set(s.doc, list);
    }
  }
  const documents: TimelineDocument[] = [...statements.keys()].sort().map((docPath) => {
    const text = statements.get(docPath)!.join('\n\n');
    let at = 0;
    const passages = statements.get(docPath)!.map((statement, i) => {
      const start = at;
      at += statement.length + 2;
      return { id: `p-${docPath}-${i}`, kind: 'body' as const, start, end: start + statement.length, text: statement };
    });
    return {
      id: options.documentIds?.[docPath] ?? documentIdFor(docPath),
      path: docPath,
      title: docPath,
      published: null,
      publishedFrom: null,
      url: null,
      publisher: null,
      author: null,
      mode: 'news',
      text,
      passages,
      mentions: [],
      chrome: [],
    };
  });
  const byPath = new Map(documents.map((d) => [d.path, d]));
  const occurrences = new Map<string, number>();
  const statementId = (s: SourceSpec, statement: Span, mention: Span) => {
    const key = `${s.doc}\u0000${statementWithoutDate(statement, mention)}`;
    const n = occurrences.get(key) ?? 0;
    occurrences.set(key, n + 1);
    return eventIdFor(s.doc, statement, mention, n);
  };
  const events: TimelineEvent[] = specs.map((spec) => {
    const date = dateInterval(spec.value);
    if (!date) throw new Error(`fixture: ${spec.value} is not a calendar date`);
    const sources: EventSource[] = spec.sources.map((s) => {
      const document = byPath.get(s.doc)!;
      const passage = document.passages.find((p) => p.text === s.statement)!;
      const mentionText = s.mention ?? spec.value;
      const offset = s.statement.indexOf(mentionText);
      if (offset === -1) throw new Error(`fixture: ${JSON.stringify(mentionText)} not in ${JSON.stringify(s.statement)}`);
      const statement = { start: passage.start, end: passage.end, text: passage.text };
      const mention = { start: passage.start + offset, end: passage.start + offset + mentionText.length, text: mentionText };
      const source: EventSource = {
        id: statementId(s, statement, mention),
        document: document.id,
        passage: { id: passage.id, start: passage.start, end: passage.end, text: passage.text },
        statement,
        mention,
        attribution: s.attribution === undefined ? 'Example Wire' : s.attribution,
        hedged: s.hedge !== undefined,
        status: s.status ?? 'happened',
        statusCues: [],
      };
      if (s.hedge !== undefined) source.hedge = s.hedge;
      return source;
    });
    const first = spec.sources[0]!;
    // As the pipeline does: an event takes the id of its first (primary) statement, merged or not.
    const event: TimelineEvent = {
      id: spec.id ?? sources[0]!.id!,
      date,
      relation: spec.relation ?? (date.granularity === 'day' ? 'on' : 'in'),
      headline: spec.headline ?? first.statement,
      status: eventStatus(sources.map((s) => s.status)),
      sources,
    };
    if (new Set(sources.map((s) => s.document)).size > 1) event.corroboration = new Set(sources.map((s) => s.document)).size;
    return event;
  });
  return { documents, events: orderEvents(events), undated: [], diagnostics: [] };
}
