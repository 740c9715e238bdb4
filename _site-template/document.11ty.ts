import { pagePath } from '../src/site/page-keys.ts';
import { documentBlocks, documentMeta } from '../src/site/parts/document-parts.ts';
import { html } from '../src/site/html.ts';
import type { DocumentPageData } from '../src/site/template-data.ts';

export const data = {
  layout: 'base.11ty.ts',
  nav: null,
  pagination: { data: 'rendered.documents', size: 1, alias: 'doc' },
  permalink: (data: DocumentPageData) => pagePath.document(data.doc),
  eleventyComputed: { title: (data: DocumentPageData) => data.doc.title },
};

export function render(data: DocumentPageData): string {
  // The page's view (its text cut into passages) is made here and dropped with the page.
  const doc = data.site.documentPage(data.doc);
  return html`<article class="document" aria-labelledby="site-document-title">
<header class="document-header">
<p class="kicker">Source article</p>
<h1 id="site-document-title">${doc.title}</h1>
${documentMeta(doc, data.site.undatedPageOf[doc.id] ?? '/undated.html')}</header>
<section class="document-text" aria-labelledby="site-document-text">
<h2 id="site-document-text">Text</h2>
<p class="muted">Date expressions are marked; hover or focus one to see what it was read as. Passages that events come from link back to the timeline.</p>
${documentBlocks(doc)}</section>
</article>
`.value;
}
