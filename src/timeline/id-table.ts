import { createHash } from 'node:crypto';
import type { Span, Timeline, TimelineDocument } from '../types.ts';
import { normaliseStatement, type MatchableEvent } from '../diff/match-events.ts';

/**
 * What carrying ids (./carry-ids.ts) reads of the timeline a previous build published, and no
 * more: each document's id, path and its passages' ids with a key of their text (`passageKey`),
 * and each event's id, date value, former ids and statements (id, document, the statement and
 * its date mention). At 10,000 articles it is a few MB where `timeline.json` is 155 MB, so a
 * rebuild keeps it in the cache (`AnalysisCache.getIdTable`) and reads it instead.
 */
export interface IdTable {
  kind: 'id-table';
  documents: IdTableDocument[];
  events: PreviousEvent[];
}

export interface IdTableDocument {
  id: string;
  path: string;
  /** `documentDigest` of the document: the same digest, the same passages (ids aside). */
  digest: string;
  /** Each passage's id and `passageKey` of its text, in order. */
  passages: Array<[id: string, key: string]>;
}

export interface PreviousEvent extends MatchableEvent {
  sources: Array<{ id?: string; document: string; statement: Span; mention: Span }>;
  formerIds?: string[];
}

/**
 * A passage's text as carrying compares it: a hash (128 bits) of its text with whitespace
 * folded. Two passages pair when their keys are equal, that is when their folded texts are.
 */
export function passageKey(text: string): string {
  return createHash('sha256').update(normaliseStatement(text)).digest('base64url').slice(0, 22);
}

/**
 * A hash of a document's text and its passages' places: two documents with the same digest have
 * passages of the same texts in the same order (a passage is the slice of its document's text at
 * its offsets: validate-timeline.ts), so carrying pairs them one to one without comparing texts.
 */
export function documentDigest(document: Pick<TimelineDocument, 'text' | 'passages'>): string {
  const places = document.passages.map((p) => `${p.start}:${p.end}`).join(',');
  return createHash('sha256').update(document.text).update('\0').update(places).digest('base64url').slice(0, 22);
}

const span = (s: Span): Span => ({ start: s.start, end: s.end, text: s.text });

/** Of each document of a table, by its digest, its passages' keys in order: what `idTableOf` need not compute again for a document of the same digest. */
export function passageKeysByDigest(table: IdTable): Map<string, string[]> {
  return new Map(table.documents.map((d) => [d.digest, d.passages.map(([, key]) => key)]));
}

/**
 * The id table of a timeline (what carrying its ids into a rebuild reads). `known`: passage keys
 * by document digest (`passageKeysByDigest` of the previous table): a document of a known digest
 * has passages of the same texts in the same order, so their keys are taken, not computed again.
 */
export function idTableOf(timeline: Pick<Timeline, 'documents' | 'events'>, known?: ReadonlyMap<string, readonly string[]>): IdTable {
  const passagesOf = (d: TimelineDocument, digest: string): Array<[string, string]> => {
    const keys = known?.get(digest);
    if (keys !== undefined && keys.length === d.passages.length) return d.passages.map((p, i): [string, string] => [p.id, keys[i]!]);
    return d.passages.map((p): [string, string] => [p.id, passageKey(p.text)]);
  };
  return {
    kind: 'id-table',
    documents: timeline.documents.map((d) => {
      const digest = documentDigest(d);
      return { id: d.id, path: d.path, digest, passages: passagesOf(d, digest) };
    }),
    events: timeline.events.map((e) => {
      const event: PreviousEvent = {
        id: e.id,
        date: { value: e.date.value },
        sources: e.sources.map((s) => ({ ...(s.id === undefined ? {} : { id: s.id }), document: s.document, statement: span(s.statement), mention: span(s.mention) })),
      };
      if (e.formerIds !== undefined) event.formerIds = e.formerIds;
      return event;
    }),
  };
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isSpan = (v: unknown): v is Span => {
  if (typeof v !== 'object' || v === null) return false;
  const { start, end, text } = v as Partial<Record<keyof Span, unknown>>;
  return Number.isInteger(start) && Number.isInteger(end) && isString(text);
};

/** A kept id table that does not look like one (truncated, another format) is not used: the previous `timeline.json` is read instead. */
export function looksLikeIdTable(value: unknown): value is IdTable {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, documents, events } = value as Partial<Record<keyof IdTable, unknown>>;
  if (kind !== 'id-table' || !Array.isArray(documents) || !Array.isArray(events)) return false;
  const document = (d: unknown) => {
    if (typeof d !== 'object' || d === null) return false;
    const { id, path, passages } = d as Partial<Record<keyof IdTableDocument, unknown>>;
    return isString(id) && isString(path) && isString((d as { digest?: unknown }).digest) && Array.isArray(passages) && passages.every((p) => Array.isArray(p) && p.length === 2 && isString(p[0]) && isString(p[1]));
  };
  const event = (e: unknown) => {
    if (typeof e !== 'object' || e === null) return false;
    const { id, date, sources, formerIds } = e as Partial<Record<keyof PreviousEvent, unknown>>;
    return (
      isString(id) && typeof date === 'object' && date !== null && isString((date as { value?: unknown }).value) &&
      (formerIds === undefined || (Array.isArray(formerIds) && formerIds.every(isString))) &&
      Array.isArray(sources) && sources.length > 0 &&
      sources.every((s: unknown) => {
        if (typeof s !== 'object' || s === null) return false;
        const r = s as Record<string, unknown>;
        return (r.id === undefined || isString(r.id)) && isString(r.document) && isSpan(r.statement) && isSpan(r.mention);
      })
    );
  };
  return documents.every(document) && events.every(event);
}
