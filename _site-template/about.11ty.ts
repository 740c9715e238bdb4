import { count } from '../src/site/parts/words.ts';
import { dateLabel } from '../src/site/parts/event-parts.ts';
import { html } from '../src/site/html.ts';
import type { PageData } from '../src/site/template-data.ts';

export const data = {
  layout: 'base.11ty.ts',
  permalink: 'about.html',
  title: 'About this timeline',
  nav: 'about',
};

export function render(data: PageData): string {
  const { site } = data;
  const { figures } = site;
  return html`<h1>About this timeline</h1>
<p class="lede">This timeline was read automatically from a corpus of news articles. Each event keeps the date at the precision its source gives (a year, a month, a day), names who asserts it, flags hedged claims, and links to the exact passage it comes from.</p>
<section aria-labelledby="site-figures">
<h2 id="site-figures">In figures</h2>
<dl class="figures">
<div><dt>Events</dt><dd>${figures.events}</dd></div>
<div><dt>Source links</dt><dd>${figures.sources}</dd></div>
<div><dt>Articles</dt><dd>${figures.documents}</dd></div>
<div><dt>Undated expressions</dt><dd><a href="/undated.html">${figures.undated}</a></dd></div>
<div><dt>Build messages</dt><dd>${count(figures.diagnostics.error, 'error')}, ${count(figures.diagnostics.warning, 'warning')}, ${count(figures.diagnostics.info, 'note')}</dd></div>
</dl>
</section>
<section aria-labelledby="site-corpus">
<h2 id="site-corpus">The corpus</h2>
<div class="table-scroll" role="region" aria-label="Table of the articles (scrolls sideways on small screens)" tabindex="0">
<table>
<thead><tr><th scope="col">Article</th><th scope="col">Published</th><th scope="col">Date taken</th><th scope="col">Publisher</th><th scope="col">Events</th><th scope="col">Source file</th></tr></thead>
<tbody>
${site.documents.map(
  (doc) => html`<tr><th scope="row"><a href="${doc.href}">${doc.title}</a></th><td>${doc.published === null ? 'unknown' : dateLabel(doc.published)}</td><td>${doc.publishedFrom}</td><td>${doc.publisher ?? '—'}</td><td>${doc.eventCount}</td><td><code>${doc.path}</code></td></tr>
`,
)}</tbody>
</table>
</div>
</section>
<section aria-labelledby="site-diagnostics">
<h2 id="site-diagnostics">Build messages</h2>
${
  site.diagnostics.length === 0
    ? html`<p>The build reported nothing.</p>`
    : html`<ul class="diagnostics">
${site.diagnostics.map(
  (d) => html`<li class="diagnostic diagnostic-${d.severity}"><span class="badge badge-${d.severity}">${d.severity}</span> <code>${d.code}</code> at ${
    d.documentHref === null ? html`<code>${d.location}</code>` : html`<a href="${d.documentHref}"><code>${d.location}</code></a>`
  }: ${d.message}</li>
`,
)}</ul>
`
}</section>
<section aria-labelledby="site-reading">
<h2 id="site-reading">How to read it</h2>
<ul>
<li>A date shows only what the source says: “2014”, “January 2014” or “13 October 2019”. Events known only to the year head their year.</li>
<li><span class="badge badge-hedged">Hedged</span> marks a claim its source reports with reserve (“allegedly”, “reportedly”).</li>
<li><span class="badge badge-corroborated">2 sources</span> counts the distinct articles that report the same event.</li>
<li>Text the articles carried around them (menus, share buttons) is kept on each article’s page, folded away, and was not read for dates.</li>
</ul>
</section>
`.value;
}
