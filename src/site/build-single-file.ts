import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ValidTimeline } from '../timeline/validate-timeline.ts';
import type { SiteConfig } from '../load/read-site-config.ts';
import type { CompareTo } from './comparison-view.ts';
import { singleFilePageParts } from './parts/single-file.ts';
import { eventIndexShards, eventLinkShards, passageIndexShards, searchIndexScriptParts } from './search-index.ts';
import { SINGLE_FILE_LINKS } from './single-file-links.ts';
import { buildSiteModel } from './site-model.ts';
import { minisearchScript, siteAssetsDir, singleFileScript } from './site-paths.ts';
import { eventElements, PAGE_ELEMENT_BUDGET } from './timeline-pages.ts';

/** The CSP source of code given in parts: the hash of their concatenation, fed part by part. */
function sha256(code: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of code) hash.update(part, 'utf8');
  return `'sha256-${hash.digest('base64')}'`;
}

/**
 * Whether every event and article on the page at once would be more than a page should hold
 * (PAGE_ELEMENT_BUDGET): the event cards, and per article its frame, passages and marked dates.
 */
export function tooLargeForOnePage(timeline: ValidTimeline): boolean {
  let elements = 0;
  for (const event of timeline.events) elements += eventElements(event);
  for (const doc of timeline.documents) elements += 30 + 4 * doc.passages.length + 2 * doc.mentions.length;
  return elements > PAGE_ELEMENT_BUDGET;
}

/**
 * The (validated) timeline as one self-contained HTML page, in parts (renderSingleFileParts) or as one string (renderSingleFile, for a page that fits in one): styles, script, search index, every
 * event, and every source article in full, its passages anchored. It makes no request at
 * all, so it can be mailed or archived and read offline. Deterministic: the same timeline
 * gives the same bytes. `lazy` (by default: when tooLargeForOnePage, or when its "What changed"
 * is more than a page holds) carries the events, articles and lists of changes as data, put on the page as the reader reaches them (render-chunks.js), so a
 * timeline of thousands of events opens at once.
 */
export async function renderSingleFile(valid: ValidTimeline, options: { compareTo?: CompareTo; config?: SiteConfig; lazy?: boolean } = {}): Promise<string> {
  return (await renderSingleFileParts(valid, options)).join('');
}

/** The single file as parts in order (singleFilePageParts): written one after another, a page of any size is never one string. */
export async function renderSingleFileParts(valid: ValidTimeline, options: { compareTo?: CompareTo; config?: SiteConfig; lazy?: boolean } = {}): Promise<string[]> {
  const site = buildSiteModel(valid, { links: SINGLE_FILE_LINKS, compareTo: options.compareTo, config: options.config });
  // Lazy too when "What changed" is more than a page holds (the site gives it a summary and list pages then).
  const lazy = options.lazy ?? (tooLargeForOnePage(valid) || site.changePages.length > 1);
  const [css, engine, pageScript, chunkScript] = await Promise.all([
    readFile(path.join(siteAssetsDir, 'site.css'), 'utf8'),
    readFile(minisearchScript, 'utf8'),
    readFile(path.join(siteAssetsDir, 'timeline.js'), 'utf8'),
    lazy ? readFile(singleFileScript, 'utf8') : '',
  ]);
  const index = searchIndexScriptParts({
    inline: { events: eventIndexShards(valid, SINGLE_FILE_LINKS), eventLinks: eventLinkShards(valid, SINGLE_FILE_LINKS), passages: passageIndexShards(valid, SINGLE_FILE_LINKS) },
  });
  // The index first (the single file's one script starts with it, test/browser/hostile-corpus.test.ts), then the engine, the lazy renderer and the page script that use it.
  const script = [...index, `${engine}\n${chunkScript}${pageScript}`];
  // Only the two inline elements, by their hashes: nothing else can run or load.
  const contentSecurityPolicy = `default-src 'none'; script-src ${sha256(script)}; style-src ${sha256([css])}; base-uri 'none'; form-action 'none'`;
  return singleFilePageParts(site, { css, script, contentSecurityPolicy }, { lazy });
}

/** Writes the single-file timeline to `file` (its folder created if needed); `compareTo` and `config` as for `buildSite`, `lazy` as for `renderSingleFile`. */
export async function buildSingleFile(timeline: ValidTimeline, options: { file: string; compareTo?: CompareTo; config?: SiteConfig; lazy?: boolean }): Promise<void> {
  const page = await renderSingleFileParts(timeline, { compareTo: options.compareTo, config: options.config, lazy: options.lazy });
  await mkdir(path.dirname(path.resolve(options.file)), { recursive: true });
  await writeFile(options.file, page);
}
