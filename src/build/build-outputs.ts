import path from 'node:path';
import { formatDiagnostic } from '../diagnostics/diagnostic.ts';
import { diffTimelines } from '../diff/diff-timelines.ts';
import { readSiteConfig } from '../load/read-site-config.ts';
import { readTimelineInput } from '../load/read-timeline-input.ts';
import { checkBuildOutputs } from '../output/check-out-path.ts';
import { outputErrorFromRender } from '../output/output-error.ts';
import { writeFileAtomically, writeSiteAtomically } from '../output/write-site-atomically.ts';
import { buildTimeline, type BuildTimelineOptions } from '../pipeline.ts';
import { readPreviousSite, SITE_TIMELINE } from '../load/read-previous-ids.ts';
import { idTableOf, passageKeysByDigest } from '../timeline/id-table.ts';
import type { PreviousIds } from '../timeline/carry-ids.ts';
import type { Timeline } from '../types.ts';
import type { AnalysisCache } from '../analyse/analysis-cache.ts';
import type { PieceTable } from '../output/keyed-pieces.ts';
import type { CompareTo } from '../site/comparison-view.ts';
import { renderSingleFileParts } from '../site/build-single-file.ts';
import { buildSite } from '../site/build-site.ts';
import type { PageReuse } from '../site/eleventy-plugin.ts';
import { siteVersion } from '../site/page-keys.ts';
import { publicVersionLabel } from '../site/version-label.ts';
import { validateTimeline, type ValidTimeline } from '../timeline/validate-timeline.ts';

/** The timeline of a content folder, validated: the one validation of a build. */
export async function buildValidTimeline(contentDir: string, options?: BuildTimelineOptions): Promise<ValidTimeline> {
  return validateTimeline(await buildTimeline(contentDir, options));
}

/** What a long build reports as it goes (the CLI's terminal line; nothing by default). */
export interface BuildProgress {
  analysed(done: number, total: number): void;
  phase(words: string): void;
  done(): void;
}

const NO_PROGRESS: BuildProgress = { analysed() {}, phase() {}, done() {} };

export interface BuildOutputsOptions {
  contentDir: string;
  /** The site folder, if a site is to be written. */
  outDir?: string;
  /** The single-file HTML, if one is to be written. */
  singleFile?: string;
  /** An older timeline to compare with, as `readTimelineInput` reads it (JSON file, folder, git:REV[:PATH]). */
  compareTo?: string;
  /** Documents analysed at once, in worker threads (1: in this thread). */
  jobs?: number;
  /** Analyses kept from earlier builds (beside the site): a file whose key is found is not analysed again. */
  cache?: AnalysisCache;
  /** Make every id from content alone: keep none of the previous build's (or OLD's) ids. */
  freshIds?: boolean;
  progress?: BuildProgress;
  /** Where notes and errors about the older timeline go, one line each, as they come. */
  warn: (line: string) => void;
  /** Called once with the built timeline when its own diagnostics are to be shown: before anything is written, or before a refusal about the timeline itself. */
  showDiagnostics: (timeline: ValidTimeline) => void;
}

export type BuildOutputsResult =
  /** `pages`: of the keyed files (the paged pages and the search's shards), how many were kept from the previous site and how many made; `pieces`: of the events' pieces of the per-event downloads, how many were copied from the previous site's files and how many made. */
  | { ok: true; timeline: ValidTimeline; compareTo?: CompareTo; written: string[]; pages?: { kept: number; rendered: number }; pieces?: { kept: number; made: number } }
  | { ok: false; message: string };

/**
 * The build behind `timeline build`. Every output place is checked before anything is read
 * or written; then the timeline of the content folder (validated once), the comparison with
 * an older timeline when asked, and the site and/or the single file, each written atomically
 * (a staging folder or file, so a failed build leaves the previous output as it was). A
 * refused place, an empty corpus or an older timeline that cannot be read stop the build
 * before anything is written.
 */
