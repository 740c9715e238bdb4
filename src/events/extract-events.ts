import { createHash } from 'node:crypto';
import type { DateMention, DateRelation, EventSource, Passage, Span, TimelineDocument, TimelineEvent, UndatedMention } from '../types.ts';
import { dateInterval } from '../dates/index.ts';
import { findHedge, findSpeaker } from './attribute-claims.ts';

const MAX_HEADLINE = 240;
const MEDIA_LINK = /\s*(?:pic\.twitter\.com\/\S+|https?:\/\/\S+)/gu;
const RELATION_CUES: Array<[RegExp, DateRelation]> = [
  [/\b(?:since|ever since)\s+(?:the\s+)?$/iu, 'since'],
  [/\b(?:before|ahead of|prior to|by)\s+(?:the\s+)?$/iu, 'before'],
  [/\b(?:after|following)\s+(?:the\s+)?$/iu, 'after'],
  [/\b(?:until|till|up to)\s+(?:the\s+)?$/iu, 'until'],
  [/\b(?:during|throughout)\s+(?:the\s+)?$/iu, 'during'],
  [/\bon\s+$/iu, 'on'],
  [/\b(?:in|from)\s+(?:the\s+)?(?:early|late|mid-?)?\s*$/iu, 'in'],
];

/** The sentences of a passage, as spans of the file text. */
export function sentenceSpans(text: string, passage: Span): Span[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const spans: Span[] = [];
  for (const { segment, index } of segmenter.segment(passage.text)) {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (!trimmed) continue;
    const start = passage.start + index + lead;
    spans.push({ start, end: start + trimmed.length, text: text.slice(start, start + trimmed.length) });
  }
  return spans;
}

/** How a statement relates to its date, from the words just before the date expression. */
export function relationOf(text: string, mention: Span, granularityIsDay: boolean): DateRelation {
  const before = text.slice(Math.max(0, mention.start - 24), mention.start);
  for (const [cue, relation] of RELATION_CUES) if (cue.test(before) || cue.test(before + mention.text.split(/\s/u)[0] + ' ')) return relation;
  const own = /^(since|before|after|until|during|in|on)\b/iu.exec(mention.text);
  if (own) return own[1]!.toLowerCase() as DateRelation;
  return granularityIsDay ? 'on' : 'in';
}

/**
 * A headline that reads as a sentence about what happened: whitespace folded, media links
 * dropped, a leading "And in January 2014," (connective plus the date phrase) taken off.
 */
export function headlineFor(statement: string, statementStart: number, mention: Span | null, continuation: string | null = null): string {
  let text = statement;
  if (mention) {
    const offset = mention.start - statementStart;
    const before = text.slice(0, Math.max(0, offset));
    const after = text.slice(offset + mention.text.length);
    // Only when the date phrase opens the sentence and a comma closes it.
    if (/^\s*(?:(?:and|but|also|then|so|yet)\s+)?(?:(?:in|on|since|by|during|from|until|as of)\s+)?(?:the\s+)?$/iu.test(before) && /^\s*,/u.test(after)) {
      text = after.replace(/^\s*,\s*/u, '');
    }
  }
  text = text.replace(MEDIA_LINK, '').replace(/\s+/gu, ' ').trim();
  // "X told Newsweek:" says little; the words it introduces say what was told.
  text = continuation && text.endsWith(':') ? `${text} “${continuation.replace(/\s+/gu, ' ').trim()}”` : text.replace(/:$/u, '.');
  text = text.charAt(0).toUpperCase() + text.slice(1);
  if (text.length > MAX_HEADLINE) text = `${text.slice(0, MAX_HEADLINE).replace(/\s+\S*$/u, '')} …`;
  return text;
}

/** A stable event id from the document path and the statement's own content. */
export function eventIdFor(documentPath: string, statement: string, mentionText: string, occurrence: number): string {
  const key = [documentPath, statement.replace(/\s+/gu, ' ').trim(), mentionText, String(occurrence)].join('\u0000');
  return `e-${createHash('sha1').update(key).digest('hex').slice(0, 12)}`;
}

function passageRef(passage: Passage): Span & { id: string } {
  return { id: passage.id, start: passage.start, end: passage.end, text: passage.text };
}

