import type { FactualityStatus, Span } from '../types.ts';
import { isWordnetHappening } from './load-event-nouns.ts';

/**
 * Whether the statement that holds a date says the thing happened, is going on, is planned,
 * expected, possible or denied: read from the clause that holds the date, the way TimeML
 * annotates an event (tense, aspect, modality, polarity) and FactBank reads its governing
 * predicates ("plans to", "is expected to", "denied that", "failed to").
 *
 * 1. The clause: the stretch of the sentence between the closest clause boundaries around the
 *    anchor (";", ":", quotes, "but", "which", "that", "what", "if", "because" ...), so the date
 *    of "what happened in 1989" inside "we will never forget what happened in 1989" is read
 *    from "happened". Quotes around a phrase with no verb ("as soon as possible") close nothing.
 *    "after", "before", "when", "since", "until", "once" open a clause when a verb follows within
 *    a few words ("after a federal court Thursday refused"), not as prepositions ("after five years");
 *    so do "and" and "or" before a subject and its verb ("and its liabilities currently exceed").
 * 2. The predicate: for a date, a past form right after it ("a previously announced agreement",
 *    not a participle before "by", "on" ... that modifies a noun), else the nearest verb before it
 *    in the clause (a verb after an auxiliary, a past form, a reporting verb, the word after "who"
 *    or ", which"), else the first after it; for an event word (the TimeML scorer), the word itself.
 * 3. Its verb group, read right to left: negation ("not", "n't", "never"; "not only" is none),
 *    modals ("will" planned, "may/might/could/can" possible, "should" expected, "would" the
 *    future of a reported or expected past when a reporting verb precedes it, a past habit
 *    when the date is past and no "if" is near, else possible), progressive aspect ("is
 *    building": ongoing), and an infinitive's governor ("plans to", "is expected to", "failed
 *    to", "did not plan to"), itself read the same way; a complement's governor ("denied that",
 *    "expects that"); a double negation ("did not deny") cancels. "cannot", and "would not" even
 *    when reported, are possible; "neither" negates; "it was not until X that" denies nothing.
 *    A date in the object of a forecast ("forecast an increase for the full year") is expected,
 *    not one right after the verb before no noun ("Cuba predicted Wednesday").
 * 4. A plan cancelled later in the sentence ("was scheduled to ... but was cancelled") is denied.
 *    A date that premodifies a noun after the verb ("the November 1995 assassination", "a third-quarter loss")
 *    dates the noun's event: when its period ended before publication, it happened, whatever the
 *    clause's verb ("is serving a sentence for", "expects to report"), unless negated.
 * 5. With no cue, a date after the publication date is planned (the cue is the date itself):
 *    what has not yet come cannot have happened; so is a period counted forward from the text's
 *    day ("in the weeks ahead", "within 18 months") unless its verb is a past form; otherwise
 *    the statement happened.
 */

export interface FactualityInput {
  /** The whole file text; every cue is a span of it. */
  text: string;
  sentence: Span;
  /** The date mention the statement is dated by, or (with `anchorIsPredicate`) the event word itself. */
  anchor: Span;
  anchorIsPredicate?: boolean;
  /** First day of the statement's date, `YYYY-MM-DD`, when known. */
  dateStart?: string | null;
  /** Last day of the statement's date, `YYYY-MM-DD`, when known. */
  dateEnd?: string | null;
  /** Publication date `YYYY-MM-DD`, when known. */
  published?: string | null;
}

export interface Factuality {
  status: FactualityStatus;
  /** The words that decided it, as spans of the file text (empty for a plain past or present). */
  cues: Span[];
}

interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
}

