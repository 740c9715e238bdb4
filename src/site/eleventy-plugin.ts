import type { TransformContext, UserConfig } from '@11ty/eleventy';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Timeline } from '../types.ts';
import { writeTimelineJson } from '../timeline/timeline-json.ts';
import { DEFAULT_SITE_CONFIG, type SiteConfig } from '../load/read-site-config.ts';
import { validateTimeline, type ValidTimeline } from '../timeline/validate-timeline.ts';
import type { CompareTo } from './comparison-view.ts';
import { relativeUrls } from './relative-url.ts';
import { buildSiteModel } from './site-model.ts';
import type { SiteModel } from './site-views.ts';
import { minisearchScript, siteAssetsDir } from './site-paths.ts';
import { writeSiteDownloads } from './write-downloads.ts';
import type { ShardScripts } from './shard-scripts.ts';
import { downloadPieces, eventPieceKeys } from './download-pieces.ts';
import { timelineSiteLinks, type SiteLinks } from './site-links.ts';
import type { PieceTable } from '../output/keyed-pieces.ts';
import { allPages, keepFile, planPages, type PagePlan, type RenderedPages } from './page-keys.ts';

/** Pages kept from the previous site instead of rendered again (`timeline build` with its cache). */
export interface PageReuse {
  /** The version of the site's rendering (`siteVersion`): a page's key includes it. */
  version: string;
  /** The previous site and the keys its pages were rendered from; its files are read and linked, never changed. */
  previous?: { dir: string; keys: ReadonlyMap<string, string> };
  /**
   * Given keys by site path (what the next build compares with) and how many of those files are
   * kept: once for the paged pages when they are planned, once for the search's shards
   * (writeSiteDownloads); the caller keeps both.
   */
  onKeys(keys: Map<string, string>, kept: number): void;
  /**
   * Of the previous site's per-event downloads (`timeline.json`, feed, TimelineJS, CSV), where
   * each event's piece lies in the file, by site path (src/site/download-pieces.ts): a piece of
   * the same key is copied from there. Only tables of files still as that build wrote them.
   */
  pieces?: { dir: string; tables: ReadonlyMap<string, ReadonlyMap<string, readonly [number, number]>> };
  /** Given each per-event download's table (what the next build copies from) and how many of its pieces were copied. */
  onPieces?(sitePath: string, table: PieceTable, kept: number): void;
}

/** What the site is built from: the plugin's options are the only way the timeline reaches Eleventy. */
export interface TimelineSiteOptions {
  /**
   * The timeline, validated (`buildSite`); or a function that makes one, for a run of
   * Eleventy itself (eleventy.config.ts), validated here when first needed.
   */
  timeline: ValidTimeline | (() => Promise<Timeline>);
  /** The diff from an older timeline to this one (`--compare-to`): adds the "What changed" page and marks. */
  compareTo?: CompareTo;
  /** The site's configuration (`readSiteConfig`), or a function that reads it (a run of Eleventy itself); the defaults without it. */
  config?: SiteConfig | (() => Promise<SiteConfig>);
  /** Events per shard of the search's events index, at most (`EVENTS_PER_SHARD` in search-index.ts without it). */
  searchEventsPerShard?: number;
  /** Render only the pages whose key changed and keep the others from the previous site; without it, every page is rendered. */
  reuse?: PageReuse;
  /** The plan of the pages (pagePlan), when the caller shares one between runs (buildSite); else made here from `reuse`, once. */
  plan?: () => Promise<PagePlan | undefined>;
  /**
   * Also write the data files the pages of `_site-template/` link to (CSV, JSON Feed,
   * TimelineJS, search index, event alias map: src/site/write-downloads.ts); a site of one's
   * own gets `timeline.json` only.
   */
  downloads?: boolean;
  /** Where the search's shard scripts are made (a worker beside the pages: buildSite with jobs); in the run's own thread without it. */
  scripts?: ShardScripts;
  /** False when the caller wrote the search's shards itself (buildSite, before the site model: writeSearchShards); the downloads write them otherwise. */
  searchShards?: boolean;
  /** The site's links (timelineSiteLinks of the timeline), when the caller has them; else made here when needed. */
  links?: SiteLinks;
  /** The site model, when the caller shares one between runs (buildSite); else built here from the timeline, once. */
  site?: () => Promise<SiteModel>;
  /**
   * One of the runs of a large site (buildSite): which of the document pages and timeline pages
   * to render (`rendered.documents`, `rendered.pages`) it renders, as [from, to) ranges (all by
   * default), and whether it writes what a site has once (assets, `timeline.json`, downloads,
   * the other paged pages, the kept pages' links; true by default).
   */
  run?: SiteRun;
}

/** What one Eleventy run of a site renders (TimelineSiteOptions.run). */
export interface SiteRun {
  documents: [number, number];
  timelinePages: [number, number];
  once: boolean;
}

/** The site paths of the files of `dir` (none when it cannot be read). */
async function filesOf(dir: string): Promise<Set<string>> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return new Set(entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')));
  } catch {
    return new Set();
  }
}

function memoize<T>(load: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= load());
}

