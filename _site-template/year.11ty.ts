import { pagePath } from '../src/site/page-keys.ts';
import { EVENT_ALIAS_FOLLOWER_PATH } from '../src/site/event-aliases.ts';
import { count } from '../src/site/parts/words.ts';
import { changeCounts } from '../src/site/parts/change-parts.ts';
import { filterForm, groupSection } from '../src/site/parts/timeline-parts.ts';
import { html, type Html } from '../src/site/html.ts';
import { pageNumbersNav } from '../src/site/parts/list-page-parts.ts';
import type { TimelinePageView } from '../src/site/site-views.ts';
import type { PageData } from '../src/site/template-data.ts';

interface TimelinePageData extends PageData {
  timelinePage: TimelinePageView;
}

export const data = {
  layout: 'base.11ty.ts',
  nav: 'timeline',
  scripts: [EVENT_ALIAS_FOLLOWER_PATH, '/assets/minisearch.js', '/assets/timeline.js'],
  pagination: { data: 'rendered.pages', size: 1, alias: 'timelinePage' },
  permalink: (data: TimelinePageData) => pagePath.timeline(data.timelinePage),
  eleventyComputed: { title: (data: TimelinePageData) => data.timelinePage.heading },
};

/** Previous and next page in date order, and the way up: the year's contents (for a part) and all years. */
function pageNav(page: TimelinePageView, label: string): Html {
  const up = page.kind === 'part' ? html`<a href="${page.period.href}">${page.period.heading}, by month</a> · ` : '';
  return html`<nav class="period-nav" aria-label="${label}">
<ul>
<li>${page.previous === null ? '' : html`<a href="${page.previous.href}" rel="prev">← ${page.previous.heading}</a>`}</li>
<li>${up}<a href="/index.html">All years</a></li>
<li>${page.next === null ? '' : html`<a href="${page.next.href}" rel="next">${page.next.heading} →</a>`}</li>
</ul>
</nav>
`;
}

/** The numbered pages of a month that takes more than one, the current one marked. */
function pageNumbers(page: TimelinePageView): Html {
  return pageNumbersNav(page.pageNumbers, `Pages of ${page.groups[0]?.heading ?? page.heading}`);
}

/** A period too large for one page: its months (and "Sometime in"), each a page or a run of numbered pages. */
function contents(page: TimelinePageView): Html {
  return html`<p class="lede">${count(page.eventCount, 'dated event')}, too many for one page: listed by month.</p>
<ol class="period-contents">
${page.contents.map(
  (entry) => html`<li><a href="${entry.href}">${entry.heading}</a> <span class="muted">${count(entry.eventCount, 'event')}</span>${changeCounts(entry.changes)}${
    entry.pages.length === 0
      ? ''
      : html` <span class="period-contents-pages">pages ${entry.pages.map((p, i) => html`${i > 0 ? ' ' : ''}<a href="${p.href}" aria-label="${entry.heading}, page ${p.number}">${p.number}</a>`)}</span>`
  }</li>
`,
)}</ol>
`;
}

/**
 * The months of a whole year's page, each with its number of events, linked to its heading: what
 * the front page lists by month only while the span is short (src/site/front-page.ts).
 */
function monthIndex(page: TimelinePageView): Html | '' {
  if (page.kind !== 'whole' || page.groups.length < 2) return '';
  return html`<nav class="period-months" aria-label="${page.heading} by month">
<ul class="period-groups">
${page.groups.map((group) => html`<li><a href="${group.href}">${group.heading}</a> <span class="muted">(${group.events.length})</span>${changeCounts(group.changes)}</li>
`)}</ul>
</nav>
`;
}

/**
 * A timeline page: a period's events by month (an event's permalink is this page and its id),
 * or, for a period too large for one page, its contents or one of its parts.
 */
export function render(data: TimelinePageData): string {
  // Of `page.period`, read only its id, heading, href and eventCount: what the page's key holds of it (src/site/page-keys.ts).

  const { site, timelinePage: page } = data;
  const label = page.kind === 'part' ? 'Other pages' : 'Other years';
  if (page.kind === 'contents') {
    return html`${pageNav(page, label)}<h1 id="${page.period.id}">${page.heading}</h1>
${contents(page)}${pageNav(page, `${label}, at the end of the page`)}`.value;
  }
  const lede =
    page.kind === 'whole'
      ? count(page.eventCount, 'dated event')
      : html`${count(page.eventCount, 'dated event')} of the ${page.period.eventCount} of ${page.period.heading}`;
  return html`${pageNav(page, label)}<h1${page.kind === 'whole' ? html` id="${page.period.id}"` : ''}>${page.heading}</h1>
${pageNumbers(page)}<p class="lede">${lede}, in date order; each is marked as happened, ongoing, planned, expected, possible or denied.</p>
${monthIndex(page)}${filterForm(page.filters, { years: false, passages: false, changedSince: site.comparison?.label ?? null })}${page.groups.map((group) => groupSection(group, 2))}${pageNav(page, `${label}, at the end of the page`)}`.value;
}
