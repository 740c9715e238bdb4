/**
 * The tagger as a command for /work/shared/eval/timex_score.py:
 *   node --import tsx bench/tag-file.ts --dct YYYY-MM-DD --json FILE
 * prints a JSON array of {start, end, text, type, value} for FILE's whole plain text, in the mode the
 * pipeline chooses (`tagDocument`), as `bin/timeline tag` does by default.
 */
import { readFileSync } from 'node:fs';
import { paragraphSpans, tagDocument } from '../src/dates/index.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const file = option('--json');
if (!file) {
  process.stderr.write('usage: tag-file.ts [--dct YYYY-MM-DD] --json FILE\n');
  process.exit(2);
}
const dct = option('--dct') ?? null;
const text = readFileSync(file, 'utf8');
const mentions = tagDocument(text, paragraphSpans(text), dct && /^\d{4}-\d\d-\d\d/.test(dct) ? dct : null).mentions;
process.stdout.write(JSON.stringify(mentions.map(({ start, end, text: t, type, value }) => ({ start, end, text: t, type, value }))) + '\n');
