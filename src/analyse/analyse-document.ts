import type { Diagnostic, SourceFile, TimelineDocument, TimelineEvent, UndatedMention } from '../types.ts';
import { analysePageChrome } from '../clean/strip-page-chrome.ts';
import { findArticleHead } from '../clean/find-article-head.ts';
import { splitPassages } from '../segment/split-passages.ts';
import { tagDates, tagDocument } from '../dates/index.ts';
import { extractEvents } from '../events/extract-events.ts';
import { documentDiagnostics } from '../diagnostics/document-diagnostics.ts';

/**
 * Everything one content file gives the timeline. Plain data (JSON round-trips to itself), so
 * it can cross a worker thread or be kept in a cache.
 */
export interface DocumentAnalysis {
  document: TimelineDocument;
  /** The document's events, in text order, not yet merged with other documents' events. */
  events: TimelineEvent[];
  undated: UndatedMention[];
  diagnostics: Diagnostic[];
}

/** Kinds of passage whose dates are tagged. */
const TAGGED = new Set(['title', 'heading', 'body']);

/**
 * One content file through the stages: page chrome, head, passages, dates, events. Pure: the
 * same file always gives the same analysis. The article's dates are found once; when the text
 * is not read as news, the same expressions are resolved again in its mode (no second chrono pass; `tagDocument`).
 */
export function analyseDocument(file: SourceFile): DocumentAnalysis {
  const fm = file.frontMatter;
  const chromeAnalysis = analysePageChrome(file.text, file.bodyStart);
  const head = findArticleHead(chromeAnalysis, fm.title);
  const { passages, chrome } = splitPassages(file.text, chromeAnalysis, head);
  const published = fm.published ?? head.published?.value ?? null;
  const publishedFrom = fm.published ? 'front-matter' : head.published ? 'text' : null;

  // Without a mode in the front matter, the news reading chooses it (and reads background paragraphs as a narrative).
  const { mode, mentions: articleMentions } = tagDocument(file.text, passages.filter((p) => TAGGED.has(p.kind)), published, fm.mode);
  // An embedded post is read against its own date, the one its signature gives.
  const embedMentions = passages
    .filter((p) => p.kind === 'embed' && p.embedSignature)
    .flatMap((p) => tagDates(file.text, [p], { dct: p.embedDate ?? published, mode: 'news' }));
  const mentions = [...articleMentions, ...embedMentions].sort((a, b) => a.start - b.start || a.end - b.end);

  const titleLine = passages.find((p) => p.kind === 'title');
  const document: TimelineDocument = {
    id: file.id,
    path: file.path,
    title: fm.title ?? titleLine?.text.trim() ?? file.path,
    published,
    publishedFrom,
    url: fm.url ?? null,
    publisher: fm.publisher ?? head.agency,
    author: fm.author ?? head.author,
    mode,
    text: file.text,
    passages,
    mentions,
    chrome,
  };
  const { events, undated } = extractEvents(document);
  return { document, events, undated, diagnostics: documentDiagnostics(document, undated) };
}
