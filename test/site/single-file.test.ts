import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { buildTimeline } from '../../src/pipeline.ts';
import { renderSingleFile, tooLargeForOnePage } from '../../src/site/build-single-file.ts';
import type { SingleFileChunks } from '../../src/site/parts/single-file.ts';
import { syntheticTimeline } from '../support/synthetic-timeline.ts';
import { fixtureTimeline, HOSTILE_IMG, HOSTILE_SCRIPT } from './fixture-timeline.ts';
import { decodeAttribute, idsOf, urlsOf } from './site-files.ts';
import { validateTimeline } from '../../src/timeline/validate-timeline.ts';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

let page: string;

beforeAll(async () => {
  page = await renderSingleFile(validateTimeline(fixtureTimeline()));
});

const inline = (tag: 'style' | 'script'): string[] => [...page.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);
const sha256 = (code: string): string => createHash('sha256').update(code, 'utf8').digest('base64');

describe('the single file of the fixture timeline', () => {
  it('carries its stylesheet and script inline, and lets nothing else run or load', () => {
    expect(inline('style')).toHaveLength(1);
    expect(inline('script')).toHaveLength(1);
    expect(page).not.toMatch(/<link\b/);
    expect(urlsOf(page).filter((u) => u.attribute === 'src')).toEqual([]);
    const csp = decodeAttribute(/http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page)![1]!);
    expect(csp).toBe(`default-src 'none'; script-src 'sha256-${sha256(inline('script')[0]!)}'; style-src 'sha256-${sha256(inline('style')[0]!)}'; base-uri 'none'; form-action 'none'`);
  });

  it('links only inside itself (an article\'s original web address aside), every fragment to an id it has', () => {
    const ids = new Set(idsOf(page));
    expect(ids.size).toBe(idsOf(page).length);
    for (const { url } of urlsOf(page)) {
      // The article's original address, alone or with a text fragment pointing at a passage.
      if (url.split('#:~:text=')[0] === 'https://example.org/news/kobani') continue;
      expect(url, url).toMatch(/^#/);
      expect(ids.has(decodeURIComponent(url.slice(1))), url).toBe(true);
    }
  });

  it('holds every event and every article in full, each source linked to its passage inside its article', () => {
    for (const event of fixtureTimeline().events) expect(page).toContain(`<article class="event" id="${event.id}"`);
    expect(page).toContain('<article class="document" id="site-doc-kobani-siege" aria-labelledby="site-doc-kobani-siege/title">');
    expect(page).toMatch(/id="site-doc-kobani-siege"[\s\S]*<div class="passage passage-body" id="site-doc-kobani-siege\/p\/p-islamic-state-fighters">/);
    expect(page).toContain('<a href="#site-doc-kobani-siege/p/p-islamic-state-fighters">Fighting for Kobani</a>');
    expect(page).toContain('<a href="#kobani-siege-entered-2014-09"><time datetime="2014-09">September 2014</time>: Islamic State fighters entered the outskirts of Kobani</a>');
    // The search index links inside the file too.
    expect(inline('script')[0]).toContain('"href":"#site-doc-kobani-aftermath/p/p-reconstruction-started"');
  });

  it('escapes hostile text: no markup from the corpus reaches the page', () => {
    expect(page).not.toContain(HOSTILE_SCRIPT);
    expect(page).not.toContain(HOSTILE_IMG);
    expect(page).not.toMatch(/<[a-z][^<>]*\son[a-z]+=/i);
    expect(page).not.toMatch(/(href|src)="\s*javascript:/i);
    expect(page).toContain('<h3 id="site-doc-kobani-aftermath/title">&lt;script&gt;alert(1)&lt;/script&gt; Kobani, five years on</h3>');
  });

  it('is valid HTML (html-validate:standard), for the fixture and for the seed corpus', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
    const seed = await renderSingleFile(validateTimeline(await buildTimeline(CONTENT)));
    for (const [name, html] of [['fixture', page], ['seed', seed]] as const) {
      const report = await validator.validateString(html, name);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${name}:${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
    }
  });

  it('is deterministic: the same timeline gives the same bytes', async () => {
    expect(await renderSingleFile(validateTimeline(fixtureTimeline()))).toBe(page);
  });
});

describe('the lazy single file (a timeline too large for one page)', () => {
  let lazy: string;
  let data: SingleFileChunks;

  beforeAll(async () => {
    lazy = await renderSingleFile(validateTimeline(fixtureTimeline()), { lazy: true });
    const block = /<script type="application\/json" id="site-chunks">([\s\S]*?)<\/script>/.exec(lazy);
    expect(block, 'the data block').not.toBeNull();
    data = JSON.parse(block![1]!) as SingleFileChunks;
  });

  it('is chosen for a large timeline only: the fixture stays one eager page', () => {
    expect(tooLargeForOnePage(validateTimeline(fixtureTimeline()))).toBe(false);
    expect(tooLargeForOnePage(validateTimeline(syntheticTimeline(600)))).toBe(true);
  });

  it('runs only its one script, by hash; the data block is never run and holds no "<"', () => {
    const scripts = [...lazy.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    const csp = decodeAttribute(/http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(lazy)![1]!);
    expect(csp).toContain(`script-src 'sha256-${sha256(scripts[0]!)}';`);
    expect(/id="site-chunks">([\s\S]*?)<\/script>/.exec(lazy)![1]).not.toContain('<');
  });

  it('carries every event and article exactly once as data, placeholders on the page, every link resolving inside it', () => {
    const markup = Object.values(data.chunks).join('');
    const cards = [...markup.matchAll(/<article class="event" id="([^"]*)"/g)].map((m) => m[1]!);
    expect(cards.sort()).toEqual(fixtureTimeline().events.map((e) => e.id).sort());
    expect(data.events.map((e) => e.id).sort()).toEqual(cards);
    expect([...markup.matchAll(/<article class="document" id="([^"]*)"/g)].map((m) => m[1]).sort()).toEqual(['site-doc-kobani-aftermath', 'site-doc-kobani-siege']);
    expect(lazy).not.toContain('<article class="event"');
    expect(lazy).toContain('data-chunk="site-month-2014-09"');
    // Every id a link can reach is on the page or in a chunk the page script finds for it.
    const ids = new Set([...idsOf(lazy), ...idsOf(markup)]);
    for (const { url } of [...urlsOf(lazy), ...urlsOf(markup)]) {
      if (url.split('#:~:text=')[0] === 'https://example.org/news/kobani') continue;
      const id = decodeURIComponent(url.slice(1));
      expect(ids.has(id), url).toBe(true);
      if (!idsOf(lazy).includes(id)) expect(data.targets[id] ?? data.targets[id.split('/')[0]!], url).toBeDefined();
    }
  });

  it('is valid HTML (html-validate:standard)', async () => {
    const report = await new HtmlValidate({ extends: ['html-validate:standard'] }).validateString(lazy, 'lazy');
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
  });
});

describe('timeline build --single-file', () => {
  let dir: string;
  const cwd = process.cwd();

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'timeline-single-cli-'));
  });

  afterAll(async () => {
    process.chdir(cwd);
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the single file only, unless --out is given too', async () => {
    process.chdir(dir);
    try {
      expect(await main(['build', '--content', CONTENT, '--single-file', 'out/timeline.html'])).toBe(0);
      expect((await readFile(path.join(dir, 'out/timeline.html'), 'utf8')).startsWith('<!doctype html>')).toBe(true);
      expect(existsSync(path.join(dir, '_site'))).toBe(false);
      expect(await main(['build', '--content', CONTENT, '--single-file', 'both.html', '--out', 'site'])).toBe(0);
      expect(existsSync(path.join(dir, 'both.html'))).toBe(true);
      expect(existsSync(path.join(dir, 'site/index.html'))).toBe(true);
    } finally {
      process.chdir(cwd);
    }
  });
});
