/**
 * "What changed" as one page, as every build wrote it before large comparisons got a summary and
 * list pages (src/site/change-pages.ts): the "before" of bench/README "What changed, bounded".
 * Takes a site built with `--compare-to OLD` and OLD's timeline JSON, diffs OLD with the site's
 * `timeline.json` as the build did, and writes the site's `changes.html` with every new, changed
 * and removed event in its main part, its links made relative and its stylesheet pointing into
 * the site, for `page-dom.ts --single FILE` to open.
 *
 *   node --import tsx bench/whole-changes-page.ts --site SITE --old OLD.json --out FILE
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { diffTimelines } from '../src/diff/diff-timelines.ts';
import { html } from '../src/site/html.ts';
import { changesSections } from '../src/site/parts/change-parts.ts';
import { relativeUrls } from '../src/site/relative-url.ts';
import { buildSiteModel } from '../src/site/site-model.ts';
import { validateTimeline } from '../src/timeline/validate-timeline.ts';
import type { Timeline } from '../src/types.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { site: { type: 'string' }, old: { type: 'string' }, out: { type: 'string' } } });
  if (values.site === undefined || values.old === undefined || values.out === undefined) throw new Error('usage: bench/whole-changes-page.ts --site SITE --old OLD.json --out FILE');
  const site = path.resolve(values.site);
  const old = JSON.parse(await readFile(values.old, 'utf8')) as Timeline;
  const now = validateTimeline(JSON.parse(await readFile(path.join(site, 'timeline.json'), 'utf8')));
  const diff = diffTimelines(old, now);
  const comparison = buildSiteModel(now, { compareTo: { label: 'the previous version', diff } }).comparison!;
  const page = await readFile(path.join(site, 'changes.html'), 'utf8');
  const main = html`<h1>What changed since <span class="change-label">${comparison.label}</span></h1>
${changesSections(comparison, 2)}`.value;
  const whole = page
    .replace(/(<main id="site-main" tabindex="-1">\n)[\s\S]*(<\/main>)/u, (_all, open: string, close: string) => `${open}${relativeUrls(main, '/changes.html')}${close}`)
    .replaceAll('href="assets/', `href="${pathToFileURL(path.join(site, 'assets')).href}/`);
  await writeFile(values.out, whole);
  const tags = whole.match(/<[a-z][a-z0-9-]*/giu)?.length ?? 0;
  process.stdout.write(
    `${values.out}: ${Math.round(Buffer.byteLength(whole) / 1024).toLocaleString('en')} KB, ${tags.toLocaleString('en')} start tags; ` +
      `${diff.summary.added} new, ${diff.summary.changed} changed, ${diff.summary.removed} removed\n`,
  );
}

await main();
