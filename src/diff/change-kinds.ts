import type { EventChange } from './diff-timelines.ts';

/** The kinds of change an event can show between two timelines, in the order reports list them (docs/diff.md). */
export const CHANGE_KINDS = [
  'redated',
  'refined',
  'coarsened',
  'relation-changed',
  'sources-added',
  'sources-removed',
  'attribution-changed',
  'hedging-changed',
  'reworded',
] as const;

export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** A kind of change as a title, for reports and the site. */
export const KIND_TITLES: Record<ChangeKind, string> = {
  redated: 'Redated',
  refined: 'Refined',
  coarsened: 'Coarsened',
  'relation-changed': 'Relation changed',
  'sources-added': 'Sources added',
  'sources-removed': 'Sources removed',
  'attribution-changed': 'Attribution changed',
  'hedging-changed': 'Hedging changed',
  reworded: 'Reworded',
};

/** The changed events grouped by their first kind, so each event is listed once, in a group that says the most about it. */
export function groupChanges(changes: readonly EventChange[]): Array<{ kind: ChangeKind; changes: EventChange[] }> {
  return CHANGE_KINDS.map((kind) => ({ kind, changes: changes.filter((c) => c.kinds[0] === kind) })).filter((g) => g.changes.length > 0);
}
