/**
 * Every mention the tagger gives on the evaluation texts, as JSON lines, to diff a change of the
 * parse path against (the tags must stay byte-identical):
 *   node --import tsx bench/tag-snapshot.ts > before.jsonl   (then again after, and `cmp`)
 * Texts: the `.tml` files under ../shared/eval/tbaq and ../shared/eval/wikiwars-dev, and the seed
 * articles under ../shared/corpus/seed-articles. Each is tagged as the pipeline does (`tagDocument`,
 * mode chosen, and forced to news and to narrative), by paragraphs, and also as ONE passage, as is
 * and flattened to one line (the long-passage cuts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { paragraphSpans, tagDates, tagDocument } from '../src/dates/index.ts';
import type { ResolutionMode } from '../src/types.ts';
import { parseTimeml, tmlFiles } from './timeml.ts';

const EVAL = resolve(import.meta.dirname, '../../shared/eval');
const SEED = resolve(import.meta.dirname, '../../shared/corpus/seed-articles');
const dirs = [join(EVAL, 'tbaq'), join(EVAL, 'wikiwars-dev'), SEED];
for (const dir of dirs) if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`missing data folder ${dir}`);

const texts: Array<{ name: string; text: string; dct: string | null }> = [];
for (const file of [...tmlFiles(dirs[0]!), ...tmlFiles(dirs[1]!)]) {
  const { dct, text } = parseTimeml(readFileSync(file, 'utf8'));
  texts.push({ name: file.slice(EVAL.length + 1), text, dct: /^\d{4}-\d\d-\d\d$/.test(dct) ? dct : null });
}
for (const f of readdirSync(SEED).filter((f) => f.endsWith('.txt')).sort()) {
  texts.push({ name: `seed/${f}`, text: readFileSync(join(SEED, f), 'utf8'), dct: '2024-06-01' });
}

const modes: Array<ResolutionMode | undefined> = [undefined, 'news', 'narrative'];
for (const { name, text, dct } of texts) {
  const spans = paragraphSpans(text);
  for (const mode of modes) {
    const tagged = tagDocument(text, spans, dct, mode);
    console.log(JSON.stringify({ name, how: `document ${mode ?? 'auto'}`, mode: tagged.mode, narrativeSpans: tagged.narrativeSpans, mentions: tagged.mentions }));
  }
  const line = text.replace(/\s/g, ' ');
  for (const [how, t] of [['one passage', text], ['one line', line]] as const) {
    for (const mode of ['news', 'narrative'] as const) {
      console.log(JSON.stringify({ name, how: `${how} ${mode}`, mentions: tagDates(t, [{ start: 0, end: t.length }], { dct, mode }) }));
    }
  }
}
