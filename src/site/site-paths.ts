import { fileURLToPath } from 'node:url';

/** Where the Eleventy input (templates and assets) lives, from this module's own place (not the process's cwd). */
export const siteTemplateDir = fileURLToPath(new URL('../../_site-template/', import.meta.url));
export const siteAssetsDir = fileURLToPath(new URL('../../_site-template/assets/', import.meta.url));
/** The script of a lazy single file only (Eleventy reads no .js template, so it is not part of the site). */
export const singleFileScript = fileURLToPath(new URL('../../_site-template/single-file/render-chunks.js', import.meta.url));
