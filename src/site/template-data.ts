import type { DocumentSummary, SiteModel } from './site-views.ts';

/** Which entry of the site navigation a page is, if any. */
export type NavEntry = 'timeline' | 'changes' | 'undated' | 'about';

/** The data every page template receives from Eleventy. */
export interface PageData {
  site: SiteModel;
  page: { url: string };
  /** The page's own title, shown in `<title>` and as its h1. */
  title: string;
  nav: NavEntry | null;
  /** Site-root URLs of the classic scripts the page loads, in order. */
  scripts?: string[];
}

export interface DocumentPageData extends PageData {
  /** The article the page is of; its view is `site.documentPage(doc)`. */
  doc: DocumentSummary;
}

export interface LayoutData extends PageData {
  /** The page body Eleventy rendered from the page template. */
  content: string;
}
