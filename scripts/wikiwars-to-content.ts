/**
 * Turns the WikiWars dev files (TimeML, Wikipedia articles on wars) into a content folder of
 * plain-text articles read in narrative mode, each with its document creation time as
 * `published`: real text the project did not write, for measurements such as the headline
 * subjects of bench/event-statements.ts. Generated when needed, never committed.
 *
 *   node --import tsx scripts/wikiwars-to-content.ts [--wikiwars DIR] [--out DIR]
 *
 * Defaults: --wikiwars ../shared/eval/wikiwars-dev, --out .cache/wikiwars-content.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { unescapeEntities } from '../bench/timeml.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { wikiwars: { type: 'string' }, out: { type: 'string' } } });
const from = path.resolve(values.wikiwars ?? path.join(ROOT, '..', 'shared', 'eval', 'wikiwars-dev'));
const out = path.resolve(values.out ?? path.join(ROOT, '.cache', 'wikiwars-content'));
await mkdir(out, { recursive: true });
let written = 0;
for (const name of (await readdir(from)).filter((n) => n.endsWith('.tml')).sort()) {
  const xml = await readFile(path.join(from, name), 'utf8');
  const dct = /<DCT>[\s\S]*?value="(\d{4}-\d{2}-\d{2})/u.exec(xml)?.[1];
  const body = /<TEXT>([\s\S]*)<\/TEXT>/u.exec(xml)?.[1];
  if (!dct || body === undefined) {
    console.error(`${name}: no DCT or TEXT, left out`);
    continue;
  }
  const text = unescapeEntities(body.replace(/<[^>]+>/gu, '')).trim();
  await writeFile(path.join(out, name.replace(/\.tml$/u, '.txt')), `---\npublished: ${dct}\nmode: narrative\n---\n${text}\n`);
  written++;
}
console.log(`${written} articles written to ${out}`);
