/**
 * A link in a download (TimelineJS JSON, CSV, feed) to a page of the site, from its site-root
 * URL (`/documents/a.html#p`). A download leaves the site: with the configured base URL the
 * link is absolute, so it works wherever the file goes; without one it is relative to the
 * site's root folder (`documents/a.html#p`), which works only beside the site.
 */
export function downloadLink(siteRootUrl: string, baseUrl: string | null): string {
  const relative = siteRootUrl.replace(/^\/+/u, '');
  return baseUrl === null ? relative : new URL(relative, baseUrl).href;
}
