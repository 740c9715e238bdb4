import { z } from 'zod';
import { eventSchema } from '../timeline/timeline-json.ts';
import { CHANGE_KINDS, type ChangeKind } from './change-kinds.ts';
import type { TimelineDiff } from './diff-timelines.ts';

/** The JSON of `timeline diff --format json` (docs/diff.md). Events are timeline events, exactly as in the timeline JSON. */
const event = eventSchema;
const count = z.number().int().nonnegative();
/** One count per change kind; `Object.fromEntries` cannot say which keys it makes, CHANGE_KINDS does. */
const kindCounts = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, count])) as Record<ChangeKind, typeof count>;

export const diffSchema = z.strictObject({
  summary: z.strictObject({
    added: count,
    removed: count,
    changed: count,
    unchanged: count,
    ...kindCounts,
  }),
  added: z.array(event),
  removed: z.array(event),
  changed: z.array(
    z.strictObject({
      id: z.string().min(1),
      kinds: z.array(z.enum(CHANGE_KINDS)).min(1),
      matchedBy: z.enum(['id', 'source', 'similarity']),
      before: event,
      after: event,
    }),
  ),
  unchanged: z.array(z.strictObject({ before: z.string().min(1), after: z.string().min(1) })),
}) satisfies z.ZodType<TimelineDiff>;

/** Checks a diff against the schema, and that its summary counts what its lists hold. */
export function validateDiff(value: unknown): TimelineDiff {
  const diff = diffSchema.parse(value);
  const problems: string[] = [];
  const expect = (name: string, actual: number, counted: number) => {
    if (actual !== counted) problems.push(`summary.${name} is ${actual} but ${counted} are listed`);
  };
  expect('added', diff.summary.added, diff.added.length);
  expect('removed', diff.summary.removed, diff.removed.length);
  expect('changed', diff.summary.changed, diff.changed.length);
  expect('unchanged', diff.summary.unchanged, diff.unchanged.length);
  for (const kind of CHANGE_KINDS) expect(kind, diff.summary[kind], diff.changed.filter((c) => c.kinds.includes(kind)).length);
  if (problems.length > 0) throw new Error(`invalid timeline diff:\n${problems.join('\n')}`);
  return diff;
}

/** The diff as JSON text: validated, two-space indented, one trailing newline. */
export function serialiseDiff(diff: TimelineDiff): string {
  return `${JSON.stringify(validateDiff(diff), null, 2)}\n`;
}
