import type { UrlTransformContext, UserConfig } from '@11ty/eleventy';
import path from 'node:path';
import type { Timeline } from '../types.ts';
import { writeTimelineJson } from '../timeline/timeline-json.ts';
import type { SiteConfig } from '../load/read-site-config.ts';
import type { CompareTo } from './comparison-view.ts';
import { relativeUrl } from './relative-url.ts';
import { buildSiteModel } from './site-model.ts';
import { siteAssetsDir } from './site-paths.ts';
import { validateTimeline } from './validate-timeline.ts';

/** The global data name under which `buildSite` hands the timeline to Eleventy. */
export const TIMELINE_DATA = 'timeline';

/** The global data name under which `buildSite` hands over the comparison (`--compare-to`), when there is one. */
export const COMPARE_TO_DATA = 'compareTo';

/** The global data name under which `buildSite` hands over the site's configuration, when it has one. */
export const SITE_CONFIG_DATA = 'siteConfig';

/** Whether a timeline was handed over as global data (by `buildSite`) before the config ran. */
export function hasTimeline(eleventyConfig: UserConfig): boolean {
  return eleventyConfig.globalData[TIMELINE_DATA] !== undefined;
}

export interface TimelineSiteOptions {
  /** Where the timeline comes from when none was handed over as global data (a direct Eleventy run). */
  loadTimeline: () => Promise<Timeline>;
  /** The configuration when none was handed over (a direct Eleventy run); the defaults without it. */
  loadConfig?: () => Promise<SiteConfig>;
}

function memoize<T>(load: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= load());
}

/**
 * Everything the site needs from Eleventy, registered in one place: TypeScript templates,
 * the assets, the validated timeline and its view model as global data, and relative links.
 */
export function timelineSitePlugin(eleventyConfig: UserConfig, options: TimelineSiteOptions): void {
  eleventyConfig.addExtension(['11ty.ts'], { key: '11ty.js' });
  eleventyConfig.addPassthroughCopy({ [siteAssetsDir]: 'assets' });

  // Read now: the timeline's global data is replaced by its validated version just below.
  const handedOver = hasTimeline(eleventyConfig);
  const injected = eleventyConfig.globalData[TIMELINE_DATA];
  const timeline = memoize(async () => validateTimeline(handedOver ? injected : await options.loadTimeline()));
  const compareTo = eleventyConfig.globalData[COMPARE_TO_DATA] as CompareTo | undefined;
  const handedConfig = eleventyConfig.globalData[SITE_CONFIG_DATA] as SiteConfig | undefined;
  const config = memoize(async () => handedConfig ?? (await options.loadConfig?.()));
  eleventyConfig.addGlobalData(TIMELINE_DATA, timeline);
  eleventyConfig.addGlobalData('site', async () => buildSiteModel(await timeline(), { compareTo, config: await config() }));

  // The timeline JSON download is written as a stream, not rendered by a template: a template's
  // output is one string, and V8 caps a string near 512 MB.
  eleventyConfig.on('eleventy.after', async ({ directories, outputMode }) => {
    if (outputMode === 'fs') await writeTimelineJson(await timeline(), path.join(directories.output, 'timeline.json'));
  });

  // Site-root links in templates become relative to each page, so the site opens from file:// and any sub-path.
  eleventyConfig.htmlTransformer.addUrlTransform('html', function (this: UrlTransformContext, url: string) {
    return this.page.url === false ? url : relativeUrl(url, this.page.url);
  });
}
