import type { TimelineEvent } from '../types.ts';
import { CHANGE_KINDS, groupChanges, KIND_TITLES } from './change-kinds.ts';
import { describeChange, elideCommon, mergedInto, type ChangeLine } from './describe-change.ts';
import { serialiseDiff } from './diff-json.ts';
import type { EventChange, TimelineDiff } from './diff-timelines.ts';

export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

function summaryLine(diff: TimelineDiff): string {
  const s = diff.summary;
  const kinds = CHANGE_KINDS.filter((k) => s[k] > 0).map((k) => `${s[k]} ${KIND_TITLES[k].toLowerCase()}`);
  return `${s.added} added, ${s.removed} removed, ${s.changed} changed${kinds.length ? ` (${kinds.join(', ')})` : ''}, ${s.unchanged} unchanged`;
}

function documentsOf(event: TimelineEvent): string {
  return [...new Set(event.sources.map((s) => s.document))].join(', ');
}

function dateOf(change: EventChange): [string, string] {
  return [change.before.date.value, change.after.date.value];
}

// ---------------------------------------------------------------- text

const ANSI = { reset: '\u001b[0m', bold: '\u001b[1m', dim: '\u001b[2m', red: '\u001b[31m', green: '\u001b[32m', yellow: '\u001b[33m' } as const;

/** Corpus text never reaches the terminal as control characters (an escape sequence in an article stays inert). */
function inert(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/gu, ' ');
}

/** The human report; `color` adds ANSI colours (the CLI asks for them only on a terminal without NO_COLOR). */
export function formatText(diff: TimelineDiff, options: { color: boolean }): string {
  const paint = (style: keyof typeof ANSI, text: string) => (options.color ? `${ANSI[style]}${text}${ANSI.reset}` : text);
  const out: string[] = [paint('bold', summaryLine(diff))];
  const eventLine = (mark: string, style: 'green' | 'red' | 'yellow', date: string, event: TimelineEvent) =>
    `  ${paint(style, `${mark} ${date}`)}  ${inert(event.headline)}  ${paint('dim', `(${inert(documentsOf(event))})`)}`;
  const section = (title: string, count: number) => out.push('', paint('bold', `${title} (${count})`));

  if (diff.added.length > 0) {
    section('Added', diff.added.length);
    for (const e of diff.added) out.push(eventLine('+', 'green', e.date.value, e));
  }
  if (diff.removed.length > 0) {
    section('Removed', diff.removed.length);
    const merged = mergedInto(diff);
    for (const e of diff.removed) {
      out.push(eventLine('-', 'red', e.date.value, e));
      const into = merged.get(e.id);
      if (into) out.push(`      merged into: ${into.date.value}  ${inert(into.headline)}`);
    }
  }
  for (const group of groupChanges(diff.changed)) {
    section(KIND_TITLES[group.kind], group.changes.length);
    for (const change of group.changes) {
      const [b, a] = dateOf(change);
      out.push(eventLine('~', 'yellow', b === a ? a : `${b} -> ${a}`, change.after));
      for (const line of describeChange(change)) out.push(`      ${textChangeLine(line, paint)}`);
    }
  }
  return `${out.join('\n')}\n`;
}

function textChangeLine(line: ChangeLine, paint: (style: keyof typeof ANSI, text: string) => string): string {
  if (line.before === null) return `${paint('green', `+ source: ${inert(line.after ?? '')}`)}`;
  if (line.after === null) return `${paint('red', `- source: ${inert(line.before)}`)}`;
  let [b, a] = [inert(line.before), inert(line.after)];
  if (line.field === 'statement' || line.field === 'headline') {
    [b, a] = elideCommon(b, a);
    return `${line.field}: ${paint('red', JSON.stringify(b))} -> ${paint('green', JSON.stringify(a))}`;
  }
  const note = line.field === 'date' && line.kind !== 'redated' ? ` (${line.kind})` : '';
  return `${line.field}: ${paint('red', b)} -> ${paint('green', a)}${note}`;
}

// ---------------------------------------------------------------- markdown

/** Corpus text as inert Markdown inline text: no markup, no HTML, no table breaks. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .replace(/&/gu, '&amp;')
    .replace(/[\\`*_{}[\]<>()#+!|~]/gu, (c) => `\\${c}`)
    .trim();
}

function markdownEventTable(events: readonly TimelineEvent[], merged = new Map<string, TimelineEvent>()): string[] {
  const note = (e: TimelineEvent) => {
    const into = merged.get(e.id);
    return into ? ` (merged into: ${escapeMarkdown(into.date.value)} ${escapeMarkdown(into.headline)})` : '';
  };
  return [
    '| Date | Event | Source |',
    '| :-- | :-- | :-- |',
    ...events.map((e) => `| ${escapeMarkdown(e.date.value)} | ${escapeMarkdown(e.headline)}${note(e)} | ${escapeMarkdown(documentsOf(e))} |`),
  ];
}

function markdownChangeLine(line: ChangeLine): string {
  if (line.before === null) return `added source: ${escapeMarkdown(line.after ?? '')}`;
  if (line.after === null) return `removed source: ${escapeMarkdown(line.before)}`;
  const [b, a] = line.field === 'statement' || line.field === 'headline' ? elideCommon(line.before, line.after) : [line.before, line.after];
  const note = line.field === 'date' && line.kind !== 'redated' ? ` (${line.kind})` : '';
  return `${line.field}: ~~${escapeMarkdown(b)}~~ → **${escapeMarkdown(a)}**${note}`;
}

/** A pull-request comment: a summary table, then a section per kind. */
export function formatMarkdown(diff: TimelineDiff): string {
  const s = diff.summary;
  const out: string[] = ['### Timeline changes', ''];
  out.push('| Change | Events |', '| :-- | --: |');
  out.push(`| Added | ${s.added} |`, `| Removed | ${s.removed} |`, `| Changed | ${s.changed} |`);
  for (const kind of CHANGE_KINDS) if (s[kind] > 0) out.push(`| ↳ ${KIND_TITLES[kind].toLowerCase()} | ${s[kind]} |`);
  out.push(`| Unchanged | ${s.unchanged} |`);
  if (diff.added.length > 0) out.push('', `#### Added (${diff.added.length})`, '', ...markdownEventTable(diff.added));
  if (diff.removed.length > 0) out.push('', `#### Removed (${diff.removed.length})`, '', ...markdownEventTable(diff.removed, mergedInto(diff)));
  for (const group of groupChanges(diff.changed)) {
    out.push('', `#### ${KIND_TITLES[group.kind]} (${group.changes.length})`, '');
    for (const change of group.changes) {
      const [b, a] = dateOf(change);
      const date = b === a ? escapeMarkdown(a) : `${escapeMarkdown(b)} → ${escapeMarkdown(a)}`;
      out.push(`- **${date}** ${escapeMarkdown(change.after.headline)} (${escapeMarkdown(documentsOf(change.after))})`);
      for (const line of describeChange(change)) out.push(`  - ${markdownChangeLine(line)}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** The diff in the asked format. */
export function formatDiff(diff: TimelineDiff, format: DiffFormat, options: { color: boolean }): string {
  if (format === 'json') return serialiseDiff(diff);
  if (format === 'markdown') return formatMarkdown(diff);
  return formatText(diff, options);
}
