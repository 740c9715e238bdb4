import { undatedList } from '../src/site/parts/undated-parts.ts';
import { html } from '../src/site/html.ts';
import type { PageData } from '../src/site/template-data.ts';

export const data = {
  layout: 'base.11ty.ts',
  permalink: 'undated.html',
  title: 'Undated expressions',
  nav: 'undated',
};

export function render(data: PageData): string {
  const { site } = data;
  return html`<h1>Undated expressions</h1>
<p class="lede">Date expressions that were found but could not be placed on the timeline, with the reason and what would fix it.</p>
${undatedList(site.undated)}`.value;
}
