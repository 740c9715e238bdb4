import type { ResolvedDate, Timeline, TimelineEvent } from '../types.ts';
import { describeChange, elideCommon, mergedInto, type ChangeLine } from '../diff/describe-change.ts';
import type { TimelineDiff } from '../diff/diff-timelines.ts';
import { CHANGE_KINDS, groupChanges, KIND_TITLES } from '../diff/change-kinds.ts';
import { formatResolvedDate, formatTimexValue, type DateLabel } from './format-date.ts';

/** What `buildSite` is given with `--compare-to OLD`: what OLD is called, and the diff from OLD to this timeline. */
export interface CompareTo {
  label: string;
  diff: TimelineDiff;
}

/** The element id of a changed event's entry on the "What changed" page (prefixed, so it never meets an event id). */
export function changeAnchor(eventId: string): string {
  return `site-change-${eventId}`;
}

export interface ChangedEventRef {
  href: string;
  headline: string;
  date: DateLabel;
  /** The event's date, by which a large comparison's pages group it (src/site/change-pages.ts). */
  at: ResolvedDate;
}

export interface ChangeLineView {
  field: ChangeLine['field'];
  /** "Refined", "Coarsened": said only when a date moved in a way other than a plain redating. */
  note: string | null;
  before: string | null;
  after: string | null;
}

export interface ChangedEventView extends ChangedEventRef {
  /** The event's id in this timeline. */
  id: string;
  anchor: string;
  /** The old date when it moved. */
  beforeDate: DateLabel | null;
  kinds: string[];
  lines: ChangeLineView[];
}

export interface RemovedEventView {
  id: string;
  headline: string;
  date: DateLabel;
  at: ResolvedDate;
  sources: Array<{ document: string; attribution: string | null; statement: string }>;
  mergedInto: ChangedEventRef | null;
}

/** The comparison as the templates show it: the "What changed" page and the marks on the timeline. */
export interface ComparisonView {
  label: string;
  /** Added, removed, changed, then each kind of change that occurred, then unchanged. */
  summary: Array<{ label: string; count: number; kind: boolean }>;
  added: ChangedEventRef[];
  /** The changed events grouped by their first kind of change (each event once). */
  changed: Array<{ kind: string; events: ChangedEventView[] }>;
  changedCount: number;
  removed: RemovedEventView[];
}

/** Where the comparison's links point: an event's permalink, and a changed event's entry on the "What changed" page. */
export interface ComparisonLinks {
  event(event: Pick<TimelineEvent, 'id' | 'date'>): string;
  change(eventId: string): string;
}

function dateLabelOf(value: string): string {
  return formatTimexValue(value)?.label ?? value;
}

function lineView(line: ChangeLine): ChangeLineView {
  const note = line.field === 'date' && line.kind !== 'redated' ? KIND_TITLES[line.kind] : null;
  if (line.before === null || line.after === null) return { field: line.field, note, before: line.before, after: line.after };
  if (line.field === 'date') return { field: line.field, note, before: dateLabelOf(line.before), after: dateLabelOf(line.after) };
  const [before, after] = line.field === 'statement' || line.field === 'headline' ? elideCommon(line.before, line.after) : [line.before, line.after];
  return { field: line.field, note, before, after };
}

/**
 * Refuses a diff that was not made against this timeline: its marks and links would point
 * at events the site does not have.
 */
function checkBelongs(diff: TimelineDiff, timeline: Timeline): void {
  const ids = new Set(timeline.events.map((e) => e.id));
  const stray = [...diff.added.map((e) => e.id), ...diff.changed.map((c) => c.after.id)].find((id) => !ids.has(id));
  if (stray !== undefined) throw new Error(`The comparison does not belong to this timeline: it names event "${stray}", which the timeline does not have`);
}

/**
 * The "What changed" page's content from a diff: counts, the new events with their permalinks,
 * the changed ones grouped by kind with old -> new values, and the removed ones with their text
 * (they have no permalink any more) and the event they were merged into, if any.
 */
export function comparisonView(compareTo: CompareTo, timeline: Timeline, links: ComparisonLinks): ComparisonView {
  const { diff, label } = compareTo;
  checkBelongs(diff, timeline);
  const ref = (event: TimelineEvent): ChangedEventRef => ({ href: links.event(event), headline: event.headline, date: formatResolvedDate(event.date), at: event.date });
  const merged = mergedInto(diff);
  const s = diff.summary;
  return {
    label,
    summary: [
      { label: 'New', count: s.added, kind: false },
      { label: 'Removed', count: s.removed, kind: false },
      { label: 'Changed', count: s.changed, kind: false },
      ...CHANGE_KINDS.filter((k) => s[k] > 0).map((k) => ({ label: KIND_TITLES[k], count: s[k], kind: true })),
      { label: 'Unchanged', count: s.unchanged, kind: false },
    ],
    added: diff.added.map(ref),
    changed: groupChanges(diff.changed).map((group) => ({
      kind: KIND_TITLES[group.kind],
      events: group.changes.map((change) => {
        const before = formatResolvedDate(change.before.date);
        const after = formatResolvedDate(change.after.date);
        return {
          ...ref(change.after),
          id: change.after.id,
          anchor: changeAnchor(change.after.id),
          beforeDate: before.label === after.label ? null : before,
          kinds: change.kinds.map((k) => KIND_TITLES[k]),
          lines: describeChange(change).map(lineView),
        };
      }),
    })),
    changedCount: diff.changed.length,
    removed: diff.removed.map((event) => {
      const into = merged.get(event.id);
      return {
        id: event.id,
        headline: event.headline,
        date: formatResolvedDate(event.date),
        at: event.date,
        sources: event.sources.map((source) => ({
          document: source.document,
          attribution: source.attribution,
          statement: source.statement.text,
        })),
        mergedInto: into ? ref(into) : null,
      };
    }),
  };
}
