import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ValidTimeline } from '../timeline/validate-timeline.ts';
import type { SiteConfig } from '../load/read-site-config.ts';
import type { CompareTo } from './comparison-view.ts';
import { singleFilePage } from './parts/single-file.ts';
import { eventIndex, passageIndexShards, searchIndexScript } from './search-index.ts';
import { SINGLE_FILE_LINKS } from './single-file-links.ts';
import { buildSiteModel } from './site-model.ts';
import { minisearchScript, siteAssetsDir } from './site-paths.ts';

const sha256 = (code: string): string => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/**
 * The (validated) timeline as one self-contained HTML page (string): styles, script, search index, every
 * event, and every source article in full, its passages anchored. It makes no request at
 * all, so it can be mailed or archived and read offline. Deterministic: the same timeline
 * gives the same bytes.
 */
export async function renderSingleFile(valid: ValidTimeline, options: { compareTo?: CompareTo; config?: SiteConfig } = {}): Promise<string> {
  const [css, engine, pageScript] = await Promise.all([
    readFile(path.join(siteAssetsDir, 'site.css'), 'utf8'),
    readFile(minisearchScript, 'utf8'),
    readFile(path.join(siteAssetsDir, 'timeline.js'), 'utf8'),
  ]);
  const index = searchIndexScript(eventIndex(valid, SINGLE_FILE_LINKS), { inline: passageIndexShards(valid, SINGLE_FILE_LINKS) });
  // The index first (the single file's one script starts with it, test/browser/hostile-corpus.test.ts), then the engine and the page script that use it.
  const script = `${index}${engine}\n${pageScript}`;
  // Only the two inline elements, by their hashes: nothing else can run or load.
  const contentSecurityPolicy = `default-src 'none'; script-src ${sha256(script)}; style-src ${sha256(css)}; base-uri 'none'; form-action 'none'`;
  return singleFilePage(buildSiteModel(valid, { links: SINGLE_FILE_LINKS, compareTo: options.compareTo, config: options.config }), { css, script, contentSecurityPolicy });
}

/** Writes the single-file timeline to `file` (its folder created if needed); `compareTo` and `config` as for `buildSite`. */
export async function buildSingleFile(timeline: ValidTimeline, options: { file: string; compareTo?: CompareTo; config?: SiteConfig }): Promise<void> {
  const page = await renderSingleFile(timeline, { compareTo: options.compareTo, config: options.config });
  await mkdir(path.dirname(path.resolve(options.file)), { recursive: true });
  await writeFile(options.file, page);
}
