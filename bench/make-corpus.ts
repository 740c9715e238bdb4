/**
 * A large corpus made from real news text, for the scale benchmark (bench/scale.ts). No text is
 * invented: every paragraph is a paragraph of a TBAQ article (../shared/eval/tbaq, read as
 * scripts/tbaq-to-content.ts reads it) or of a seed article (../shared/corpus/seed-articles).
 *
 *   node --import tsx bench/make-corpus.ts --articles N [--out DIR] [--seed S]
 *
 * Default --out: .cache/corpus-N (never committed: TimeBank's licence). Same N and seed, same
 * bytes.
 *
 * How the articles are recombined, so that they read like a wire feed and not like N copies:
 * - Article k retells story k mod S (S source articles) in "edition" floor(k / S). Editions
 *   come in groups of EDITIONS_PER_ERA; each era moves its stories by whole years (+1, -1, +2,
 *   -2, ...): every four-digit year from 1900 to 2099 in the text and the publication date move
 *   by that many years, so each era is a different stretch of history told in the same words.
 * - Within an era the editions of one story are the wire copies of one report: published on
 *   the same day or up to two days later, by another publisher, each keeping the lead
 *   paragraph and about 80 % of the others, and taking one or two paragraphs from other
 *   stories of the same era (background paragraphs, as agencies splice them). Their
 *   statements merge across articles, as real wire copy does; stories of different eras do
 *   not, as their years differ.
 * - The title is the first sentence of the first paragraph kept of 40 characters or more (not
 *   a dateline), cut to 90 characters at a word.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { DateTime } from 'luxon';
import { tmlToArticle } from '../scripts/tbaq-to-content.ts';
import { random } from './bench-kit.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const EDITIONS_PER_ERA = 4;
const FILES_PER_FOLDER = 1000;
const PUBLISHERS = ['Associated Press', 'Reuters', 'Agence France-Presse', 'Xinhua', 'Deutsche Presse-Agentur', 'United Press International'];
/** The seed articles carry no date; they report October 2019. */
const SEED_PUBLISHED = '2019-10-15';

interface Source {
  published: string;
  paragraphs: string[];
}

function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/u)
    .map((p) => p.replace(/\s+$/u, '').replace(/^\s*\n/u, ''))
    .filter((p) => /\p{L}/u.test(p));
}

async function filesUnder(dir: string, suffix: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(suffix))
    .map((e) => path.join(e.parentPath, e.name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The source articles, in a fixed order: TBAQ by path, then the seed articles by name. */
export async function readSources(tbaqDir: string, seedDir: string): Promise<Source[]> {
  const sources: Source[] = [];
  for (const file of await filesUnder(tbaqDir, '.tml')) {
    const article = tmlToArticle(await readFile(file, 'utf8'));
    sources.push({ published: article.published, paragraphs: paragraphsOf(article.text) });
  }
  for (const file of await filesUnder(seedDir, '.txt')) {
    sources.push({ published: SEED_PUBLISHED, paragraphs: paragraphsOf(await readFile(file, 'utf8')) });
  }
  if (sources.length === 0) throw new Error(`no source articles under ${tbaqDir} or ${seedDir}`);
  return sources.filter((s) => s.paragraphs.length > 0);
}

/** +1, -1, +2, -2, ... years for era 1, 2, 3, 4, ...; era 0 is history as told. */
function yearShiftOf(era: number): number {
  return era === 0 ? 0 : (era % 2 === 1 ? 1 : -1) * Math.ceil(era / 2);
}

function shiftYears(text: string, shift: number): string {
  if (shift === 0) return text;
  return text.replace(/\b(19|20)(\d\d)\b/gu, (year) => String(Number(year) + shift));
}

function titleOf(unshifted: string, shift: number): string {
  const paragraph = shiftYears(unshifted, shift);
  const sentence = /^[^\n]{40,}?[.!?](?=\s|$)/u.exec(paragraph)?.[0] ?? paragraph.split('\n')[0]!;
  const flat = sentence.replace(/\s+/gu, ' ').trim();
  if (flat.length <= 90) return flat;
  const cut = flat.slice(0, 90);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`;
}

/** The text of article k (front matter included). */
export function articleText(sources: readonly Source[], k: number, seed: number): string {
  const story = k % sources.length;
  const edition = Math.floor(k / sources.length);
  const era = Math.floor(edition / EDITIONS_PER_ERA);
  const next = random(seed ^ Math.imul(k + 1, 0x9e3779b1));
  const source = sources[story]!;
  const shift = yearShiftOf(era);
  const kept = source.paragraphs.filter((_, i) => i === 0 || edition % EDITIONS_PER_ERA === 0 || next() < 0.8);
  const spliced = 1 + Math.floor(next() * 2);
  for (let n = 0; n < spliced; n++) {
    const other = sources[Math.floor(next() * sources.length)]!;
    const paragraph = other.paragraphs[Math.floor(next() * other.paragraphs.length)]!;
    kept.splice(1 + Math.floor(next() * kept.length), 0, paragraph);
  }
  const body = shiftYears(kept.join('\n\n'), shift);
  const published = DateTime.fromISO(source.published, { zone: 'utc' })
    .plus({ years: shift, days: edition % EDITIONS_PER_ERA === 0 ? 0 : Math.floor(next() * 3) })
    .toISODate()!;
  const lines = [
    '---',
    `title: ${JSON.stringify(titleOf(kept.find((p) => p.replace(/\s+/gu, ' ').trim().length >= 40) ?? body, shift))}`,
    `published: ${published}`,
    `publisher: ${JSON.stringify(PUBLISHERS[(story + edition) % PUBLISHERS.length])}`,
    '---',
    '',
  ];
  return `${lines.join('\n')}${body}\n`;
}

/** The path of article k inside the corpus folder: folders of FILES_PER_FOLDER files. */
export function articlePath(k: number): string {
  return path.join(`part-${String(Math.floor(k / FILES_PER_FOLDER)).padStart(3, '0')}`, `article-${String(k).padStart(6, '0')}.txt`);
}

export async function makeCorpus(options: { articles: number; out: string; seed: number; tbaq: string; seedArticles: string }): Promise<{ articles: number; bytes: number }> {
  const sources = await readSources(options.tbaq, options.seedArticles);
  await rm(options.out, { recursive: true, force: true });
  let bytes = 0;
  for (let k = 0; k < options.articles; k++) {
    const file = path.join(options.out, articlePath(k));
    if (k % FILES_PER_FOLDER === 0) await mkdir(path.dirname(file), { recursive: true });
    const text = articleText(sources, k, options.seed);
    bytes += Buffer.byteLength(text);
    await writeFile(file, text);
  }
  return { articles: options.articles, bytes };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '20261202' },
      tbaq: { type: 'string', default: path.resolve(ROOT, '../shared/eval/tbaq') },
      'seed-articles': { type: 'string', default: path.resolve(ROOT, '../shared/corpus/seed-articles') },
    },
  });
  const articles = Number(values.articles);
  if (!Number.isInteger(articles) || articles < 1) throw new Error(`--articles must be a positive whole number, not ${values.articles}`);
  const out = path.resolve(values.out ?? path.join(ROOT, '.cache', `corpus-${articles}`));
  const made = await makeCorpus({ articles, out, seed: Number(values.seed), tbaq: values.tbaq, seedArticles: values['seed-articles'] });
  console.log(`wrote ${made.articles} articles (${(made.bytes / 1e6).toFixed(1)} MB) to ${out}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
