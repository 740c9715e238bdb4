import { pagePath } from '../src/site/page-keys.ts';
import { undatedList } from '../src/site/parts/undated-parts.ts';
import { listPageNav, listPageNumbers } from '../src/site/parts/list-page-parts.ts';
import { html } from '../src/site/html.ts';
import type { ListPageView } from '../src/site/list-pages.ts';
import type { UndatedView } from '../src/site/site-views.ts';
import type { PageData } from '../src/site/template-data.ts';

interface UndatedPageData extends PageData {
  undatedPage: ListPageView<UndatedView>;
}

export const data = {
  layout: 'base.11ty.ts',
  nav: 'undated',
  pagination: { data: 'rendered.undatedPages', size: 1, alias: 'undatedPage' },
  permalink: (data: UndatedPageData) => pagePath.undated(data.undatedPage),
  eleventyComputed: {
    title: (data: UndatedPageData) => (data.undatedPage.of === 1 ? 'Undated expressions' : `Undated expressions, page ${data.undatedPage.number} of ${data.undatedPage.of}`),
  },
};

export function render(data: UndatedPageData): string {
  const { undatedPage: page } = data;
  return html`<h1>${data.title}</h1>
${listPageNumbers(page, 'Pages of undated expressions')}<p class="lede">Date expressions that were found but could not be placed on the timeline, with the reason and what would fix it.</p>
${undatedList(page.items)}${listPageNav(page, 'Other pages of undated expressions')}`.value;
}
