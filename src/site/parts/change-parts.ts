import { html, type Html } from '../html.ts';
import type { ChangeLineView, ChangedEventRef, ChangedEventView, ComparisonView, RemovedEventView } from '../comparison-view.ts';
import { groupItems, sectionItems, SECTION_TITLES, type ChangeGrain, type ChangeItem, type ChangePageView } from '../change-pages.ts';
import { listPageNav, listPageNumbers } from './list-page-parts.ts';
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

/** A new event's entry: its date and its headline linked to its permalink. */
function addedItem(e: ChangedEventRef): Html {
  return html`<li class="change-item"><p class="event-date">${dateLabel(e.date)}</p>
<p class="change-headline"><a href="${e.href}">${e.headline}</a></p></li>
`;
}

/** The entry of one new, changed or removed event. */
export function changeItem(item: ChangeItem): Html {
  if (item.section === 'new') return addedItem(item.event);
  if (item.section === 'changed') return changedEvent(item.event);
  return removedEvent(item.event);
}

/**
 * How a list of entries is put on the page: `id` names the list (`site-changes-added`,
 * `site-changes-group-2`, `site-changes-removed`), `labelledBy` the heading that names it
 * when the list is to say so. Whole by default; the lazy single file gives its own.
 */
export type ChangeListWriter = (id: string, items: readonly ChangeItem[], labelledBy: string | null) => Html;

export const wholeChangeList: ChangeListWriter = (_id, items, labelledBy) => html`<ol class="change-list"${labelledBy === null ? '' : html` aria-labelledby="${labelledBy}"`}>
${items.map(changeItem)}</ol>
`;

/** The figures of a comparison: new, removed, changed, each kind of change, unchanged. */
function summaryFigures(comparison: ComparisonView): Html {
  return html`<dl class="figures change-summary">
${comparison.summary.map((s) => html`<div${s.kind ? html` class="change-kind"` : ''}><dt>${s.kind ? html`<span aria-hidden="true">↳ </span>` : ''}${s.label}</dt><dd>${s.count}</dd></div>
`)}</dl>
`;
}

/**
 * What changed since the compared timeline: a summary, then the new, changed and removed
 * events. `level` is the level of its section headings (2 on its own page, 3 in the single file);
 * `list` puts each list of entries on the page.
 */
export function changesSections(comparison: ComparisonView, level: 2 | 3, list: ChangeListWriter = wholeChangeList): Html {
  const sub = level + 1;
  const items = sectionItems(comparison);
  return html`<section aria-labelledby="site-changes-summary">
<h${level} id="site-changes-summary">Summary</h${level}>
${summaryFigures(comparison)}</section>
<section aria-labelledby="site-changes-added">
<h${level} id="site-changes-added">New events (${comparison.added.length})</h${level}>
${
  comparison.added.length === 0
    ? html`<p>No new events.</p>
`
    : list('site-changes-added', items.new, null)
}</section>
<section aria-labelledby="site-changes-changed">
<h${level} id="site-changes-changed">Changed events (${comparison.changedCount})</h${level}>
${
  comparison.changed.length === 0
    ? html`<p>No event changed.</p>
`
    : comparison.changed.map(
        (group, i) => html`<h${sub} id="site-changes-group-${i + 1}">${group.kind} <span class="muted">(${count(group.events.length, 'event')})</span></h${sub}>
${list(`site-changes-group-${i + 1}`, groupItems(group), `site-changes-group-${i + 1}`)}`,
      )
}</section>
<section aria-labelledby="site-changes-removed">
<h${level} id="site-changes-removed">Removed events (${comparison.removed.length})</h${level}>
${
  comparison.removed.length === 0
    ? html`<p>No events were removed.</p>
`
    : html`<p class="muted">These events are no longer in the timeline, so they have no page: their text is kept here.</p>
${list('site-changes-removed', items.removed, null)}`
}</section>
`;
}

const GRAIN_WORDS: Record<ChangeGrain, string> = { year: 'year', decade: 'decade', century: 'century' };

/**
 * The summary of a comparison too large for one page (`changes.html`): the figures, a table of
 * the changes by year (decade, century), each count linking to its list, and the largest changes.
 */
