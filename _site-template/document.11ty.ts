import { count } from './_includes/words.ts';
import { dateLabel } from './_includes/event-parts.ts';
import { passageBlock } from './_includes/passage-parts.ts';
import { html } from '../src/site/html.ts';
import type { DocumentPageData } from '../src/site/template-data.ts';

export const data = {
  layout: 'base.11ty.ts',
  nav: null,
  pagination: { data: 'site.documents', size: 1, alias: 'doc' },
  permalink: (data: DocumentPageData) => `documents/${data.doc.id}.html`,
  eleventyComputed: { title: (data: DocumentPageData) => data.doc.title },
};

export function render(data: DocumentPageData): string {
  const { doc } = data;
  return html`<article class="document" aria-labelledby="site-document-title">
<header class="document-header">
<p class="kicker">Source article</p>
<h1 id="site-document-title">${doc.title}</h1>
<dl class="document-meta">
<div><dt>Published</dt><dd>${
    doc.published === null
      ? html`Unknown. Relative dates in this article could not be anchored: add <code>published: YYYY-MM-DD</code> to its front matter.`
      : html`${dateLabel(doc.published)} <span class="muted">(${doc.publishedFrom})</span>`
  }</dd></div>
${doc.publisher === null ? '' : html`<div><dt>Publisher</dt><dd>${doc.publisher}</dd></div>`}
${doc.author === null ? '' : html`<div><dt>Author</dt><dd>${doc.author}</dd></div>`}
${
    doc.url !== null
      ? html`<div><dt>Original</dt><dd><a class="external" href="${doc.url}" rel="external noopener noreferrer">${doc.url}</a></dd></div>`
      : doc.unlinkedUrl !== null
        ? html`<div><dt>Original</dt><dd><code>${doc.unlinkedUrl}</code> <span class="muted">(not linked: not a web address)</span></dd></div>`
        : ''
  }
<div><dt>Source file</dt><dd><code>${doc.path}</code></dd></div>
<div><dt>Dates read</dt><dd>${doc.mode === 'narrative' ? 'against the dates the text establishes (narrative)' : 'against the publication date (news)'}</dd></div>
<div><dt>In the timeline</dt><dd>${count(doc.eventCount, 'event')}${doc.undatedCount > 0 ? html`, <a href="/undated.html">${count(doc.undatedCount, 'undated expression')}</a>` : ''}</dd></div>
</dl>
</header>
<section class="document-text" aria-labelledby="site-document-text">
<h2 id="site-document-text">Text</h2>
<p class="muted">Date expressions are marked; hover or focus one to see what it was read as. Passages that events come from link back to the timeline.</p>
${doc.blocks.map((block) =>
  block.kind === 'passage'
    ? passageBlock(block.passage)
    : html`<details class="chrome">
<summary>Page chrome left out <span class="muted">(menus, share buttons, footers: not read for dates)</span></summary>
${block.items.map(passageBlock)}</details>
`,
)}</section>
</article>
`.value;
}
