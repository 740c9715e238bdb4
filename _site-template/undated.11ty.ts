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
${
  site.undated.length === 0
    ? html`<p>Every date expression in the corpus was anchored.</p>`
    : html`<ol class="undated-list">
${site.undated.map(
  (u) => html`<li class="undated-item">
<p class="undated-mention"><q>${u.mention}</q> in <a href="${u.href}">${u.documentTitle}</a></p>
<dl class="undated-details">
<div><dt>Read as</dt><dd><code>${u.value}</code> <span class="muted">(${u.type})</span></dd></div>
<div><dt>Why undated</dt><dd>${u.reason}</dd></div>
<div><dt>What to do</dt><dd>${u.advice}</dd></div>
<div><dt>Source file</dt><dd><code>${u.documentPath}</code></dd></div>
</dl>
</li>
`,
)}</ol>
`
}`.value;
}
