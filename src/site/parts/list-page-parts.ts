import { html, type Html } from '../html.ts';
import type { ListPageView } from '../list-pages.ts';

/** Numbered page links, the current one marked (a timeline month's pages, a list's); nothing for no pages. */
export function pageNumbersNav(pageNumbers: ReadonlyArray<{ number: number; href: string; current: boolean }>, label: string): Html {
  if (pageNumbers.length === 0) return html``;
  return html`<nav class="page-numbers" aria-label="${label}">
<ol>
${pageNumbers.map(
  (p) => html`<li><a href="${p.href}"${p.current ? html` aria-current="page"` : ''}><span class="visually-hidden">Page </span>${p.number}</a></li>
`,
)}</ol>
</nav>
`;
}

/** The numbered pages of a list that takes more than one, the current one marked; nothing for a list of one page. */
export function listPageNumbers(page: ListPageView<unknown>, label: string): Html {
  return pageNumbersNav(page.pageNumbers, label);
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
