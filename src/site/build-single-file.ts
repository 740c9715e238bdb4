import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Timeline } from '../types.ts';
import type { SiteConfig } from '../load/read-site-config.ts';
import type { CompareTo } from './comparison-view.ts';
import { singleFilePage } from './parts/single-file.ts';
import { searchIndex, searchIndexScript } from './search-index.ts';
import { SINGLE_FILE_LINKS } from './single-file-links.ts';
import { buildSiteModel } from './site-model.ts';
import { siteAssetsDir } from './site-paths.ts';
import { validateTimeline } from './validate-timeline.ts';

const sha256 = (code: string): string => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/**
 * The timeline as one self-contained HTML page (string): styles, script, search index, every
 * event, and every source article in full, its passages anchored. It makes no request at
 * all, so it can be mailed or archived and read offline. Deterministic: the same timeline
 * gives the same bytes.
 */
export async function renderSingleFile(timeline: Timeline, options: { compareTo?: CompareTo; config?: SiteConfig } = {}): Promise<string> {
  const valid = validateTimeline(timeline);
  const [css, pageScript] = await Promise.all([
    readFile(path.join(siteAssetsDir, 'site.css'), 'utf8'),
    readFile(path.join(siteAssetsDir, 'timeline.js'), 'utf8'),
  ]);
  const script = `${searchIndexScript(searchIndex(valid, SINGLE_FILE_LINKS))}${pageScript}`;
  // Only the two inline elements, by their hashes: nothing else can run or load.
  const contentSecurityPolicy = `default-src 'none'; script-src ${sha256(script)}; style-src ${sha256(css)}; base-uri 'none'; form-action 'none'`;
  return singleFilePage(buildSiteModel(valid, { links: SINGLE_FILE_LINKS, compareTo: options.compareTo, config: options.config }), { css, script, contentSecurityPolicy });
}

/** Writes the single-file timeline to `file` (its folder created if needed); `compareTo` and `config` as for `buildSite`. */
export async function buildSingleFile(timeline: Timeline, options: { file: string; compareTo?: CompareTo; config?: SiteConfig }): Promise<void> {
  const page = await renderSingleFile(timeline, { compareTo: options.compareTo, config: options.config });
  await mkdir(path.dirname(path.resolve(options.file)), { recursive: true });
  await writeFile(options.file, page);
}
