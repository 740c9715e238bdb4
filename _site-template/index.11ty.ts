import { count } from './_includes/words.ts';
import { eventCard } from './_includes/event-parts.ts';
import { html, type Html } from '../src/site/html.ts';
import type { SiteModel } from '../src/site/site-model.ts';
import type { PageData } from '../src/site/template-data.ts';

export const data = {
  layout: 'base.11ty.ts',
  permalink: 'index.html',
  title: 'Timeline',
  nav: 'timeline',
  scripts: ['/assets/search-index.js', '/assets/timeline.js'],
};

/** Shown by the page script only: without it, every event stays listed below. */
function filterForm(site: SiteModel): Html {
  const options = (list: Array<{ value: string; label: string }>): Html[] => list.map((o) => html`<option value="${o.value}">${o.label}</option>`);
  return html`<form class="filters" id="site-filters" role="search" aria-label="Filter and search the events" hidden>
<div class="filter-search"><label for="site-q">Search headlines and passages</label><input id="site-q" name="q" type="search" autocomplete="off" spellcheck="false"></div>
<div><label for="site-source">Source article</label><select id="site-source" name="source"><option value="">All articles</option>${options(site.filters.documents.map((d) => ({ value: d.id, label: d.title })))}</select></div>
<div><label for="site-who">Who asserts it</label><select id="site-who" name="who"><option value="">Anyone</option>${options(site.filters.attributions.map((a) => ({ value: a, label: a })))}<option value="site-unattributed">Not attributed</option></select></div>
<div><label for="site-hedged">Hedging</label><select id="site-hedged" name="hedged"><option value="">Hedged or not</option><option value="yes">Hedged claims only</option><option value="no">Unhedged claims only</option></select></div>
<div><label for="site-year">Year</label><select id="site-year" name="year"><option value="">All years</option>${options(site.filters.years.map((y) => ({ value: y, label: y })))}</select></div>
<div class="filter-actions"><button type="reset">Clear</button></div>
</form>
<p class="filter-status" id="site-filter-status" role="status" aria-live="polite"></p>
<section class="passage-hits" id="site-passage-hits" aria-labelledby="site-passage-hits-heading" hidden>
<h2 id="site-passage-hits-heading">Passages that match</h2>
<ol></ol>
</section>
`;
}

export function render(data: PageData): string {
  const { site } = data;
  return html`<h1>Timeline</h1>
<p class="lede">${count(site.figures.events, 'dated event')} read from ${count(site.figures.documents, 'article')}, in the order they happened. Each shows its date only as precisely as the sources give it, who asserts it, and links to the passage it comes from.</p>
${filterForm(site)}${site.periods.map(
  (period) => html`<section class="period" aria-labelledby="${period.id}">
<h2 id="${period.id}">${period.heading}</h2>
${period.groups.map(
  (group) => html`<section class="group" aria-labelledby="${group.id}">
<h3 id="${group.id}">${group.heading}</h3>
<ol class="events">
${group.events.map(eventCard)}</ol>
</section>
`,
)}</section>
`,
)}${site.events.length === 0 ? html`<p>No dated events were found in the corpus.</p>` : ''}`.value;
}
