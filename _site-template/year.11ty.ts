import { count } from '../src/site/parts/words.ts';
import { filterForm, groupSection } from '../src/site/parts/timeline-parts.ts';
import { html, type Html } from '../src/site/html.ts';
import type { PeriodView } from '../src/site/site-views.ts';
import type { PageData } from '../src/site/template-data.ts';

interface PeriodPageData extends PageData {
  period: PeriodView;
}

export const data = {
  layout: 'base.11ty.ts',
  nav: 'timeline',
  scripts: ['/assets/minisearch.js', '/assets/timeline.js'],
  pagination: { data: 'site.periods', size: 1, alias: 'period' },
  permalink: (data: PeriodPageData) => `years/${data.period.slug}.html`,
  eleventyComputed: { title: (data: PeriodPageData) => data.period.heading },
};

function periodNav(period: PeriodView, label: string): Html {
  return html`<nav class="period-nav" aria-label="${label}">
<ul>
<li>${period.previous === null ? '' : html`<a href="${period.previous.href}" rel="prev">← ${period.previous.heading}</a>`}</li>
<li><a href="/index.html">All years</a></li>
<li>${period.next === null ? '' : html`<a href="${period.next.href}" rel="next">${period.next.heading} →</a>`}</li>
</ul>
</nav>
`;
}

/** One period's events, by month; an event's permalink is this page and its id. */
export function render(data: PeriodPageData): string {
  const { site, period } = data;
  return html`${periodNav(period, 'Other years')}<h1 id="${period.id}">${period.heading}</h1>
<p class="lede">${count(period.eventCount, 'dated event')} of ${site.figures.events}, in date order; each is marked as happened, ongoing, planned, expected, possible or denied.</p>
${filterForm(period.filters, { years: false, passages: false, changedSince: site.comparison?.label ?? null })}${period.groups.map((group) => groupSection(group, 2))}${periodNav(period, 'Other years, at the end of the page')}`.value;
}
