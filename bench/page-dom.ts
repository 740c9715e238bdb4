/**
 * How heavy each kind of page of a built site is (issue 14: every page <= ~5,000 DOM elements,
 * first paint < 1 s from file://): the site's HTML pages sorted by kind, the one of each kind
 * with the most elements in its markup (start tags) opened in headless Chromium from file://,
 * and the few heaviest pages of the whole site besides.
 *
 *   node --import tsx bench/page-dom.ts --site DIR [--single FILE] [--runs 3] [--worst 3]
 *
 * For each page opened it prints its bytes, its start tags, the elements in the DOM at the load
 * event and once the page scripts are idle (the single file renders its chunks lazily: the
 * second count is what a reader has before scrolling), first contentful paint (median and range
 * over --runs), and the bytes of search index files (`assets/search-*`) the page loaded by
 * itself (a page should load them only when a search starts). `--single FILE`: a single-file
 * edition (`timeline build --single-file FILE`) opened the same way.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../test/browser/chromium.ts';
import { median, PAINT_TIMING, type PaintTiming } from './bench-kit.ts';

interface PageFile {
  file: string;
  kind: string;
  bytes: number;
  tags: number;
}

/** The kind of a site page, by its place: the front page, a year, a month (or a page of one), an article... */
export function pageKind(file: string): string {
  const f = file.split(path.sep).join('/');
  if (f === 'index.html') return 'front page';
  if (f.startsWith('documents/')) return 'article page';
  const year = /^years\/(.+)\.html$/u.exec(f)?.[1];
  if (year !== undefined) {
    if (/^\d{4}$/u.test(year)) return 'year page';
    if (/^\d{4}-(\d{2}|sometime)(-page-\d+)?$/u.test(year)) return 'month page';
    return 'decade/century page';
  }
  if (/^undated(-page-\d+)?\.html$/u.test(f)) return 'undated page';
  if (/^(about|articles(-page-\d+)?|messages(-page-\d+)?)\.html$/u.test(f)) return 'about/articles page';
  if (f === 'changes.html') return 'changes page';
  if (f.startsWith('changes/')) return 'changes list page';
  return `other (${f})`;
}

async function sitePages(dir: string): Promise<PageFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
  const pages: PageFile[] = [];
  for (const file of files) {
    const text = await readFile(path.join(dir, file), 'utf8');
    pages.push({ file, kind: pageKind(file), bytes: Buffer.byteLength(text), tags: text.match(/<[a-z][a-z0-9-]*/giu)?.length ?? 0 });
  }
  return pages;
}

interface Opened {
  fcp: number[];
  atLoad: number;
  idle: number;
  searchBytes: number;
}

/** The page opened `runs` times, each in a fresh context: paint, element counts, search files it fetched. */
async function open(browser: Browser, url: string, runs: number): Promise<Opened> {
  const fcp: number[] = [];
  let atLoad = 0;
  let idle = 0;
  let searchBytes = 0;
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const searchFiles: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/search-[^/]*$/u.test(request.url())) searchFiles.push(fileURLToPath(request.url()));
    });
    await page.goto(url, { waitUntil: 'load', timeout: 300_000 });
    const timing = (await page.evaluate(PAINT_TIMING)) as PaintTiming;
    fcp.push(timing.fcp);
    atLoad = timing.nodes;
    // Scripts done: two animation frames and a quiet second (the single file's observer renders what is near the viewport).
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 1000))))');
    idle = (await page.evaluate('document.getElementsByTagName("*").length')) as number;
    searchBytes = 0;
    for (const f of searchFiles) searchBytes += (await stat(f)).size;
    await context.close();
  }
  return { fcp, atLoad, idle, searchBytes };
}

const kb = (bytes: number): string => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;

function line(label: string, file: string, bytes: number, tags: number | null, o: Opened): string {
  const range = `${Math.round(Math.min(...o.fcp))}-${Math.round(Math.max(...o.fcp))}`;
  return (
    `${label.padEnd(22)} ${file} (${kb(bytes)}${tags === null ? '' : `, ${tags.toLocaleString('en')} start tags`}): ` +
    `${o.atLoad.toLocaleString('en')} elements at load, ${o.idle.toLocaleString('en')} when idle; ` +
    `FCP median ${Math.round(median(o.fcp))} ms (${range} ms, ${o.fcp.length} runs); search files loaded: ${o.searchBytes === 0 ? 'none' : kb(o.searchBytes)}\n`
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { site: { type: 'string' }, single: { type: 'string' }, runs: { type: 'string', default: '3' }, worst: { type: 'string', default: '3' } } });
  if (values.site === undefined && values.single === undefined) throw new Error('usage: bench/page-dom.ts --site DIR [--single FILE] [--runs N] [--worst N]');
  const runs = Number(values.runs);
  const browser = await launchChromium();
  try {
    if (values.site !== undefined) {
      const dir = path.resolve(values.site);
      const pages = await sitePages(dir);
      const over = pages.filter((p) => p.tags > 5000).length;
      process.stdout.write(`site ${dir}: ${pages.length.toLocaleString('en')} HTML pages, ${over} with more than 5,000 start tags\n`);
      const kinds = [...new Set(pages.map((p) => p.kind))].sort();
      const opened = new Set<string>();
      for (const kind of kinds) {
        const ofKind = pages.filter((p) => p.kind === kind);
        const heaviest = ofKind.reduce((a, b) => (b.tags > a.tags ? b : a));
        opened.add(heaviest.file);
        process.stdout.write(line(`${kind} (${ofKind.length})`, heaviest.file, heaviest.bytes, heaviest.tags, await open(browser, pathToFileURL(path.join(dir, heaviest.file)).href, runs)));
      }
      const worst = [...pages].sort((a, b) => b.tags - a.tags || a.file.localeCompare(b.file)).slice(0, Number(values.worst));
      for (const page of worst) {
        if (opened.has(page.file)) continue;
        process.stdout.write(line(`heavy ${page.kind}`, page.file, page.bytes, page.tags, await open(browser, pathToFileURL(path.join(dir, page.file)).href, runs)));
      }
    }
    if (values.single !== undefined) {
      const file = path.resolve(values.single);
      process.stdout.write(line('single file', file, (await stat(file)).size, null, await open(browser, pathToFileURL(file).href, runs)));
    }
  } finally {
    await browser.close();
  }
}

await main();
