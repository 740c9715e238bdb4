import { createHash } from 'node:crypto';
import type { Passage, PassageKind, Span } from '../types.ts';
import type { ChromeAnalysis, Line } from '../clean/strip-page-chrome.ts';
import type { ArticleHead } from '../clean/find-article-head.ts';
import { readDayDate } from '../dates/read-day-date.ts';

/**
 * The signature line under an embedded social-media post:
 * "— pyd rojava (@PYD_Rojava) October 13, 2019". Group 1 is the name, 2 the handle, 3 the date text.
 */
const EMBED_SIGNATURE = /^\s*[—–-]{1,2}\s*(.+?)\s*\((@[A-Za-z0-9_]{1,30})\)\s*(.+?)\s*$/u;
/** Marks of a post's own text: a handle, a hashtag or a platform's media link. */
const SOCIAL_MARK = /(?:^|\s)[@#][\p{L}\p{N}_]+|pic\.twitter\.com\/|https?:\/\//u;
/** How many paragraphs above its signature a post may reach. */
const MAX_EMBED_PARAGRAPHS = 3;
const HEADING_MAX_LENGTH = 80;
const SENTENCE_END = /[.!?:;"”’)…]$/u;

/** A stable id from a passage's own text; the occurrence number keeps repeated passages apart. */
export function passageIdFor(text: string, occurrence: number): string {
  const hash = createHash('sha1').update(text.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 10);
  return occurrence === 0 ? `p-${hash}` : `p-${hash}-${occurrence + 1}`;
}

interface Block {
  kind: PassageKind;
  lines: Line[];
}

function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** Groups lines into blocks: a blank line or a change of kind ends a block. */
function blocksOf(analysis: ChromeAnalysis, head: ArticleHead): Block[] {
  const bylineIndices = new Set(head.byline.map((l) => l.index));
  const kindOf = (line: Line): PassageKind =>
    line === head.title ? 'title' : bylineIndices.has(line.index) ? 'byline' : analysis.chrome[line.index] ? 'chrome' : 'body';
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (const line of analysis.lines) {
    if (line.blank) {
      current = null;
      continue;
    }
    const kind = kindOf(line);
    // Title and byline lines stand alone; chrome and body lines gather into paragraphs.
    if (current && current.kind === kind && kind !== 'title' && kind !== 'byline') current.lines.push(line);
    else {
      current = { kind, lines: [line] };
      blocks.push(current);
    }
  }
  return blocks;
}

/** Splits a block in two where a post signature line ends it early. */
function splitAtSignatures(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    let rest = block.lines;
    for (let i = 0; i < rest.length; i++) {
      if (block.kind === 'body' && EMBED_SIGNATURE.test(rest[i]!.text) && i < rest.length - 1) {
        out.push({ kind: block.kind, lines: rest.slice(0, i + 1) });
        rest = rest.slice(i + 1);
        i = -1;
      }
    }
    out.push({ kind: block.kind, lines: rest });
  }
  return out;
}

export interface PassageSplit {
  passages: Passage[];
  chrome: Span[];
}

/**
 * Splits a page into passages (paragraphs) with stable ids, headings marked, page chrome
 * kept apart, and embedded posts joined with their signature line into one `embed` passage
 * that knows its account and date (read once, here, from its signature line).
 */
export function splitPassages(text: string, analysis: ChromeAnalysis, head: ArticleHead): PassageSplit {
  const blocks = splitAtSignatures(blocksOf(analysis, head));
  const merged: Array<{ kind: PassageKind; start: number; end: number; embedAuthor?: string; embedSignature?: Span; embedDate?: string }> = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const first = block.lines[0]!;
    const last = block.lines[block.lines.length - 1]!;
    const signature = block.kind === 'body' ? EMBED_SIGNATURE.exec(last.text) : null;
    const signatureDate = signature ? readDayDate(last.text) : null;
    if (signature && signatureDate) {
      // The post is the signature's block plus the paragraphs above it that belong to it.
      // Walking up, a lead-in of the article (a paragraph ending with a colon, without
      // social marks) ends the post; when no lead-in is met (a heading, the limit), only
      // paragraphs up to the last one with social marks are the post's.
      const collected: typeof merged = [];
      let leadInMet = false;
      for (let k = merged.length - 1; k >= 0 && collected.length < MAX_EMBED_PARAGRAPHS; k--) {
        const previous = merged[k]!;
        if (previous.kind !== 'body') break;
        const previousText = text.slice(previous.start, previous.end).trim();
        if (previousText.endsWith(':') && !SOCIAL_MARK.test(previousText)) {
          leadInMet = true;
          break;
        }
        collected.push(previous);
      }
      if (!leadInMet) {
        while (collected.length > 0 && !SOCIAL_MARK.test(text.slice(collected[collected.length - 1]!.start, collected[collected.length - 1]!.end))) collected.pop();
      }
      merged.length -= collected.length;
      const start = collected.length > 0 ? collected[collected.length - 1]!.start : first.start;
      merged.push({ kind: 'embed', start, end: last.end, embedAuthor: `${signature[1]} (${signature[2]})`, embedSignature: spanOf(text, last.start, last.end), embedDate: signatureDate.value });
      continue;
    }
    let kind = block.kind;
    const blockText = text.slice(first.start, last.end).trim();
    if (kind === 'body' && block.lines.length === 1 && blockText.length <= HEADING_MAX_LENGTH && !SENTENCE_END.test(blockText) && !SOCIAL_MARK.test(blockText)) kind = 'heading';
    merged.push({ kind, start: first.start, end: last.end });
  }

  const occurrences = new Map<string, number>();
  const passages: Passage[] = merged.map((m) => {
    const passageText = text.slice(m.start, m.end);
    const key = passageText.replace(/\s+/g, ' ').trim();
    const n = occurrences.get(key) ?? 0;
    occurrences.set(key, n + 1);
    const passage: Passage = { id: passageIdFor(passageText, n), kind: m.kind, start: m.start, end: m.end, text: passageText };
    if (m.embedAuthor) passage.embedAuthor = m.embedAuthor;
    if (m.embedSignature) passage.embedSignature = m.embedSignature;
    if (m.embedDate) passage.embedDate = m.embedDate;
    return passage;
  });
  const chrome = passages.filter((p) => p.kind === 'chrome').map((p) => spanOf(text, p.start, p.end));
  return { passages, chrome };
}
