import { changesSections } from '../src/site/parts/change-parts.ts';
import { html } from '../src/site/html.ts';
import type { PageData } from '../src/site/template-data.ts';

export const data = {
  layout: 'base.11ty.ts',
  nav: 'changes',
  // Written only for a site built with --compare-to.
  permalink: (data: PageData) => (data.site.comparison === null ? false : 'changes.html'),
  eleventyExcludeFromCollections: true,
  eleventyComputed: { title: (data: PageData) => (data.site.comparison === null ? 'What changed' : `What changed since ${data.site.comparison.label}`) },
};

/** The events added, changed and removed since the timeline the site was compared with. */
export function render(data: PageData): string {
  const { comparison } = data.site;
  if (comparison === null) return '';
  return html`<h1>What changed since <span class="change-label">${comparison.label}</span></h1>
<p class="lede">How this timeline differs from the one built from ${comparison.label}. New and changed events are marked on the year pages too.</p>
${changesSections(comparison, 2)}`.value;
}
