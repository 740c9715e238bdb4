import { html, type Html } from '../html.ts';
import type { FilterOptions, GroupView } from '../site-views.ts';
import { eventCard } from './event-parts.ts';

function options(list: Array<{ value: string; label: string }>): Html[] {
  return list.map((o) => html`<option value="${o.value}">${o.label}</option>`);
}

/**
 * A filter's choices past this many are kept as data (`data-options`, pairs of value and label)
 * and made options by the page script when the field is first used or a shared state names one:
 * a single file of 10,000 articles would otherwise open with 10,000 option elements.
 */
export const EAGER_OPTIONS = 200;

/** A select of a filter: its first option (any), its choices, and `extra` options after them. */
function select(id: string, name: string, any: string, list: Array<{ value: string; label: string }>, extra: Html | '' = ''): Html {
  if (list.length <= EAGER_OPTIONS) return html`<select id="${id}" name="${name}"><option value="">${any}</option>${options(list)}${extra}</select>`;
  return html`<select id="${id}" name="${name}" data-options="${JSON.stringify(list.map((o) => [o.value, o.label]))}"><option value="">${any}</option>${extra}</select>`;
}

/**
 * The filters over the events listed on the page, shown by the page script only: without it,
 * every event stays listed. `years` adds a year filter (for a page that lists every year);
 * `passages` adds the list of matching passages (the page loads the search index);
 * `changedSince` (the compared timeline's label) a filter on the New and Changed marks.
 */
export function filterForm(filters: FilterOptions, choices: { years: boolean; passages: boolean; changedSince?: string | null }): Html {
  return html`<form class="filters" id="site-filters" role="search" aria-label="Filter and search the events" hidden>
<div class="filter-search"><label for="site-q">Search ${choices.passages ? 'headlines and passages' : 'these events'}</label><input id="site-q" name="q" type="search" autocomplete="off" spellcheck="false"></div>
<div><label for="site-source">Source article</label>${select('site-source', 'source', 'All articles', filters.documents.map((d) => ({ value: d.id, label: d.title })))}</div>
<div><label for="site-who">Who asserts it</label>${select('site-who', 'who', 'Anyone', filters.attributions.map((a) => ({ value: a, label: a })), html`<option value="site-unattributed">Not attributed</option>`)}</div>
${filters.statuses.length > 1 ? html`<div><label for="site-status">Status</label><select id="site-status" name="status"><option value="">Any status</option>${options(filters.statuses.map((st) => ({ value: st.value, label: st.label })))}<option value="not-happened">Not reported as happened</option></select></div>
` : ''}<div><label for="site-hedged">Hedging</label><select id="site-hedged" name="hedged"><option value="">Hedged or not</option><option value="yes">Hedged claims only</option><option value="no">Unhedged claims only</option></select></div>
${
    choices.changedSince === undefined || choices.changedSince === null
      ? ''
      : html`<div><label for="site-changed">Changed since ${choices.changedSince}</label><select id="site-changed" name="changed"><option value="">Changed or not</option><option value="any">New or changed only</option><option value="added">New only</option><option value="changed">Changed only</option></select></div>
`
  }${choices.years ? html`<div><label for="site-year">Year</label><select id="site-year" name="year"><option value="">All years</option>${options(filters.years.map((y) => ({ value: y, label: y })))}</select></div>` : ''}
<div class="filter-actions"><button type="reset">Clear</button></div>
</form>
<p class="filter-status" id="site-filter-status" role="status" aria-live="polite"></p>
${choices.passages ? passageHits() : ''}`;
}

/** Filled by the page script with the passages a search finds (from the search index). */
export function passageHits(): Html {
  return html`<section class="passage-hits" id="site-passage-hits" aria-labelledby="site-passage-hits-heading" hidden>
<h2 id="site-passage-hits-heading">Passages that match</h2>
<ol></ol>
</section>
`;
}

/** A month (or "Sometime in 2014") and its events; `level` is the month heading's level. */
export function groupSection(group: GroupView, level: 2 | 3): Html {
  return html`<section class="group" aria-labelledby="${group.id}">
<h${level} class="group-heading" id="${group.id}">${group.heading}</h${level}>
<ol class="events">
${group.events.map((event) => eventCard(event, level === 2 ? 3 : 4))}</ol>
</section>
`;
}
