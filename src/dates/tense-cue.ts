/**
 * Whether the words around an expression speak of the future (an upcoming meeting "on Thursday"),
 * report the past ("said on Wednesday"), or give no sign.
 */
export type Tense = 'past' | 'future' | 'unknown';

const FUTURE_CUE = /\b(?:will|shall|won['’]t|upcoming|forthcoming|next(?!\s+to\b)|scheduled|due\s+to|set\s+to|expected\s+to|plan(?:s|ned|ning)?\s+(?:to|for|an?|the)|as\s+soon\s+as|intends?\s+to|going\s+to|to\s+be\s+held|(?:is|are)\s+to(?=\s+[a-z])|slated|tomorrow|would(?!\s+have\b)|must|payable|effective|takes?\s+effect|(?:is|are|['’]re)\s+(?:(?:now|also|still)\s+)?(?:due|expected)|as\s+early\s+as)\b|\w['’]ll\b/gi;
/** The present progressive with a date is a plan ("is meeting on Monday", "are flying to Brussels on Friday"):
 *  a future cue, not for "-ing" words that are no verbs or that speak of the present ("is willing"). */
const PRESENT_PROGRESSIVE = /\b(?:is|are|am|['’]re)\s+(?:(?:now|also|still|not)\s+)?(?!(?:being|nothing|something|anything|everything|during|morning|evening|willing|interesting|surprising|seeking|trying|hoping|continuing|remaining|pending)\b)[a-z]{2,}ing\b/gi;
/** A deadline is ahead unless its own clause tells the past ("tendering 99.3% of the shares by the Tuesday deadline",
 *  in a sentence that "completed" the offer). */
const DEADLINE = /\bdeadline\b/gi;
/** Cues that end right before the expression: a postponement's new date ("postponed until Tuesday morning")
 *  and the futurate present of schedules ("meet separately Monday", "opens Friday"; not "to expire Friday"). */
const FUTURE_JUST_BEFORE = /(?:\b(?:postpon|delay|defer|adjourn|extend|put\s+off|push(?:ed)?\s+back)\w*\s+(?:[\w,'’-]+\s+){0,4}(?:until|till|to)|(?<!\bto\s+)\b(?:meet|begin|start|open|close|end|resume|arrive|leave|return|travel|visit|vote|head|convene|expire|face|play)s?(?:\s+[a-z]+ly)?\s+(?:on\s+)?(?:early|late)?)\s*(?:the\s+)?$/i;
/** A plan that the past perfect puts in the past ("It had been due to expire Friday") says nothing of the date's side of the DCT. */
const SUPERSEDED_PLAN = /\bhad\s+been\s+$/i;
/** A reporting verb in the past right before the date: the date is the saying's ("said on Monday that it will
 *  sell", "confirmed Friday it would"), whatever the reported words say of their own time. */
const REPORTED_JUST_BEFORE = new RegExp(`(?<!\\b(?:be|been|being|to|will|would|must|should|can|could|may|might)\\s+)\\b(?:said|told|announced|confirmed|reported|added|stated|declared|predicted|warned|disclosed|revealed|denied|insisted|acknowledged|conceded|argued|claimed|noted|explained|indicated|asserted|testified|wrote)\\s+(?:on\\s+)?(?:late\\s+|early\\s+)?$`, 'i');
const PAST_CUE = /\b(?:(?:was|were)(?!\s+(?:planning|going|scheduled|due|expected|set|slated|about)\b)|had|did|ago|last|yesterday|earlier|since)\b/gi;

/** A preterite or past participle: "-ed" words that are not adjectives or nouns, and common irregular ones. */
const PAST_FORM = `(?!(?:need|speed|seed|feed|indeed|proceed|exceed|succeed|red|bed|hundred|scheduled|expected|planned|due|based|related|limited|united)\\b)(?:[a-z]{3,}ed|said|told|met|gave|took|came|went|began|held|left|sent|won|lost|fell|rose|paid|sold|bought|brought|spoke|wrote|saw|became|struck|led|fought|caught|sought|flew|drove|ran|stood|knew|grew|threw|chose|broke|shot|withdrew|arose|stole|froze|drew|swore|spent|felt|heard|meant|built|dealt|hung)`;
const AUXILIARIES = ['be', 'been', 'being', 'is', 'are', 'will', 'would', 'to', 'must', 'should', 'can', 'could', 'may', 'might'];
/** Not after an auxiliary ("will be paid", "to be held"): those are passives and infinitives. */
const PAST_VERB = new RegExp(`(?<!\\b(?:${AUXILIARIES.join('|')})\\s+)\\b${PAST_FORM}\\b`, 'g');

/** A full stop after an initial, a title or an abbreviated month ("Daniel P. Davison", "Mr. Smith", "Feb. 1") ends no sentence. */
export const ABBREVIATION = /(?:^|[^A-Za-z])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Sgt|Gov|Sen|Rep|Rev|Prof|Inc|Corp|Co|Ltd|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tues?|Wed|Thu|Thurs|Fri|Sat|Sun|vs|U\.S|U\.N|a\.m|p\.m)$/;
const CLOSING = new Set(['"', '”', '’', "'", ')', ']']);

/** A subordinate clause opens here: the words before it have their own tense ("had not signed ... when the case is heard in May"). */
const SUBORDINATOR = /\b(?:when|if|unless|because|while|although|whereas)\s/gi;

/**
 * A coordinated clause opens here: a conjunction (or a semicolon) before a finite verb, with at
 * most a pronoun, a short subject or an adverb between ("and will reopen", "but it was", "; they
 * had"). "Schools closed on Monday and will reopen next week": the "will" is the next clause's.
 */
const COORDINATED_CLAUSE = new RegExp(
  `(?:;|\\b(?:and|but|or|then|yet)\\b)\\s+(?:(?:it|he|she|they|we|you|i|this|that|there|the\\s+\\w+|\\w+ly)\\s+)?(?:will|won['’]t|would|shall|is|are|was|were|has|have|had|did|does|do|can|could|may|might|must|should|(?:plan|expect|hope|intend|want|aim|say|vow|promise|pledge|seek|threaten)s?|${PAST_FORM})\\b`,
  'gi',
);

/** Where the last match of the global `cue` in `text` starts (the matches `text.matchAll(cue)`
 *  finds), or -1. An `exec` loop: `matchAll` copies the pattern on every call, and the tense reading
 *  runs for most expressions. */
export function lastMatchStart(cue: RegExp, text: string): number {
  let last = -1;
  cue.lastIndex = 0;
  for (let m = cue.exec(text); m; m = cue.exec(text)) {
    last = m.index;
    if (m[0] === '') cue.lastIndex++;
  }
  return last;
}

/** Where the first match of the global `cue` in `text` starts, or -1. */
function firstMatchStart(cue: RegExp, text: string): number {
  cue.lastIndex = 0;
  const m = cue.exec(text);
  cue.lastIndex = 0;
  return m ? m.index : -1;
}

/** The words of `before` from its last subordinator or coordinated clause on. */
function clauseOf(before: string): string {
  return before.slice(Math.max(0, lastMatchStart(SUBORDINATOR, before), lastMatchStart(COORDINATED_CLAUSE, before)));
}

/** The words of `after` up to the next coordinated clause. */
function ownClauseAfter(after: string): string {
  const next = after.search(COORDINATED_CLAUSE);
  return next >= 0 ? after.slice(0, next) : after;
}

/** How far back the tense reading looks for the sentence start: bounds its cost per expression in a
 *  text without sentence ends (a sentence that long is read from its last LOOKBACK characters). */
export const LOOKBACK = 800;

/** Where the sentence that `head` ends in starts, at most LOOKBACK characters back: scanned backwards,
 *  as most sentences are short. */
function sentenceStart(head: string): number {
  const floor = Math.max(0, head.length - LOOKBACK);
  for (let i = head.length - 1; i >= floor; i--) {
    const c = head[i];
    if (c === '\n') return i + 1;
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < head.length && CLOSING.has(head[j] ?? '')) j++;
    if (j >= head.length || !/\s/.test(head[j] ?? '')) continue;
    if (c === '.' && ABBREVIATION.test(head.slice(Math.max(0, i - 5), i))) continue;
    while (j < head.length && /\s/.test(head[j] ?? '')) j++;
    return j;
  }
  return floor;
}

/** How far before an expression a preterite counts: 'near' (the last 40 characters), 'adjacent'
 *  (the word just before, maybe with "on", "in" or "at": "ended Jan. 31", "issued July 1"), or 'none'. */
export type PastVerbReach = 'near' | 'adjacent' | 'none';
const PREPOSITION_OR_ARTICLE = new Set(['on', 'in', 'at', 'the']);
const AUXILIARY = new Set(AUXILIARIES);
const PRETERITE = new RegExp(`^${PAST_FORM}$`);

/** The distance back to a preterite right before the expression ("ended Jan. 31", "issued on July 1"), or Infinity. */
function adjacentPreterite(before: string): number {
  const words = before.slice(-40).split(/\s+/);
  let i = words.length - 1;
  if (words[i] === '') i--;
  if (PREPOSITION_OR_ARTICLE.has(words[i] ?? '')) i--;
  if (words[i] === 'the') i--;
  const verb = words[i] ?? '';
  if (i < 0 || AUXILIARY.has(words[i - 1] ?? '') || !PRETERITE.test(verb)) return Infinity;
  return words.slice(i).join(' ').length + 1;
}

/** Distance in characters from the expression to the nearest match of `cue` in the window, or Infinity;
 *  `skip` rejects a match of `before` by the words before it. */
function nearest(cue: RegExp, before: string, after: string, skip?: RegExp): number {
  let best = Infinity;
  // Before: the last match that `skip` does not reject (matches come in order; an exec loop, see `lastMatchStart`).
  if (before !== '') {
    cue.lastIndex = 0;
    for (let m = cue.exec(before); m; m = cue.exec(before)) {
      const at = m.index;
      if (m[0] === '') cue.lastIndex++;
      if (skip && skip.test(before.slice(Math.max(0, at - 12), at))) continue;
      best = Math.min(best, before.length - at);
    }
  }
  // After: the first match is the nearest.
  const first = after === '' ? -1 : firstMatchStart(cue, after);
  if (first >= 0) best = Math.min(best, first + 1);
  return best;
}

/**
 * Reads the clause around [start, end): the words since the sentence start or the previous mention,
 * and the words after it up to the next mention or the clause end; the nearest cue wins. With
 * `pastVerbs`, a preterite before counts too ("ruled Wednesday"): near for weekdays, which news
 * mostly uses for the days just past; only adjacent for months ("ended Jan. 31", but "completed the
 * review and will report by Jan. 14").
 */
export function tenseAround(text: string, start: number, end: number, previousEnd: number, nextStart: number, pastVerbs: PastVerbReach = 'none'): Tense {
  const head = text.slice(0, start);
  // A date right after another ("4 in the morning (4 a.m. Thursday)", "Monday and Tuesday") shares its clause.
  const joined = start - previousEnd <= 6 && /^\W{0,3}$|^\s*(?:and|or)\s*$/.test(head.slice(previousEnd));
  const sentence = sentenceStart(head);
  const from = Math.max(sentence, joined ? 0 : previousEnd, 0);
  const before = clauseOf(text.slice(from, start));
  let after = text.slice(end, nextStart);
  const stop = after.search(/[.!?](?:\s|$)/);
  if (stop >= 0) after = after.slice(0, stop);
  const words = before.trim().split(/\s+/).length;
  if (words >= 3) {
    const comma = after.search(/[,;]/);
    if (comma >= 0) after = after.slice(0, comma);
  }
  // The verb next to a date usually carries its tense: only the nearby words count after it; after an
  // opening date, the clause's main verb comes after its subject ("On Tuesday, the ... League plans to").
  const opensClause = words <= 2;
  after = after.slice(0, opensClause ? 90 : 40);
  const subordinate = after.search(SUBORDINATOR);
  if (subordinate >= 0) after = after.slice(0, subordinate);
  after = ownClauseAfter(after);
  if (REPORTED_JUST_BEFORE.test(before.slice(-40))) return 'past';
  // A past participle or preterite just before ("ruled Wednesday", "issued a statement Friday").
  const verb = pastVerbs === 'near' ? nearest(PAST_VERB, before.slice(-40), '') : pastVerbs === 'adjacent' ? adjacentPreterite(before) : Infinity;
  // The main verb after an opening date ("In September, it announced plans").
  const verbAfter = pastVerbs !== 'none' && opensClause ? nearest(PAST_VERB, '', after) : Infinity;
  const past = Math.min(nearest(PAST_CUE, before, after), verb, verbAfter);
  // Whether the clause holds any past form, read only for a deadline or "by".
  const pastClause = () => past < Infinity || nearest(PAST_VERB, before, '') < Infinity;
  const deadline = before.includes('eadline') || after.includes('eadline') ? nearest(DEADLINE, before, after) : Infinity;
  const future = FUTURE_JUST_BEFORE.test(before.slice(-80))
    ? 1
    : Math.min(nearest(FUTURE_CUE, before, after, SUPERSEDED_PLAN), nearest(PRESENT_PROGRESSIVE, before.slice(-50), after), deadline < Infinity && !pastClause() ? deadline : Infinity);
  // "by Dec. 15" is a deadline, unless the clause reports the past ("had filed reports by Wednesday",
  // "completed its offer, with 99.3% tendered by the Tuesday deadline").
  if (/\bby\s+(?:the\s+)?$/i.test(before) && !pastClause()) return 'future';
  if (future === Infinity && past === Infinity) {
    // No cue in its own clause: the sentence's earlier words still set the tense ("will leave from March 30, with the third flight from August 6").
    const earlier = clauseOf(text.slice(sentence, from));
    if (earlier.length > 0) {
      const f = nearest(FUTURE_CUE, earlier, '');
      const p = nearest(PAST_CUE, earlier, '');
      if (f !== Infinity || p !== Infinity) return f < p ? 'future' : 'past';
    }
    // Nor there: the sentence's main verb may come late, after an opening date and its apposition
    // ("In January, a week after the anniversary of the decision, a bombing in Birmingham killed a guard").
    return pastVerbs === 'none' || !opensClause ? 'unknown' : laterTense(text, end);
  }
  return future < past ? 'future' : 'past';
}

/** The first tense cue in the rest of the sentence after `end` (at most 240 characters), or 'unknown'. */
function laterTense(text: string, end: number): Tense {
  let rest = text.slice(end, end + 240);
  for (const m of rest.matchAll(/[.!?](?=\s|$)/g)) {
    const at = m.index ?? 0;
    if (m[0] === '.' && ABBREVIATION.test(rest.slice(Math.max(0, at - 5), at))) continue;
    rest = rest.slice(0, at);
    break;
  }
  // A subordinate clause up to its comma has its own tense ("On Friday, when Albright set aside her plans for the trip, the department lifted").
  rest = rest.replace(/\b(?:when|if|unless|because|while|although|whereas|after|before|as)\b[^,]*,/gi, ' ');
  const f = nearest(FUTURE_CUE, '', rest);
  const p = Math.min(nearest(PAST_CUE, '', rest), nearest(PAST_VERB, '', rest));
  if (f === Infinity && p === Infinity) return 'unknown';
  return f < p ? 'future' : 'past';
}

/** The past perfect ("had crossed", "had already fallen"): a narrative looking back from its own date. */
const PAST_PERFECT = /\bhad\s+(?:(?:not|already|just|never|long|earlier)\s+)?(?!to\b)[a-z]+/i;

/**
 * Whether the clause around [start, end) looks back from the story's date: a narrative tells in the
 * simple past what happens at its date ("On Sunday, Britain declared war"), in the past perfect what
 * came before it ("On Monday, the troops had crossed").
 */
export function looksBack(text: string, start: number, end: number): boolean {
  const head = text.slice(0, start);
  const before = clauseOf(text.slice(sentenceStart(head), start));
  let after = text.slice(end, end + 60);
  const stop = after.search(/[.!?;](?:\s|$)/);
  if (stop >= 0) after = after.slice(0, stop);
  return PAST_PERFECT.test(before) || PAST_PERFECT.test(after);
}
