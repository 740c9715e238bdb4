import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { buildTimeline } from '../../src/pipeline.ts';
import { buildSite } from '../../src/site/build-site.ts';
import { validateTimeline } from '../../src/timeline/validate-timeline.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../content');

/** Every page of the site built from the seed corpus, checked by html-validate's standard rules (the HTML specification's content models, attributes, ids, nesting). */
let site: string;
let pages: string[];
beforeAll(async () => {
  site = await mkdtemp(path.join(tmpdir(), 'timeline-html-'));
  await buildSite(validateTimeline(await buildTimeline(CONTENT)), { outDir: site });
  pages = (await readdir(site, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
}, 120_000);

describe('the site is valid HTML', () => {
  it('has pages to check', () => {
    expect(pages).toEqual(expect.arrayContaining(['index.html', 'undated.html', 'about.html']));
    expect(pages.filter((p) => p.startsWith('documents/'))).toHaveLength(5);
  });

  it('every page passes html-validate:standard', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(await readFile(path.join(site, page), 'utf8'), page);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
