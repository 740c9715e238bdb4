import type { TransformContext, UserConfig } from '@11ty/eleventy';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Timeline } from '../types.ts';
import { writeTimelineJson } from '../timeline/timeline-json.ts';
import type { SiteConfig } from '../load/read-site-config.ts';
import { validateTimeline, type ValidTimeline } from '../timeline/validate-timeline.ts';
import type { CompareTo } from './comparison-view.ts';
import { relativeUrls } from './relative-url.ts';
import { buildSiteModel } from './site-model.ts';
import type { SiteModel } from './site-views.ts';
import { minisearchScript, siteAssetsDir } from './site-paths.ts';
import { writeSiteDownloads } from './write-downloads.ts';

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
  /**
   * Also write the data files the pages of `_site-template/` link to (CSV, JSON Feed,
   * TimelineJS, search index, event alias map: src/site/write-downloads.ts); a site of one's
   * own gets `timeline.json` only.
   */
  downloads?: boolean;
  /** The site model, when the caller shares one between runs (buildSite); else built here from the timeline, once. */
  site?: () => Promise<SiteModel>;
  /**
   * One of the runs of a large site (buildSite): which of the site's document pages
   * (`site.documents`) and timeline pages (`site.pages`) it renders, as [from, to) ranges (all by
   * default), and whether it writes what a site has once (assets, `timeline.json`, downloads;
   * true by default).
   */
  run?: SiteRun;
}

/** What one Eleventy run of a site renders (TimelineSiteOptions.run). */
export interface SiteRun {
  documents: [number, number];
  timelinePages: [number, number];
  once: boolean;
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
  // The pages document.11ty.ts and year.11ty.ts render in this run.
  eleventyConfig.addGlobalData('siteDocuments', async () => (run === undefined ? (await site()).documents : (await site()).documents.slice(...run.documents)));
  eleventyConfig.addGlobalData('timelinePages', async () => (run === undefined ? (await site()).pages : (await site()).pages.slice(...run.timelinePages)));

  // The timeline JSON and the downloads are written before the pages, one file at a time, not
  // rendered by templates: Eleventy holds every output it renders until the build ends (at
  // 10,000 articles these files are hundreds of megabytes), and the timeline JSON, written as a
  // stream, would pass V8's cap on a string (near 512 MB).
  eleventyConfig.on('eleventy.before', async ({ directories, outputMode }) => {
    if (outputMode !== 'fs' || !once) return;
    const valid = await timeline();
    await mkdir(directories.output, { recursive: true });
    await writeTimelineJson(valid, path.join(directories.output, 'timeline.json'));
    if (options.downloads === true) await writeSiteDownloads(valid, directories.output, await config());
  });

  // Site-root links in templates become relative to each page, so the site opens from file:// and any sub-path.
  eleventyConfig.addTransform('relative-urls', function (this: TransformContext, content: string) {
    const { url, outputPath } = this.page;
    return url === false || typeof outputPath !== 'string' || !outputPath.endsWith('.html') ? content : relativeUrls(content, url);
  });
}
