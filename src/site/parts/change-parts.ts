import { html, type Html } from '../html.ts';
import type { ChangeLineView, ChangedEventView, ComparisonView, RemovedEventView } from '../comparison-view.ts';
import type { ChangeCounts } from '../site-views.ts';
import { dateLabel } from './event-parts.ts';
import { count } from './words.ts';

/** "2 new, 1 changed" beside a year or a month on the front page; nothing when none of its events changed. */
export function changeCounts(changes: ChangeCounts): Html {
  return html`${changes.added > 0 ? html` <span class="badge badge-new">${changes.added} new</span>` : ''}${
    changes.changed > 0 ? html` <span class="badge badge-changed">${changes.changed} changed</span>` : ''
  }`;
}

const FIELD_LABELS: Record<ChangeLineView['field'], string> = {
  date: 'Date',
  relation: 'Relation',
  source: 'Source',
  attribution: 'Attribution',
  hedging: 'Hedging',
  statement: 'Wording',
  headline: 'Headline',
};

function changeLine(line: ChangeLineView): Html {
  if (line.field === 'source' && line.before === null) return html`<div><dt>Source added</dt><dd><ins>${line.after}</ins></dd></div>`;
  if (line.field === 'source' && line.after === null) return html`<div><dt>Source removed</dt><dd><del>${line.before}</del></dd></div>`;
  return html`<div><dt>${FIELD_LABELS[line.field]}</dt><dd><span class="visually-hidden">was </span><del>${line.before ?? '—'}</del> <span aria-hidden="true">→</span><span class="visually-hidden">, now</span> <ins>${line.after ?? '—'}</ins>${
    line.note === null ? '' : html` <span class="muted">(${line.note.toLowerCase()})</span>`
  }</dd></div>`;
}

function changedEvent(event: ChangedEventView): Html {
  return html`<li class="change-item" id="${event.anchor}">
<p class="event-date">${event.beforeDate === null ? '' : html`<del>${dateLabel(event.beforeDate)}</del> <span aria-hidden="true">→</span><span class="visually-hidden">now</span> `}${dateLabel(event.date)}</p>
<p class="change-headline"><a href="${event.href}">${event.headline}</a></p>
<p class="change-kinds">${event.kinds.join(', ')}</p>
<dl class="change-lines">
${event.lines.map((line) => html`${changeLine(line)}
`)}</dl>
</li>
`;
}

function removedEvent(event: RemovedEventView): Html {
  return html`<li class="change-item">
<p class="event-date">${dateLabel(event.date)}</p>
<p class="change-headline">${event.headline}</p>
<ul class="event-sources" aria-label="Sources it had">
${event.sources.map(
  (s) => html`<li class="event-source"><code>${s.document}</code><span class="source-attribution"> · ${s.attribution ?? 'not attributed'}</span>
<q class="source-statement">${s.statement}</q></li>
`,
)}</ul>
${event.mergedInto === null ? '' : html`<p class="change-merged">Merged into <a href="${event.mergedInto.href}">${dateLabel(event.mergedInto.date)}: ${event.mergedInto.headline}</a></p>
`}</li>
`;
}

/**
 * What changed since the compared timeline: a summary, then the new, changed and removed
 * events. `level` is the level of its section headings (2 on its own page, 3 in the single file).
 */
export function changesSections(comparison: ComparisonView, level: 2 | 3): Html {
  const sub = level + 1;
  return html`<section aria-labelledby="site-changes-summary">
<h${level} id="site-changes-summary">Summary</h${level}>
<dl class="figures change-summary">
${comparison.summary.map((s) => html`<div${s.kind ? html` class="change-kind"` : ''}><dt>${s.kind ? html`<span aria-hidden="true">↳ </span>` : ''}${s.label}</dt><dd>${s.count}</dd></div>
`)}</dl>
</section>
<section aria-labelledby="site-changes-added">
<h${level} id="site-changes-added">New events (${comparison.added.length})</h${level}>
${
  comparison.added.length === 0
    ? html`<p>No new events.</p>
`
    : html`<ol class="change-list">
${comparison.added.map((e) => html`<li class="change-item"><p class="event-date">${dateLabel(e.date)}</p>
<p class="change-headline"><a href="${e.href}">${e.headline}</a></p></li>
`)}</ol>
`
}</section>
<section aria-labelledby="site-changes-changed">
<h${level} id="site-changes-changed">Changed events (${comparison.changedCount})</h${level}>
${
  comparison.changed.length === 0
    ? html`<p>No event changed.</p>
`
    : comparison.changed.map(
        (group, i) => html`<h${sub} id="site-changes-group-${i + 1}">${group.kind} <span class="muted">(${count(group.events.length, 'event')})</span></h${sub}>
<ol class="change-list" aria-labelledby="site-changes-group-${i + 1}">
${group.events.map(changedEvent)}</ol>
`,
      )
}</section>
<section aria-labelledby="site-changes-removed">
<h${level} id="site-changes-removed">Removed events (${comparison.removed.length})</h${level}>
${
  comparison.removed.length === 0
    ? html`<p>No events were removed.</p>
`
    : html`<p class="muted">These events are no longer in the timeline, so they have no page: their text is kept here.</p>
<ol class="change-list">
${comparison.removed.map(removedEvent)}</ol>
`
}</section>
`;
}
