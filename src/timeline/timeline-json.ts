import { z } from 'zod';
import { jsonObjectPieces, writeChunks } from '../output/json-chunks.ts';
import { pieceTexts, writePieces, type KeptPieces, type Piece, type PieceTable } from '../output/keyed-pieces.ts';
import type { Span, TimelineEvent } from '../types.ts';
import type { ValidTimeline } from './validate-timeline.ts';
import { GRANULARITIES } from '../dates/granularity.ts';

/** The timeline JSON schema (README: "The timeline JSON"). Checked before anything is written or rendered. */
const span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() });
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const timexType = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);
const granularity = z.enum(GRANULARITIES);
const severity = z.enum(['error', 'warning', 'info']);
const factualityStatus = z.enum(['happened', 'ongoing', 'planned', 'expected', 'possible', 'denied']);
const resolvedDate = z.object({ value: z.string().min(1), start: isoDay, end: isoDay, granularity, mod: z.string().min(1).optional(), rangeEnd: z.string().min(1).optional() });

const passage = span.extend({
  id: z.string().min(1),
  kind: z.enum(['title', 'byline', 'body', 'heading', 'embed', 'chrome']),
  embedAuthor: z.string().optional(),
  embedSignature: span.optional(),
});

const mention = span.extend({
  type: timexType,
  value: z.string().min(1),
  anchor: z.enum(['absolute', 'dct', 'text']),
  unresolved: z.string().optional(),
  mod: z.string().optional(),
});

const passageRef = span.extend({ id: z.string().min(1) });
/** In the file, a source or undated mention names its passage by id (the text is in the document); timeline JSON written before that carried the whole span, and is still read. */
const passageField = z.union([z.string().min(1), passageRef]);

const source = z.object({
  id: z.string().min(1).optional(),
  document: z.string().min(1),
  passage: passageRef,
  statement: span,
  mention: span,
  attribution: z.string().nullable(),
  hedged: z.boolean(),
  hedge: z.string().optional(),
  status: factualityStatus,
  statusCues: z.array(span),
  subject: span.optional(),
  date: resolvedDate.optional(),
});

/** A timeline event as the program holds it, and as `timeline diff --format json` writes it (self-contained: each source carries its passage span). */
export const eventSchema = z.object({
  id: z.string().min(1),
  date: resolvedDate,
  relation: z.enum(['on', 'in', 'since', 'before', 'after', 'until', 'during']),
  headline: z.string().min(1),
  status: factualityStatus,
  sources: z.array(source).min(1),
  corroboration: z.number().int().positive().optional(),
  conflicts: z.array(z.string().min(1)).optional(),
  formerIds: z.array(z.string().min(1)).optional(),
});

/** The timeline JSON file: passages are written once, in their document; sources and undated mentions name them by id. */
export const timelineSchema = z.object({
  documents: z.array(
    z.object({
      id: z.string().min(1),
      path: z.string().min(1),
      title: z.string(),
      published: isoDay.nullable(),
      publishedFrom: z.enum(['front-matter', 'text']).nullable(),
      url: z.string().nullable(),
      publisher: z.string().nullable(),
      author: z.string().nullable(),
      mode: z.enum(['news', 'narrative']),
      text: z.string(),
      passages: z.array(passage),
      mentions: z.array(mention),
      chrome: z.array(span),
    }),
  ),
  events: z.array(eventSchema.extend({ sources: z.array(source.extend({ passage: passageField })).min(1) })),
  undated: z.array(
    z.object({
      document: z.string().min(1),
      mention: span.extend({ value: z.string(), type: timexType }),
      passage: passageField,
      reason: z.string().min(1),
    }),
  ),
  diagnostics: z.array(
    z.object({
      document: z.string(),
      line: z.number().int().positive(),
      column: z.number().int().positive(),
      severity,
      code: z.string().min(1),
      message: z.string().min(1),
    }),
  ),
});

