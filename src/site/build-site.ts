import Eleventy from '@11ty/eleventy';
import { register } from 'tsx/esm/api';
import type { ValidTimeline } from '../timeline/validate-timeline.ts';
import type { SiteConfig } from '../load/read-site-config.ts';
import type { CompareTo } from './comparison-view.ts';
import { pagePlan, timelineSitePlugin, type PageReuse, type SiteRun } from './eleventy-plugin.ts';
import { documentTemplate, siteTemplateDir, timelinePageTemplate } from './site-paths.ts';
import { allPages } from './page-keys.ts';
import { buildSiteModel } from './site-model.ts';
import type { SiteModel } from './site-views.ts';
import { ShardScripts, WORKER_SHARDS } from './shard-scripts.ts';
import { searchShardCount } from './search-index.ts';
import { writeSearchShards } from './write-downloads.ts';
import { timelineSiteLinks, type SiteLinks } from './site-links.ts';

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
 * Pages per Eleventy run. Eleventy keeps every page a run renders (its body and its final HTML)
 * until the run ends, so a large site is rendered in several runs over the same site model:
 * the first renders every page but the document and timeline pages beyond its share, and each
 * further run one template's next share. A page is about 12 KB (an article) or 130 KB (a
 * timeline page) at 1,000 articles.
 */
export interface PagesPerRun {
  documents: number;
  timelinePages: number;
}

export const PAGES_PER_RUN: PagesPerRun = { documents: 1000, timelinePages: 50 };

/** The runs of a site of `documents` document pages and `timelinePages` timeline pages: which template each reads (null: all of them) and what it renders. */
export function siteRuns(documents: number, timelinePages: number, perRun: PagesPerRun = PAGES_PER_RUN): Array<{ input: 'all' | 'documents' | 'timelinePages'; run: SiteRun }> {
  const none: [number, number] = [0, 0];
  const runs: Array<{ input: 'all' | 'documents' | 'timelinePages'; run: SiteRun }> = [
    { input: 'all', run: { documents: [0, Math.min(documents, perRun.documents)], timelinePages: [0, Math.min(timelinePages, perRun.timelinePages)], once: true } },
  ];
  for (let from = perRun.documents; from < documents; from += perRun.documents) {
    runs.push({ input: 'documents', run: { documents: [from, Math.min(documents, from + perRun.documents)], timelinePages: none, once: false } });
  }
  for (let from = perRun.timelinePages; from < timelinePages; from += perRun.timelinePages) {
    runs.push({ input: 'timelinePages', run: { documents: none, timelinePages: [from, Math.min(timelinePages, from + perRun.timelinePages)], once: false } });
  }
  return runs;
}

const RUN_INPUT = { all: siteTemplateDir, documents: documentTemplate, timelinePages: timelinePageTemplate } as const;

/**
 * Renders the (validated) timeline as a static site into `outDir` (created if needed).
 * With `compareTo` (the diff from an older timeline to this one), the site gets a "What
 * changed" page and marks new and changed events; without it, nothing of that is written.
 * `config` (read from the content folder by `readSiteConfig`) titles and describes the site.
 * `searchEventsPerShard` caps the events in a shard of the search index (EVENTS_PER_SHARD without it).
 * With `reuse`, only the pages whose key changed are rendered; the others are linked from the
 * previous site (src/site/page-keys.ts).
 * `perRun`: how many document and timeline pages one Eleventy run renders (PAGES_PER_RUN), of those rendered.
 * `jobs` (1 by default): with 2 or more, and a search of at least WORKER_SHARDS shards, the
 * search's shards are indexed on a worker thread while this one renders the pages
 * (`ShardScripts`); the site is the same byte for byte.
 */
export async function buildSite(
  timeline: ValidTimeline,
  options: { outDir: string; compareTo?: CompareTo; config?: SiteConfig; searchEventsPerShard?: number; reuse?: PageReuse; perRun?: PagesPerRun; jobs?: number },
): Promise<void> {
  ensureTypeScriptImports();
  // Started first, so the worker loads its modules while the site model is made; a small site's shards are made here.
  const scripts = (options.jobs ?? 1) >= 2 && searchShardCount(timeline, options.searchEventsPerShard) >= WORKER_SHARDS ? new ShardScripts() : undefined;
  try {
    // With the worker, the shards are handed to it before anything else is made (their members
    // need the links, not the site model): it indexes while this thread makes the model, the
    // page keys, the downloads and the pages. Without it, the downloads write them as before.
    const links = scripts === undefined ? undefined : timelineSiteLinks(timeline);
    if (scripts !== undefined) await writeSearchShards(timeline, options.outDir, { searchEventsPerShard: options.searchEventsPerShard, reuse: options.reuse, links, scripts });
    await renderSite(timeline, options, scripts, links);
  } catch (error) {
    // A failure of the pages stops the worker too, and is the one reported.
    await scripts?.settle().catch(() => undefined);
    throw error;
  }
  // The shards handed to the worker are written before the site is swapped in.
  await scripts?.settle();
}

async function renderSite(
  timeline: ValidTimeline,
  options: { outDir: string; compareTo?: CompareTo; config?: SiteConfig; searchEventsPerShard?: number; reuse?: PageReuse; perRun?: PagesPerRun },
  scripts: ShardScripts | undefined,
  links: SiteLinks | undefined,
): Promise<void> {
  const model = buildSiteModel(timeline, { compareTo: options.compareTo, config: options.config });
  const site = async (): Promise<SiteModel> => model;
  // One plan for every run: the pages are keyed, and the keys handed on, once.
  const plan = pagePlan(site, options.reuse);
  const rendered = (await plan())?.rendered ?? allPages(model);
  for (const { input, run } of siteRuns(rendered.documents.length, rendered.pages.length, options.perRun)) {
    const eleventy = new Eleventy(RUN_INPUT[input], options.outDir, {
      // No config file: the plugin, given the timeline in its options, is the whole configuration.
      configPath: false,
      quietMode: true,
      config: (eleventyConfig) => {
        eleventyConfig.addPlugin(timelineSitePlugin, {
          timeline,
          compareTo: options.compareTo,
          config: options.config,
          searchEventsPerShard: options.searchEventsPerShard,
          reuse: options.reuse,
          downloads: true,
          scripts,
          // Handed to the worker already (buildSite).
          searchShards: scripts === undefined,
          links,
          site,
          plan,
          run,
        });
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
}
