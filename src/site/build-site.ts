import Eleventy from '@11ty/eleventy';
import { register } from 'tsx/esm/api';
import type { ValidTimeline } from '../timeline/validate-timeline.ts';
import type { SiteConfig } from '../load/read-site-config.ts';
import type { CompareTo } from './comparison-view.ts';
import { timelineSitePlugin, type PageReuse } from './eleventy-plugin.ts';
import { siteTemplateDir } from './site-paths.ts';

let typeScriptLoaderRegistered = false;

/**
 * Eleventy imports the TypeScript templates itself. Under `node --import tsx` it can; under
 * other runners (vitest) the tsx loader has to be registered for it, once.
 */
function ensureTypeScriptImports(): void {
  const startedWithTsx = process.execArgv.some((arg) => /(^|=)tsx(\/|$)/.test(arg));
  if (startedWithTsx || typeScriptLoaderRegistered) return;
  register();
  typeScriptLoaderRegistered = true;
}

/**
 * Renders the (validated) timeline as a static site into `outDir` (created if needed).
 * With `compareTo` (the diff from an older timeline to this one), the site gets a "What
 * changed" page and marks new and changed events; without it, nothing of that is written.
 * `config` (read from the content folder by `readSiteConfig`) titles and describes the site.
 * `searchEventsPerShard` caps the events in a shard of the search index (EVENTS_PER_SHARD without it).
 * With `reuse`, only the pages whose key changed are rendered; the others are linked from the
 * previous site (src/site/page-keys.ts).
 */
export async function buildSite(timeline: ValidTimeline, options: { outDir: string; compareTo?: CompareTo; config?: SiteConfig; searchEventsPerShard?: number; reuse?: PageReuse }): Promise<void> {
  ensureTypeScriptImports();
  const eleventy = new Eleventy(siteTemplateDir, options.outDir, {
    // No config file: the plugin, given the timeline in its options, is the whole configuration.
    configPath: false,
    quietMode: true,
    config: (eleventyConfig) => {
      eleventyConfig.addPlugin(timelineSitePlugin, { timeline, compareTo: options.compareTo, config: options.config, searchEventsPerShard: options.searchEventsPerShard, reuse: options.reuse });
      eleventyConfig.setTemplateFormats(['11ty.ts']);
      // Eleventy internals, unavoidably: the logger switch below does not reach this benchmark
      // group, which warns on stderr when a transform is slow on a busy machine, and Eleventy
      // has no public option for it.
      eleventyConfig.benchmarkManager.get('Configuration').setIsVerbose(false);
    },
  });
  // Errors still reach the caller: `write()` rejects with them.
  eleventy.disableLogger();
  await eleventy.write();
}
