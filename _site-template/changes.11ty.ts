import { changesListPage, changesSections, changesSummary } from '../src/site/parts/change-parts.ts';
import { html } from '../src/site/html.ts';
import type { ChangePageView } from '../src/site/change-pages.ts';
import type { PageData } from '../src/site/template-data.ts';

interface ChangesPageData extends PageData {
  changePage: ChangePageView;
}

export const data = {
  layout: 'base.11ty.ts',
  nav: 'changes',
  // Pages only for a site built with --compare-to: `changes.html`, and for a large comparison its list pages (src/site/change-pages.ts).
  pagination: { data: 'site.changePages', size: 1, alias: 'changePage' },
  permalink: (data: ChangesPageData) => data.changePage.href.slice(1),
  eleventyExcludeFromCollections: true,
  eleventyComputed: {
    title: (data: ChangesPageData) => {
      const label = data.site.comparison?.label ?? '';
      return data.changePage.kind === 'list' ? `${data.changePage.title} since ${label}` : `What changed since ${label}`;
    },
  },
};

/** The events added, changed and removed since the timeline the site was compared with: all of them, or a summary, or one list of a large comparison. */
export function render(data: ChangesPageData): string {
  const { comparison } = data.site;
  const page = data.changePage;
  if (comparison === null) return '';
  if (page.kind === 'list') {
    return html`<h1>${page.title} <span class="muted">since <span class="change-label">${comparison.label}</span></span></h1>
${changesListPage(page)}`.value;
  }
  return html`<h1>What changed since <span class="change-label">${comparison.label}</span></h1>
<p class="lede">How this timeline differs from the one built from ${comparison.label}. New and changed events are marked on the year pages too.</p>
${page.kind === 'whole' ? changesSections(comparison, 2) : changesSummary(comparison, page)}`.value;
}