const TOKEN = /\b[Nn]o[ \t]+longer\b|[\p{L}\p{N}]+?(?=n['’]t\b)|n['’]t\b|['’](?:ll|d|s|re|ve|m)\b|[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+|['’](?!(?:ll|d|s|re|ve|m)\b)[\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** A token's lower-case form with curly apostrophes made straight and "no  longer" one space apart. */
export function tokenKey(word: string): string {
  const lower = word.toLowerCase();
  const straight = lower.includes('’') ? lower.replace(/’/gu, "'") : lower;
  return straight.includes(' ') || straight.includes('\t') ? straight.replace(/[ \t]+/gu, ' ') : straight;
}

function tokenize(text: string, span: Span): Token[] {
  const tokens: Token[] = [];
  for (const m of span.text.matchAll(TOKEN)) {
    const start = span.start + m.index;
    const word = m[0];
    tokens.push({ start, end: start + word.length, text: word, lower: tokenKey(word) });
  }
  // A span that is its text's slice gives tokens that are too: each need not be checked.
  if (text.slice(span.start, span.end) === span.text) return tokens;
  return tokens.filter((t) => text.slice(t.start, t.end) === t.text);
}

const set = (words: string): Set<string> => new Set(words.split(/\s+/u).filter(Boolean));

const PLANNED_MODALS = set("will shall 'll wo must");
const POSSIBLE_MODALS = set('might could can ca cannot');
const EXPECTED_MODALS = set('should ought');
const WOULD = set("would 'd");
const BE = set("is are am was were be been being 're 'm");
const PRESENT_BE = set("is are am 're 'm");
const HAVE = set("has have had 've having");
const DO = set('do does did');
const NEGATIONS = new Set(["not", "n't", 'never', 'neither', 'no longer']);
const CHAIN_ADVERBS = set('also still already just now then yet soon even only ever again further first finally reportedly allegedly probably possibly likely certainly actually really once currently initially');
/** Words after a negation that make it no negation: "not only ... but", "not just", "never before" is still one. */
const NOT_NEGATING = set('only just merely simply');

/** Predicates that govern an infinitive or a complement and say what becomes of it. */
const GOVERNORS: Array<[RegExp, FactualityStatus]> = [
  [/^(?:plan|plans|planned|planning|intend|intends|intended|intending|aim|aims|aimed|aiming|schedule|scheduled|slated|set|due|poised|prepared|preparing|going|promise|promised|promises|promising|pledge|pledged|pledges|pledging|vow|vowed|vows|vowing|agree|agreed|agrees|agreeing|propose|proposed|proposes|proposing|decide|decided|decides|deciding|threaten|threatened|threatens|threatening|seek|seeks|sought|seeking|want|wants|wanted|wanting|hope|hopes|hoped|hoping|try|tries|tried|trying|attempt|attempts|attempted|attempting|ready|about|order|ordered|orders|ordering|urge|urges|urged|urging|demand|demands|demanded|demanding|ask|asks|asked|asking|offer|offers|offered|offering|proposal|plan|willing|allow|allows|allowed|allowing|permit|permits|permitted|permitting|need|needs|needed|needing|must|scheduling)$/u, 'planned'],
  [/^(?:expect|expects|expected|expecting|forecast|forecasts|forecasted|predict|predicts|predicted|project|projects|projected|anticipate|anticipates|anticipated|likely|unlikely|estimated|estimate|estimates|believed|thought|seen|tipped)$/u, 'expected'],
  [/^(?:may|might|could|can|able|possible|consider|considers|considered|considering|mull|mulls|mulled|weigh|weighs|weighing)$/u, 'possible'],
  [/^(?:fail|fails|failed|failing|refuse|refuses|refused|refusing|decline|declines|declined|declining|deny|denies|denied|denying|reject|rejects|rejected|cancel|cancels|cancelled|canceled|stop|stopped|prevent|prevented|prevents|forbid|forbade|ban|banned|avoid|avoided)$/u, 'denied'],
  [/^(?:continue|continues|continued|continuing|keep|keeps|remain|remains)$/u, 'ongoing'],
];
/** Verbs that deny a statement: negated ("did not deny"), they deny nothing. */
const DENYING = /^(?:deny|denies|denied|denying|dispute|disputes|disputed|reject|rejects|rejected|dismiss|dismisses|dismissed)$/u;
/** Participles that, after "be", put the event to come: "is scheduled for Friday", "is due in May" ("was asked" does not). */
const HEAD_CUES = /^(?:scheduled|slated|set|due|planned|expected|forecast|predicted|projected|anticipated|likely|poised|proposed|intended|tipped)$/u;
/** Verbs of forecasting whose object is what is forecast ("forecast an increase for the full year"). */
const OBJECT_FORECASTS = /^(?:expect|expects|expected|expecting|forecast|forecasts|forecasted|forecasting|predict|predicts|predicted|predicting|project|projects|projected|projecting|anticipate|anticipates|anticipated|anticipating)$/u;
/** Governors of a "that" complement: "denied that", "expects that". */
const COMPLEMENT_GOVERNORS: Array<[RegExp, FactualityStatus]> = [
  [/^(?:deny|denies|denied|denying|dismissed|rejected)$/u, 'denied'],
  [/^(?:expect|expects|expected|predict|predicts|predicted|forecast|forecasts|anticipate|anticipates|anticipated)$/u, 'expected'],
];
/** Nouns whose "that" clause is what may or is expected to be, not a relative clause: "the likelihood that", "the prospect that". */
const CONTENT_CLAUSE_NOUNS: Array<[RegExp, FactualityStatus]> = [
  [/^(?:expectation|expectations|prediction|predictions|forecast|forecasts)$/u, 'expected'],
  [/^(?:possibility|possibilities|likelihood|prospect|prospects|chance|chances|fear|fears|risk|risks|danger|suspicion|suspicions|speculation|rumor|rumors|rumour|rumours|hope|hopes)$/u, 'possible'],
];
/** Verbs of saying and thinking before "would": "said it would" is a reported future. */
const REPORTING = /^(?:said|says|say|told|tells|announced|announces|stated|added|indicated|warned|promised|pledged|vowed|agreed|expected|expects|hoped|hopes|believed|believes|thought|thinks|predicted|predicts|decided|planned|confirmed|insisted|argued|suggested|signalled|signaled|wrote|reported|claimed|assured|estimated|forecast)$/u;
const CANCELLED = /^(?:cancel(?:l?ed)?|called|scrapped|postponed|delayed|abandoned|aborted|shelved|suspended|dropped|averted|halted|blocked|vetoed|rejected|overturned)$/u;

const BOUNDARY_WORDS = set('but whereas although though because which who whom whose what whether if unless while where why how yet');
const REDUCED_RELATIVE = set('by on upon from with');
/** Words that open a clause only when a verb follows ("after the court refused", not "after five years"). */
const SOFT_SUBORDINATORS = set('after before when since until once');
const QUOTES = set('" “ ” `` \'\'');
const BOUNDARY_PUNCT = set('; : ( ) — – " “ ” `` \'\'');
/** Words that never head a predicate, though they may follow an auxiliary ("could as well", "is the"). */
const FUNCTION_WORDS = set(
  'a an the this these those that his her its their our my your as at by for from in into of off on onto out over per than through to toward towards under up upon via with within without about above across after against along among around before behind below beneath beside between beyond during except inside near since until unto and or nor but so if when while there here it he she they we i you who which what some any no all each every both either neither more most much many such very too',
);
const DETERMINERS = set('a an the this these those his her its their our my your some any no each every');
const TIME_NOUNS = set('year years month months week weeks day days time period quarter season decade century morning afternoon evening night weekend');

/** Irregular past forms common in news (the rest end in -ed). */
const IRREGULAR_PAST = set(
  'said told made took came went gave got held left met ran won lost fell rose sold bought paid began became brought built caught chose drew drove ate felt fought found flew forgot froze grew hid hit hurt kept knew laid led lent let lay meant put quit read rode rang saw sought sent set shook shot showed shut sang sank sat slept slid spoke spent split spread stood stole struck swore swept swam threw understood woke wore wrote withdrew overtook undertook arose awoke bore beat bent bit bled blew broke bred burnt cast clung crept cut dealt dug did dove dreamt fled forbade foresaw forgave lit mistook overcame oversaw rebuilt repaid sped spun stuck stung stank strode strove thought taught tore upheld wept wound',
);
/** Words in -ing that are adjectives after "be" ("it is deeply discouraging"): a state, not an action in progress. */
const ADJECTIVAL_ING = set('discouraging encouraging disappointing surprising interesting alarming worrying troubling promising exciting amazing astonishing confusing frustrating embarrassing shocking devastating disturbing distressing compelling misleading convincing overwhelming appalling depressing refreshing reassuring striking stunning upsetting threatening humiliating annoying boring tiring');
const NOT_PAST_ED = set('need feed seed speed bleed breed indeed red bed shed hundred deed greed weed creed steed proceed exceed succeed bred sled wed led fled shred embed');
/** Verbs of the present that head a clause often enough to count ("says", "plans"). */
const PRESENT_HEADS = /^(?:says|say|plans|expects|expect|forecast|predict|anticipate|intends|aims|hopes|wants|seeks|denies|forecasts|predicts|estimates|remains|continues|faces|holds|opens|starts|begins|ends|runs|takes|makes|comes|goes|gets|gives|meets|reports|shows|has|have|is|are|am)$/u;

/** A preterite or past participle: an irregular one, or a lowercase word in "-ed" that is not a noun ("need", "hundred"). */
export function isPastWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (IRREGULAR_PAST.has(lower)) return true;
  // "lower-than-anticipated", "state-owned": a hyphenated compound is an adjective.
  return /^\p{Ll}{2,}ed$/u.test(word) && !NOT_PAST_ED.has(lower);
}

function isPastForm(t: Token): boolean {
  return isPastWord(t.text.replace(/’/gu, "'"));
}

function isAuxiliary(t: Token): boolean {
  return BE.has(t.lower) || HAVE.has(t.lower) || DO.has(t.lower) || PLANNED_MODALS.has(t.lower) || POSSIBLE_MODALS.has(t.lower) || EXPECTED_MODALS.has(t.lower) || WOULD.has(t.lower) || t.text === 'may' || t.lower === "'s";
}

function isChainWord(t: Token): boolean {
  return isAuxiliary(t) || NEGATIONS.has(t.lower) || CHAIN_ADVERBS.has(t.lower) || (/^\p{Ll}+ly$/u.test(t.text) && t.lower.length > 4) || t.lower === 'to';
}

function isBoundary(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (BOUNDARY_PUNCT.has(t.lower)) return true;
  if (t.lower === 'that') {
    // "that year" is a date, "that the plant ..." a complement.
    const next = tokens[i + 1];
    return !(next && TIME_NOUNS.has(next.lower));
  }
  if (BOUNDARY_WORDS.has(t.lower)) return true;
  if (SOFT_SUBORDINATORS.has(t.lower)) return opensClause(tokens, i);
  // "..., and the plant will close": a new clause after a comma.
  if (t.lower === 'and' && tokens[i - 1]?.text === ',') return true;
  // "... for the year ending tomorrow and its liabilities currently exceed its assets": a new subject and its verb.
  return (t.lower === 'and' || t.lower === 'or') && opensClause(tokens, i);
}

/**
 * "after a federal appeals court Thursday refused", "when the case is heard in May": a word that is
 * a subordinator or a preposition opens a clause when a predicate follows it within a few words,
 * before a comma or another boundary ("after five years, the value" is a prepositional phrase).
 */
function opensClause(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 9); k++) {
    const t = tokens[k]!;
    if (t.text === ',' || t.text === '.' || BOUNDARY_PUNCT.has(t.lower) || BOUNDARY_WORDS.has(t.lower) || SOFT_SUBORDINATORS.has(t.lower)) return false;
    if (k > i + 1 && isPredicate(tokens, k)) return true;
  }
  return false;
}

/** A token that heads a predicate: a verb after an auxiliary or "to", a past form, a common present head. */
function isPredicate(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!/^\p{L}/u.test(t.text)) return false;
  if (FUNCTION_WORDS.has(t.lower)) return false;
  const previous = tokens[i - 1];
  // "an unnamed city", "its planned offering": after a determiner, an adjective or a noun.
  if (previous && DETERMINERS.has(previous.lower)) return false;
  // "mailing materials to shareholders": after "to", a word in -s (not -ss) is a noun.
  const plural = previous?.lower === 'to' && /[^s]s$/u.test(t.lower);
  if (previous && isChainWord(previous) && !plural && !NEGATIONS.has(t.lower) && !CHAIN_ADVERBS.has(t.lower) && !/^\p{Lu}/u.test(t.text) && !adverbAfterNonSubject(tokens, i)) return true;
  if (isPastForm(t)) return true;
  // "People who remain in junk funds now", "The rights, which expire Nov. 21": the verb of a relative clause.
  const relative = previous?.lower === 'who' || (previous?.lower === 'which' && tokens[i - 2]?.text === ',');
  if (relative && /^\p{Ll}/u.test(t.text) && !CHAIN_ADVERBS.has(t.lower) && !NEGATIONS.has(t.lower) && !/ly$/u.test(t.lower)) return true;
  // A participial clause after a comma: ", saying on Friday that ...".
  if (/^\p{Ll}{3,}ing$/u.test(t.text) && previous?.text === ',') return true;
  if (PRESENT_HEADS.test(t.lower)) return true;
  return isAuxiliary(t) && t.lower !== "'s";
}

/**
 * The words before `i` are adverbs only ("a reasonably flat year", "receive only partial
 * dividends") and before them stands a determiner, a preposition or a verb: the word is an
 * adjective, not a verb after its subject ("Kellogg now owns").
 */
function adverbAfterNonSubject(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && isChainWord(tokens[k]!) && !isAuxiliary(tokens[k]!) && !NEGATIONS.has(tokens[k]!.lower) && tokens[k]!.lower !== 'to') k--;
  if (k === i - 1) return false;
  const before = tokens[k];
  // "Now critics ... are targeting": adverbs opening the clause stand before its subject.
  if (!before || before.text === ',' || BOUNDARY_PUNCT.has(before.lower) || BOUNDARY_WORDS.has(before.lower)) return true;
  return FUNCTION_WORDS.has(before.lower) || isPastForm(before) || (k > 0 && isChainWord(tokens[k - 1]!) && /^\p{Ll}/u.test(before.text));
}

