import { createHash } from 'node:crypto';
import { SCRIPT_LOADER } from './html.ts';

/**
 * The policy of every site page. Nothing leaves the page: styles and images come from the site
 * itself only, and the only script that runs is the loader (by its hash) and what it loads
 * ('strict-dynamic'; html.ts, SCRIPT_LOADER).
 */
export const SITE_CONTENT_SECURITY_POLICY = `default-src 'none'; script-src 'sha256-${createHash('sha256').update(SCRIPT_LOADER, 'utf8').digest('base64')}' 'strict-dynamic'; style-src 'self' file:; img-src 'self' file: data:; base-uri 'none'; form-action 'none'`;
