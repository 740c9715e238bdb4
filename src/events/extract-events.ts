import { createHash } from 'node:crypto';
import type { DateMention, DateRelation, EventSource, Passage, ResolvedDate, Span, TimelineDocument, TimelineEvent, UndatedMention } from '../types.ts';
import { dateInterval } from '../dates/index.ts';
import { articleVoice, findHedge, findSpeaker } from './attribute-claims.ts';
import { readFactuality } from './read-factuality.ts';
import { periodStart } from './anchor-durations.ts';
import { chooseStatementDate, nonEventKind, statementDates, type StatementDate } from './choose-statement-date.ts';
import { MEDIA_LINK } from '../segment/media-link.ts';
import { shortenHeadline } from './shorten-headline.ts';
import { findSubjectGap, nameInHeadline, subjectReader, type Entity } from './name-subject.ts';
import { ENGLISH_STOPWORDS } from '../clean/english-stopwords.ts';
import { spansInside } from '../segment/spans-inside.ts';

/** A newswire dateline at the head of a statement: "MOSCOW (AP)_ ", "WASHINGTON, Aug. 7 (Reuters) - ". */
const DATELINE_PREFIX = /^\p{Lu}[\p{Lu}.'’ -]{1,40}(?:,\s*\p{Lu}[\p{L}.'’ -]{0,30})?\s*(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)?\s*\([\p{L}\p{N} .&-]{1,30}\)\s*[-–—_:]+\s*/u;
/** A reporting clause closing a sentence: ", witnesses said.", ", according to SANA.", ", the ministry said on Monday." */
const TRAILING_ATTRIBUTION = /,\s*(?:according to [^,.;:]{2,60}|(?:[^,.;:"“”]{2,60}?\s+)?(?:said|says|told [^,.;:]{2,40}|reported|added|stated|claimed|confirmed|announced)(?:\s+(?:on\s+)?\p{L}+day)?)\s*([.!?]?)$/u;
/** Discourse connectives that tie a sentence to the one before it and say nothing on their own. */
const LEADING_CONNECTIVE = /^(?:meanwhile|moreover|however|indeed|also|in addition|for example|for instance|furthermore|besides|still|thus|and|but|so),\s+/iu;
const RELATION_CUES: Array<[RegExp, DateRelation]> = [
  [/\b(?:since|ever since)\s+(?:the\s+)?$/iu, 'since'],
  [/\b(?:before|ahead of|prior to|by)\s+(?:the\s+)?$/iu, 'before'],
  [/\b(?:after|following)\s+(?:the\s+)?$/iu, 'after'],
  [/\b(?:until|till|up to)\s+(?:the\s+)?$/iu, 'until'],
  [/\b(?:during|throughout)\s+(?:the\s+)?$/iu, 'during'],
  [/\bon\s+$/iu, 'on'],
  [/\b(?:in|from)\s+(?:the\s+)?(?:early|late|mid-?)?\s*$/iu, 'in'],
];

/** An abbreviation that ends a segment without ending the sentence: "Oct. 12", "Gen. Smith", "U.S. officials". */
const ABBREVIATION_END = /(?:^|[\s(])(?:\p{Lu}\p{Ll}{0,4}|\p{Lu}(?:\.\p{Lu})*|[a-z]\.[a-z]|No|St|vs|etc)\.\s*$/u;
const CONTINUES = /^[\p{Ll}\p{N}(,;]/u;
/** Titles before a name never end a sentence. */
const TITLE_BEFORE_NAME = /(?:^|[\s(])(?:Mr|Mrs|Ms|Messrs|Mme|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Cpl|Pvt|Capt|Cmdr|Adm|Maj|Brig|Prof|Rev|Fr|Pres|Hon|Sec|Supt|Insp|Det|Amb|Atty)\.\s*$/u;
/** An initial of a name: "John F. Kennedy", "A. B. Smith" (one capital letter, then a capitalised word). */
const INITIAL_END = /(?:^|[\s(])\p{Lu}\.\s*$/u;
/** "St." (Saint), "Mt.", "Ft." before a name; group 1 the word before it. */
const PLACE_PREFIX_END = /(?:^|([\p{L}\p{N}'’]+)\s+|[\s(])(?:St|Ste|Mt|Ft|Pt)\.\s*$/u;
/** What PLACE_PREFIX_END needs at the end of a text with no white space at its end. */
const PLACE_PREFIX_TAIL = /(?:St|Ste|Mt|Ft|Pt)\.$/u;

/** A place-name prefix ends `before`, and it is no street name ("Main St." may end a sentence; "the St." may not). */
function endsWithPlacePrefix(before: string): boolean {
  // The prefix itself is at the very end: looked for there before the whole pattern is run.
  if (!PLACE_PREFIX_TAIL.test(before.slice(-5))) return false;
  const m = PLACE_PREFIX_END.exec(before);
  if (!m) return false;
  const word = m[1];
  return !word || !/^\p{Lu}/u.test(word) || ENGLISH_STOPWORDS.has(word.toLowerCase());
}
const CAPITALISED = /^["“'‘(]?\p{Lu}/u;
/** Made once: building an ICU segmenter costs far more than segmenting a sentence (it was a tenth of analysis). */
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The sentences of a passage, as spans of the file text: Intl.Segmenter's sentences, joined
 * again where it broke after an abbreviation and the text goes on in lower case or with a
 * number ("in the quarter ended Oct. 12, Provigo posted ..."), after a title ("Gen."), an
 * initial ("John F. Kennedy") or a place-name prefix ("St. Louis").
 */
export function sentenceSpans(text: string, passage: Span): Span[] {
  const pieces: Array<{ start: number; end: number }> = [];
  for (const { segment, index } of segmenter.segment(passage.text)) {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (!trimmed) continue;
    const start = passage.start + index + lead;
    const previous = pieces[pieces.length - 1];
    const before = previous ? text.slice(previous.start, previous.end) : '';
    // Every test below ends in a full stop (`before` never ends in white space: pieces end at
    // their trimmed end), so a piece that ends otherwise is not scanned whole four times.
    const joins =
      before.endsWith('.') &&
      (TITLE_BEFORE_NAME.test(before) ||
        (ABBREVIATION_END.test(before) && CONTINUES.test(trimmed)) ||
        ((INITIAL_END.test(before) || endsWithPlacePrefix(before)) && CAPITALISED.test(trimmed)));
    if (previous && joins) previous.end = start + trimmed.length;
    else pieces.push({ start, end: start + trimmed.length });
  }
  return pieces.map(({ start, end }) => ({ start, end, text: text.slice(start, end) }));
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
 * dropped, a leading "And in January 2014," (connective plus the date phrase) taken off, its
 * subject named when its own words do not say it and `referent` (from the sentence before,
 * name-subject.ts) fits, and shortened to what a reader can scan (shorten-headline.ts).
 */
export function headlineFor(statement: string, statementStart: number, mention: Span | null, continuation: string | null = null, referent: Entity | null = null): string {
  return headlineWithSubject(statement, statementStart, mention, continuation, referent).headline;
}

/** `headlineFor`, and the span of the name it gave its subject (null when it gave none). */
export function headlineWithSubject(
  statement: string,
  statementStart: number,
  mention: Span | null,
  continuation: string | null = null,
  referent: Entity | null = null,
): { headline: string; subject: Span | null } {
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
  text = text.replace(MEDIA_LINK, '').replace(/\s+/gu, ' ').trim().replace(DATELINE_PREFIX, '').replace(LEADING_CONNECTIVE, '').replace(TRAILING_ATTRIBUTION, (_, end: string) => end || '.');
  // "X told Newsweek:" says little; the words it introduces say what was told.
  text = continuation && text.endsWith(':') ? `${text} “${continuation.replace(/\s+/gu, ' ').trim()}”` : text.replace(/:$/u, '.');
  text = text.charAt(0).toUpperCase() + text.slice(1);
  const gap = referent ? findSubjectGap(text) : null;
  if (referent && gap && gap.fits(referent)) {
    const named = nameInHeadline(text, gap, referent);
    const headline = shortenHeadline(named, mention?.text);
    // Only when the name is seen whole: a name cut short ("[The Mensheviks and …") says less than the pronoun.
    const name = referent.name.text.replace(/\s+/gu, ' ');
    if (named !== text && (headline.includes(`[${name}]`) || headline.startsWith(`${name}: `))) return { headline, subject: referent.name };
  }
  return { headline: shortenHeadline(text, mention?.text), subject: null };
}

/**
 * A statement's words with the date that dates it blanked out: what an event id is made of, so
 * that a corrected date ("June 18" -> "June 19", "on Sunday" -> "on Monday") keeps the id. Two
 * dates in one sentence blank different places and so stay apart. A mention outside the
 * statement (an embedded post dated by its signature) is kept as text beside it.
 */
export function statementWithoutDate(statement: Span, mention: Span): string {
  const from = mention.start - statement.start;
  const to = mention.end - statement.start;
  const words =
    from >= 0 && to <= statement.text.length
      ? `${statement.text.slice(0, from)}\u0001${statement.text.slice(to)}`
      : `${statement.text}\u0000${mention.text}`;
  return words.replace(/\s+/gu, ' ').trim();
}

/**
 * A stable event id from the document path and the statement's own words without its date
 * (`statementWithoutDate`); `occurrence` keeps apart statements of one document that read
 * alike once their dates are blanked.
 */
export function eventIdFor(documentPath: string, statement: Span, mention: Span, occurrence: number): string {
  const key = [documentPath, statementWithoutDate(statement, mention), String(occurrence)].join('\u0000');
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
  const defaultAttribution = articleVoice(document);
  let lastSpeaker: string | null = null;
  // By start (analyseDocument gives them so; the sort is stable), for spansInside; every list taken from them stays sorted.
  const mentions = [...document.mentions].sort((a, b) => a.start - b.start);
  // What the sentence before offers a headline whose subject does not say what it is about: the title's for the first.
  const titleAt = document.title ? document.text.indexOf(document.title) : -1;
  const subjects = subjectReader(document.text, titleAt >= 0 ? { start: titleAt, end: titleAt + document.title.length, text: document.title } : null);

  const addEvent = (
    passage: Passage,
    statement: Span,
    mention: DateMention,
    attribution: string | null,
    headlineMention: Span | null,
    continuation: string | null = null,
    counted: { date: ResolvedDate; relation?: DateRelation } | null = null,
    headline: string | null = null,
    subject: Span | null = null,
  ) => {
    const interval = dateInterval(mention.value)!;
    const date = counted?.date ?? (mention.mod ? { ...interval, mod: mention.mod } : interval);
    const hedge = findHedge(statement.text);
    const factuality = readFactuality({ text: document.text, sentence: statement, anchor: mention, dateStart: date.start, dateEnd: date.end, published: document.published });
    const source: EventSource = {
      id: '',
      document: document.id,
      passage: passageRef(passage),
      statement,
      mention: { start: mention.start, end: mention.end, text: mention.text },
      attribution,
      hedged: hedge !== null,
      status: factuality.status,
      statusCues: factuality.cues,
    };
    if (hedge) source.hedge = hedge;
    if (subject) source.subject = subject;
    const key = statementWithoutDate(statement, mention);
    const n = occurrences.get(key) ?? 0;
    occurrences.set(key, n + 1);
    const id = eventIdFor(document.path, statement, mention, n);
    source.id = id;
    events.push({
      id,
      date,
      relation: counted?.relation ?? relationOf(document.text, mention, date.granularity === 'day' || date.granularity === 'time'),
      headline: headline ?? headlineFor(statement.text, statement.start, headlineMention, continuation),
      status: factuality.status,
      sources: [source],
    });
  };

  // A body passage's sentences are asked for twice: its own, and its opening for the passage before.
  const sentenceMemo = new Map<Passage, Span[]>();
  const sentencesOf = (passage: Passage): Span[] => {
    let sentences = sentenceMemo.get(passage);
    if (sentences === undefined) sentenceMemo.set(passage, (sentences = sentenceSpans(document.text, passage)));
    return sentences;
  };

  for (const [index, passage] of document.passages.entries()) {
    if (passage.kind !== 'body' && passage.kind !== 'embed') continue;
    const inPassage = spansInside(mentions, passage);
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
    if (passage.kind === 'embed') subjects.forget();
    if (passage.kind === 'embed' && passage.embedSignature) {
      const signature = passage.embedSignature;
      const signatureMention = inPassage.find((m) => m.start >= signature.start && isEventDate(m));
      const postEnd = document.text.slice(passage.start, signature.start).trimEnd().length + passage.start;
      const post: Span = { start: passage.start, end: postEnd, text: document.text.slice(passage.start, postEnd) };
      // Dates the post names, other than its own, are statements of their own, and so is a
      // period it counts back from its date ("in just 10 days"); a post that says nothing
      // of the kind is one statement on the date of its signature.
      const before = events.length;
      for (const sentence of sentenceSpans(document.text, post)) {
        const dates = ownDates(document, sentence, inPassage).filter((d) => d.mention.value !== signatureMention?.value);
        const chosen = chooseStatementDate(sentence, dates);
        if (chosen) {
          addEvent(passage, sentence, chosen.mention, passage.embedAuthor ?? null, chosen.mention, null, periodDate(chosen));
        } else if (signatureMention) {
          const counted = countedPeriod(sentence, inPassage, signatureMention.value.slice(0, 10));
          if (counted) addEvent(passage, sentence, counted.mention, passage.embedAuthor ?? null, null, null, { date: counted.date, relation: 'since' });
        }
      }
      const countedBack = events.slice(before).some((e) => e.relation === 'since');
      if (signatureMention && post.text.trim() && !countedBack) {
        addEvent(passage, post, signatureMention, passage.embedAuthor ?? null, null, null, null, postHeadline(document.text, post));
      }
      continue;
    }
    const sentences = sentencesOf(passage);
    const reference = referenceDateFor(document, index);
    const next = document.passages[index + 1];
    const nextOpening = next && next.kind === 'body' ? sentencesOf(next)[0]?.text ?? null : null;
    for (const sentence of sentences) {
      const { speaker, pronoun } = findSpeaker(sentence.text);
      if (speaker && !pronoun) lastSpeaker = speaker;
      const attribution = speaker ? (pronoun ? lastSpeaker ?? defaultAttribution : speaker) : defaultAttribution;
      const continuation = sentence === sentences[sentences.length - 1] ? nextOpening : null;
      // The subject the sentence refers back to, which the next sentence may refer back to in turn.
      const referent = subjects.read(sentence);
      // One statement, one event: on the date its main clause is anchored to.
      const chosen = chooseStatementDate(sentence, ownDates(document, sentence, inPassage));
      if (chosen) {
        const { headline, subject } = headlineWithSubject(sentence.text, sentence.start, chosen.mention, continuation, referent);
        addEvent(passage, sentence, chosen.mention, attribution, chosen.mention, continuation, periodDate(chosen), headline, subject);
        continue;
      }
      // A statement with no date of its own may count a period back from its reference date.
      if (reference === null) continue;
      const counted = countedPeriod(sentence, inPassage, reference);
      if (counted) {
        const { headline, subject } = headlineWithSubject(sentence.text, sentence.start, null, continuation, referent);
        addEvent(passage, sentence, counted.mention, attribution, null, continuation, { date: counted.date, relation: 'since' }, headline, subject);
      }
    }
  }
  return { events, undated };
}

/**
 * The dates a sentence could be dated by: its resolved calendar dates, less those that give no
 * event of their own (comparisons, ages, restatements ...), one per value, periods joined.
 */
function ownDates(document: TimelineDocument, sentence: Span, mentions: DateMention[]): StatementDate[] {
  const inSentence = spansInside(mentions, sentence);
  const kept: DateMention[] = [];
  const seen = new Set<string>();
  inSentence.forEach((mention, i) => {
    const previous = i > 0 ? inSentence[i - 1]! : null;
    if (!isEventDate(mention) || seen.has(mention.value)) return;
    if (nonEventKind(sentence.text, mention.start - sentence.start, mention, previous, previous ? previous.start - sentence.start : -1)) return;
    seen.add(mention.value);
    kept.push(mention);
  });
  return statementDates(document.text, kept);
}

/** The date of a statement date that is a period ("from 2009 to 2011"), or null for a single mention (dated as it is). */
function periodDate(date: StatementDate): { date: ResolvedDate } | null {
  if (!date.end) return null;
  const from = dateInterval(date.mention.value)!;
  const to = dateInterval(date.end.value)!;
  const range: ResolvedDate = { ...from, end: to.end, rangeEnd: date.end.value };
  if (date.mention.mod) range.mod = date.mention.mod;
  return { date: range };
}

/** The first period in a sentence that counts back from `reference` to the start of what it states; counts of time ("in the last 100 years") do not. */
function countedPeriod(sentence: Span, mentions: DateMention[], reference: string): { mention: DateMention; date: ResolvedDate } | null {
  for (const mention of spansInside(mentions, sentence).filter((m) => m.type === 'DURATION')) {
    const offset = mention.start - sentence.start;
    if (nonEventKind(sentence.text, offset, mention, null)) continue;
    const counted = periodStart(sentence.text, offset, mention, reference);
    if (counted) return { mention, date: counted.date };
  }
  return null;
}

/**
 * The date a passage's relative expressions count from: an embedded post's own date; for the
 * article's lead-in to a post ("a report stated that after only three days ...:"), the post's
 * date, since it reports the post; otherwise the publication date.
 */
function referenceDateFor(document: TimelineDocument, index: number): string | null {
  const passage = document.passages[index]!;
  const next = document.passages[index + 1];
  const signatureDate = (p: Passage | undefined) => (p && p.kind === 'embed' ? p.embedDate ?? null : null);
  if (passage.kind === 'embed') return signatureDate(passage);
  if (passage.text.trimEnd().endsWith(':')) return signatureDate(next) ?? document.published;
  return document.published;
}

/** How much of what a post's opening sentence introduces its headline quotes. */
const MAX_CONTINUATION = 120;

/**
 * A post's headline: its first sentence, and when that introduces more ("Today's update ...:")
 * the start of what follows; the whole post stays in the statement.
 */
export function postHeadline(text: string, post: Span): string {
  const sentences = sentenceSpans(text, post).filter((s) => s.text.replace(MEDIA_LINK, '').trim() !== '');
  const first = sentences[0];
  if (!first) return headlineFor(post.text, post.start, null);
  const next = sentences[1]?.text.replace(MEDIA_LINK, '').replace(/\s+/gu, ' ').trim() ?? null;
  const continuation = next && next.length > MAX_CONTINUATION ? `${next.slice(0, MAX_CONTINUATION).replace(/\s+\S*$/u, '')} …` : next;
  return headlineFor(first.text, first.start, null, continuation);
}
