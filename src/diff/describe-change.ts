import type { EventSource, TimelineEvent } from '../types.ts';
import { pairSources } from './classify-change.ts';
import type { ChangeKind } from './change-kinds.ts';
import type { EventChange, TimelineDiff } from './diff-timelines.ts';
import { normaliseStatement } from './match-events.ts';

/** One line of what changed in an event, as old and new text; `before` or `after` is null for a source added or removed. */
export interface ChangeLine {
  field: 'date' | 'relation' | 'source' | 'attribution' | 'hedging' | 'statement' | 'headline';
  kind: ChangeKind;
  before: string | null;
  after: string | null;
}

const byId = (id: string) => id;

function hedging(source: EventSource): string {
  return source.hedged ? `hedged${source.hedge ? ` (${source.hedge})` : ''}` : 'not hedged';
}

export function describeSource(source: EventSource): string {
  return `${source.document} #${source.passage.id}: ${normaliseStatement(source.statement.text)}`;
}

/**
 * What changed in an event, field by field, for a report. Sources are paired by document id
 * here (the diff itself pairs by path, which survives a document id's `-2` suffix moving).
 */
export function describeChange(change: EventChange): ChangeLine[] {
  const { before, after, kinds } = change;
  const lines: ChangeLine[] = [];
  const dateKind = kinds.find((k) => k === 'redated' || k === 'refined' || k === 'coarsened');
  if (dateKind) lines.push({ field: 'date', kind: dateKind, before: before.date.value, after: after.date.value });
  if (kinds.includes('relation-changed')) lines.push({ field: 'relation', kind: 'relation-changed', before: before.relation, after: after.relation });
  const sources = pairSources(before, after, byId, byId);
  for (const s of sources.removed) lines.push({ field: 'source', kind: 'sources-removed', before: describeSource(s), after: null });
  for (const s of sources.added) lines.push({ field: 'source', kind: 'sources-added', before: null, after: describeSource(s) });
  for (const { before: b, after: a } of sources.kept) {
    if (b.attribution !== a.attribution) lines.push({ field: 'attribution', kind: 'attribution-changed', before: b.attribution ?? 'nobody named', after: a.attribution ?? 'nobody named' });
    if (hedging(b) !== hedging(a)) lines.push({ field: 'hedging', kind: 'hedging-changed', before: hedging(b), after: hedging(a) });
    const bs = normaliseStatement(b.statement.text);
    const as = normaliseStatement(a.statement.text);
    if (bs !== as) lines.push({ field: 'statement', kind: 'reworded', before: bs, after: as });
  }
  if (before.headline !== after.headline && !lines.some((l) => l.field === 'statement')) {
    lines.push({ field: 'headline', kind: 'reworded', before: before.headline, after: after.headline });
  }
  return lines;
}

/**
 * The two texts with the words they share at both ends cut down to a few words of context,
 * so an edit in a long sentence shows where it is.
 */
export function elideCommon(before: string, after: string, context = 4): [string, string] {
  const b = before.split(' ');
  const a = after.split(' ');
  let head = 0;
  while (head < b.length && head < a.length && b[head] === a[head]) head++;
  let tail = 0;
  while (tail < b.length - head && tail < a.length - head && b[b.length - 1 - tail] === a[a.length - 1 - tail]) tail++;
  const cut = (words: string[]) => {
    const from = Math.max(0, head - context);
    const to = Math.min(words.length, words.length - tail + context);
    return `${from > 0 ? '… ' : ''}${words.slice(from, to).join(' ')}${to < words.length ? ' …' : ''}`;
  };
  return [cut(b), cut(a)];
}

/**
 * Removed events whose statement lives on as a source of another event (two events merged):
 * the removed event's id -> the event it joined. A joined event is added or changed, never
 * unchanged, as it gained a source.
 */
export function mergedInto(diff: Pick<TimelineDiff, 'removed' | 'added' | 'changed'>): Map<string, TimelineEvent> {
  const bySource = new Map<string, TimelineEvent>();
  for (const event of [...diff.added, ...diff.changed.map((c) => c.after)]) for (const s of event.sources) if (s.id) bySource.set(s.id, event);
  const merged = new Map<string, TimelineEvent>();
  for (const event of diff.removed) {
    const into = event.sources.flatMap((s) => (s.id && bySource.has(s.id) ? [bySource.get(s.id)!] : []))[0];
    if (into) merged.set(event.id, into);
  }
  return merged;
}
