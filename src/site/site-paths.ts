import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the Eleventy input (templates and assets) lives, from this module's own place (not the process's cwd). */
export const siteTemplateDir = fileURLToPath(new URL('../../_site-template/', import.meta.url));
/** The templates of the pages a site has many of: a large site renders them in runs of their own (src/site/build-site.ts). */
export const documentTemplate = fileURLToPath(new URL('../../_site-template/document.11ty.ts', import.meta.url));
export const timelinePageTemplate = fileURLToPath(new URL('../../_site-template/year.11ty.ts', import.meta.url));
export const siteAssetsDir = fileURLToPath(new URL('../../_site-template/assets/', import.meta.url));

/**
 * MiniSearch's UMD build, a classic script that defines `window.MiniSearch` (file:// loads no
 * modules). The package exports no path to it, so it is found beside its CommonJS entry.
 */
export const minisearchScript = path.join(path.dirname(createRequire(import.meta.url).resolve('minisearch')), '..', 'umd', 'index.js');

/** The script of a lazy single file only (Eleventy reads no .js template, so it is not part of the site). */
export const singleFileScript = fileURLToPath(new URL('../../_site-template/single-file/render-chunks.js', import.meta.url));