export function changesSummary(comparison: ComparisonView, page: Extract<ChangePageView, { kind: 'summary' }>): Html {
  const cell = (c: { count: number; href: string | null }, what: string, unit: string): Html =>
    c.href === null ? html`<td>0</td>` : html`<td><a href="${c.href}" aria-label="${count(c.count, what)}, ${unit}">${c.count}</a></td>`;
  return html`<section aria-labelledby="site-changes-summary">
<h2 id="site-changes-summary">Summary</h2>
${summaryFigures(comparison)}</section>
<section aria-labelledby="site-changes-by-period">
<h2 id="site-changes-by-period">By ${GRAIN_WORDS[page.grain]}</h2>
<p class="muted">Too many changes for one page: each count links to its list. Events known only to their decade or century are counted under it.</p>
<div class="table-scroll" role="region" aria-label="Table of the changes by ${GRAIN_WORDS[page.grain]} (scrolls sideways on small screens)" tabindex="0">
<table class="change-table">
<thead><tr><th scope="col">${page.grain === 'year' ? 'Year' : page.grain === 'decade' ? 'Decade' : 'Century'}</th><th scope="col">New</th><th scope="col">Changed</th><th scope="col">Removed</th></tr></thead>
<tbody>
${page.rows.map(
  (row) => html`<tr><th scope="row">${row.unit.heading}</th>${cell(row.cells.new, 'new event', row.unit.heading)}${cell(row.cells.changed, 'changed event', row.unit.heading)}${cell(row.cells.removed, 'removed event', row.unit.heading)}</tr>
`,
)}</tbody>
</table>
</div>
</section>
${
  page.largest.length === 0
    ? ''
    : html`<section aria-labelledby="site-changes-largest">
<h2 id="site-changes-largest">The largest changes</h2>
<p class="muted">The changed events with the most values changed${comparison.changedCount > page.largest.length ? html` (${page.largest.length} of ${comparison.changedCount})` : ''}.</p>
<ol class="change-list">
${page.largest.map(
  (e) => html`<li class="change-item"><p class="event-date">${dateLabel(e.date)}</p>
<p class="change-headline"><a href="${e.href}">${e.headline}</a></p>
<p class="change-kinds">${e.kinds.join(', ')}: ${count(e.lines, 'value')} changed</p></li>
`,
)}</ol>
</section>
`
}`;
}

/** One list page of a large comparison: its entries (the changed ones under the title of their group), its page numbers, the lists before and after it. */
export function changesListPage(page: Extract<ChangePageView, { kind: 'list' }>): Html {
  const groups: Array<{ title: string; items: ChangeItem[] }> = [];
  for (const item of page.page.items) {
    const title = item.section === 'changed' ? item.group : '';
    const last = groups.at(-1);
    if (last !== undefined && last.title === title) last.items.push(item);
    else groups.push({ title, items: [item] });
  }
  const around = html`<nav class="period-nav" aria-label="${SECTION_TITLES[page.section]} of other periods">
<ul>
<li>${page.previous === null ? '' : html`<a href="${page.previous.href}" rel="prev">← ${page.previous.heading}</a>`}</li>
<li><a href="/changes.html">Summary of what changed</a></li>
<li>${page.next === null ? '' : html`<a href="${page.next.href}" rel="next">${page.next.heading} →</a>`}</li>
</ul>
</nav>
`;
  return html`${around}${listPageNumbers(page.page, `Pages of ${SECTION_TITLES[page.section].toLowerCase()}, ${page.unit.heading}`)}${
    page.section === 'removed'
      ? html`<p class="muted">These events are no longer in the timeline, so they have no page: their text is kept here.</p>
`
      : ''
  }${groups.map((g, i) =>
    g.title === ''
      ? wholeChangeList('', g.items, null)
      : html`<h2 id="site-changes-group-${i + 1}">${g.title}</h2>
${wholeChangeList('', g.items, `site-changes-group-${i + 1}`)}`,
  )}${listPageNav(page.page, `Other pages of ${SECTION_TITLES[page.section].toLowerCase()}, ${page.unit.heading}`)}`;
}