export async function buildOutputs(options: BuildOutputsOptions): Promise<BuildOutputsResult> {
  const { outDir, singleFile } = options;
  const outputs = await checkBuildOutputs(outDir, singleFile, { content: options.contentDir });
  if (!outputs.ok) return { ok: false, message: `${outputs.message}; nothing was written` };
  const progress = options.progress ?? NO_PROGRESS;
  const old = options.compareTo;
  let oldTimeline: Timeline | undefined;
  if (old !== undefined) {
    const loaded = await readTimelineInput(old);
    if (!loaded.ok) return { ok: false, message: `--compare-to ${loaded.message}` };
    for (const note of loaded.notes) options.warn(`${old}: ${note}\n`);
    // The old corpus's own errors are its history: shown, but they do not fail this build.
    for (const d of loaded.diagnostics) if (d.severity === 'error') options.warn(`${old}: ${formatDiagnostic(d)}\n`);
    oldTimeline = loaded.timeline;
  }
  // The ids to keep: those the site in OUT published, else those of OLD (none with freshIds).
  // Read here and held by nothing after the timeline is built (at 10,000 articles the previous timeline was hundreds of MB of heap through the site's build).
  const publishedIds = async (): Promise<PreviousIds | undefined> => {
    if (options.freshIds) return undefined;
    const published = outputs.siteOut === undefined ? {} : await readPreviousSite(outputs.siteOut, options.cache);
    if (published.note !== undefined) options.warn(`${published.note}\n`);
    return published.timeline ?? oldTimeline;
  };
  // Of the previous ids, only what makes the next id table cheaper is held through the site's
  // build (passage keys by document digest); the rest goes with this function's frame.
  const { timeline, knownKeys } = await (async () => {
    const previous = await publishedIds();
    return {
      knownKeys: previous !== undefined && 'kind' in previous && options.cache !== undefined ? passageKeysByDigest(previous) : undefined,
      timeline: await buildValidTimeline(options.contentDir, {
        jobs: options.jobs,
        cache: options.cache,
        onAnalysed: (done, total) => progress.analysed(done, total),
        previous,
      }),
    };
  })();
  if (timeline.documents.length === 0) {
    progress.done();
    options.showDiagnostics(timeline);
    return { ok: false, message: `no readable article in ${options.contentDir}; nothing was written (the previous output is left as it was)` };
  }
  // Its diagnostics are the timeline's already (buildTimeline reads it too).
  const { config } = await readSiteConfig(options.contentDir);
  // OLD may be a local path: the pages get a public label; the terminal says OLD itself.
  const compareTo: CompareTo | undefined = old === undefined || oldTimeline === undefined ? undefined : { label: publicVersionLabel(old, config), diff: diffTimelines(oldTimeline, timeline) };
  progress.done();
  options.showDiagnostics(timeline);
  const written: string[] = [];
  let pages: { kept: number; rendered: number } | undefined;
  let pieces: { kept: number; made: number } | undefined;
  if (outDir !== undefined && outputs.siteOut !== undefined) {
    progress.phase('writing the site pages ...');
    const cache = options.cache;
    const siteOut = outputs.siteOut;
    let keys: Map<string, string> | undefined;
    let kept = 0;
    const tables = new Map<string, PieceTable>();
    const counts = { kept: 0, made: 0 };
    // The keys are read and dropped once the build holds the site's lock (a refused build leaves them).
    const pageReuse = async (): Promise<PageReuse | undefined> => {
      if (cache === undefined) return undefined;
      const previous = await cache.getPageKeys(siteOut);
      await cache.dropPageKeys();
      return {
        version: await siteVersion(cache.version),
        previous: previous && { dir: siteOut, keys: previous },
        // The downloads' tables are checked against the files themselves (kept pages or not).
        pieces: { dir: siteOut, tables: await cache.getDownloadPieces(siteOut) },
        onPieces: (sitePath, table, n) => {
          tables.set(sitePath, table);
          counts.kept += n;
          counts.made += table.length - n;
        },
        onKeys: (k, n) => {
          // The pages' keys and the search shards' keys, kept together.
          keys = new Map([...(keys ?? []), ...k]);
          kept += n;
        },
      };
    };
    await writeSiteAtomically(siteOut, async (staging) =>
      buildSite(timeline, { outDir: staging, compareTo, config, reuse: await pageReuse(), jobs: options.jobs }).catch((error: unknown) => {
        throw outputErrorFromRender(error, outDir);
      }),
    );
    if (cache !== undefined) {
      await cache.setDownloadPieces(siteOut, tables);
      pieces = counts;
      if (keys !== undefined) {
        await cache.setPageKeys(siteOut, keys);
        pages = { kept, rendered: keys.size - kept };
      }
      // What the next build into the site carries its ids from, instead of reading timeline.json whole.
      await cache.setIdTable(siteOut, path.join(siteOut, SITE_TIMELINE), idTableOf(timeline, knownKeys));
    }
    written.push(path.join(outDir, 'index.html'));
  }
  if (singleFile !== undefined && outputs.fileOut !== undefined) {
    progress.phase('writing the single file ...');
    await writeFileAtomically(outputs.fileOut, await renderSingleFileParts(timeline, { compareTo, config }));
    written.push(singleFile);
  }
  progress.done();
  return { ok: true, timeline, compareTo, written, pages, pieces };
}
