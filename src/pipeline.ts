import type { DateMention, Diagnostic, SourceFile, Timeline, TimelineDocument } from './types.ts';
import { readArticles } from './load/read-articles.ts';
import { analysePageChrome } from './clean/strip-page-chrome.ts';
import { findArticleHead, type DayDateReader } from './clean/find-article-head.ts';
import { splitPassages } from './segment/split-passages.ts';
import { tagDates, tagDocument } from './dates/index.ts';
import { extractEvents } from './events/extract-events.ts';
import { orderEvents } from './timeline/order-events.ts';
import { mergeEvents } from './timeline/merge-events.ts';
import { compareDiagnostics } from './diagnostics/diagnostic.ts';
import { documentDiagnostics } from './diagnostics/document-diagnostics.ts';

/** Reads a full calendar date (day precision, year given) in one line, as the tagger does. */
export const readDayDate: DayDateReader = (line) => {
  const mention = tagDates(line, [{ start: 0, end: line.length }], { dct: null, mode: 'news' }).find(
    (m) => m.anchor === 'absolute' && (m.type === 'DATE' || m.type === 'TIME') && /^\d{4}-\d{2}-\d{2}/.test(m.value),
  );
  return mention ? { value: mention.value.slice(0, 10), start: mention.start, end: mention.end } : null;
};

/** Kinds of passage whose dates are tagged. */
const TAGGED = new Set(['title', 'heading', 'body']);

/** One content file through the stages: page chrome, head, passages, dates. */
export function analyseDocument(file: SourceFile): TimelineDocument {
  const fm = file.frontMatter;
  const analysis = analysePageChrome(file.text, file.bodyStart);
  const head = findArticleHead(analysis, readDayDate, fm.title);
  const { passages, chrome } = splitPassages(file.text, analysis, head, readDayDate);
  const published = fm.published ?? head.published?.value ?? null;
  const publishedFrom = fm.published ? 'front-matter' : head.published ? 'text' : null;

  const spans = passages.filter((p) => TAGGED.has(p.kind));
  const tagged = tagDocument(file.text, spans, published, fm.mode);
  const mode = tagged.mode;
  let mentions = tagged.mentions;
  // An embedded post is read against its own date, the one its signature gives.
  const embedMentions: DateMention[] = [];
  for (const passage of passages) {
    if (passage.kind !== 'embed' || !passage.embedSignature) continue;
    const signatureDate = readDayDate(passage.embedSignature.text);
    embedMentions.push(...tagDates(file.text, [passage], { dct: signatureDate?.value ?? published, mode: 'news' }));
  }
  mentions = [...mentions, ...embedMentions].sort((a, b) => a.start - b.start || a.end - b.end);

  const titleLine = passages.find((p) => p.kind === 'title');
  return {
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
}

/** The composition root: content folder in, timeline out. Holds no logic of its own. */
export async function buildTimeline(contentDir: string): Promise<Timeline> {
  const { files, diagnostics: readDiagnostics } = await readArticles(contentDir);
  const diagnostics: Diagnostic[] = [...readDiagnostics];
  const documents: TimelineDocument[] = [];
  const events: Timeline['events'] = [];
  const undated: Timeline['undated'] = [];
  for (const file of files) {
    const document = analyseDocument(file);
    const extracted = extractEvents(document);
    documents.push(document);
    events.push(...extracted.events);
    undated.push(...extracted.undated);
    diagnostics.push(...documentDiagnostics(document, extracted.undated));
  }
  return { documents, events: orderEvents(mergeEvents(events)), undated, diagnostics: diagnostics.sort(compareDiagnostics) };
}
