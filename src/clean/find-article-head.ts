import type { Span } from '../types.ts';
import { readDayDate, type LineDate } from '../dates/read-day-date.ts';
import type { ChromeAnalysis, Line } from './strip-page-chrome.ts';

export interface ArticleHead {
  /** The headline line, if the page has one. */
  title: Line | null;
  /** Byline lines under the headline (author, date) — kept, not chrome. */
  byline: Line[];
  /** The publication date read from the byline or dateline. */
  published: { value: string; span: Span } | null;
  /** The author named in the byline ("by Tom Coburg"). */
  author: string | null;
  /** The news agency of a dateline ("NAIROBI, Kenya (AP) _"). */
  agency: string | null;
}

const BULLET = /^\s*[•·▪■►▸*]/u;
/** Headlines are short: news style guides keep them well under twenty words. */
const MAX_TITLE_WORDS = 22;
const MAX_TITLE_LENGTH = 160;
const MIN_TITLE_WORDS = 5;
/** How far below the headline a byline may stand, in non-blank lines. */
const BYLINE_WINDOW = 16;
/**
 * A newswire dateline opening the first paragraph: "NAIROBI, Kenya (AP) _",
 * "LONDON, Oct 13, 2019 (Reuters) -", "RAQQA, (ST)- ". Group 1 the place, 2 a date, 3 the agency.
 */
const DATELINE = /^\s*(\p{Lu}[\p{Lu}.'’ -]{1,40}(?:,\s*\p{Lu}[\p{L}.'’ -]{0,30})?)\s*,?\s*(\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)?\s*(?:\((\p{L}[\p{L}\p{N} .&-]{0,30})\)\s*[-–—_:]|(?<!\S)(?:_|--|—)(?!\S))/u;
/** A wire dateline that names no place: "(Undated)". */
const UNDATED = /^\s*\(\s*undated\s*\)\s*$/iu;
const BYLINE_AUTHOR = /\b[Bb]y\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*$/u;

