import type { Span } from '../types.ts';
import type { ChromeAnalysis, Line } from './strip-page-chrome.ts';

/** A day-precision date found in a line, as the tagger reads it. */
export interface LineDate {
  value: string;
  start: number;
  end: number;
}

/** Reads an absolute, day-precision date in a line of text (offsets into that line), or null. */
export type DayDateReader = (lineText: string) => LineDate | null;

export interface ArticleHead {
  /** The headline line, if the page has one. */
  title: Line | null;
  /** Byline lines under the headline (author, date) — kept, not chrome. */
  byline: Line[];
  /** The publication date read from the byline or dateline. */
  published: { value: string; span: Span } | null;
  /** The author named in the byline ("by Tom Coburg"). */
  author: string | null;
}

const BULLET = /^\s*[•·▪■►▸*]/u;
/** Headlines are short: news style guides keep them well under twenty words. */
const MAX_TITLE_WORDS = 22;
const MAX_TITLE_LENGTH = 160;
const MIN_TITLE_WORDS = 5;
/** How far below the headline a byline may stand, in non-blank lines. */
const BYLINE_WINDOW = 16;
const BYLINE_AUTHOR = /\b[Bb]y\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*$/u;

function isDateLine(line: Line, readDate: DayDateReader): LineDate | null {
  const text = line.text.trim();
  if (text.length > 90) return null;
  const found = readDate(line.text);
  if (!found) return null;
  // The date has to be most of the line: "13 October 2019", "By Jane Roe | Oct. 13, 2019 10:04".
  const rest = (line.text.slice(0, found.start) + ' ' + line.text.slice(found.end)).match(/\p{L}+/gu) ?? [];
  return rest.length <= 6 ? found : null;
}

/**
 * Finds the headline and the byline of a page. The headline is the first line of sentence
 * length before (or at) the start of the article text that is no menu entry and no date;
 * the byline is searched only below it, so a site header's date ("Saturday, December 14,
 * 2024" above the headline) or a related-posts list after the article is never read as the
 * publication date.
 */
export function findArticleHead(analysis: ChromeAnalysis, readDate: DayDateReader, knownTitle?: string): ArticleHead {
  const head: ArticleHead = { title: null, byline: [], published: null, author: null };
  const { lines, articleStart } = analysis;
  if (articleStart < 0) return head;
  const nonBlank = lines.filter((l) => !l.blank);
  const firstArticleLine = nonBlank.findIndex((l) => l.index >= articleStart);
  for (const line of nonBlank.slice(0, firstArticleLine + 1)) {
    // A title given in the front matter is looked for as it is written; none other is taken.
    if (knownTitle !== undefined) {
      if (fold(line.text) !== fold(knownTitle)) continue;
    } else {
      if (line.words < MIN_TITLE_WORDS || line.words > MAX_TITLE_WORDS || line.text.trim().length > MAX_TITLE_LENGTH) continue;
      if (BULLET.test(line.text) || isDateLine(line, readDate)) continue;
    }
    head.title = line;
    break;
  }
  const after = head.title ? nonBlank.filter((l) => l.index > head.title!.index) : nonBlank.slice(firstArticleLine);
  for (const [n, line] of after.slice(0, BYLINE_WINDOW).entries()) {
    // Past the start of the article, only its first two lines may still be a byline.
    if (line.index >= articleStart && (n >= 2 || !analysis.chrome[line.index] && line.words > 12)) break;
    const date = head.published ? null : isDateLine(line, readDate);
    const author = head.author ? null : BYLINE_AUTHOR.exec(line.text.trim());
    if (date) head.published = { value: date.value, span: { start: line.start + date.start, end: line.start + date.end, text: line.text.slice(date.start, date.end) } };
    if (author) head.author = author[1]!;
    if (date || author) head.byline.push(line);
  }
  return head;
}

function fold(text: string): string {
  return text.replace(/[’‘]/gu, "'").replace(/[“”]/gu, '"').replace(/\s+/gu, ' ').trim().toLowerCase();
}
