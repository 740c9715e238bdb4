import type { DateMention, Span } from '../types.ts';
import { dateInterval } from '../dates/index.ts';

/**
 * Which of the dates in one statement is the statement's own. A sentence gives one event: its
 * date is the one the main clause is anchored to; a date inside a subordinate clause ("after a
 * strike that began on 13 May"), a comparison, an age, a century used as an adjective, "today"
 * meaning nowadays, a restatement in parentheses or a count of time gives no event of its own
 * and stays a mark in the passage. Two dates joined as "from X to Y" / "between X and Y" are one
 * period. Only the shape of the sentence decides (words around the mention), never its topic.
 */

/** Why a date in a statement gives no event of its own. */
export type NonEventKind = 'comparison' | 'age' | 'adjective' | 'nowadays' | 'restatement' | 'count-of-time';

/** "than" with words between it and the date ("later than originally planned", "than aircraft today"), or "compared with". */
const COMPARISON_BEFORE = /(?:\bthan\s+(?:[\p{L}'’-]+\s+){1,4}|\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|versus|vs\.?|relative\s+to)\s+(?:\S+\s+){0,4})$/iu;
/** The baseline of a change in an amount: "up from $4 million, or 24 cents a share, a year earlier", "versus net income of $5.3 million, ... a year earlier". */
const BASELINE_BEFORE = /\b(?:from|versus|vs\.?|compared\s+(?:with|to))\s+(?:\S+\s+){0,4}?(?:[$#£€¥]\s?\d|\d[\d.,]*\s*(?:%|percent|million|billion|cents))[^;:]{0,70}$/iu;
const COMPARISON_AFTER = /^\s*(?:than|compared\s+(?:with|to))\b/iu;
const AGE_BEFORE = /\b(?:aged|at\s+the\s+age\s+of|age)\s+$/iu;
const AGE_AFTER = /^[\s-]*(?:old|of\s+age)\b/iu;
/** Words after a century or decade that do not make it a modifier of a noun. */
const NOT_A_NOUN = new Set(
  'of and or but to in on at by for from with as when while that which who where was were is are had has have saw brought began became ended remained will would could may might did'.split(' '),
);
/** A present-tense verb of a general statement ("computers today are everywhere"). */
const GENERAL_PRESENT = /^\s*(?:,\s*)?(?:[\p{L}'’-]+\s+){0,3}?(?:is|are|remains?|seems?|looks?|stands?)\b/iu;
const PAST_OR_FUTURE = /\b(?:was|were|did|had|will|would|said|says|\p{L}+ed)\b/iu;
/** A time-zone word between a time and its restatement: "12:30 EST (16:30 UTC)". */
const RESTATEMENT_GAP = /^\s*(?:\p{Lu}{2,5}\s*)?\(\s*$/u;
/** "the last 100 years", "over the past 30 days": how much time, not when. */
const COUNT_OF_TIME = /^(?:the\s+)?(?:last|past|previous|next|coming|first)\s+/iu;

/** The words of the sentence before `offset` back to the last clause mark (comma, semicolon, dash, colon, parenthesis). */
function clauseBefore(sentence: string, offset: number): string {
  const before = sentence.slice(0, offset);
  const mark = Math.max(...[',', ';', ':', '—', '–', '(', ' - '].map((m) => before.lastIndexOf(m)));
  return before.slice(mark + 1);
}

/**
 * Why the date `mention` (at `offset` in `sentence`) gives no event of its own, or null when it
 * may date the statement. `previous` is the date mention just before it in the sentence, if any.
 */
export function nonEventKind(sentence: string, offset: number, mention: DateMention, previous: Span | null, previousOffset = -1): NonEventKind | null {
  const before = sentence.slice(0, offset);
  const after = sentence.slice(offset + mention.text.length);
  const clause = clauseBefore(sentence, offset);
  if (COMPARISON_BEFORE.test(clause) || COMPARISON_AFTER.test(after) || BASELINE_BEFORE.test(before)) return 'comparison';
  if (AGE_BEFORE.test(before) || AGE_AFTER.test(after)) return 'age';
  if (previous && previousOffset >= 0 && RESTATEMENT_GAP.test(sentence.slice(previousOffset + previous.text.length, offset))) return 'restatement';
  if (mention.type === 'DURATION' && COUNT_OF_TIME.test(mention.text)) return 'count-of-time';
  if (mention.type === 'DURATION' && /\b(?:the\s+)?(?:last|past|previous|next|coming)\s+$/iu.test(before)) return 'count-of-time';
  if (/^\d{2,3}$/.test(mention.value)) {
    // A century or decade before a noun modifies it: "the fabled 11th century temple", "1960s music".
    // After a preposition it is the time of the clause: "In the 1960s music changed".
    const next = /^[\s-]+(\p{Ll}[\p{L}'’-]*)/u.exec(after)?.[1];
    const governed = /\b(?:in|during|since|by|until|till|through|throughout|from|before|after|around|about)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$/iu.test(before);
    if (next && !governed && !NOT_A_NOUN.has(next.toLowerCase()) && !/ed$/u.test(next)) return 'adjective';
  }
  if (/^today$/iu.test(mention.text.trim())) {
    // "today" after a noun, in a general present-tense statement: nowadays, not the day of writing.
    const rest = after.split(/[,;.]/u)[0] ?? '';
    const afterNoun = /\p{L}\s+$/u.test(before) && !/\b(?:on|from|until|since|by|of|said|says|announced|reported|told|\p{L}+ed)\s+$/iu.test(before);
    if (afterNoun && GENERAL_PRESENT.test(after) && !PAST_OR_FUTURE.test(rest)) return 'nowadays';
    if (/^\s*,/u.test(after) && /^\s*$/u.test(before) && GENERAL_PRESENT.test(after.replace(/^\s*,\s*(?:the\s+|a\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?/u, ' ')) && !PAST_OR_FUTURE.test(rest)) return 'nowadays';
  }
  return null;
}

/** Words that open a subordinate clause; "that" after a reporting verb opens what is reported, and is main. */
const SUBORDINATOR = /\b(?:which|who|whom|whose|that|when|where|while|whereas|because|although|though|unless|if)\b|\b(?:after|before|since|until|following)\s+\S+\s+\S/iu;
const REPORTED_THAT = /\b(?:said|says|say|told\s+[\p{L}\s]{1,30}?|announced|reported|added|stated|confirmed|believes?|believed|thinks?|thought|warned|insisted|argued|noted)\s+(?:[\p{L}\p{N}]+\s+){0,3}?that\b/iu;
/** A participle opening an insertion between commas: ", founded in 1950,". */
const PARTICIPLE_OPENING = /^\s*(?:\p{Ll}+(?:ed|en|un|wn|ing)|built|made|held|born|set|begun|led)\b/u;

/** 0 when the date is in the main clause (or in what a reporting verb reports), 1 inside a subordinate clause. */
export function clauseDepth(sentence: string, offset: number): number {
  const clause = clauseBefore(sentence, offset);
  const directly = /\b(?:that|this|these|those)\s*$/iu.test(clause);
  const withoutReported = clause.replace(REPORTED_THAT, ' ');
  if (!directly && SUBORDINATOR.test(withoutReported)) return 1;
  // An insertion closes soon after its date: ", founded in 1950, said ..."; a main verb after a comma ("Ariz., reported ...") goes on.
  const closes = /^[^,;.]{0,25},/u.test(sentence.slice(offset));
  if (PARTICIPLE_OPENING.test(clause) && clause.length < offset && closes) return 1;
  return 0;
}

/** "from X to Y", "between X and Y", "X to Y", "X-Y": the text between two dates that makes them one period. */
const RANGE_OPENING = /\b(?:from|between)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$/iu;
const RANGE_GAP = /^\s*(?:to|until|till|through|thru|and|[-–—])\s*(?:the\s+)?(?:early\s+|late\s+|mid-?)?$/iu;
const BARE_RANGE_GAP = /^\s*[-–—]\s*$/u;

/** One date of a statement: a mention, or two that make a period. */
export interface StatementDate {
  mention: DateMention;
  /** The mention that ends the period, when the date is a range. */
  end?: DateMention;
}

/**
 * The dates a statement can be dated by, in text order, with periods joined; `mentions` are the
 * sentence's calendar-date mentions that passed `nonEventKind`.
 */
export function statementDates(text: string, mentions: DateMention[]): StatementDate[] {
  const out: StatementDate[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i]!;
    const next = mentions[i + 1];
    if (next) {
      const gap = text.slice(mention.end, next.start);
      const opening = text.slice(Math.max(0, mention.start - 30), mention.start);
      const joined = (RANGE_GAP.test(gap) && RANGE_OPENING.test(opening) && (/and/iu.test(gap) ? /between/iu.test(opening) : true)) || BARE_RANGE_GAP.test(gap);
      const from = dateInterval(mention.value);
      const to = dateInterval(next.value);
      if (joined && from && to && to.end > from.end) {
        out.push({ mention, end: next });
        i++;
        continue;
      }
    }
    out.push({ mention });
  }
  return out;
}

/** The statement's own date among its dates: the first in the main clause, else the first. */
export function chooseStatementDate(sentence: Span, dates: StatementDate[]): StatementDate | null {
  const main = dates.find((d) => clauseDepth(sentence.text, d.mention.start - sentence.start) === 0);
  return main ?? dates[0] ?? null;
}
