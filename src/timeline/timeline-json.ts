import { z } from 'zod';
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
  events: z.array(
    z.object({
      id: z.string().min(1),
      date: resolvedDate,
      relation: z.enum(['on', 'in', 'since', 'before', 'after', 'until', 'during']),
      headline: z.string().min(1),
      status: factualityStatus,
      sources: z
        .array(
          z.object({
            id: z.string().min(1).optional(),
            document: z.string().min(1),
            passage: span.extend({ id: z.string().min(1) }),
            statement: span,
            mention: span,
            attribution: z.string().nullable(),
            hedged: z.boolean(),
            hedge: z.string().optional(),
            status: factualityStatus,
            statusCues: z.array(span),
            date: resolvedDate.optional(),
          }),
        )
        .min(1),
      corroboration: z.number().int().positive().optional(),
      conflicts: z.array(z.string().min(1)).optional(),
    }),
  ),
  undated: z.array(
    z.object({
      document: z.string().min(1),
      mention: span.extend({ value: z.string(), type: timexType }),
      passage: span.extend({ id: z.string().min(1) }),
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

/** The timeline as JSON text: two-space indented, one trailing newline; byte-identical for the same timeline. */
export function serialiseTimeline(timeline: ValidTimeline): string {
  return `${JSON.stringify(timeline, null, 2)}\n`;
}
