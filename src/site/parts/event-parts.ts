import type { DateLabel } from '../format-date.ts';
import { html, type Html } from '../html.ts';
import type { EventView, SourceView } from '../site-views.ts';
import { eventCitation } from '../event-view.ts';

/** A date at its true granularity: a `<time>` when HTML has a value for it, else plain text. */
export function dateLabel(date: DateLabel): Html {
  return date.datetime === null ? html`<span class="date">${date.label}</span>` : html`<time datetime="${date.datetime}">${date.label}</time>`;
}

function attribution(event: EventView): Html {
  const named = event.attributions.length > 0 ? html`According to ${event.attributions.join('; ')}` : '';
  const nobody = event.unattributed ? (named ? ' (and a source that names nobody)' : 'Not attributed to anyone') : '';
  return html`<span class="event-attribution">${named}${nobody}</span>`;
}

/** The "New" or "Changed" badge of an event card, in words (never colour alone); a changed event's badge links to what changed. */
function changeBadge(event: EventView): Html {
  if (event.change === 'added') return html`<span class="badge badge-new">New</span> `;
  if (event.change === 'changed' && event.changeHref !== null) {
    return html`<a class="badge badge-changed" href="${event.changeHref}">Changed<span class="visually-hidden">: see what changed</span></a> `;
  }
  return html``;
}

/** What the sources say of the event, in words (never colour alone): a badge and, unless it happened, the sentence that says what the badge means. */
function statusBadge(event: EventView): Html {
  const sentence = event.status === 'happened' ? '' : html` <span class="event-status-sentence">${event.statusSentence}</span>`;
  return html`<p class="event-status"><span class="badge badge-status badge-${event.status}">${event.statusLabel}</span>${sentence}</p>
`;
}

/** The article a source comes from: its title linked to the passage, its publisher, publication date and original. */
function sourceArticle(source: SourceView): Html {
  const publisher = source.publisher === null ? '' : html`, ${source.publisher}`;
  const published = source.published === null ? '' : html`, ${dateLabel(source.published)}`;
  // The original's address is shown as itself: a reader offline sees where the link would go.
  const original = source.url === null ? '' : html`, original <a href="${source.url}" rel="external noopener noreferrer">${source.url}</a>`;
  return html`<a href="${source.href}">${source.documentTitle}</a><span class="source-article">${publisher}${published}${original}</span>`;
}

/** "Cite this event", folded: its source articles and passages in plain text, BibTeX and CSL-JSON, to copy. */
function citeDisclosure(event: EventView): Html {
  const citation = eventCitation(event);
  return html`<details class="event-cite">
<summary>Cite<span class="visually-hidden"> this event</span></summary>
<p class="cite-format">Plain text</p>
${citation.plain.map((line) => html`<p class="cite-plain">${line}</p>
`)}<p class="cite-format">BibTeX</p>
<pre class="cite-code"><code>${citation.bibtex}</code></pre>
<p class="cite-format">CSL-JSON</p>
<pre class="cite-code"><code>${citation.cslJson}</code></pre>
</details>
`;
}

/** What the page script filters an event by: its card's `data-` attributes (a lazy single file also carries them as data). */
export function eventDataset(event: EventView): Record<string, string> {
  return {
    year: event.year,
    documents: event.documentIds.join(' '),
    attributions: JSON.stringify(event.attributions),
    unattributed: event.unattributed ? 'yes' : 'no',
    hedged: event.hedged ? 'yes' : 'no',
    status: event.status,
    ...(event.change === null ? {} : { change: event.change }),
  };
}

/** An event as a card; its headline is a heading of `level` under the page's month headings. */
export function eventCard(event: EventView, level: 3 | 4 = 3): Html {
  return html`<li class="event-item">
<article class="event" id="${event.id}" aria-labelledby="${event.id}-headline"${Object.entries(eventDataset(event)).map(([name, value]) => html` data-${name}="${value}"`)}>
<p class="event-date">${changeBadge(event)}${event.relation === null ? '' : html`<span class="event-relation">${event.relation}</span> `}${dateLabel(event.date)}</p>
<h${level} class="event-headline" id="${event.id}-headline">${event.headline}</h${level}>
${statusBadge(event)}<p class="event-meta">
${attribution(event)}${
    event.hedged
      ? html` <span class="badge badge-hedged">Hedged${event.hedges.length > 0 ? html`: ${event.hedges.map((h, i) => html`${i > 0 ? ', ' : ''}“${h}”`)}` : ''}</span>`
      : ''
  }${event.corroboration === null ? '' : html` <span class="badge badge-corroborated">${event.corroboration} sources</span>`}
</p>
${
  event.conflicts.length === 0
    ? ''
    : html`<p class="event-conflict"><span class="badge badge-conflict">Dates disagree</span> ${event.conflicts.map(
        (c, i) => html`${i > 0 ? '; ' : ''}<a href="${c.href}">another report</a> dates this ${dateLabel(c.date)}`,
      )}.</p>
`
}<ul class="event-sources" aria-label="Sources">
${event.sources.map(
  (source) => html`<li class="event-source">${sourceArticle(source)}<span class="source-attribution"> · ${source.attribution ?? 'not attributed'} · ${source.statusLabel.toLowerCase()}${source.statusCues.length > 0 ? html` (${source.statusCues.map((c, i) => html`${i > 0 ? ' ' : ''}“${c}”`)})` : ''}${source.hedged ? html` · <em>${source.hedge ?? 'hedged'}</em>` : ''}</span>
<q class="source-statement">${source.statement}</q></li>
`,
)}</ul>
<a class="event-permalink" href="${event.href}">Permalink<span class="visually-hidden"> to this event</span></a>
${citeDisclosure(event)}</article>
</li>
`;
}
