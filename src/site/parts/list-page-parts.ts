import { html, type Html } from '../html.ts';
import type { ListPageView } from '../list-pages.ts';

/** The numbered pages of a list that takes more than one, the current one marked; nothing for a list of one page. */
export function listPageNumbers(page: ListPageView<unknown>, label: string): Html {
  if (page.pageNumbers.length === 0) return html``;
  return html`<nav class="page-numbers" aria-label="${label}">
<ol>
${page.pageNumbers.map(
  (p) => html`<li><a href="${p.href}"${p.current ? html` aria-current="page"` : ''}><span class="visually-hidden">Page </span>${p.number}</a></li>
`,
)}</ol>
</nav>
`;
}

/** Previous and next page of a list that takes more than one; nothing for a list of one page. */
export function listPageNav(page: ListPageView<unknown>, label: string): Html {
  if (page.of === 1) return html``;
  return html`<nav class="period-nav" aria-label="${label}">
<ul>
<li>${page.previous === null ? '' : html`<a href="${page.previous}" rel="prev">← Page ${page.number - 1}</a>`}</li>
<li>Page ${page.number} of ${page.of}</li>
<li>${page.next === null ? '' : html`<a href="${page.next}" rel="next">Page ${page.number + 1} →</a>`}</li>
</ul>
</nav>
`;
}