/** From an auxiliary to the verb it helps: "has" in "has been raging" to "raging". */
function headOf(tokens: Token[], i: number, end: number): number {
  let j = i;
  // Not across "to": "tried to scare" is headed by "tried".
  while (j + 1 < end && (isChainWord(tokens[j]!) || j === i) && isChainWord(tokens[j + 1]!) && tokens[j + 1]!.lower !== 'to') j++;
  const next = tokens[j + 1];
  if (j + 1 < end && next && isChainWord(tokens[j]!) && /^\p{Ll}/u.test(next.text) && !FUNCTION_WORDS.has(next.lower)) j++;
  return j;
}

interface Reading {
  status: FactualityStatus;
  cues: Token[];
}

/** The verb group ending at the predicate `p`: its auxiliaries and adverbs, right to left. */
function chainBefore(tokens: Token[], p: number, floor: number): number {
  let i = p;
  while (i - 1 >= floor && isChainWord(tokens[i - 1]!)) i--;
  return i;
}

function governorOf(word: string, table: Array<[RegExp, FactualityStatus]>): FactualityStatus | null {
  for (const [pattern, status] of table) if (pattern.test(word)) return status;
  return null;
}

/** Reads the verb group of the predicate at `p`; depth bounds how many governors are followed. */
function readPredicate(tokens: Token[], p: number, context: Context, depth = 0): Reading | null {
  const from = chainBefore(tokens, p, context.floor);
  const group = tokens.slice(from, p + 1);
  const head = tokens[p]!;
  // "is investigating and prosecuting", "will review and approve": a verb coordinated with the one
  // before it, in the same form and with no auxiliary of its own, shares that verb's group.
  const partner = from === p && depth < 3 ? coordinatedVerb(tokens, p, context.floor) : -1;
  if (partner >= 0) return readPredicate(tokens, partner, context, depth + 1);
  let negation: Token | null = null;
  let modal: Reading | null = null;
  let progressive: Token | null = null;
  for (const [k, t] of group.entries()) {
    const next = group[k + 1] ?? tokens[from + k + 1];
    // "cannot" is a modal and its negation in one word.
    if (t.lower === 'cannot') [negation, modal] = [t, { status: 'possible', cues: [t] }];
    else if (NEGATIONS.has(t.lower) && !(next && NOT_NEGATING.has(next.lower))) negation = t;
    // "must have been": a guess at the past, not an obligation.
    else if (t.lower === 'must' && next?.lower === 'have') modal = { status: 'possible', cues: [t] };
    else if (PLANNED_MODALS.has(t.lower)) modal = { status: 'planned', cues: [t] };
    else if (POSSIBLE_MODALS.has(t.lower) || t.text === 'may') modal = { status: 'possible', cues: [t] };
    else if (EXPECTED_MODALS.has(t.lower)) modal = { status: 'expected', cues: [t] };
    else if (WOULD.has(t.lower)) modal = { status: readWould(tokens, from + k, context), cues: [t] };
    else if (PRESENT_BE.has(t.lower) || (t.lower === "'s" && k > 0) || (t.lower === 'been' && group.some((x) => HAVE.has(x.lower) && ['has', 'have', "'ve"].includes(x.lower)))) {
      if (/ing$/u.test(head.lower) && head.lower !== 'going' && head !== t && !ADJECTIVAL_ING.has(head.lower)) progressive = t;
      if (group.some((x) => x.lower === 'being') && head.lower !== 'being') progressive = t;
    }
  }
  // A governor of an infinitive decides for what it governs: "is expected to close", "failed to".
  let governed: Reading | null = null;
  const to = group.findIndex((t) => t.lower === 'to');
  if (to >= 0 && depth < 3) {
    const g = from + to - 1;
    const word = tokens[g];
    const status = word ? governorOf(word.lower, GOVERNORS) : null;
    if (word && status) {
      const outer = readPredicate(tokens, g, context, depth + 1);
      governed = combineGoverned(status, word, outer);
    } else if (word && objectGovernor(tokens, g, context.floor)) {
      const o = objectGovernor(tokens, g, context.floor)!;
      governed = combineGoverned(governorOf(tokens[o]!.lower, GOVERNORS)!, tokens[o]!, readPredicate(tokens, o, context, depth + 1));
    } else if (word && depth < 3 && g >= context.floor && isPredicate(tokens, g)) {
      governed = readPredicate(tokens, g, context, depth + 1);
      if (governed && governed.status === 'happened') governed = null;
    }
  }
  const ownGovernor = governorOf(head.lower, GOVERNORS);
  // "is scheduled for Friday", "is due in May": the head itself is the cue.
  const headCue: Reading | null =
    !context.anchorIsPredicate && ownGovernor && HEAD_CUES.test(head.lower) && group.some((t) => BE.has(t.lower)) && to < 0
      ? { status: ownGovernor, cues: [head] }
      : null;
  // "They are not a happy group": a negation right after a verb of being or having that heads the clause.
  const after = tokens[p + 1];
  // ("It was not until Tuesday that Castro revealed": a cleft that dates what follows, no denial.)
  const cleft = tokens[p - 1]?.lower === 'it' && tokens[p + 2]?.lower === 'until';
  if (!negation && !context.anchorIsPredicate && after && (BE.has(head.lower) || HAVE.has(head.lower)) && NEGATIONS.has(after.lower) && !NOT_NEGATING.has(tokens[p + 2]?.lower ?? '') && !cleft) negation = after;
  // "there were no gains in the latest period": an existential with "no" denies what it would assert.
  if (!negation && !context.anchorIsPredicate && after && BE.has(head.lower) && tokens[p - 1]?.lower === 'there' && after.lower === 'no') negation = after;
  // "no gains", "without seeking": a determiner or preposition that negates the event word.
  const before = tokens[p - 1];
  if (!negation && context.anchorIsPredicate && before && (before.lower === 'no' || (before.lower === 'without' && /ing$/u.test(head.lower)))) negation = before;
  // "could not", "cannot", and "would not" even when reported ("estimated the company wouldn't be profitable until 1994"): a possibility denied, no denial.
  if (negation && modal && (modal.status === 'possible' || WOULD.has(modal.cues[0]!.lower))) return { status: 'possible', cues: [modal.cues[0]!, negation] };
  if (negation) {
    // "did not deny", "never cancelled": two negations make no denial.
    // ("must not stop", "did not stop" deny the stopping: only verbs that deny a statement cancel.)
    if (DENYING.test(head.lower) && !modal && to < 0) return { status: 'happened', cues: [negation, head] };
    return { status: 'denied', cues: [negation] };
  }
  if (governed) return governed;
  if (modal) return modal;
  if (headCue) return headCue;
  if (progressive) return { status: 'ongoing', cues: [progressive, head] };
  if (to >= 0 && depth === 0 && tokens[from + to - 1] && !isPredicate(tokens, from + to - 1)) return null;
  return { status: 'happened', cues: [] };
}

/** The form of a verb that coordination keeps: "-ing", a past form, or a plain one. */
function verbForm(t: Token): 'ing' | 'past' | 'plain' | null {
  if (!/^\p{Ll}/u.test(t.text) || FUNCTION_WORDS.has(t.lower) || isAuxiliary(t) || NEGATIONS.has(t.lower)) return null;
  if (/^\p{Ll}{3,}ing$/u.test(t.text)) return 'ing';
  if (isPastForm(t)) return 'past';
  return /(?:s|ly)$/u.test(t.lower) ? null : 'plain';
}

/**
 * The verb that the one at `p` is coordinated with ("investigating" in "is investigating and
 * prosecuting"): right before "and"/"or", in the same form, with auxiliaries of its own; -1 if none.
 */
function coordinatedVerb(tokens: Token[], p: number, floor: number): number {
  const and = tokens[p - 1];
  const q = p - 2;
  if (!and || (and.lower !== 'and' && and.lower !== 'or') || q < floor) return -1;
  const form = verbForm(tokens[p]!);
  if (!form || verbForm(tokens[q]!) !== form) return -1;
  const chain = chainBefore(tokens, q, floor);
  if (chain === q || !tokens.slice(chain, q).some((t) => isAuxiliary(t) || t.lower === 'to')) return -1;
  return q;
}

/** "expects the economy to slow", "urged him to compete": a governor a short object away from "to". */
function objectGovernor(tokens: Token[], g: number, floor: number): number | null {
  for (let i = g - 1; i >= Math.max(floor, g - 12); i--) {
    const t = tokens[i]!;
    const status = governorOf(t.lower, GOVERNORS);
    if (status === 'planned' || status === 'expected') return i;
    // ("expects net income in the year ending June 30, 1990, to fall": an object with its dates and commas, up to the verb.)
    if (i < g - 4 && (isBoundary(tokens, i) || (isPredicate(tokens, i) && !/ing$/u.test(t.lower)))) return null;
    if (i >= g - 4 && (!/^[\p{L}\p{N},]/u.test(t.text) || (isPastForm(t) && !status))) return null;
  }
  return null;
}

