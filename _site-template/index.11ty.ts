import { EVENT_ALIAS_FOLLOWER_PATH } from '../src/site/event-aliases.ts';
import { count } from '../src/site/parts/words.ts';
import { changeCounts } from '../src/site/parts/change-parts.ts';
import { passageHits } from '../src/site/parts/timeline-parts.ts';
import { frontEvents, overviewTable } from '../src/site/parts/front-parts.ts';
import { html } from '../src/site/html.ts';
import type { PageData } from '../src/site/template-data.ts';

export const data = {
  layout: 'base.11ty.ts',
  permalink: 'index.html',
  title: 'Timeline',
  nav: 'timeline',
  scripts: [EVENT_ALIAS_FOLLOWER_PATH, '/assets/minisearch.js', '/assets/timeline.js'],
};

/**
 * The front page tells the story: the lead, an overview of the whole span by month, the key
 * events, the plans and forecasts apart, then every period (each a page of its own, so a
 * timeline of any size opens fast); and a search over every event and passage, shown by the
 * page script only. The script loads the search index when a search starts:
 * `data-search-index` is relative to this page, which is always at the site's root.
 */
export function render(data: PageData): string {
  const { site } = data;
  const { comparison, front } = site;
  return html`<h1>${site.title}</h1>
${site.config.description === null ? '' : html`<p class="lede">${site.config.description}</p>
`}<p class="lede">${count(site.figures.events, 'dated event')} read from ${count(site.figures.documents, 'article')}, in date order: ${site.figures.happened} reported as having happened; the others are marked as ongoing, planned, expected, possible or denied. Each shows its date only as precisely as the sources give it, who asserts it, and links to the passage it comes from.</p>
${
    comparison === null
      ? ''
      : html`<p class="change-note">Since ${comparison.label}: ${count(comparison.added.length, 'new event')}, ${count(comparison.changedCount, 'changed event')}, ${count(comparison.removed.length, 'removed event')}. <a href="/changes.html">What changed</a></p>
`
  }<form class="filters" id="site-filters" role="search" aria-label="Search all events and passages" data-search-index="assets/search-index.js" hidden>
<div class="filter-search"><label for="site-q">Search all events and passages</label><input id="site-q" name="q" type="search" autocomplete="off" spellcheck="false"></div>
</form>
<p class="filter-status" id="site-filter-status" role="status" aria-live="polite"></p>
<section class="event-hits" id="site-event-hits" aria-labelledby="site-event-hits-heading" hidden>
<h2 id="site-event-hits-heading">Events that match</h2>
<ol></ol>
</section>
${passageHits()}${
    site.periods.length === 0
      ? html`<p>No dated events were found in the corpus.</p>`
      : html`<section aria-labelledby="site-overview">
<h2 id="site-overview">Overview</h2>
<p class="muted">${
  front.grain === 'month'
    ? 'Each month of the span with its number of events; choose one to read it.'
    : 'Each year of the span with its number of events, a row per decade; choose one to read it by month.'
}</p>
${overviewTable(front.overview, front.busiest, front.grain)}</section>
<section aria-labelledby="site-key-events">
<h2 id="site-key-events">Key events</h2>
${
  front.key.events.length === 0
    ? html`<p>No event is reported by more than one article, and the configuration names none as key (<code>key-events</code>): every event is on the page of its year, below.</p>
`
    : html`<p class="muted">Reported by several articles${site.config.keyEvents.length > 0 ? ', or chosen by the editors' : ''}, in date order.</p>
${frontEvents(front.key, 'reported by several articles are on the pages of their years')}`
}</section>
${
  front.plans.events.length === 0
    ? ''
    : html`<section aria-labelledby="site-plans">
<h2 id="site-plans">Plans and forecasts</h2>
<p class="muted">Planned, expected or said to be possible: not reported as having happened.</p>
${frontEvents(front.plans, 'planned, expected or possible are on the pages of their years')}</section>
`
}${
  front.listing === 'none'
    ? ''
    : html`<section aria-labelledby="site-periods">
<h2 id="site-periods">Every event, by year</h2>
${front.listing === 'years' ? html`<p class="muted">Each year's page lists its months.</p>
` : ''}<ol class="periods">
${site.periods.map(
  (period) => html`<li class="period-entry"><a class="period-link" href="${period.href}">${period.heading}</a> <span class="muted">${count(period.eventCount, 'event')}</span>${changeCounts(period.changes)}${
    front.listing === 'years'
      ? ''
      : html`
<ul class="period-groups" aria-label="${period.heading} by month">
${period.groups.map((group) => html`<li><a href="${group.href}">${group.heading}</a> <span class="muted">(${group.events.length})</span>${changeCounts(group.changes)}</li>
`)}</ul>`
  }
</li>
`,
)}</ol>
</section>
`
}`
  }`.value;
}
