import type { Span } from '../types.ts';
import { ENGLISH_STOPWORDS } from './english-stopwords.ts';

/**
 * Page chrome detection for articles pasted from the web, in the spirit of jusText
 * (Pomikálek 2011) and boilerpipe's densest-block idea, on plain text lines:
 * 1. each line gets a class from its own shape (length, share of function words,
 *    list bullets, digit-only tokens, lines repeated elsewhere in the page);
 * 2. the article is the contiguous run of lines with the highest score (prose counts
 *    for, short and link-like lines count against), so menus before the title and
 *    related-post lists and footers after the article fall outside it;
 * 3. inside the article, runs of link-like lines (share bars, tag lists) are chrome too.
 * Nothing here lists strings of a particular site.
 */

export type LineClass = 'good' | 'neargood' | 'short' | 'bad';

export interface Line extends Span {
  /** 0-based index among all lines of the body. */
  index: number;
  blank: boolean;
  words: number;
  cls: LineClass;
}

export interface ChromeAnalysis {
  lines: Line[];
  /** Indices into `lines` of the article's first and last line (inclusive); -1 when nothing reads as an article. */
  articleStart: number;
  articleEnd: number;
  /** Per line: true when the line is page chrome. */
  chrome: boolean[];
}

/** jusText's default thresholds. */
const LENGTH_LOW = 70;
const LENGTH_HIGH = 200;
const STOPWORDS_LOW = 0.3;
const STOPWORDS_HIGH = 0.32;
/** What a short or link-like line costs in the densest-run search, in characters of prose. */
const SHORT_LINE_COST = 35;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const BULLET = /^\s*[•·▪■►▸*]\s*/u;
const SENTENCE_END = /[.!?:;"”’)\]…]$/u;
const SOCIAL_MARK = /(?:^|\s)@[A-Za-z0-9_]+|\(@[A-Za-z0-9_]+\)|pic\.twitter\.com\//u;
const URL = /\b(?:https?:\/\/|pic\.twitter\.com\/)\S+/gu;

/** The lines of `text` from `from` on, with offsets into `text`. */
export function splitLines(text: string, from = 0): Line[] {
  const lines: Line[] = [];
  let start = from;
  let index = 0;
  // Lines end at LF, CRLF or a lone CR (old Mac files).
  const lineBreak = /\r\n?|\n/g;
  while (start <= text.length) {
    lineBreak.lastIndex = start;
    const found = lineBreak.exec(text);
    const lineEnd = found ? found.index : text.length;
    const lineText = text.slice(start, lineEnd);
    lines.push({ start, end: lineEnd, text: lineText, index, blank: lineText.trim() === '', words: 0, cls: 'short' });
    index++;
    if (!found) break;
    start = lineEnd + found[0].length;
  }
  return lines;
}

function normaliseForRepeat(line: string): string {
  return line.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The context-free class of one line (jusText step 1, with plain-text signals for links). */
export function classifyLine(line: string, repeated: boolean): { cls: LineClass; words: number } {
  const trimmed = line.trim();
  const words = trimmed.match(WORD) ?? [];
  const letterWords = words.filter((w) => /\p{L}/u.test(w));
  const count = words.length;
  if (count === 0) return { cls: 'bad', words: 0 };
  // A bulleted item of a few words is a menu or link list entry.
  if (BULLET.test(line) && letterWords.length <= 4) return { cls: 'bad', words: count };
  // Share counts, view counters: numbers with hardly any words.
  if (letterWords.length === 0 || (letterWords.length <= 2 && count > letterWords.length)) return { cls: 'bad', words: count };
  // A line repeated elsewhere in the page without being a sentence: related-post titles, menus.
  if (repeated && trimmed.length < LENGTH_HIGH && !SENTENCE_END.test(trimmed.replace(URL, '').trim())) return { cls: 'bad', words: count };
  const prose = trimmed.replace(URL, '').trim();
  const stopwords = letterWords.filter((w) => ENGLISH_STOPWORDS.has(w.toLowerCase())).length;
  const density = stopwords / Math.max(1, letterWords.length);
  const length = trimmed.length;
  const endsSentence = SENTENCE_END.test(prose);
  if (length < LENGTH_LOW) return { cls: 'short', words: count };
  if (length >= LENGTH_HIGH) return { cls: density >= STOPWORDS_LOW ? 'good' : endsSentence ? 'neargood' : 'short', words: count };
  if (density >= STOPWORDS_HIGH) return { cls: 'good', words: count };
  if (density >= STOPWORDS_LOW || endsSentence) return { cls: 'neargood', words: count };
  // Few function words and no sentence end: a caption, a tag line, a run-together menu.
  return { cls: 'short', words: count };
}

/** A line that reads as a sentence of its own: ends like one and has a few words. */
export function isSentenceLine(line: Line): boolean {
  return !line.blank && line.cls !== 'bad' && line.words >= 3 && SENTENCE_END.test(line.text.replace(URL, '').trim());
}

function lineScore(line: Line): number {
  if (line.blank) return 0;
  const length = line.text.trim().length;
  switch (line.cls) {
    case 'good':
      return length;
    case 'neargood':
      return length / 2;
    case 'short':
      // A short sentence still reads as text (a brief, a closing line); a line that quotes a
      // post (a handle, a media link) is neither for nor against.
      if (isSentenceLine(line)) return length / 4;
      if (SOCIAL_MARK.test(line.text)) return 0;
      return -SHORT_LINE_COST;
    case 'bad':
      return -Math.max(SHORT_LINE_COST, length);
  }
}

/** Classifies the lines of a body and finds the article among them. */
export function analysePageChrome(text: string, bodyStart: number): ChromeAnalysis {
  const lines = splitLines(text, bodyStart);
  const counts = new Map<string, number>();
  // Each line's key is made once (it was made again for the second pass).
  const keys = lines.map((line) => (line.blank ? '' : normaliseForRepeat(line.text)));
  for (const [i, line] of lines.entries()) {
    if (line.blank) continue;
    counts.set(keys[i]!, (counts.get(keys[i]!) ?? 0) + 1);
  }
  for (const [i, line] of lines.entries()) {
    if (line.blank) continue;
    const { cls, words } = classifyLine(line.text, (counts.get(keys[i]!) ?? 0) > 1);
    line.cls = cls;
    line.words = words;
  }

  // The densest run (maximum-sum subarray) of line scores.
  let best = 0;
  let bestStart = -1;
  let bestEnd = -1;
  let sum = 0;
  let runStart = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (sum <= 0) {
      sum = 0;
      runStart = i;
    }
    sum += lineScore(line);
    if (sum > best) {
      best = sum;
      bestStart = runStart;
      bestEnd = i;
    }
  }
  if (bestStart >= 0) {
    while (bestStart <= bestEnd && lines[bestStart]!.blank) bestStart++;
    // A short closing (or opening) sentence or a quoted post adds little on its own but belongs to the article.
    bestEnd = extendOverSentences(lines, bestEnd, 1);
    bestStart = extendOverSentences(lines, bestStart, -1);
  }

  const chrome = lines.map((line, i) => !line.blank && (bestStart < 0 || i < bestStart || i > bestEnd));
  // Inside the article: a run of two or more link-like lines is a share bar or tag list.
  for (let i = bestStart; i >= 0 && i <= bestEnd; ) {
    if (lines[i]!.cls !== 'bad') {
      i++;
      continue;
    }
    let j = i;
    while (j <= bestEnd && (lines[j]!.cls === 'bad' || lines[j]!.blank)) j++;
    const run = lines.slice(i, j).filter((l) => !l.blank);
    if (run.length >= 2 || run.every((l) => l.words <= 3)) for (const l of run) chrome[l.index] = true;
    i = j;
  }
  return { lines, articleStart: bestStart, articleEnd: bestEnd, chrome };
}

/** From `edge`, steps over blank lines and lines that do not count against the article (short sentences, quoted posts); returns the last one reached. */
function extendOverSentences(lines: Line[], edge: number, direction: 1 | -1): number {
  let result = edge;
  for (let i = edge + direction; i >= 0 && i < lines.length; i += direction) {
    const line = lines[i]!;
    if (line.blank) continue;
    if (lineScore(line) < 0) break;
    result = i;
  }
  return result;
}