function combineGoverned(status: FactualityStatus, governor: Token, outer: Reading | null): Reading {
  const cue = [governor];
  if (outer && outer.status === 'denied') {
    // "did not plan to" denies; "did not fail to" asserts.
    return status === 'denied' ? { status: 'happened', cues: [...outer.cues, governor] } : { status: 'denied', cues: [...outer.cues, governor] };
  }
  if (outer && outer.status !== 'happened' && outer.status !== 'ongoing' && status !== 'denied') return { status: outer.status, cues: [...outer.cues, ...cue] };
  return { status, cues: cue };
}

interface Context {
  /** When the anchor is the event word, a governor heads its own event ("are expected" is a state that holds). */
  anchorIsPredicate: boolean;
  floor: number;
  tokens: Token[];
  dateStart: string | null;
  published: string | null;
}

/** "would": a reported or expected future after a reporting verb; "would have": what did not happen; a past habit on a past date. */
function readWould(tokens: Token[], at: number, context: Context): FactualityStatus {
  const next = tokens[at + 1];
  if (next && next.lower === 'have') return 'possible';
  const before = tokens.slice(Math.max(0, at - 12), at);
  if (before.some((t) => REPORTING.test(t.lower))) return 'planned';
  const conditional = tokens.some((t) => t.lower === 'if' || t.lower === 'unless');
  if (!conditional && context.dateStart && context.published && context.dateStart < context.published) return 'happened';
  return 'possible';
}

function readOutside(tokens: Token[], input: FactualityInput): Factuality {
  let end = tokens.findIndex((t, i) => isBoundary(tokens, i) || t.text === '.');
  if (end < 0) end = tokens.length;
  const context: Context = { anchorIsPredicate: false, floor: 0, tokens, dateStart: input.dateStart ?? null, published: input.published ?? null };
  const p = tokens.findIndex((_, i) => i < end && isPredicate(tokens, i));
  const reading = p >= 0 ? readPredicate(tokens, headOf(tokens, p, end), context) : null;
  const final = reading ?? { status: 'happened' as const, cues: [] };
  return { status: final.status, cues: final.cues.map((t) => ({ start: t.start, end: t.end, text: t.text })) };
}

const FORWARD = set('future ahead coming upcoming forthcoming');
const PLURAL_UNITS = set('days weeks months years quarters decades');

/** The word of a date phrase (or the one before it) that counts the period forward from the text's day. */
function forwardWord(tokens: Token[], first: number, last: number): Token | null {
  const before = tokens[first - 1];
  if (before && before.lower === 'within') return before;
  if (tokens[first]?.lower === 'within') return tokens[first]!;
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    if (FORWARD.has(t.lower)) return t;
    // "the next two weeks", "the next few days" (but "the next day" follows the story).
    if (t.lower === 'next' && tokens.slice(i + 1, last + 1).some((u) => PLURAL_UNITS.has(u.lower))) return t;
  }
  return null;
}

/** Hyphenated date adjectives: "third-quarter", "52-week", "two-year", "mid-1990s". */
const DATE_ADJECTIVE = /-(?:year|quarter|month|week|day|period)$/u;

/**
 * Whether the date phrase tokens[first..last] premodifies a noun: "the November 1995 assassination",
 * "a June agreement", "a third-quarter net loss". It must follow a determiner or possessive (or be a
 * hyphenated date adjective) and be followed by a lowercase word that is no function word or verb form.
 */