/** The timeline as the file holds it: passages named by id. */
export type TimelineFile = z.infer<typeof timelineSchema>;
export type PassageRef = Span & { id: string };

/** Each document's passages by id. */
export function passageIndex(documents: readonly { id: string; passages: readonly PassageRef[] }[]): Map<string, Map<string, PassageRef>> {
  return new Map(documents.map((d) => [d.id, new Map(d.passages.map((p) => [p.id, p]))]));
}

/**
 * The timeline in the file's compact form: a source's or undated mention's passage is its id,
 * its text written once in its document (so the file grows with the corpus, not with
 * events times paragraphs). Throws when a passage named is not its document's passage with that id.
 */
export function compactTimeline(valid: ValidTimeline): TimelineFile {
  const passages = passageIndex(valid.documents);
  const problems: string[] = [];
  const ref = (document: string, where: string, p: PassageRef): string => {
    const own = passages.get(document)?.get(p.id);
    if (own === undefined || own.start !== p.start || own.end !== p.end) problems.push(`${where}: passage ${p.id} is not the passage of document "${document}" with that id`);
    return p.id;
  };
  const events = valid.events.map((e) => ({ ...e, sources: e.sources.map((s) => ({ ...s, passage: ref(s.document, `event ${e.id}`, s.passage) })) }));
  const undated = valid.undated.map((u, i) => ({ ...u, passage: ref(u.document, `undated ${i}`, u.passage) }));
  if (problems.length > 0) throw new Error(`invalid timeline:\n${problems.join('\n')}`);
  return { ...valid, events, undated };
}

/**
 * The timeline JSON text in pieces (one per document, event, undated mention, diagnostic), so
 * it is written without ever being one string (V8 caps a string near 512 MB). Joined, the
 * pieces are exactly `JSON.stringify(compactTimeline(timeline), null, 2)` and a newline.
 */
export function* timelineJsonChunks(timeline: ValidTimeline): Generator<string> {
  yield* pieceTexts(timelineJsonPieces(timeline));
}

/** The pieces of `timelineJsonChunks`; with `keyOf`, each event's piece keyed by its event. */
function timelineJsonPieces(timeline: ValidTimeline, keyOf?: (event: TimelineEvent) => string): Generator<Piece> {
  const file = compactTimeline(timeline);
  // The compact event at i is the event at i with its sources' passages named by id: a function of that event.
  const keys: Record<string, (item: unknown, index: number) => string> = keyOf === undefined ? {} : { events: (_, i) => keyOf(timeline.events[i]!) };
  return jsonObjectPieces({ documents: file.documents, events: file.events, undated: file.undated, diagnostics: file.diagnostics }, keys);
}

/** The timeline JSON as one string: two-space indented, one trailing newline; byte-identical for the same timeline. For small timelines; files are written with writeTimelineJson. */
export function serialiseTimeline(timeline: ValidTimeline): string {
  return [...timelineJsonChunks(timeline)].join('');
}

/**
 * The events' pieces of a file kept from one build to the next (src/site/download-pieces.ts):
 * each event's key (the same key only for an event whose piece is the same), the previous
 * file's pieces, and where the new file's pieces went.
 */
export interface EventPieces {
  keyOf(event: TimelineEvent): string;
  kept?: KeptPieces;
  done(table: PieceTable, kept: number): void;
}

/**
 * Writes the timeline JSON to a file as a stream of pieces (never one giant string). With
 * `pieces`, an event whose key the previous file holds is copied from it, not serialised again.
 */
export async function writeTimelineJson(timeline: ValidTimeline, file: string, pieces?: EventPieces): Promise<void> {
  if (pieces === undefined) {
    await writeChunks(timelineJsonChunks(timeline), file);
    return;
  }
  const written = await writePieces(timelineJsonPieces(timeline, (event) => pieces.keyOf(event)), file, pieces.kept);
  pieces.done(written.table, written.kept);
}
