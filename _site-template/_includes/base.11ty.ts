import { headMeta } from '../../src/site/parts/head-parts.ts';
import { html, loadedScript, renderedContent } from '../../src/site/html.ts';
import { SITE_CONTENT_SECURITY_POLICY } from '../../src/site/content-security-policy.ts';
import { relativeUrl } from '../../src/site/relative-url.ts';
import type { LayoutData, NavEntry } from '../../src/site/template-data.ts';
import { FEED_PATH, FEED_TYPE } from '../../src/site/timeline-feed.ts';

const NAV: Array<{ entry: NavEntry; href: string; label: (data: LayoutData) => string; shown?: (data: LayoutData) => boolean }> = [
  { entry: 'timeline', href: '/index.html', label: () => 'Timeline' },
  // Only a site built with --compare-to has the page.
  { entry: 'changes', href: '/changes.html', label: () => 'What changed', shown: (data) => data.site.comparison !== null },
  // No corpus-wide figure in the chrome: one edit would change every page (the counts are on the front and about pages).
  { entry: 'undated', href: '/undated.html', label: () => 'Undated' },
  { entry: 'about', href: '/about.html', label: () => 'About' },
];

export function render(data: LayoutData): string {
  return html`<!doctype html>
<html lang="${data.site.config.language}">
<head>
${headMeta(SITE_CONTENT_SECURITY_POLICY)}<title>${data.title} · ${data.site.title}</title>
${data.site.config.description === null ? '' : html`<meta name="description" content="${data.site.config.description}">
`}<link rel="alternate" type="${FEED_TYPE}" href="${FEED_PATH}" title="${data.site.title}: events, newest first">
<link rel="stylesheet" href="/assets/site.css">
${(data.scripts ?? []).map((src) => html`${loadedScript(relativeUrl(src, data.page.url))}
`)}</head>
<body>
<a class="skip-link" href="#site-main">Skip to content</a>
<header class="site-header">
<div class="site-header-inner">
<p class="site-name"><a href="/index.html">${data.site.title}</a></p>
<nav class="site-nav" aria-label="Site">
<ul>
${NAV.filter((item) => item.shown?.(data) ?? true).map(
  (item) => html`<li><a href="${item.href}"${data.nav === item.entry ? html` aria-current="page"` : ''}>${item.label(data)}</a></li>
`,
)}</ul>
</nav>
</div>
</header>
<main id="site-main" tabindex="-1">
${renderedContent(data.content)}
</main>
<footer class="site-footer">
<p>Every event links to the passage it was read from.</p>
<ul class="downloads" aria-label="Downloads">
<li><a href="/timeline.json" type="application/json">Timeline (JSON)</a></li>
<li><a href="/timeline.csv" type="text/csv">Events and sources (CSV)</a></li>
<li><a href="/timelinejs.json" type="application/json">TimelineJS3 (JSON)</a></li>
<li><a href="${FEED_PATH}" type="${FEED_TYPE}">Feed of events (JSON Feed)</a></li>
</ul>
</footer>
</body>
</html>
`.value;
}
