import type { TransformContext, UserConfig } from '@11ty/eleventy';
import { copyFile, link, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Timeline } from '../types.ts';
import { writeTimelineJson } from '../timeline/timeline-json.ts';
import type { SiteConfig } from '../load/read-site-config.ts';
import { validateTimeline, type ValidTimeline } from '../timeline/validate-timeline.ts';
import type { CompareTo } from './comparison-view.ts';
import { relativeUrls } from './relative-url.ts';
import { buildSiteModel } from './site-model.ts';
import { minisearchScript, siteAssetsDir } from './site-paths.ts';
import { eventIndexShards, passageIndexShards, searchShardFiles, type SearchIndexShards } from './search-index.ts';
import { allPages, planPages, type PagePlan } from './page-keys.ts';

/** Pages kept from the previous site instead of rendered again (`timeline build` with its cache). */
export interface PageReuse {
  /** The version of the site's rendering (`siteVersion`): a page's key includes it. */
  version: string;
  /** The previous site and the keys its pages were rendered from; its files are read and linked, never changed. */
  previous?: { dir: string; keys: ReadonlyMap<string, string> };
  /** Given every paged page's key once the pages are planned (what the next build compares with), and how many pages are kept. */
  onKeys(keys: Map<string, string>, kept: number): void;
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

/** `sitePath` of the previous site into the new one: a hard link (same bytes, same time), or a copy where links are not possible. */
async function keepPage(previousDir: string, outDir: string, sitePath: string): Promise<void> {
  const from = path.join(previousDir, sitePath);
  const to = path.join(outDir, sitePath);
  await mkdir(path.dirname(to), { recursive: true });
  await link(from, to).catch(() => copyFile(from, to));
}

function memoize<T>(load: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= load());
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
  eleventyConfig.addPassthroughCopy({ [siteAssetsDir]: 'assets' });
  // The search engine the page script uses (search-index.ts), as the classic script its package ships.
  eleventyConfig.addPassthroughCopy({ [minisearchScript]: 'assets/minisearch.js' });

  const given = options.timeline;
  const timeline = memoize(async (): Promise<ValidTimeline> => (typeof given === 'function' ? validateTimeline(await given()) : given));
  const givenConfig = options.config;
  const config = memoize(async (): Promise<SiteConfig | undefined> => (typeof givenConfig === 'function' ? givenConfig() : givenConfig));
  eleventyConfig.addGlobalData('timeline', timeline);
  // The search's shards, each a script of its own (search-shards.11ty.ts), listed in assets/search-index.js (search-index.11ty.ts).
  const searchShards = memoize(async (): Promise<SearchIndexShards> => {
    const valid = await timeline();
    return { events: eventIndexShards(valid, undefined, options.searchEventsPerShard), passages: passageIndexShards(valid) };
  });
  eleventyConfig.addGlobalData('searchShards', searchShards);
  eleventyConfig.addGlobalData('searchShardFiles', async () => searchShardFiles(await searchShards()));
  const site = memoize(async () => buildSiteModel(await timeline(), { compareTo: options.compareTo, config: await config() }));
  eleventyConfig.addGlobalData('site', site);
  const { reuse } = options;
  const plan = memoize(async (): Promise<PagePlan | undefined> => {
    if (reuse === undefined) return undefined;
    const previous = reuse.previous;
    const files = previous === undefined ? new Set<string>() : await filesOf(previous.dir);
    const planned = planPages(await site(), reuse.version, previous?.keys, (sitePath) => files.has(sitePath));
    reuse.onKeys(planned.keys, planned.kept.length);
    return planned;
  });
  // What the paged templates render: every page, or with `reuse` only those whose key changed.
  eleventyConfig.addGlobalData('rendered', async () => (await plan())?.rendered ?? allPages(await site()));
  eleventyConfig.on('eleventy.after', async ({ directories, outputMode }) => {
    const planned = await plan();
    const previousDir = reuse?.previous?.dir;
    if (outputMode !== 'fs' || planned === undefined || previousDir === undefined) return;
    for (const sitePath of planned.kept) await keepPage(previousDir, directories.output, sitePath);
  });

  // The timeline JSON download is written as a stream, not rendered by a template: a template's
  // output is one string, and V8 caps a string near 512 MB.
  eleventyConfig.on('eleventy.after', async ({ directories, outputMode }) => {
    if (outputMode === 'fs') await writeTimelineJson(await timeline(), path.join(directories.output, 'timeline.json'));
  });

  // Site-root links in templates become relative to each page, so the site opens from file:// and any sub-path.
  eleventyConfig.addTransform('relative-urls', function (this: TransformContext, content: string) {
    const { url, outputPath } = this.page;
    return url === false || typeof outputPath !== 'string' || !outputPath.endsWith('.html') ? content : relativeUrls(content, url);
  });
}
