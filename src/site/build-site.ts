import Eleventy from '@11ty/eleventy';
import { register } from 'tsx/esm/api';
import type { Timeline } from '../types.ts';
import type { SiteConfig } from '../load/read-site-config.ts';
import type { CompareTo } from './comparison-view.ts';
import { COMPARE_TO_DATA, SITE_CONFIG_DATA, TIMELINE_DATA } from './eleventy-plugin.ts';
import { eleventyConfigPath, siteTemplateDir } from './site-paths.ts';
import { validateTimeline } from './validate-timeline.ts';

let typeScriptLoaderRegistered = false;

/**
 * Eleventy imports the TypeScript config and templates itself. Under `node --import tsx`
 * it can; under other runners (vitest) the tsx loader has to be registered for it, once.
 */
function ensureTypeScriptImports(): void {
  const startedWithTsx = process.execArgv.some((arg) => /(^|=)tsx(\/|$)/.test(arg));
  if (startedWithTsx || typeScriptLoaderRegistered) return;
  register();
  typeScriptLoaderRegistered = true;
}

/**
 * Renders the timeline as a static site into `outDir` (created if needed). A timeline that
 * does not hold together is refused before anything is written (InvalidTimelineError).
 * With `compareTo` (the diff from an older timeline to this one), the site gets a "What
 * changed" page and marks new and changed events; without it, nothing of that is written.
 * `config` (read from the content folder by `readSiteConfig`) titles and describes the site.
 */
export async function buildSite(timeline: Timeline, options: { outDir: string; compareTo?: CompareTo; config?: SiteConfig }): Promise<void> {
  const valid = validateTimeline(timeline);
  ensureTypeScriptImports();
  const eleventy = new Eleventy(siteTemplateDir, options.outDir, {
    configPath: eleventyConfigPath,
    quietMode: true,
    config: (eleventyConfig) => {
      eleventyConfig.addGlobalData(TIMELINE_DATA, valid);
      if (options.compareTo !== undefined) eleventyConfig.addGlobalData(COMPARE_TO_DATA, options.compareTo);
      if (options.config !== undefined) eleventyConfig.addGlobalData(SITE_CONFIG_DATA, options.config);
      // The logger switch below does not reach this group: it warns when a transform is slow on a busy machine.
      eleventyConfig.benchmarkManager.get('Configuration').setIsVerbose(false);
    },
  });
  // Errors still reach the caller: `write()` rejects with them.
  eleventy.disableLogger();
  await eleventy.write();
}