function premodifiesNoun(tokens: Token[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  if (!next || !/^\p{Ll}/u.test(next.text) || FUNCTION_WORDS.has(next.lower) || isAuxiliary(next) || NEGATIONS.has(next.lower)) return false;
  if (isPastForm(next) || /ing$/u.test(next.lower) || /ly$/u.test(next.lower)) return false;
  const before = tokens[first - 1];
  const determined = before !== undefined && (DETERMINERS.has(before.lower) || before.lower === "'s");
  const adjective = first === last && DATE_ADJECTIVE.test(tokens[first]!.lower);
  return determined || adjective;
}

function isOutside(input: FactualityInput): boolean {
  return input.anchor.start >= input.sentence.end || input.anchor.end <= input.sentence.start;
}

/** The anchor's tokens, its clause and the predicate the rules take for it. */
interface ClauseView {
  tokens: Token[];
  anchorFirst: number;
  anchorLast: number;
  clauseStart: number;
  clauseEnd: number;
  /** Index of the predicate's head, or -1. */
  predicate: number;
  context: Context;
}

function viewOf(input: FactualityInput, tokens: Token[]): ClauseView {
  const first = tokens.findIndex((t) => t.end > input.anchor.start);
  const anchorFirst = first < 0 ? tokens.length - 1 : first;
  let anchorLast = anchorFirst;
  while (anchorLast + 1 < tokens.length && tokens[anchorLast + 1]!.start < input.anchor.end) anchorLast++;
  let clauseStart = 0;
  for (let i = anchorFirst - 1; i >= 0; i--) if (isBoundary(tokens, i)) { clauseStart = i + 1; break; }
  let clauseEnd = tokens.length;
  for (let i = anchorLast + 1; i < tokens.length; i++) if (isBoundary(tokens, i)) { clauseEnd = i; break; }
  // 'said it would seek to liquidate the maker "as soon as possible"': quotes around a phrase with no
  // verb of its own quote words of the clause, they do not close it.
  const verbless = (from: number, to: number) => !tokens.slice(from, to).some((_, k) => (from + k < anchorFirst || from + k > anchorLast) && isPredicate(tokens, from + k));
  if (verbless(clauseStart, clauseEnd)) {
    if (clauseStart > 0 && QUOTES.has(tokens[clauseStart - 1]!.lower)) {
      clauseStart = 0;
      for (let i = anchorFirst - 1; i >= 0; i--) if (isBoundary(tokens, i) && !QUOTES.has(tokens[i]!.lower)) { clauseStart = i + 1; break; }
    }
    if (clauseEnd < tokens.length && QUOTES.has(tokens[clauseEnd]!.lower)) {
      const end = tokens.findIndex((t, i) => i > clauseEnd && isBoundary(tokens, i) && !QUOTES.has(t.lower));
      clauseEnd = end < 0 ? tokens.length : end;
    }
  }
  const context: Context = { anchorIsPredicate: input.anchorIsPredicate ?? false, floor: clauseStart, tokens, dateStart: input.dateStart ?? null, published: input.published ?? null };

  let predicate = -1;
  if (input.anchorIsPredicate) predicate = anchorLast;
  else {
    // "a previously announced agreement", "the court Thursday refused": a date right before a past form is that verb's.
    const nextWord = tokens[anchorLast + 1];
    // (Not a participle before "by", "on" ... that modifies a noun: "the next four years based on".)
    const reducedRelative = REDUCED_RELATIVE.has(tokens[anchorLast + 2]?.lower ?? '');
    if (anchorLast + 1 < clauseEnd && nextWord && isPastForm(nextWord) && isPredicate(tokens, anchorLast + 1) && !reducedRelative) predicate = anchorLast + 1;
    // The nearest predicate before the date, not across a comma; else the first after it.
    if (predicate < 0) for (let i = anchorFirst - 1; i >= clauseStart && tokens[i]!.text !== ','; i--) if (isPredicate(tokens, i)) { predicate = i; break; }
    if (predicate < 0) {
      for (let i = anchorLast + 1; i < clauseEnd; i++) if (isPredicate(tokens, i)) { predicate = headOf(tokens, i, clauseEnd); break; }
    }
    if (predicate < 0) for (let i = anchorFirst - 1; i >= clauseStart; i--) if (isPredicate(tokens, i)) { predicate = i; break; }
    // "is now patrolling", "is currently being examined": a date between an auxiliary and its verb.
    const following = anchorLast + 1 < clauseEnd ? anchorLast + 1 : -1;
    if (predicate >= 0 && predicate === anchorFirst - 1 && following >= 0 && isAuxiliary(tokens[predicate]!) && tokens.slice(anchorFirst, anchorLast + 1).every((t) => isChainWord(t))) {
      const head = headOf(tokens, following - 1, clauseEnd);
      if (head >= following) predicate = head;
    }
  }
  return { tokens, anchorFirst, anchorLast, clauseStart, clauseEnd, predicate, context };
}

/** Reads the factuality of a statement at its date (or of an event word). */
export function readFactuality(input: FactualityInput): Factuality {
  return readTokens(input, tokenize(input.text, input.sentence));
}

/** `readFactuality` of a sentence already cut into tokens (an event word of it read after its date). */
function readTokens(input: FactualityInput, tokens: Token[]): Factuality {
  // A statement dated from outside it (an embedded post by its signature) is read from its first clause.
  if (isOutside(input)) return readOutside(tokens, input);
  const view = viewOf(input, tokens);
  const { anchorFirst, anchorLast, clauseStart, clauseEnd, predicate, context } = view;
  let reading = predicate >= 0 ? readPredicate(tokens, predicate, context) : null;
  // "now we're going to go back", "Kellogg plans to close": a governor of an infinitive found as the date's predicate decides for it.
  const governorStatus = predicate >= 0 && !input.anchorIsPredicate && tokens[predicate + 1]?.lower === 'to' && !isPastForm(tokens[predicate]!) ? governorOf(tokens[predicate]!.lower, GOVERNORS) : null;
  if (governorStatus && governorStatus !== 'ongoing' && reading && (reading.status === 'happened' || reading.status === 'ongoing')) reading = combineGoverned(governorStatus, tokens[predicate]!, reading);
  // "forecast an earnings increase for the full year", "expects revenue in the latest quarter to total":
  // a date in the object of a verb of forecasting dates what is forecast.
  else if (predicate >= 0 && predicate < anchorFirst && !input.anchorIsPredicate && reading && (reading.status === 'happened' || reading.status === 'ongoing')) {
    const head = tokens[predicate]!;
    const beforeHead = tokens[predicate - 1];
    // ("Cuba predicted Wednesday", "forecast Friday that": a date right after the verb, before no noun, is the verb's own time.)
    const next = tokens[anchorLast + 1];
    const adverbial = predicate === anchorFirst - 1 && (!next || !/^\p{Ll}/u.test(next.text) || FUNCTION_WORDS.has(next.lower));
    if (OBJECT_FORECASTS.test(head.lower) && !(beforeHead && BE.has(beforeHead.lower)) && !adverbial) reading = combineGoverned('expected', head, reading);
  }

  // The governor of a complement clause: "denied that ...", "expects that ...".
  if (reading?.status === 'happened' || reading === null) {
    const boundary = tokens[clauseStart - 1];
    if (boundary && boundary.lower === 'that') {
      const g = clauseStart - 2;
      const word = tokens[g];
      // ("the likelihood that either was involved", "fears that the talks will fail": a noun of possibility with its content clause.)
      // (After a determiner only: "I hope that" is the verb.)
      const noun = word && DETERMINERS.has(tokens[g - 1]?.lower ?? '') ? governorOf(word.lower, CONTENT_CLAUSE_NOUNS) : null;
      const status = word ? governorOf(word.lower, COMPLEMENT_GOVERNORS) ?? noun : null;
      // "did not deny that ...": a denial denied says nothing against the complement.
      const negated = tokens.slice(chainBefore(tokens, g, 0), g).some((t) => NEGATIONS.has(t.lower));
      if (word && status && !negated) reading = { status, cues: [word] };
    }
  }
  // "was scheduled to open on May 5 but was cancelled".
  if (reading && (reading.status === 'planned' || reading.status === 'expected')) {
    const but = tokens.findIndex((t, i) => i > anchorLast && t.lower === 'but');
    if (but >= 0) {
      const cancelled = tokens.slice(but + 1, but + 6).find((t) => CANCELLED.test(t.lower));
      if (cancelled) reading = { status: 'denied', cues: [...reading.cues, tokens[but]!, cancelled] };
    }
  }
  // "the November 1995 assassination", "a third-quarter loss", "under a June agreement": a date that
  // premodifies a noun dates that noun's event, not the clause's verb ("is serving a sentence for",
  // "expects to report"); a noun has no tense or modal, and a period over before publication is past.
  const over = input.dateEnd && input.published && input.dateEnd < input.published;
  // (Only after the clause's verb: in its subject the noun is what the verb speaks of, "the 2018
  // ethnic cleansing of Kurds in Afrin is still ongoing".)
  if (over && !input.anchorIsPredicate && predicate >= 0 && predicate < anchorFirst && reading && reading.status !== 'happened' && reading.status !== 'denied' && premodifiesNoun(tokens, anchorFirst, anchorLast)) {
    return { status: 'happened', cues: [] };
  }
  // "the planned attack on Monday", "talks on a ceasefire, which never took place, in May": a date on a
  // noun that names a happening dates that happening, and the noun's own words say what became of it.
  const noun = !input.anchorIsPredicate ? datedNoun(tokens, anchorFirst, anchorLast) : -1;
  if (noun >= 0 && (reading === null || reading.status === 'happened' || reading.status === 'ongoing')) {
    const own = readNoun(tokens, noun, () => eventVerbs(tokens, input, view));
    if (own && own.status !== 'happened' && !own.fromVerb) return { status: own.status, cues: own.cues };
  }
  const future = input.dateStart && input.published && input.dateStart > input.published;
  if ((reading === null || reading.status === 'happened') && future) {
    return { status: 'planned', cues: [input.anchorIsPredicate ? { ...input.anchor } : { start: input.anchor.start, end: input.anchor.end, text: input.anchor.text }] };
  }
  // "in the weeks ahead", "within 18 months", "the next few days": a period counted forward from now,
  // unless the verb is a past form ("over the next three years it grew" is counted from the story).
  const pastVerb = predicate >= 0 && isPastForm(tokens[predicate]!) && !tokens.slice(chainBefore(tokens, predicate, clauseStart), predicate).some((t) => t.lower === 'to');
  if ((reading === null || reading.status === 'happened') && !input.anchorIsPredicate && !pastVerb) {
    const forward = forwardWord(tokens, anchorFirst, anchorLast);
    if (forward) return { status: 'planned', cues: [{ start: forward.start, end: forward.end, text: forward.text }] };
  }
  const final = reading ?? { status: 'happened' as const, cues: [] };
  const cues = [...new Map(final.cues.map((t) => [t.start, t])).values()].sort((a, b) => a.start - b.start);
  return { status: final.status, cues: cues.map((t) => ({ start: t.start, end: t.end, text: t.text })) };
}

/** A feature of a date for a learned reader (bench/train-factuality.ts): a name, and the word it stands for when it stands for one. */
export interface FactualityFeature {
  name: string;
  cue?: Span;
}

const MODAL_WORDS = set("will would shall should could can cannot may might must 'll 'd wo ca ought");

/** How a word is named in a feature: numbers fold to "#", words keep their lowercase form. */
function wordName(t: Token): string {
  return /\p{N}/u.test(t.lower) ? '#' : t.lower;
}

function distanceName(d: number): string {
  return d <= 0 ? '0' : d === 1 ? '1' : d === 2 ? '2' : d <= 5 ? '3-5' : '6+';
}

/**
 * What a learned reader on top of the rules sees of a date in its sentence (bench/train-factuality.ts,
 * which measured one that did not beat the rules; none for a statement dated from
 * outside it): the rules' own reading (status and cue words), the predicate they took and its
 * verb group, the words next to the date by position, the words of its clause before and after
 * it, modals, negations and reporting verbs of the sentence before and after it, the governor of
 * a "to" + verb, the word that opens the clause, the date's words and the date against publication.
 */
export function factualityFeatures(input: FactualityInput, ruled: Factuality): FactualityFeature[] {
  if (input.anchorIsPredicate || isOutside(input)) return [];
  const tokens = tokenize(input.text, input.sentence);
  const { anchorFirst, anchorLast, clauseStart, clauseEnd, predicate } = viewOf(input, tokens);
  const out: FactualityFeature[] = [{ name: 'bias' }];
  const add = (name: string, t?: Token) => out.push(t ? { name, cue: { start: t.start, end: t.end, text: t.text } } : { name });
  const rule = ruled.status;
  add(`rule=${rule}`);
  for (const cue of ruled.cues) {
    const t = tokens.find((u) => u.start === cue.start);
    add(`rulecue=${rule}:${cue.text.toLowerCase()}`, t);
  }
  const { dateStart, dateEnd, published } = input;
  const relation = !dateStart || !published ? 'none' : dateStart > published ? 'future' : dateEnd && dateEnd < published ? 'past' : 'now';
  add(`rel=${relation}`);
  add(`rule=${rule}&rel=${relation}`);
  if (predicate >= 0) {
    const p = tokens[predicate]!;
    add(`pred=${p.lower}`, p);
    add(`predpast=${isPastForm(p)}`);
    add(`predsfx=${/ing$/u.test(p.lower) ? 'ing' : /ed$/u.test(p.lower) ? 'ed' : /s$/u.test(p.lower) ? 's' : 'other'}`);
    const side = predicate < anchorFirst ? 'before' : 'after';
    const distance = side === 'before' ? anchorFirst - predicate : predicate - anchorLast;
    add(`predside=${side}:${distanceName(distance)}`);
    add(`rule=${rule}&pred=${p.lower}`, p);
    for (let i = chainBefore(tokens, predicate, clauseStart); i < predicate; i++) add(`group=${tokens[i]!.lower}`, tokens[i]);
  } else add('pred=none');
  for (let k = 1; k <= 3; k++) {
    const b = tokens[anchorFirst - k];
    const a = tokens[anchorLast + k];
    add(`b${k}=${b ? wordName(b) : '^'}`, b);
    add(`a${k}=${a ? wordName(a) : '$'}`, a);
  }
  for (let i = clauseStart; i < clauseEnd; i++) {
    if (i >= anchorFirst && i <= anchorLast) continue;
    const t = tokens[i]!;
    if (!/^\p{L}/u.test(t.text)) continue;
    add(`${i < anchorFirst ? 'cb' : 'ca'}=${t.lower}`, t);
  }
  for (const [i, t] of tokens.entries()) {
    if (i >= anchorFirst && i <= anchorLast) continue;
    const side = i < anchorFirst ? 'before' : 'after';
    const inClause = i >= clauseStart && i < clauseEnd ? 'in' : 'out';
    if (MODAL_WORDS.has(t.lower) || t.text === 'may') add(`modal=${t.lower}@${side}:${inClause}`, t);
    if (NEGATIONS.has(t.lower) || t.lower === 'cannot' || t.lower === 'no') add(`neg@${side}:${inClause}`, t);
    if (REPORTING.test(t.lower) && side === 'before') add(`report@${inClause}`, t);
    const governor = governorOf(t.lower, GOVERNORS);
    if (governor) add(`gov=${governor}@${side}:${inClause}`, t);
    if (t.lower === 'to' && i > 0 && tokens[i + 1] && /^\p{Ll}/u.test(tokens[i + 1]!.text)) add(`to-after=${tokens[i - 1]!.lower}@${side}`, tokens[i - 1]);
    if (t.lower === 'if' || t.lower === 'unless') add(`conditional@${side}`, t);
  }
  const opener = tokens[clauseStart - 1];
  add(`open=${opener ? opener.lower : '^'}`, opener);
  for (let i = anchorFirst; i <= anchorLast; i++) add(`d=${wordName(tokens[i]!)}`, tokens[i]);
  add(`premodifies=${premodifiesNoun(tokens, anchorFirst, anchorLast)}`);
  // The other predicates of the sentence read as event words: the date may anchor one of them.
  const ranks = new Map<string, number>();
  for (const c of attachmentCandidates(input)) {
    const side = c.span.start < input.anchor.start ? 'before' : 'after';
    const rank = ranks.get(side) ?? 0;
    ranks.set(side, rank + 1);
    const status = readFactuality({ ...input, anchor: c.span, anchorIsPredicate: true }).status;
    const t = tokens.find((u) => u.start === c.span.start);
    if (rank < 3) add(`cand=${side}:${rank}:${status}`, t);
    add(`cand=${status}&clause=${c.features.includes('clause=true')}`, t);
    if (c.chosen) add(`cand=chosen:${status}`, t);
  }
  return out;
}

/** A predicate of the sentence the date may anchor, with what an attacher sees of the pair. */
export interface AttachmentCandidate {
  /** The predicate's head word. */
  span: Span;
  /** The one the rules take (`viewOf`). */
  chosen: boolean;
  features: string[];
}

/**
 * Every predicate of the date's sentence (heads of verb groups the reader recognises) that the date
 * may anchor, for bench/score-attachment.ts, each with
 * features of its relation to the date: side and distance, whether it is in the date's clause,
 * the commas and boundaries between them, its form and its verb group, and whether the rules chose it.
 */
export function attachmentCandidates(input: FactualityInput): AttachmentCandidate[] {
  if (input.anchorIsPredicate || isOutside(input)) return [];
  const tokens = tokenize(input.text, input.sentence);
  const { anchorFirst, anchorLast, clauseStart, clauseEnd, predicate } = viewOf(input, tokens);
  const heads = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (i >= anchorFirst && i <= anchorLast) continue;
    if (!isPredicate(tokens, i)) continue;
    const h = headOf(tokens, i, tokens.length);
    if (h < anchorFirst || h > anchorLast) heads.add(h);
  }
  if (predicate >= 0) heads.add(predicate);
  const sorted = [...heads].sort((a, b) => a - b);
  const before = sorted.filter((h) => h < anchorFirst).reverse();
  const after = sorted.filter((h) => h > anchorLast);
  return sorted.map((h) => {
    const t = tokens[h]!;
    const side = h < anchorFirst ? 'before' : 'after';
    const rank = side === 'before' ? before.indexOf(h) : after.indexOf(h);
    const [from, to] = side === 'before' ? [h + 1, anchorFirst] : [anchorLast + 1, h];
    const between = tokens.slice(from, to);
    const commas = between.filter((u) => u.text === ',').length;
    const boundaries = between.filter((_, k) => isBoundary(tokens, from + k)).length;
    const inClause = h >= clauseStart && h < clauseEnd;
    const group = tokens.slice(chainBefore(tokens, h, 0), h).map((u) => u.lower);
    const f = [
      'bias',
      `side=${side}`,
      `rank=${side}:${Math.min(rank, 3)}`,
      `dist=${side}:${distanceName(to - from + 1)}`,
      `clause=${inClause}`,
      `commas=${Math.min(commas, 2)}`,
      `boundaries=${Math.min(boundaries, 2)}`,
      `past=${isPastForm(t)}`,
      `aux=${isAuxiliary(t)}`,
      `sfx=${/ing$/u.test(t.lower) ? 'ing' : /ed$/u.test(t.lower) ? 'ed' : /s$/u.test(t.lower) ? 's' : 'other'}`,
      `report=${REPORTING.test(t.lower)}`,
      `governor=${governorOf(t.lower, GOVERNORS) ?? 'none'}`,
      `to-next=${tokens[h + 1]?.lower === 'to'}`,
      `chosen=${h === predicate}`,
      `chosen=${h === predicate}&clause=${inClause}`,
      `side=${side}&rank=${Math.min(rank, 3)}&clause=${inClause}`,
      `word=${t.lower}`,
      ...group.map((g) => `group=${g}`),
    ];
    return { span: { start: t.start, end: t.end, text: t.text }, chosen: h === predicate, features: f };
  });
}