/** Mentions that date a statement: calendar dates, resolved. */
function isEventDate(mention: DateMention): boolean {
  return (mention.type === 'DATE' || mention.type === 'TIME') && !mention.unresolved && dateInterval(mention.value) !== null;
}

export interface ExtractedEvents {
  events: TimelineEvent[];
  undated: UndatedMention[];
}

/**
 * One event per dated statement: each sentence of an article passage with a resolved calendar
 * date, and each embedded post at the date of its signature. Unresolvable expressions go to `undated`.
 */
export function extractEvents(document: TimelineDocument): ExtractedEvents {
  const events: TimelineEvent[] = [];
  const undated: UndatedMention[] = [];
  const occurrences = new Map<string, number>();
  const defaultAttribution = document.author ?? document.publisher;
  let lastSpeaker: string | null = null;

  const addEvent = (passage: Passage, statement: Span, mention: DateMention, attribution: string | null, headlineMention: Span | null, continuation: string | null = null) => {
    const date = dateInterval(mention.value)!;
    const hedge = findHedge(statement.text);
    const source: EventSource = {
      document: document.id,
      passage: passageRef(passage),
      statement,
      mention: { start: mention.start, end: mention.end, text: mention.text },
      attribution,
      hedged: hedge !== null,
    };
    if (hedge) source.hedge = hedge;
    const key = `${statement.text}\u0000${mention.text}`;
    const n = occurrences.get(key) ?? 0;
    occurrences.set(key, n + 1);
    events.push({
      id: eventIdFor(document.path, statement.text, mention.text, n),
      date,
      relation: relationOf(document.text, mention, date.granularity === 'day' || date.granularity === 'time'),
      headline: headlineFor(statement.text, statement.start, headlineMention, continuation),
      sources: [source],
    });
  };

  for (const [index, passage] of document.passages.entries()) {
    if (passage.kind !== 'body' && passage.kind !== 'embed') continue;
    const inPassage = document.mentions.filter((m) => m.start >= passage.start && m.end <= passage.end);
    for (const mention of inPassage) {
      if (mention.unresolved) {
        undated.push({
          document: document.id,
          mention: { start: mention.start, end: mention.end, text: mention.text, value: mention.value, type: mention.type },
          passage: passageRef(passage),
          reason: mention.unresolved,
        });
      }
    }
    if (passage.kind === 'embed' && passage.embedSignature) {
      const signature = passage.embedSignature;
      const signatureMention = inPassage.find((m) => m.start >= signature.start && isEventDate(m));
      const postEnd = document.text.slice(passage.start, signature.start).trimEnd().length + passage.start;
      const post: Span = { start: passage.start, end: postEnd, text: document.text.slice(passage.start, postEnd) };
      if (signatureMention && post.text.trim()) addEvent(passage, post, signatureMention, passage.embedAuthor ?? null, null);
      // Other dates the post names, when they differ from its own date, are statements of their own.
      for (const sentence of sentenceSpans(document.text, post)) {
        for (const mention of inPassage.filter((m) => m.start >= sentence.start && m.end <= sentence.end && isEventDate(m))) {
          if (signatureMention && mention.value === signatureMention.value) continue;
          addEvent(passage, sentence, mention, passage.embedAuthor ?? null, mention);
        }
      }
      continue;
    }
    const sentences = sentenceSpans(document.text, passage);
    const next = document.passages[index + 1];
    const nextOpening = next && next.kind === 'body' ? sentenceSpans(document.text, next)[0]?.text ?? null : null;
    for (const sentence of sentences) {
      const { speaker, pronoun } = findSpeaker(sentence.text);
      if (speaker && !pronoun) lastSpeaker = speaker;
      const attribution = speaker ? (pronoun ? lastSpeaker ?? defaultAttribution : speaker) : defaultAttribution;
      const seen = new Set<string>();
      for (const mention of inPassage.filter((m) => m.start >= sentence.start && m.end <= sentence.end && isEventDate(m))) {
        // Two mentions of the same date in one sentence make one statement.
        if (seen.has(mention.value)) continue;
        seen.add(mention.value);
        const continuation = sentence === sentences[sentences.length - 1] ? nextOpening : null;
        addEvent(passage, sentence, mention, attribution, mention, continuation);
      }
    }
  }
  return { events, undated };
}