/**
 * The pages to render and to keep (page-keys.ts planPages), made once when first asked: with
 * `reuse`, reads the previous site's files and hands the new keys to `reuse.onKeys`; without
 * it, undefined (every page is rendered).
 */
export function pagePlan(site: () => Promise<SiteModel>, reuse: PageReuse | undefined): () => Promise<PagePlan | undefined> {
  return memoize(async (): Promise<PagePlan | undefined> => {
    if (reuse === undefined) return undefined;
    const previous = reuse.previous;
    const files = previous === undefined ? new Set<string>() : await filesOf(previous.dir);
    const planned = planPages(await site(), reuse.version, previous?.keys, (sitePath) => files.has(sitePath));
    reuse.onKeys(planned.keys, planned.kept.length);
    return planned;
  });
}

/**
 * Everything the site needs from Eleventy, registered in one place: TypeScript templates,
 * the assets, the validated timeline and its view model as global data (`timeline`, `site`),
 * and relative links.
 */
export function timelineSitePlugin(eleventyConfig: UserConfig, options: TimelineSiteOptions): void {
  eleventyConfig.addExtension(['11ty.ts'], { key: '11ty.js' });
  // In a site of one's own too, whose formats name only its own: the plugin's pages and the user's may be TypeScript.
  eleventyConfig.addTemplateFormats('11ty.ts');
  const run = options.run;
  const once = run?.once ?? true;
  if (once) {
    eleventyConfig.addPassthroughCopy({ [siteAssetsDir]: 'assets' });
    // The search engine the page script uses (search-index.ts), as the classic script its package ships.
    eleventyConfig.addPassthroughCopy({ [minisearchScript]: 'assets/minisearch.js' });
  }

  const given = options.timeline;
  const timeline = memoize(async (): Promise<ValidTimeline> => (typeof given === 'function' ? validateTimeline(await given()) : given));
  const givenConfig = options.config;
  const config = memoize(async (): Promise<SiteConfig | undefined> => (typeof givenConfig === 'function' ? givenConfig() : givenConfig));
  eleventyConfig.addGlobalData('timeline', timeline);
  const site = options.site ?? memoize(async () => buildSiteModel(await timeline(), { compareTo: options.compareTo, config: await config() }));
  eleventyConfig.addGlobalData('site', site);
  const plan = options.plan ?? pagePlan(site, options.reuse);
  // What the paged templates render in this run: every page, or with `reuse` only those whose
  // key changed; of those, with `run`, the run's share of the document and timeline pages (and
  // the other paged pages in the run that writes what a site has once).
  eleventyConfig.addGlobalData('rendered', async (): Promise<RenderedPages> => {
    const rendered = (await plan())?.rendered ?? allPages(await site());
    if (run === undefined) return rendered;
    return {
      documents: rendered.documents.slice(...run.documents),
      pages: rendered.pages.slice(...run.timelinePages),
      aboutPages: once ? rendered.aboutPages : [],
      undatedPages: once ? rendered.undatedPages : [],
    };
  });
  // The kept pages are linked once, by the run that writes what a site has once.
  eleventyConfig.on('eleventy.after', async ({ directories, outputMode }) => {
    const planned = await plan();
    const previousDir = options.reuse?.previous?.dir;
    if (outputMode !== 'fs' || !once || planned === undefined || previousDir === undefined) return;
    for (const sitePath of planned.kept) keepFile(previousDir, directories.output, sitePath);
  });

  // The timeline JSON and the downloads are written before the pages, one file at a time, not
  // rendered by templates: Eleventy holds every output it renders until the build ends (at
  // 10,000 articles these files are hundreds of megabytes), and the timeline JSON, written as a
  // stream, would pass V8's cap on a string (near 512 MB).
  eleventyConfig.on('eleventy.before', async ({ directories, outputMode }) => {
    if (outputMode !== 'fs' || !once) return;
    const valid = await timeline();
    await mkdir(directories.output, { recursive: true });
    const reuse = options.reuse;
    const siteConfig = (await config()) ?? DEFAULT_SITE_CONFIG;
    // With reuse, each event's piece of the per-event downloads has a key, made once for all of them.
    const links = options.links ?? (reuse === undefined ? undefined : timelineSiteLinks(valid));
    const keyOf = reuse === undefined || links === undefined ? undefined : eventPieceKeys(valid, siteConfig, links, reuse.version);
    const pieces = (sitePath: string) => (reuse === undefined || keyOf === undefined ? undefined : downloadPieces(reuse, sitePath, keyOf));
    // The downloads first: they hand the search's shards to the worker (options.scripts) before anything else is written.
    if (options.downloads === true) {
      const { searchEventsPerShard, scripts, searchShards } = options;
      await writeSiteDownloads(valid, directories.output, siteConfig, { searchEventsPerShard, reuse, links, pieces, scripts, searchShards });
    }
    await writeTimelineJson(valid, path.join(directories.output, 'timeline.json'), pieces('timeline.json'));
  });

  // Site-root links in templates become relative to each page, so the site opens from file:// and any sub-path.
  eleventyConfig.addTransform('relative-urls', function (this: TransformContext, content: string) {
    const { url, outputPath } = this.page;
    return url === false || typeof outputPath !== 'string' || !outputPath.endsWith('.html') ? content : relativeUrls(content, url);
  });
}