/** Cautious first: on a tie, the status that claims least wins. */
const CAUTION: FactualityStatus[] = ['denied', 'possible', 'expected', 'planned', 'ongoing', 'happened'];

/**
 * The status of an event from the statuses of its sources: the one most sources give; on a
 * tie, the more cautious (denied, possible, expected, planned, ongoing, happened in that order),
 * so that one report of a happening against one denial shows the denial.
 */
export function eventStatus(statuses: readonly FactualityStatus[]): FactualityStatus {
  const counts = new Map<FactualityStatus, number>();
  for (const s of statuses) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best: FactualityStatus = 'happened';
  let most = 0;
  for (const status of CAUTION) {
    const n = counts.get(status) ?? 0;
    if (n > most) [best, most] = [status, n];
  }
  return best;
}

/**
 * The noun event a date phrase is on: the head right before "on/in/for/at/during" + the date ("the
 * attack on Monday"), or the noun the date premodifies ("the planned Monday attack"); -1 if none.
 */
function datedNoun(tokens: Token[], first: number, last: number): number {
  const before = tokens[first - 1];
  const start = before && DATE_PREPOSITIONS.has(before.lower) ? first - 2 : -1;
  if (start >= 0 && isEventNoun(tokens, start) && !isPredicate(tokens, start)) return start;
  const after = last + 1;
  if (after < tokens.length && premodifiesNoun(tokens, first, last) && isEventNoun(tokens, after)) return after;
  return -1;
}
const DATE_PREPOSITIONS = set('on in for at during');

/** The status of one event word of a statement (`readEventStatuses`). */
export interface EventWordStatus {
  /** The event word: the head of a verb group, or a noun that names a happening. */
  span: Span;
  kind: 'verb' | 'noun';
  status: FactualityStatus;
  /** The words that decided it, as spans of the file text (empty for a plain past). */
  cues: Span[];
}

