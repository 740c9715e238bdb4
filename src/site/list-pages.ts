import { PAGE_ELEMENT_BUDGET } from './timeline-pages.ts';
import { cutRuns } from './cut-runs.ts';
import type { AboutPageView, DiagnosticView, DocumentSummary, UndatedView } from './site-views.ts';

/**
 * Long lists on numbered pages: the undated expressions (`undated.html`, `undated-page-2.html`),
 * the articles and the build messages of a large corpus (`articles.html`, `messages.html`, ...).
 * Each page holds at most PAGE_ELEMENT_BUDGET elements, counting its numbered-page links. Pure:
 * the same items give the same pages.
 */

/** Elements a list page holds besides its items and its page numbers: the layout, headings, prev/next. */
export const LIST_PAGE_CHROME_ELEMENTS = 500;

/** Elements each numbered-page link adds (li, a, the hidden "Page " span). */
const PAGE_NUMBER_ELEMENTS = 3;

export interface ListPageView<T> {
  /** Site-root URL of the page: `/undated.html`, `/undated-page-2.html`. */
  href: string;
  /** Its place among the pages, from 1, and how many there are. */
  number: number;
  of: number;
  items: T[];
  previous: string | null;
  next: string | null;
  /** Every page of the list, `current` marking this one; empty when the list takes one page. */
  pageNumbers: Array<{ number: number; href: string; current: boolean }>;
}

/** The URL of page `number` of the list named `base`. */
export function listPageHref(base: string, number: number): string {
  return number === 1 ? `/${base}.html` : `/${base}-page-${number}.html`;
}

/**
 * The pages of a list: `room` is what a page may hold for its items (PAGE_ELEMENT_BUDGET less the
 * page's chrome, by default); the page numbers' share is taken from it when there is more than one page.
 */
export function planListPages<T>(items: readonly T[], base: string, weight: (item: T) => number, room = PAGE_ELEMENT_BUDGET - LIST_PAGE_CHROME_ELEMENTS): ListPageView<T>[] {
  let numbers = 0;
  let runs = cutRuns(items, weight, room);
  // More page numbers take room, which can make more pages: grow their share until it covers them.
  while (runs.length > 1 && runs.length * PAGE_NUMBER_ELEMENTS > numbers && room - runs.length * PAGE_NUMBER_ELEMENTS > 0) {
    numbers = runs.length * PAGE_NUMBER_ELEMENTS;
    runs = cutRuns(items, weight, room - numbers);
  }
  const hrefs = runs.map((_, i) => listPageHref(base, i + 1));
  return runs.map((run, i) => ({
    href: hrefs[i]!,
    number: i + 1,
    of: runs.length,
    items: run,
    previous: i === 0 ? null : hrefs[i - 1]!,
    next: i === runs.length - 1 ? null : hrefs[i + 1]!,
    pageNumbers: runs.length === 1 ? [] : hrefs.map((href, n) => ({ number: n + 1, href, current: n === i })),
  }));
}

/** Elements an undated expression adds to its page (undatedList in src/site/parts/undated-parts.ts). */
export const UNDATED_ELEMENTS = 20;

/** Elements an article's row adds to the corpus table, and a build message to its list (about.11ty.ts). */
export const ARTICLE_ROW_ELEMENTS = 10;
export const MESSAGE_ELEMENTS = 5;

/** Elements the about page holds besides its corpus table and build messages: figures, the reading guide. */
export const ABOUT_FIXED_ELEMENTS = 150;

/** The undated expressions on numbered pages, and the page listing each article's first one, by article id. */
export function undatedPages(undated: readonly UndatedView[]): { pages: Array<ListPageView<UndatedView>>; pageOf: Record<string, string> } {
  const pages = planListPages(undated, 'undated', () => UNDATED_ELEMENTS);
  const pageOf: Record<string, string> = {};
  for (const page of pages) for (const u of page.items) pageOf[u.documentId] ??= page.href;
  return { pages, pageOf };
}

/**
 * The about page, whole while its corpus table and build messages fit it; else the about page
 * with the figures and the reading guide, linking to the numbered pages of the articles
 * (`articles.html`, ...) and of the build messages (`messages.html`, ...).
 */
export function aboutPages(documents: readonly DocumentSummary[], diagnostics: readonly DiagnosticView[]): AboutPageView[] {
  const room = PAGE_ELEMENT_BUDGET - LIST_PAGE_CHROME_ELEMENTS;
  const whole = ABOUT_FIXED_ELEMENTS + documents.length * ARTICLE_ROW_ELEMENTS + diagnostics.length * MESSAGE_ELEMENTS <= room;
  if (whole) return [{ kind: 'about', href: '/about.html', title: 'About this timeline', whole, articlePages: 0, messagePages: 0 }];
  const articles = planListPages(documents, 'articles', () => ARTICLE_ROW_ELEMENTS);
  const messages = diagnostics.length === 0 ? [] : planListPages(diagnostics, 'messages', () => MESSAGE_ELEMENTS);
  const titled = (what: string, page: ListPageView<unknown>): string => (page.of === 1 ? what : `${what}, page ${page.number} of ${page.of}`);
  return [
    { kind: 'about', href: '/about.html', title: 'About this timeline', whole, articlePages: articles.length, messagePages: messages.length },
    ...articles.map((page): AboutPageView => ({ kind: 'articles', href: page.href, title: titled('The articles of the corpus', page), page })),
    ...messages.map((page): AboutPageView => ({ kind: 'messages', href: page.href, title: titled('Build messages', page), page })),
  ];
}
