import { html, type Html } from '../html.ts';
import type { EventList, OverviewCell, OverviewRow } from '../front-page.ts';
import { eventCard } from './event-parts.ts';
import { count } from './words.ts';

const MONTH_COLUMNS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A cell of the overview: a link to the month on its year page, its number of events in words for a screen reader. */
function cell(c: OverviewCell): Html {
  if (c.href === null) return html`<td class="overview-cell density-0"><span class="visually-hidden">${c.label}: no events</span></td>`;
  return html`<td class="overview-cell density-${c.density}"><a href="${c.href}"><span class="visually-hidden">${c.label}: </span>${c.count}<span class="visually-hidden"> ${c.count === 1 ? 'event' : 'events'}</span></a></td>`;
}

function row(r: OverviewRow): Html {
  switch (r.kind) {
    case 'gap':
      return html`<tr class="overview-gap"><th scope="row" colspan="14">${r.label}</th></tr>
`;
    case 'coarse':
      return html`<tr class="overview-coarse"><th scope="row"><a href="${r.href}">${r.heading}</a></th><td colspan="13"><a href="${r.href}">${count(r.eventCount, 'event')} known only to the ${r.heading}</a></td></tr>
`;
    case 'year':
      return html`<tr><th scope="row"><a href="${r.href}">${r.year}<span class="visually-hidden">: ${count(r.eventCount, 'event')}</span></a></th>${cell(r.wholeYear)}${r.months.map(cell)}</tr>
`;
  }
}

/**
 * The whole span at a glance: a row per year, a cell per month shaded by how many events it
 * has (and the number itself: never colour alone). Every cell with events is a link, so a
 * reader can click or Tab and Enter through to the month on its year page.
 */
export function overviewTable(rows: OverviewRow[], busiestMonth: number): Html {
  return html`<div class="table-scroll overview-scroll">
<table class="overview">
<caption class="visually-hidden">Events by month; the darker a month, the more events (the busiest has ${busiestMonth})</caption>
<thead><tr><th scope="col">Year</th><th scope="col"><abbr title="Sometime in the year, month not known">Any</abbr></th>${MONTH_COLUMNS.map((m) => html`<th scope="col">${m}</th>`)}</tr></thead>
<tbody>
${rows.map(row)}</tbody>
</table>
</div>
`;
}

/** A front-page list of event cards, and a line for those not shown. */
export function frontEvents(list: EventList, moreWords: string): Html {
  return html`<ol class="events">
${list.events.map((e) => eventCard(e, 3))}</ol>
${list.more === 0 ? '' : html`<p class="muted">${count(list.more, 'more event')} ${moreWords}.</p>
`}`;
}