/** Nouns that name happenings in news (with the deverbal "-tion"/"-sion" nouns of `isEventNoun`). */
const EVENT_NOUNS = set(
  'attack attacks war wars talks negotiations debate debates strike strikes merger mergers acquisition acquisitions takeover takeovers bid bids offer offers deal deals sale sales purchase purchases election elections vote votes referendum meeting meetings summit summits conference visit visits trip tour trial trials hearing hearings ceremony celebration festival funeral service protest protests rally rallies march riot riots invasion bombing bombings shooting shootings killing killings murder murders assassination explosion explosions blast crash accident fire earthquake flood disaster crisis collapse recession recovery growth decline declines drop rise increase increases decrease gain gains loss losses charge charges profit profits earnings income surge slump rebound arrest arrests release launch opening closing closure shutdown layoffs cut cuts reduction expansion investment inquiry investigation probe review inspection inspections mission operation operations campaign offensive raid raids ceasefire cease-fire truce agreement agreements accord treaty pact settlement ruling decision verdict sentence appeal lawsuit ban embargo sanctions reform reforms law bill legislation death deaths wedding divorce resignation retirement departure arrival return withdrawal appointment nomination approval rejection denial refusal failure victory defeat win match race flight landing delivery deliveries shipment shipments production construction test tests experiment payment payments announcement statement proposal dismissal removal renewal seizure fighting violence crackdown coup uprising rebellion revolution massacre genocide hijacking kidnapping evacuation rescue search',
);
/** "-tion"/"-sion" nouns that name no happening. */
const NOT_EVENT_NOUNS = set(
  'nation nations station stations position positions portion portions population section sections question questions condition conditions tradition traditions institution institutions organization organizations organisation organisations foundation federation corporation corporations association associations administration commission television version vision division divisions pension pensions occasion fashion function option options edition editions location locations ration emotion notion caption proportion fraction relation relations ambition attention direction information jurisdiction generation motion nationals mansion dimension extension profession region religion opinion million billion legion union unions lion onion champion companion session',
);
/** Words before a noun that say what becomes of the happening it names: "the planned attack", "a possible merger". */
const NOUN_PREMODIFIERS: Array<[RegExp, FactualityStatus]> = [
  [/^(?:planned|proposed|scheduled|intended|upcoming|forthcoming|impending|prospective|future|pending|promised|would-be)$/u, 'planned'],
  [/^(?:expected|anticipated|predicted|forecast|projected|likely|probable)$/u, 'expected'],
  [/^(?:possible|potential|threatened|feared|rumored|rumoured|hypothetical|contemplated)$/u, 'possible'],
  [/^(?:failed|aborted|cancelled|canceled|averted|abandoned|foiled|thwarted|scrapped)$/u, 'denied'],
];
/** Prepositions after a participle that make it a reduced relative clause of the noun before it ("a service planned for Saturday"). */
const REDUCED_RELATIVE_NEXT = set('for at on in by during before after until within');
/** Nouns that govern a happening through "of", "for", "on": "plans for talks", "the threat of a strike". */
const NOUN_GOVERNORS: Array<[RegExp, FactualityStatus]> = [
  [/^(?:plan|plans|proposal|proposals|preparations|call|calls|demand|demands|bid|hopes|promise|promises|pledge|schedule|date|deadline)$/u, 'planned'],
  [/^(?:expectation|expectations|forecast|forecasts|prediction|predictions|outlook|projection|projections)$/u, 'expected'],
  [/^(?:threat|threats|risk|risks|possibility|prospect|prospects|chance|chances|fear|fears|danger|likelihood|talk|rumors|rumours|option)$/u, 'possible'],
];
/** Verbs whose noun object is a happening still to come, feared or prevented: "plans a merger", "threatened a strike", "called off the talks". */
const NOUN_OBJECT_GOVERNORS: Array<[RegExp, FactualityStatus]> = [
  [/^(?:plan|plans|planned|planning|propose|proposes|proposed|proposing|schedule|schedules|scheduled|seek|seeks|sought|seeking|want|wants|wanted|demand|demands|demanded|demanding|urge|urges|urged|promise|promises|promised|pledge|pledges|pledged|prepare|prepares|prepared|preparing|intend|intends|intended|await|awaits|awaited|awaiting)$/u, 'planned'],
  [/^(?:expect|expects|expected|expecting|forecast|forecasts|forecasted|predict|predicts|predicted|predicting|anticipate|anticipates|anticipated|anticipating|project|projects|projected|foresee|foresees|foresaw)$/u, 'expected'],
  [/^(?:consider|considers|considered|considering|mull|mulls|mulled|weigh|weighs|weighed|weighing|threaten|threatens|threatened|threatening|fear|fears|feared|risk|risks|risked)$/u, 'possible'],
  [/^(?:cancel|cancels|cancelled|canceled|scrap|scraps|scrapped|avert|averts|averted|prevent|prevents|prevented|avoid|avoids|avoided|forestall|forestalled|postpone|postpones|postponed|thwart|thwarted|foil|foiled|block|blocks|blocked|veto|vetoed)$/u, 'denied'],
];
/** Verbs whose subject is the happening itself: "the strike never happened", "talks will resume". */
const OCCURRENCE = /^(?:happen|happens|happened|happening|occur|occurs|occurred|occurring|take|takes|took|taken|taking|begin|begins|began|begun|beginning|start|starts|started|starting|resume|resumes|resumed|resuming|end|ends|ended|ending|proceed|proceeds|proceeded|materialize|materialized|materialise|materialised|go|goes|went|gone|going|held|hold|holds)$/u;
/** Prepositions between a verb and its object that keep the object the verb's ("result in a charge", "agreed on a ceasefire"). */
const OBJECT_PREPOSITIONS = set('in on for into to at about over');
const SUBJECT_PRONOUNS = set('i we they you he she');

function isEventNoun(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!/^\p{Ll}/u.test(t.text) || FUNCTION_WORDS.has(t.lower) || NOT_EVENT_NOUNS.has(t.lower)) return false;
  if (EVENT_NOUNS.has(t.lower)) return true;
  // "the boom", "a ruling", "the fiasco": a noun WordNet files as an act, event, process or phenomenon.
  if (isWordnetHappening(t.lower) && !isPredicate(tokens, i)) return true;
  if (/^\p{Ll}{3,}(?:tion|sion)s?$/u.test(t.text)) return true;
  // "the killing", "the Oct. 23 bombing": a word in -ing after a determiner is a noun.
  const start = nounPhraseStart(tokens, i);
  return /^\p{Ll}{3,}ing$/u.test(t.text) && start < i && DETERMINERS.has(tokens[start]!.lower) && !ADJECTIVAL_ING.has(t.lower);
}

/** The first word of the noun phrase headed at `i`: determiners, numbers, adjectives and nouns before it. */
function nounPhraseStart(tokens: Token[], i: number): number {
  let k = i;
  while (k - 1 >= 0 && i - (k - 1) <= 6) {
    const t = tokens[k - 1]!;
    const inPhrase =
      DETERMINERS.has(t.lower) ||
      t.lower === "'s" ||
      /^\p{N}/u.test(t.text) ||
      (/^\p{L}/u.test(t.text) && !FUNCTION_WORDS.has(t.lower) && !isAuxiliary(t) && !NEGATIONS.has(t.lower) && !(isPredicate(tokens, k - 1) && !NOUN_PREMODIFIERS.some(([p]) => p.test(t.lower))));
    if (!inPhrase) break;
    k--;
    if (DETERMINERS.has(t.lower)) break;
  }
  return k;
}

/**
 * The status of every event word of a statement, each from its own cues and its governor: the
 * heads of its verb groups, read as the TimeML scorer reads an event word, and the nouns that name
 * happenings ("the planned attack", "plans for talks", "the threat of a strike", "will hold talks",
 * "the attack, which did not occur"). A word of the date's clause takes the statement's date
 * (a date after publication makes a plain word `planned`); a word outside it has no date of its own.
 * The statement's own status stays `readFactuality`'s, the status of the event its date is read from.
 */
