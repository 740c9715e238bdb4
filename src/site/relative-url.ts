import path from 'node:path';

/**
 * Rewrites a site-root URL (`/documents/a.html#p-1`) relative to the page that holds it
 * (`../documents/a.html#p-1` from `/documents/b.html`), so the site works opened from disk
 * (file://) and from any sub-path. Everything else (`https:`, `#frag`, `mailto:`,
 * already relative) is returned unchanged.
 *
 * A URL that ends in a folder gets `index.html`: from file:// a folder does not open its index.
 */
export function relativeUrl(url: string, pageUrl: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const suffixAt = url.search(/[?#]/);
  const target = suffixAt === -1 ? url : url.slice(0, suffixAt);
  const suffix = suffixAt === -1 ? '' : url.slice(suffixAt);
  const targetFile = target.endsWith('/') ? `${target}index.html` : target;
  const pageDir = pageUrl.endsWith('/') ? pageUrl : path.posix.dirname(pageUrl);
  const relative = path.posix.relative(pageDir, targetFile);
  return (relative === '' ? path.posix.basename(targetFile) : relative) + suffix;
}

/**
 * Every site-root `href` and `src` of a page made relative to it (relativeUrl). Our pages are
 * built by src/site/html.ts, where every interpolated value is escaped (a `"` inside a value or
 * text is `&quot;`), so ` href="` and ` src="` start an attribute wherever they appear: a plain
 * pass over the string does what parsing the page and writing it out again did, at a fraction
 * of the cost (Eleventy's posthtml URL transform was 16 % of a site build).
 */
export function relativeUrls(markup: string, pageUrl: string): string {
  return markup.replace(/(\s(?:href|src)=")(\/[^"]*)"/g, (_all, start: string, url: string) => `${start}${relativeUrl(url, pageUrl)}"`);
}
