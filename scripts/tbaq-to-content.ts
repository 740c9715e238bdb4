/**
 * Turns the TempEval-3 TBAQ corpus (TimeML files) into a content folder of plain-text articles,
 * each with its document creation time as `published`, for developing the pipeline on a larger
 * real corpus. The output is generated when needed and never committed (TimeBank's licence).
 *
 *   node --import tsx scripts/tbaq-to-content.ts [--tbaq DIR] [--out DIR]
 *
 * Defaults: --tbaq ../shared/eval/tbaq, --out .cache/tbaq-content.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { unescapeEntities } from '../bench/timeml.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

/** News sources by the prefix of their TimeBank / AQUAINT document ids. */
const PUBLISHERS: Array<[RegExp, string]> = [
  [/^APW/, 'Associated Press'],
  [/^AP\d/, 'Associated Press'],
  [/^NYT/, 'The New York Times'],
  [/^XIE/, 'Xinhua'],
  [/^ABC/, 'ABC News'],
  [/^CNN/, 'CNN'],
  [/^PRI/, 'Public Radio International'],
  [/^VOA/, 'Voice of America'],
  [/^NBC/, 'NBC News'],
  [/^CBS/, 'CBS News'],
  [/^(?:WSJ|wsj)/, 'The Wall Street Journal'],
  [/^SJMN/, 'San Jose Mercury News'],
];

export interface TbaqArticle {
  id: string;
  title: string | null;
  published: string;
  publisher: string | null;
  text: string;
}

/** One TimeML file as an article: its text without tags, its title and DCT. */
export function tmlToArticle(tml: string): TbaqArticle {
  const id = /<DOCID>\s*([^<]+?)\s*<\/DOCID>/u.exec(tml)?.[1] ?? 'unknown';
  const dct = /<DCT>\s*<TIMEX3[^>]*value="(\d{4})-?(\d{2})-?(\d{2})/u.exec(tml);
  if (!dct) throw new Error(`${id}: no DCT`);
  const title = /<TITLE>([\s\S]*?)<\/TITLE>/u.exec(tml)?.[1];
  const body = /<TEXT>([\s\S]*)<\/TEXT>/u.exec(tml)?.[1] ?? '';
  const text = unescapeEntities(body.replace(/<[^>]+>/gu, '')).replace(/^\s*\n/u, '').replace(/\s+$/u, '\n');
  return {
    id,
    title: title ? unescapeEntities(title.replace(/<[^>]+>/gu, '')).replace(/\s+/gu, ' ').trim() : null,
    published: `${dct[1]}-${dct[2]}-${dct[3]}`,
    publisher: PUBLISHERS.find(([prefix]) => prefix.test(id))?.[1] ?? null,
    text,
  };
}

function frontMatter(article: TbaqArticle): string {
  const lines = ['---'];
  if (article.title) lines.push(`title: ${JSON.stringify(article.title)}`);
  lines.push(`published: ${article.published}`);
  if (article.publisher) lines.push(`publisher: ${JSON.stringify(article.publisher)}`);
  lines.push('---', '');
  return lines.join('\n');
}

export async function convertTbaq(tbaqDir: string, outDir: string): Promise<number> {
  let count = 0;
  const entries = await readdir(tbaqDir, { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((e) => e.isFile() && e.name.endsWith('.tml')).sort((a, b) => a.name.localeCompare(b.name))) {
    const source = path.join(entry.parentPath, entry.name);
    const article = tmlToArticle(await readFile(source, 'utf8'));
    const target = path.join(outDir, path.relative(tbaqDir, entry.parentPath), `${article.id}.txt`);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, frontMatter(article) + article.text);
    count++;
  }
  return count;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      tbaq: { type: 'string', default: path.join(ROOT, '../shared/eval/tbaq') },
      out: { type: 'string', default: path.join(ROOT, '.cache/tbaq-content') },
    },
  });
  const count = await convertTbaq(values.tbaq, values.out);
  process.stdout.write(`wrote ${count} articles to ${values.out}\n`);
}
