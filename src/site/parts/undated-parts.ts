import { html, type Html } from '../html.ts';
import type { UndatedView } from '../site-views.ts';

/** The expressions that could not be dated, with the reason and what would fix it, each linked to its passage. */
export function undatedList(undated: UndatedView[]): Html {
  if (undated.length === 0) return html`<p>Every date expression in the corpus was anchored.</p>`;
  return html`<ol class="undated-list">
${undated.map(
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
`;
}
