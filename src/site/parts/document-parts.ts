import { html, type Html } from '../html.ts';
import type { DocumentSummary, DocumentView } from '../site-views.ts';
import { dateLabel } from './event-parts.ts';
import { passageBlock } from './passage-parts.ts';
import { count } from './words.ts';

/** What is known of an article: publication, publisher, author, original, file, how its dates were read. */
export function documentMeta(doc: DocumentSummary, undatedHref: string): Html {
  return html`<dl class="document-meta">
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
<div><dt>In the timeline</dt><dd>${count(doc.eventCount, 'event')}${doc.undatedCount > 0 ? html`, <a href="${undatedHref}">${count(doc.undatedCount, 'undated expression')}</a>` : ''}</dd></div>
</dl>
`;
}

/** The article passage by passage; page chrome folded away. */
export function documentBlocks(doc: DocumentView): Html {
  return html`${doc.blocks.map((block) =>
    block.kind === 'passage'
      ? passageBlock(block.passage)
      : html`<details class="chrome">
<summary>Page chrome left out <span class="muted">(menus, share buttons, footers: not read for dates)</span></summary>
${block.items.map(passageBlock)}</details>
`,
  )}`;
}
