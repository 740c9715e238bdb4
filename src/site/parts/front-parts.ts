import { html, type Html } from '../html.ts';
import type { EventList, OverviewCell, OverviewRow } from '../front-page.ts';
import { dateLabel, eventCard } from './event-parts.ts';
import type { EventView } from '../site-views.ts';
import { count } from './words.ts';

const MONTH_COLUMNS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** At the year grain, the columns are the years of a decade by their last digit. */
const YEAR_COLUMNS = ['…0', '…1', '…2', '…3', '…4', '…5', '…6', '…7', '…8', '…9'];

/** A cell of the overview: a link to the month on its year page (or to a year's page), its number of events in words for a screen reader. */
function cell(c: OverviewCell): Html {
  if (c.href === null) return html`<td class="overview-cell density-0"><span class="visually-hidden">${c.label}: no events</span></td>`;
  return html`<td class="overview-cell density-${c.density}"><a href="${c.href}"><span class="visually-hidden">${c.label}: </span>${c.count}<span class="visually-hidden"> ${c.count === 1 ? 'event' : 'events'}</span></a></td>`;
}

function row(r: OverviewRow, columns: number): Html {
  switch (r.kind) {
    case 'gap':
      return html`<tr class="overview-gap"><th scope="row" colspan="${columns + 1}">${r.label}</th></tr>
`;
    case 'coarse':
      return html`<tr class="overview-coarse"><th scope="row"><a href="${r.href}">${r.heading}</a></th><td colspan="${columns}"><a href="${r.href}">${count(r.eventCount, 'event')} known only to the ${r.heading}</a></td></tr>
`;
    case 'year':
      return html`<tr><th scope="row"><a href="${r.href}">${r.year}<span class="visually-hidden">: ${count(r.eventCount, 'event')}</span></a></th>${cell(r.wholeYear)}${r.months.map(cell)}</tr>
`;
    case 'decade':
      return html`<tr><th scope="row">${r.decade}<span class="visually-hidden">: ${count(r.eventCount, 'event')}</span></th>${r.years.map(cell)}</tr>
`;
  }
}

/**
 * The whole span at a glance: a row per year, a cell per month shaded by how many events it
 * has (and the number itself: never colour alone); for a span too long for that (`grain`
 * 'year'), a row per decade and a cell per year. Every cell with events is a link, so a
 * reader can click or Tab and Enter through to the month on its year page, or to the year.
 */
export function overviewTable(rows: OverviewRow[], busiest: number, grain: 'month' | 'year'): Html {
  if (grain === 'year') {
    return html`<div class="table-scroll overview-scroll">
<table class="overview overview-years">
<caption class="visually-hidden">Events by year; the darker a year, the more events (the busiest has ${busiest})</caption>
<thead><tr><th scope="col">Decade</th>${YEAR_COLUMNS.map((y, i) => html`<th scope="col"><abbr title="Years ending in ${i}">${y}</abbr></th>`)}</tr></thead>
<tbody>
${rows.map((r) => row(r, YEAR_COLUMNS.length))}</tbody>
</table>
</div>
`;
  }
  return html`<div class="table-scroll overview-scroll">
<table class="overview">
<caption class="visually-hidden">Events by month; the darker a month, the more events (the busiest has ${busiest})</caption>
<thead><tr><th scope="col">Year</th><th scope="col"><abbr title="Sometime in the year, month not known">Any</abbr></th>${MONTH_COLUMNS.map((m) => html`<th scope="col">${m}</th>`)}</tr></thead>
<tbody>
${rows.map((r) => row(r, MONTH_COLUMNS.length + 1))}</tbody>
</table>
</div>
`;
}

/** An event as one line: its date, its headline linked to its card, its number of sources. */
function eventLine(e: EventView): Html {
  return html`<li class="event-item event-line"><p><span class="event-date">${dateLabel(e.date)}</span> <a href="${e.href}">${e.headline}</a> <span class="muted">${count(e.sources.length, 'source')}</span></p></li>
`;
}

/** A front-page list of event cards (or lines, for those `list.brief` names), and a line for those not shown. */
export function frontEvents(list: EventList, moreWords: string): Html {
  const brief = new Set(list.brief);
  return html`<ol class="events">
${list.events.map((e) => (brief.has(e.id) ? eventLine(e) : eventCard(e, 3)))}</ol>
${list.more === 0 ? '' : html`<p class="muted">${count(list.more, 'more event')} ${moreWords}.</p>
`}`;
}
