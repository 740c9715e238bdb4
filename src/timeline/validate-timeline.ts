import { z } from 'zod';
import { passageIndex, timelineSchema, type PassageRef, type TimelineFile } from './timeline-json.ts';
import type { Span, Timeline } from '../types.ts';

/**
 * The one validation of a timeline, done once per build (by the caller that made or read
 * it) before anything is written or rendered: the timeline JSON schema (./timeline-json.ts)
 * and what every output relies on: every span is the slice of its document it claims to be,
 * every link points at a document and passage that exist, ids are unique and usable as file
 * names and anchors. A timeline that fails is a bug upstream (or a foreign JSON file), so
 * this throws with every problem listed instead of writing broken output.
 */

export class InvalidTimelineError extends Error {
  constructor(
    readonly problems: string[],
    options?: { cause: unknown },
  ) {
    super(`The timeline does not hold together (${problems.length} problem(s)):\n- ${problems.slice(0, 20).join('\n- ')}`, options);
    this.name = 'InvalidTimelineError';
  }
}

/** Document ids become file names (`documents/<id>.html`). */
const FILE_SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** Passage and event ids become `id` attributes; the site keeps the `site-` prefix for its own. */
const ANCHOR_ID = /^(?!site-)\S+$/;

function spanProblems(where: string, text: string, s: Span): string[] {
  if (s.start > s.end || s.end > text.length) return [`${where}: offsets ${s.start}-${s.end} fall outside the text (${text.length} characters)`];
  if (text.slice(s.start, s.end) !== s.text) return [`${where}: text ${JSON.stringify(s.text.slice(0, 40))} is not the slice ${s.start}-${s.end} of its document`];
  return [];
}

function invariantProblems(timeline: Timeline): string[] {
  const problems: string[] = [];
  const documents = new Map(timeline.documents.map((d) => [d.id, d]));
  if (documents.size !== timeline.documents.length) problems.push('document ids are not unique');
  const passageIds = new Map<string, Set<string>>();
  for (const doc of timeline.documents) {
    const where = `document ${doc.id}`;
    if (!FILE_SAFE_ID.test(doc.id)) problems.push(`${where}: id is not usable as a file name`);
    const ids = new Set<string>();
    for (const p of doc.passages) {
      if (!ANCHOR_ID.test(p.id)) problems.push(`${where}: passage id ${JSON.stringify(p.id)} is not usable as an anchor`);
      if (ids.has(p.id)) problems.push(`${where}: passage id ${p.id} is not unique`);
      ids.add(p.id);
      problems.push(...spanProblems(`${where} passage ${p.id}`, doc.text, p));
      if (p.embedSignature) problems.push(...spanProblems(`${where} passage ${p.id} signature`, doc.text, p.embedSignature));
    }
    passageIds.set(doc.id, ids);
    doc.mentions.forEach((m, i) => problems.push(...spanProblems(`${where} mention ${i}`, doc.text, m)));
    doc.chrome.forEach((c, i) => problems.push(...spanProblems(`${where} chrome ${i}`, doc.text, c)));
  }
  const linkProblems = (where: string, documentId: string, passage: Span & { id: string }, spans: Span[]): string[] => {
    const doc = documents.get(documentId);
    if (!doc) return [`${where}: document ${documentId} does not exist`];
    const found = [...spanProblems(`${where} passage`, doc.text, passage), ...spans.flatMap((s) => spanProblems(where, doc.text, s))];
    if (!passageIds.get(documentId)?.has(passage.id)) found.push(`${where}: passage ${passage.id} is not a passage of document ${documentId}`);
    return found;
  };
  const eventIds = new Set<string>();
  for (const event of timeline.events) {
    const where = `event ${event.id}`;
    if (!ANCHOR_ID.test(event.id)) problems.push(`${where}: id is not usable as an anchor`);
    if (eventIds.has(event.id)) problems.push(`${where}: id is not unique`);
    eventIds.add(event.id);
    if (event.date.start > event.date.end) problems.push(`${where}: date starts after it ends`);
    event.sources.forEach((s, i) => problems.push(...linkProblems(`${where} source ${i}`, s.document, s.passage, [s.statement, s.mention, ...s.statusCues, ...(s.subject ? [s.subject] : [])])));
  }
  timeline.undated.forEach((u, i) => problems.push(...linkProblems(`undated ${i}`, u.document, u.passage, [u.mention])));
  return problems;
}

/**
 * The file names each source's and undated mention's passage by id (older files carry the
 * span itself): put the document's passage span back, so the program always holds spans.
 */
function resolvePassageRefs(file: TimelineFile): { timeline: Timeline; problems: string[] } {
  const passages = passageIndex(file.documents);
  const problems: string[] = [];
  const resolve = (document: string, where: string, ref: string | PassageRef): PassageRef => {
    if (typeof ref !== 'string') return ref;
    const found = passages.get(document)?.get(ref);
    if (found !== undefined) return { id: found.id, start: found.start, end: found.end, text: found.text };
    problems.push(`${where}: passage ${ref} is not a passage of document ${document}`);
    return { id: ref, start: 0, end: 0, text: '' };
  };
  const events = file.events.map((e) => ({
    ...e,
    sources: e.sources.map((s, i) => ({ ...s, passage: resolve(s.document, `event ${e.id} source ${i}`, s.passage) })),
  }));
  const undated = file.undated.map((u, i) => ({ ...u, passage: resolve(u.document, `undated ${i}`, u.passage) }));
  return { timeline: { ...file, events, undated }, problems };
}

/**
 * The one validation as a schema: the file's schema, its passage references resolved to spans,
 * then the invariants, each problem an issue of the parse; what passes carries the brand.
 */
const validTimelineSchema = timelineSchema
  .transform((file, context): Timeline => {
    const { timeline, problems: refProblems } = resolvePassageRefs(file);
    for (const message of [...refProblems, ...invariantProblems(timeline)]) context.addIssue({ code: 'custom', message, input: file });
    return timeline;
  })
  .brand<'ValidTimeline'>();

/**
 * A timeline `validateTimeline` accepted, its type inferred from the schema that checked it.
 * Outputs (JSON, site, single file) take this type, so the compiler sees that the one
 * validation ran and none of them validates again.
 */
export type ValidTimeline = z.output<typeof validTimelineSchema>;

/** Checks a timeline (any value: a JSON file's too); throws InvalidTimelineError listing every problem. */
export function validateTimeline(value: unknown): ValidTimeline {
  const parsed = validTimelineSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const { issues } = parsed.error;
  // The invariants run only on a value the file's schema accepted: their problems are said as they are.
  if (issues.every((issue) => issue.code === 'custom')) throw new InvalidTimelineError(issues.map((issue) => issue.message));
  throw new InvalidTimelineError(
    issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    { cause: parsed.error },
  );
}
