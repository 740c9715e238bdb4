import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { hashFiles } from '../analyse/analysis-cache.ts';
import type { ListPageView } from './list-pages.ts';
import { siteTemplateDir } from './site-paths.ts';
import type { AboutPageView, DocumentSummary, SiteModel, TimelinePageView, UndatedView } from './site-views.ts';

/**
 * Where each paged template writes one item: the templates' permalinks, here so that a page's
 * key (below) and the page's place are one.
 */
export const pagePath = {
  document: (doc: DocumentSummary): string => `documents/${doc.id}.html`,
  timeline: (page: TimelinePageView): string => `years/${page.slug}.html`,
  about: (page: AboutPageView): string => page.href.slice(1),
  undated: (page: ListPageView<UndatedView>): string => page.href.slice(1),
};

/** The items the paged templates render this build: all of them, or only the pages whose key changed (an article's page view is made when it is rendered: `SiteModel.documentPage`). */
export interface RenderedPages {
  documents: DocumentSummary[];
  pages: TimelinePageView[];
  aboutPages: AboutPageView[];
  undatedPages: Array<ListPageView<UndatedView>>;
}

export function allPages(site: SiteModel): RenderedPages {
  return { documents: site.documents, pages: site.pages, aboutPages: site.aboutPages, undatedPages: site.undatedPages };
}

/** One paged page: its place in the site, its key, and whether it is rendered. */
interface KeyedPage<K extends keyof RenderedPages> {
  list: K;
  item: RenderedPages[K][number];
  path: string;
  key: string;
}

/**
 * The view model hashed as JSON, which would write a Map or a Set as `{}` (and so miss its
 * changes): the model is plain data, and this type stops the build if it ever holds one.
 */
type PlainData<T> = T extends Map<unknown, unknown> | Set<unknown> | WeakMap<object, unknown> ? never : T extends object ? { [K in keyof T]: PlainData<T[K]> } : T;
const plainModel = (site: SiteModel): PlainData<Omit<SiteModel, 'documentPage' | 'documentPageInputs'>> => site;

/**
 * Everything a page's bytes are made from, hashed: the site version (the tool and the
 * templates), the layout's inputs (title, configuration, whether a comparison exists), the
 * page's own item and what its template reads of the rest of the site model. A page whose
 * key did not change renders to the same bytes, so it need not be rendered again. What a
 * template reads must be listed here: test/build/incremental-build.test.ts compares a rebuilt
 * site with a clean build after edits that move pages and counts.
 */
export function pageKeys(model: SiteModel, version: string): Array<KeyedPage<keyof RenderedPages>> {
  const site = plainModel(model);
  const layout = JSON.stringify([version, site.title, site.config, site.comparison === null ? null : site.comparison.label]);
  const hashOf = (template: string, place: string, reads: unknown) =>
    createHash('sha256').update(layout).update('\0').update(template).update('\0').update(place).update('\0').update(JSON.stringify(reads));
  const key = (template: string, place: string, reads: unknown): string => hashOf(template, place, reads).digest('hex');
  const keyed: Array<KeyedPage<keyof RenderedPages>> = [];
  for (const doc of site.documents) {
    const place = pagePath.document(doc);
    // Not the page's view (its text cut into segments: made only for a page that is rendered)
    // but what the view is made from: the summary, the document, its events' back-links and statements.
    const { document, events }: PlainData<ReturnType<SiteModel['documentPageInputs']>> = model.documentPageInputs(doc);
    const hash = hashOf('document', place, [doc, site.undatedPageOf[doc.id] ?? null, events]);
    hash.update('\0').update(document.text).update('\0').update(JSON.stringify({ ...document, text: null }));
    keyed.push({ list: 'documents', item: doc, path: place, key: hash.digest('hex') });
  }
  for (const page of site.pages) {
    const place = pagePath.timeline(page);
    // Of its period (the whole year, every month of it) the page shows only the heading, link and count.
    const { id, heading, href, eventCount } = page.period;
    keyed.push({ list: 'pages', item: page, path: place, key: key('timeline', place, { ...page, period: { id, heading, href, eventCount } }) });
  }
  for (const page of site.aboutPages) {
    const place = pagePath.about(page);
    // The about page itself shows the figures and, while it fits, every article and message.
    const reads =
      page.kind !== 'about'
        ? page
        : page.whole
          ? [page, site.figures, site.documents, site.diagnostics]
          : [page, site.figures, site.documents.length, site.diagnostics.length];
    keyed.push({ list: 'aboutPages', item: page, path: place, key: key('about', place, reads) });
  }
  for (const page of site.undatedPages) {
    const place = pagePath.undated(page);
    keyed.push({ list: 'undatedPages', item: page, path: place, key: key('undated', place, page) });
  }
  return keyed;
}

/** What a build renders and what it keeps from the previous site. */
export interface PagePlan {
  rendered: RenderedPages;
  /** Site paths of the pages taken as they are from the previous site. */
  kept: string[];
  /** Every paged page's key, by site path: what the next build compares with. */
  keys: Map<string, string>;
}

/**
 * The pages to render: those whose key is not the one `previous` holds for their path (or whose
 * previous file is missing: `exists`); the others are kept. Without `previous`, all are rendered.
 */
export function planPages(site: SiteModel, version: string, previous: ReadonlyMap<string, string> | undefined, exists: (sitePath: string) => boolean): PagePlan {
  const rendered: RenderedPages = { documents: [], pages: [], aboutPages: [], undatedPages: [] };
  const kept: string[] = [];
  const keys = new Map<string, string>();
  for (const page of pageKeys(site, version)) {
    keys.set(page.path, page.key);
    if (previous?.get(page.path) === page.key && exists(page.path)) kept.push(page.path);
    else (rendered[page.list] as unknown[]).push(page.item);
  }
  return { rendered, kept, keys };
}

/** The version of the site's rendering: the tool's (its `src/`) and every template and asset file (path and bytes). */
export async function siteVersion(toolVersion: string): Promise<string> {
  const hash = createHash('sha256').update(`site\0${toolVersion}\0`);
  await hashFiles(hash, siteTemplateDir);
  return hash.digest('hex');
}

/**
 * `sitePath` of the previous site into the new one: a hard link (same bytes, same time), or a
 * copy where links are not possible. Synchronous, as the corpus is read (`readContentBytes`):
 * a rebuild keeps thousands of pages one after the other while nothing else runs.
 */
export function keepFile(previousDir: string, outDir: string, sitePath: string): void {
  const from = path.join(previousDir, sitePath);
  const to = path.join(outDir, sitePath);
  mkdirSync(path.dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}