export function readEventStatuses(input: FactualityInput): EventWordStatus[] {
  const tokens = tokenize(input.text, input.sentence);
  const view = !input.anchorIsPredicate && !isOutside(input) ? viewOf(input, tokens) : null;
  const inDateClause = (i: number) => datesWord(input, view, i);
  const inAnchor = (i: number) => view !== null && i >= view.anchorFirst && i <= view.anchorLast;
  const verbs = eventVerbs(tokens, input, view);
  const out: EventWordStatus[] = [...verbs].map(([i, f]) => ({ span: spanOf(tokens[i]!), kind: 'verb' as const, status: f.status, cues: f.cues }));
  for (let i = 0; i < tokens.length; i++) {
    if (inAnchor(i) || verbs.has(i) || !isEventNoun(tokens, i)) continue;
    let reading = readNoun(tokens, i, () => verbs);
    const future = inDateClause(i) && input.dateStart && input.published && input.dateStart > input.published;
    // "expects to report net income for the third quarter", "will post a third-quarter loss": the
    // object of a verb still to come, dated by a period over before publication, names what has
    // happened (the income was earned); what is to come is its report.
    const over = inDateClause(i) && input.dateEnd && input.published && input.dateEnd < input.published;
    if (over && reading?.fromVerb && (reading.status === 'planned' || reading.status === 'expected')) reading = { status: 'happened', cues: [] };
    const final: Factuality = reading ? { status: reading.status, cues: reading.cues } : (future ? { status: 'planned', cues: [{ ...input.anchor }] } : { status: 'happened', cues: [] });
    out.push({ span: spanOf(tokens[i]!), kind: 'noun', status: final.status, cues: final.cues });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

const spanOf = (t: Token): Span => ({ start: t.start, end: t.end, text: t.text });

/** Whether the statement's date dates the word at `i`: a word of the date's clause, or any word of a statement dated from outside it (an embedded post by its signature). */
function datesWord(input: FactualityInput, view: ClauseView | null, i: number): boolean {
  return (view !== null && i >= view.clauseStart && i < view.clauseEnd) || (!input.anchorIsPredicate && isOutside(input));
}

/** The heads of the statement's verb groups (and gerunds after a preposition, present verbs after a subject pronoun), each read as an event word. */
function eventVerbs(tokens: Token[], input: FactualityInput, view: ClauseView | null): Map<number, Factuality> {
  const inAnchor = (i: number) => view !== null && i >= view.anchorFirst && i <= view.anchorLast;
  const readWord = (i: number): Factuality => {
    // "expects to release results in mid-November": a date after a governor's infinitive dates what it governs, not the expecting.
    const governs = view !== null && view.anchorFirst > i + 1 && tokens[i + 1]?.lower === 'to' && governorOf(tokens[i]!.lower, GOVERNORS) !== null;
    const dates = datesWord(input, view, i) && !governs ? { dateStart: input.dateStart ?? null, dateEnd: input.dateEnd ?? null } : { dateStart: null, dateEnd: null };
    return readTokens({ text: input.text, sentence: input.sentence, published: input.published ?? null, ...dates, anchor: spanOf(tokens[i]!), anchorIsPredicate: true }, tokens);
  };
  const verbs = new Map<number, Factuality>();
  for (let i = 0; i < tokens.length; i++) {
    if (inAnchor(i)) continue;
    const t = tokens[i]!;
    // "by issuing an ultimatum", "accused of engaging": a gerund after a preposition is a verb.
    const gerund = /^\p{Ll}{3,}ing$/u.test(t.text) && i > 0 && FUNCTION_WORDS.has(tokens[i - 1]!.lower) && !DETERMINERS.has(tokens[i - 1]!.lower) && !isEventNoun(tokens, i);
    // "I want", "customers continue": a present verb right after a subject pronoun.
    const afterPronoun = i > 0 && SUBJECT_PRONOUNS.has(tokens[i - 1]!.lower) && /^\p{Ll}{2,}$/u.test(t.text) && !FUNCTION_WORDS.has(t.lower) && !CHAIN_ADVERBS.has(t.lower) && !/ly$/u.test(t.lower);
    // "will review and approve": a verb coordinated with a verb group.
    const coordinated = coordinatedVerb(tokens, i, 0) >= 0;
    if (!isPredicate(tokens, i) && !gerund && !afterPronoun && !coordinated) continue;
    // (A past form heads its own group: "that never happened were announced" is two.)
    const h = gerund || afterPronoun || coordinated || (isPastForm(t) && !isAuxiliary(t)) ? i : headOf(tokens, i, tokens.length);
    if (inAnchor(h) || verbs.has(h) || isAuxiliary(tokens[h]!) && h !== i) continue;
    if (isAuxiliary(tokens[h]!) && headOf(tokens, h, tokens.length) !== h) continue;
    verbs.set(h, readWord(h));
  }
  return verbs;
}

/** A noun event's status from its own words and its governor; null when nothing says it is other than the date says. */
function readNoun(tokens: Token[], i: number, verbsOf: () => Map<number, Factuality>): (Factuality & { fromVerb?: boolean }) | null {
  // (The sentence's verbs are read only when a rule needs them: reading each is a pass over the sentence.)
  let known: Map<number, Factuality> | undefined;
  const verbs = () => (known ??= verbsOf());
  const cue = (...ts: Token[]): Span[] => ts.map((t) => ({ start: t.start, end: t.end, text: t.text }));
  const start = nounPhraseStart(tokens, i);
  const before = tokens[start - 1];
  // "no talks", "without a vote".
  if (tokens[start]?.lower === 'no') return { status: 'denied', cues: cue(tokens[start]!) };
  if (before?.lower === 'without') return { status: 'denied', cues: cue(before) };
  // "no one-time gains or losses": a noun coordinated with a noun phrase opened by "no" shares it.
  if (before && (before.lower === 'or' || before.lower === 'nor' || before.lower === 'and') && start >= 2 && /^\p{L}/u.test(tokens[start - 2]!.text)) {
    const first = nounPhraseStart(tokens, start - 2);
    if (tokens[first]?.lower === 'no') return { status: 'denied', cues: cue(tokens[first]!) };
  }
  // "the planned attack", "a possible merger", "the proposed law".
  for (let k = start; k < i; k++) {
    // ("kept his party out pending meetings with Blair": "pending" opening the phrase is a preposition, "until".)
    if (k === start && tokens[k]!.lower === 'pending') continue;
    const status = governorOf(tokens[k]!.lower, NOUN_PREMODIFIERS);
    if (status) return { status, cues: cue(tokens[k]!) };
  }
  // "a memorial service planned for Saturday", "talks scheduled in May": a participle right after the noun
  // that premodifiers would name, before a preposition, is a reduced relative clause saying the same.
  const participle = tokens[i + 1];
  const status = participle && isPastForm(participle) && REDUCED_RELATIVE_NEXT.has(tokens[i + 2]?.lower ?? '') ? governorOf(participle.lower, NOUN_PREMODIFIERS) : null;
  if (participle && status) {
    // ("... planned at the University for Saturday was canceled": the clause's passive of cancelling, past the phrase, denies it.)
    for (let k = i + 3; k < Math.min(tokens.length, i + 14) && !isBoundary(tokens, k) && tokens[k]!.text !== ','; k++) {
      if (!verbs().has(k)) continue;
      const cancelled = CANCELLED.test(tokens[k]!.lower) && tokens[k]!.lower !== 'called' && BE.has(tokens[k - 1]?.lower ?? '');
      if (cancelled && verbs().get(k)!.status !== 'denied') return { status: 'denied', cues: cue(participle, tokens[k]!) };
      break;
    }
    return { status, cues: cue(participle) };
  }
  // "the attack, which did not occur", "talks that never happened", "the strike was called off".
  let j = i + 1;
  // ("the strike on Monday was called off", "the attack on the town never happened": past a prepositional phrase.)
  if (tokens[j] && FUNCTION_WORDS.has(tokens[j]!.lower) && !DETERMINERS.has(tokens[j]!.lower) && !BOUNDARY_WORDS.has(tokens[j]!.lower) && tokens[j]!.lower !== 'that') {
    let k = j + 1;
    while (k < Math.min(tokens.length, j + 7) && !verbs().has(k) && !isChainWord(tokens[k]!) && tokens[k]!.text !== ',' && !isBoundary(tokens, k) && /^[\p{L}\p{N}.']/u.test(tokens[k]!.text)) k++;
    if (k < tokens.length && (verbs().has(k) || isChainWord(tokens[k]!) || tokens[k]!.text === ',')) j = k;
  }
  if (tokens[j]?.text === ',') j++;
  if (tokens[j] && (tokens[j]!.lower === 'which' || tokens[j]!.lower === 'that')) j++;
  for (let k = j; k < Math.min(tokens.length, j + 5); k++) {
    const v = verbs().get(k);
    if (!v) {
      if (isChainWord(tokens[k]!)) continue;
      break;
    }
    const head = tokens[k]!;
    const negated = v.status === 'denied';
    // (Passive only: the subject of "dropped" or "cancelled" in the active is its agent, "sales dropped 11%".)
    const passive = tokens.slice(j, k).some((t) => BE.has(t.lower));
    if (passive && ((CANCELLED.test(head.lower) && head.lower !== 'called') || (head.lower === 'called' && tokens[k + 1]?.lower === 'off'))) {
      return negated ? { status: 'happened', cues: [] } : { status: 'denied', cues: cue(head) };
    }
    const takePlace = /^(?:take|takes|took|taken|taking)$/u.test(head.lower) ? tokens[k + 1]?.lower === 'place' : /^(?:go|goes|went|gone|going)$/u.test(head.lower) ? tokens[k + 1]?.lower === 'ahead' : /^(?:held|hold|holds)$/u.test(head.lower) ? isPastForm(head) && tokens.slice(j, k).some((t) => BE.has(t.lower)) : true;
    if (OCCURRENCE.test(head.lower) && takePlace && v.status !== 'happened') return v;
    // "the closing, which is expected in December", "the vote is scheduled for Friday": "be" and a participle
    // that puts its subject to come, as it does a date's statement ("is scheduled for Friday").
    const own = governorOf(head.lower, GOVERNORS);
    // (Its own reading decides when it has a cue of its own, not only the date after publication: "would be expected".)
    const plain = v.status === 'happened' || v.status === 'ongoing' || (v.cues.length === 1 && v.cues[0]!.start === head.start);
    if (own && HEAD_CUES.test(head.lower) && passive && tokens[k + 1]?.lower !== 'to' && v.status !== 'denied') return plain ? { status: own, cues: cue(head) } : v;
    break;
  }
  // "plans for talks", "the threat of a strike", "hopes of a ceasefire".
  if (before && (before.lower === 'of' || before.lower === 'for' || before.lower === 'on') && start >= 2) {
    const governor = tokens[start - 2]!;
    const status = governorOf(governor.lower, NOUN_GOVERNORS);
    if (status) {
      const gStart = nounPhraseStart(tokens, start - 2);
      if (tokens[gStart]?.lower === 'no') return { status: 'denied', cues: cue(tokens[gStart]!, governor) };
      return { status, cues: cue(governor) };
    }
  }
  // The noun object of a verb: "will hold talks" planned, "plans a merger", "called off the strike", "held talks" happened.
  let v = start - 1;
  if (before && OBJECT_PREPOSITIONS.has(before.lower) && !verbs().has(v)) v = start - 2;
  if (before?.lower === 'off' && tokens[start - 2]?.lower === 'called') return { status: 'denied', cues: cue(tokens[start - 2]!, before), fromVerb: true };
  const verb = verbs().get(v);
  if (v >= 0 && verb) {
    const head = tokens[v]!;
    const status = governorOf(head.lower, NOUN_OBJECT_GOVERNORS);
    if (status) {
      // (A verb read as planned only because its date is to come governs as itself: "expect a decline in 2020".)
      const cueTokens = tokens.filter((t) => t !== head && verb.cues.some((c) => c.start === t.start));
      const outer: Reading | null = cueTokens.length > 0 ? { status: verb.status, cues: cueTokens } : null;
      const combined = combineGoverned(status, head, outer);
      return { status: combined.status, cues: cue(...combined.cues), fromVerb: true };
    }
    if (verb.status !== 'happened') return { ...verb, fromVerb: true };
    return { status: 'happened', cues: [] };
  }
  return null;
}