function isDateLine(line: Line): LineDate | null {
  const text = line.text.trim();
  if (text.length > 90) return null;
  const found = readDayDate(line.text);
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
export function findArticleHead(analysis: ChromeAnalysis, knownTitle?: string): ArticleHead {
  const head: ArticleHead = { title: null, byline: [], published: null, author: null, agency: null };
  const { lines, articleStart } = analysis;
  if (articleStart < 0) return head;
  const nonBlank = lines.filter((l) => !l.blank);
  const firstArticleLine = nonBlank.findIndex((l) => l.index >= articleStart);
  const plain = plainNewsHead(analysis, knownTitle);
  if (plain) {
    // The most ordinary news file: headline, blank line, dateline, body. Both are kept, however short.
    head.title = plain.title;
    head.byline.push(plain.dateline);
    head.published = { value: plain.date.value, span: { start: plain.dateline.start + plain.date.start, end: plain.dateline.start + plain.date.end, text: plain.dateline.text.slice(plain.date.start, plain.date.end) } };
  }
  for (const line of plain ? [] : nonBlank.slice(0, firstArticleLine + 1)) {
    // A title given in the front matter is looked for as it is written; none other is taken.
    if (knownTitle !== undefined) {
      if (fold(line.text) !== fold(knownTitle)) continue;
    } else {
      if (line.words < MIN_TITLE_WORDS || line.words > MAX_TITLE_WORDS || line.text.trim().length > MAX_TITLE_LENGTH) continue;
      // A dateline opens the body: no headline below it.
      if (DATELINE.test(line.text)) break;
      if (BULLET.test(line.text) || isDateLine(line)) continue;
      // A headline inside the article text heads more of it.
      if (line.index >= articleStart && !nonBlank.some((l) => l.index > line.index && l.index <= analysis.articleEnd)) continue;
    }
    head.title = line;
    break;
  }
  const after = head.title ? nonBlank.filter((l) => l.index > head.title!.index) : nonBlank.slice(firstArticleLine);
  for (const [n, line] of (plain ? [] : after.slice(0, BYLINE_WINDOW)).entries()) {
    // Past the start of the article, only its first two lines may still be a byline.
    if (line.index >= articleStart && (n >= 2 || !analysis.chrome[line.index] && line.words > 12)) break;
    const date = head.published ? null : isDateLine(line);
    const author = head.author ? null : BYLINE_AUTHOR.exec(line.text.trim());
    if (date) head.published = { value: date.value, span: { start: line.start + date.start, end: line.start + date.end, text: line.text.slice(date.start, date.end) } };
    if (author) head.author = author[1]!;
    if (date || author) head.byline.push(line);
  }
  // The dateline opens the first paragraph, or stands alone on the line before it.
  const firstBody = nonBlank.findIndex((l) => (l.index >= articleStart || plain !== null) && l !== head.title && !head.byline.includes(l));
  for (const line of [nonBlank[firstBody - 1], nonBlank[firstBody]]) {
    if (line && line !== head.title && !head.byline.includes(line) && UNDATED.test(line.text)) {
      head.byline.push(line);
      break;
    }
    const dateline = line && line !== head.title && !head.byline.includes(line) ? DATELINE.exec(line.text) : null;
    if (!line || !dateline) continue;
    head.agency = dateline[3]?.trim() ?? null;
    const date = dateline[2] && /\d{4}/.test(dateline[2]) && !head.published ? readDayDate(line.text.slice(0, dateline[0].length)) : null;
    if (date) head.published = { value: date.value, span: { start: line.start + date.start, end: line.start + date.end, text: line.text.slice(date.start, date.end) } };
    if (line.text.trim().length === dateline[0].trim().length || line.index < articleStart) head.byline.push(line);
    break;
  }
  return head;
}

/**
 * A plain news file's head: its first non-blank line is a headline (any length of a headline,
 * not a date, not a list item), after a blank line the next one is a date line, and the
 * article starts right below it.
 */
function plainNewsHead(analysis: ChromeAnalysis, knownTitle?: string): { title: Line; dateline: Line; date: LineDate } | null {
  const { lines } = analysis;
  const first = lines.findIndex((l) => !l.blank);
  const title = lines[first];
  if (!title) return null;
  let next = first + 1;
  if (!lines[next]?.blank) return null;
  while (lines[next]?.blank) next++;
  const dateline = lines[next];
  if (!dateline) return null;
  const date = isDateLine(dateline);
  // The article itself starts right below the date (a site header's date stands above menus).
  let body = lines.slice(next + 1).find((l) => !l.blank);
  // A wire dateline standing alone on its line ("BUFFALO, N.Y. (AP) --") before the first paragraph.
  if (body && isStandaloneDateline(body)) body = lines.slice(body.index + 1).find((l) => !l.blank);
  if (!date || !body || body.index < analysis.articleStart || body.index > analysis.articleEnd) return null;
  if (knownTitle !== undefined ? fold(title.text) !== fold(knownTitle) : !looksLikeHeadline(title)) return null;
  return { title, dateline, date };
}

function isStandaloneDateline(line: Line): boolean {
  const dateline = DATELINE.exec(line.text);
  return UNDATED.test(line.text) || (dateline !== null && /^[\s_–—-]*$/u.test(line.text.slice(dateline[0].length)));
}

function looksLikeHeadline(line: Line): boolean {
  const text = line.text.trim();
  return /\p{L}/u.test(text) && line.words <= MAX_TITLE_WORDS && text.length <= MAX_TITLE_LENGTH && !BULLET.test(line.text) && !isDateLine(line) && !DATELINE.test(line.text);
}

function fold(text: string): string {
  return text.replace(/[’‘]/gu, "'").replace(/[“”]/gu, '"').replace(/\s+/gu, ' ').trim().toLowerCase();
}
