/**
 * Whether the page-chrome detector keeps the headline and dateline of plain news files:
 *   node --import tsx bench/article-heads.ts CONTENT_DIR [--verbose]
 * On each file as it is (TBAQ content: `scripts/tbaq-to-content.ts`): its first line of text is
 * never chrome, and a wire dateline opening it ("NAIROBI, Kenya (AP) _") is kept. On the same
 * file reshaped as a Wikinews file (its title as the first line, a blank line, its publication
 * date as a dateline "Friday, August 7, 1998", a blank line, the body; no front matter): the
 * headline is read as the title, the dateline as the byline giving the publication date, and
 * the first paragraph of the body is no chrome. Prints the counts of files that fail each.
 */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DateTime } from 'luxon';
import { analyseDocument } from '../src/analyse/analyse-document.ts';
import { readArticles } from '../src/load/read-articles.ts';
import type { TimelineDocument } from '../src/types.ts';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
const verbose = args.includes('--verbose');
if (!dir) {
  console.error('usage: node --import tsx bench/article-heads.ts CONTENT_DIR [--verbose]');
  process.exit(2);
}

/** A wire dateline at the start of a line: capitals, then an agency in brackets or a dash. */
const WIRE_DATELINE = /^\s*\p{Lu}[\p{Lu}.'’ -]{1,40}(?:,[^\n(]{0,40})?(?:\([\p{L} .&-]{1,30}\)\s*[-–—_:]|\s(?:_|--|—)(?!\S))/u;

function chromeAt(doc: TimelineDocument, offset: number): boolean {
  return doc.chrome.some((c) => c.start <= offset && offset < c.end);
}

const { files } = await readArticles(dir);
const failures: string[] = [];
let firstChrome = 0;
let datelines = 0;
let datelineChrome = 0;
const reshaped: Array<{ path: string; text: string; title: string; published: string }> = [];
for (const file of files) {
  const doc = analyseDocument(file).document;
  const body = file.text.slice(file.bodyStart);
  const lead = body.length - body.trimStart().length + file.bodyStart;
  if (lead >= file.text.length || chromeAt(doc, lead)) {
    firstChrome++;
    failures.push(`first line is chrome: ${file.path}: ${file.text.slice(lead, lead + 70)}`);
  }
  if (WIRE_DATELINE.test(file.text.slice(lead, lead + 120))) {
    datelines++;
    if (chromeAt(doc, lead)) {
      datelineChrome++;
      failures.push(`dateline is chrome: ${file.path}`);
    }
  }
  const title = file.frontMatter.title;
  const published = file.frontMatter.published;
  if (title && published && /^\d{4}-\d{2}-\d{2}$/u.test(published)) reshaped.push({ path: file.path, text: body.trimStart(), title, published });
}

// The same articles in the shape of a Wikinews file, with no front matter.
const tmp = await mkdtemp(path.join(tmpdir(), 'article-heads-'));
for (const r of reshaped) {
  const dateline = DateTime.fromISO(r.published, { zone: 'utc' }).setLocale('en-US').toFormat('cccc, LLLL d, yyyy');
  const target = path.join(tmp, r.path);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, `${r.title}\n\n${dateline}\n\n${r.text}`);
}
const byPath = new Map(reshaped.map((r) => [r.path, r]));
let titleLost = 0;
let datelineLost = 0;
let bodyChrome = 0;
for (const file of (await readArticles(tmp)).files) {
  const r = byPath.get(file.path)!;
  const doc = analyseDocument(file).document;
  const title = doc.passages.find((p) => p.kind === 'title');
  if (title?.text.trim() !== r.title) {
    titleLost++;
    failures.push(`reshaped: headline not read as the title: ${file.path}: ${JSON.stringify(title?.text.slice(0, 60) ?? null)}`);
  }
  if (doc.published !== r.published || doc.publishedFrom !== 'text') {
    datelineLost++;
    failures.push(`reshaped: dateline not read as the publication date: ${file.path}: ${doc.published}`);
  }
  const bodyStart = file.text.indexOf(r.text.slice(0, 40));
  if (chromeAt(doc, bodyStart)) {
    bodyChrome++;
    failures.push(`reshaped: first body paragraph is chrome: ${file.path}`);
  }
}

console.log(`files                                         ${files.length}`);
console.log(`first line of text left out as chrome         ${firstChrome}`);
console.log(`wire datelines opening the text               ${datelines}; left out as chrome: ${datelineChrome}`);
console.log(`reshaped as title, blank, dateline, body      ${reshaped.length}`);
console.log(`  headline not read as the title              ${titleLost}`);
console.log(`  dateline not read as the publication date   ${datelineLost}`);
console.log(`  first body paragraph left out as chrome     ${bodyChrome}`);
if (verbose) for (const f of failures) console.log(`  ${f}`);
