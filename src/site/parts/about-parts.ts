import { dateLabel } from './event-parts.ts';
import { html, type Html } from '../html.ts';
import type { DiagnosticView, DocumentSummary } from '../site-views.ts';

/** An article's row in the corpus table of the about page (at most ARTICLE_ROW_ELEMENTS elements, src/site/list-pages.ts). */
export function articleRow(doc: DocumentSummary): Html {
  return html`<tr><th scope="row"><a href="${doc.href}">${doc.title}</a></th><td>${doc.published === null ? 'unknown' : dateLabel(doc.published)}</td><td>${doc.publishedFrom}</td><td>${doc.publisher ?? '—'}</td><td>${doc.eventCount}</td><td><code>${doc.path}</code></td></tr>
`;
}

/** A build message in the list of the about page (at most MESSAGE_ELEMENTS elements). */
export function messageItem(d: DiagnosticView): Html {
  return html`<li class="diagnostic diagnostic-${d.severity}"><span class="badge badge-${d.severity}">${d.severity}</span> <code>${d.code}</code> at ${
    d.documentHref === null ? html`<code>${d.location}</code>` : html`<a href="${d.documentHref}"><code>${d.location}</code></a>`
  }: ${d.message}</li>
`;
}
