import type { Span } from '../types.ts';
import { isPastWord } from './read-factuality.ts';

/**
 * A headline's subject, when its own words do not say what it is about. A statement whose
 * subject is a pronoun ("It will fly in 2014"), a definite description that refers back ("The
 * company earned $17.3 million") or a noun that needs an owner ("Revenue was C$291.6 million",
 * "First flight is scheduled in early March") is named from the sentence before it (or the
 * article's title): that sentence's subject, when it is a name of a kind that fits (a person for
 * he/she, an organisation or a product for it and "the company", "the plane"; plural for they).
 * The name is the text's own words with its offsets; the headline shows it in brackets in place
 * of the pronoun or description ("[Xerox Corp.] earned $17.3 million"), or before a colon for a
 * noun that needs an owner ("Airbus A350: first flight is scheduled in early March").
 * Precision first: when the sentence before names another candidate of the same kind, or its
 * subject is no name, or the pronoun may be "it" of "it is unclear", the headline stays as it is.
 */

/** What a name is, from its own words and what the document says of it elsewhere. */
/** `plural`: names joined ("Ratners and Weisfield's"); `group`: people in the plural ("Traders", "Elian's relatives"). */
export type EntityKind = 'person' | 'org' | 'product' | 'plural' | 'group' | 'unknown';

export interface Entity {
  /** The name as the file has it: `text.slice(start, end) === name.text`. */
  name: Span;
  kind: EntityKind;
  /** Known only from "Mr."/"Mrs."/"Ms." before the name somewhere in the document. */
  gender?: 'male' | 'female';
}

/** The entities a sentence offers a reference in the next one: its subject, and the other names it holds. */
export interface SentenceEntities {
  subject: Entity | null;
  others: Entity[];
  /** The company the sentence is about: its subject, or its subject's owner ("Kellogg's profit"). */
  topic: Entity | null;
  /** A name opens the sentence, whether or not it was read as its subject. */
  named: boolean;
}

/** A subject that does not say what it is about, at `index` of a headline, `length` characters long. */
export interface SubjectGap {
  index: number;
  length: number;
  /** `replace`: the words give way to the name in brackets; `owner`: the name goes before a colon. */
  form: 'replace' | 'owner';
  /** What the name must be. */
  fits: (entity: Entity) => boolean;
  /** A pronoun refers to the sentence before only; a description or an owned noun to the article's topic. */
  pronoun: boolean;
}

/** What the document says of its names: once per document, in one pass over its text each. */
export interface DocumentNames {
  /** Last words of names written after a personal title ("Mr. Smith", "President Clinton"), with the gender the title tells. */
  persons: Map<string, 'male' | 'female' | null>;
  /** Names written with a company suffix somewhere ("Xerox Corp." makes "Xerox" a company). */
  orgs: Set<string>;
}

const ORG_SUFFIX = 'Inc|Corp|Co|Lines|Cos|Ltd|LLC|L\\.P|PLC|Plc|plc|AG|SA|NV|N\\.V|S\\.A|Group|Holdings|Industries|Airlines|Airways|Bank|Bancorp|Motors|Systems|Company|Corporation|Associates|Partners|Securities|Technologies|Communications|International|Enterprises|Laboratories|Pharmaceuticals|Electronics|Petroleum|Resources';
const ORG_NAME = new RegExp(`^(?:[\\p{Lu}][\\p{L}\\p{N}&'’.-]*\\s+)+?(?:${ORG_SUFFIX})\\.?$`, 'u');
const ORG_IN_TEXT = new RegExp(`((?:\\p{Lu}[\\p{L}\\p{N}&'’-]*\\s+){1,4})(?:${ORG_SUFFIX})\\b`, 'gu');
/** A name used as only a company is: "Airbus's shares", "Xerox's chief executive". */
const ORG_BY_USE = /((?:\p{Lu}[\p{L}\p{N}&-]*\.?\s+){0,3}\p{Lu}[\p{L}\p{N}&-]*)['’]s\s+(?:shares|stock|board|chairman|chief executive|president|profit|revenue|sales|earnings|net income|shareholders|subsidiary|unit)\b/gu;
const PERSON_TITLE = 'Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Col|Lt|Capt|Adm|Prof|Rev|President|Senator|Governor|Minister|Secretary|Chairman|Chairwoman|Judge|Justice|Mayor|Pope|King|Queen|Prince|Princess|Sheikh|Ayatollah';
const PERSON_IN_TEXT = new RegExp(`\\b(${PERSON_TITLE})\\.?\\s+((?:\\p{Lu}[\\p{L}'’-]*\\.?\\s+){0,3}\\p{Lu}[\\p{L}'’-]+)`, 'gu');
const SAID_HE = /(?<![\p{L}.])(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2})\s+(?:said|says|told|added|thinks|believes)\s+(he|she)\b/gu;
/**
 * What each of ORG_IN_TEXT, ORG_BY_USE and SAID_HE must find in a text to match at all: its
 * closing words, looked for alone. Those patterns try a match at every capital letter; a text
 * without their closing words (most texts, for the last two) is not scanned by them.
 */
const ORG_SUFFIX_CUE = new RegExp(`\\s(?:${ORG_SUFFIX})\\b`, 'u');
const ORG_USE_CUE = /['’]s\s+(?:shares|stock|board|chairman|chief executive|president|profit|revenue|sales|earnings|net income|shareholders|subsidiary|unit)\b/u;
const SAID_HE_CUE = /\s(?:said|says|told|added|thinks|believes)\s+(?:he|she)\b/u;
const PERSON_OPENING = new RegExp(`^(?:${PERSON_TITLE})\\.?\\s+\\p{Lu}`, 'u');
/** An age or a role after a name: "Manuel Gonzalez, 59,", "Alex Henderson, an analyst". */
const PERSON_APPOSITION = /^,\s*(?:\d{1,3},|(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}(?:spokesman|spokeswoman|analyst|official|executive|director|president|chairman|minister|lawyer|attorney|professor|researcher|leader|manager|officer|founder|engineer|pilot|doctor|resident|student|author|writer|reporter)\b)/u;
const CALENDAR_WORD = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Spring|Summer|Autumn|Fall|Winter|Fiscal|Flight|Page|Chapter|Article|Section|Room|No)\.?$/u;
const PLURAL_HEAD = /^\p{Ll}+(?:[^su]s|ies|men|people|police)$/u;

/** Abbreviations whose period belongs to a name ("Xerox Corp.", "Edgar Woolard Jr."); any other final period ends the sentence. */
const NAME_ABBREVIATION = /(?:^|\s)(?:Inc|Corp|Co|Cos|Ltd|Jr|Sr|Bros|L\.P|N\.V|S\.A|\p{Lu})\.$/u;

/** A name run without the sentence's own full stop ("for Mr. Nadir." → "Mr. Nadir"). */
function withoutFullStop(name: string): string {
  return name.endsWith('.') && !NAME_ABBREVIATION.test(name) ? name.slice(0, -1) : name;
}

function lastWord(name: string): string {
  return name.split(/\s+/u).pop()!.replace(/[.,]+$/u, '');
}

const ORG_SUFFIX_END = new RegExp(`\\s+(?:${ORG_SUFFIX})\\.?$`, 'u');

function baseName(name: string): string {
  return name.replace(ORG_SUFFIX_END, '').replace(/^The\s+/u, '');
}

export function readDocumentNames(text: string): DocumentNames {
  const persons = new Map<string, 'male' | 'female' | null>();
  for (const m of text.matchAll(PERSON_IN_TEXT)) {
    const title = m[1]!;
    const gender = title === 'Mr' ? 'male' : title === 'Mrs' || title === 'Ms' || title === 'Miss' ? 'female' : null;
    const key = lastWord(m[2]!);
    const known = persons.get(key);
    persons.set(key, known === undefined ? gender : known === gender ? known : null);
  }
  // "Gonzalez said he": a name a speaker's "he" or "she" follows.
  if (SAID_HE_CUE.test(text)) for (const m of text.matchAll(SAID_HE)) {
    const key = lastWord(m[1]!);
    const gender = m[2] === 'he' ? 'male' : 'female';
    const known = persons.get(key);
    persons.set(key, known === undefined || known === gender ? gender : null);
  }
  const orgs = new Set<string>();
  if (ORG_SUFFIX_CUE.test(text)) for (const m of text.matchAll(ORG_IN_TEXT)) orgs.add(m[1]!.trim());
  if (ORG_USE_CUE.test(text)) for (const m of text.matchAll(ORG_BY_USE)) orgs.add(baseName(m[1]!));
  return { persons, orgs };
}

/** A capitalised word of a name, a model number ("A350", "787") or a joining word inside one. */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}&'’-]*\.?|\p{N}[\p{N}\p{L}-]*)`;
const NAME = new RegExp(String.raw`^(?:The\s+(?=\p{Lu}))?${NAME_WORD}(?:\s+(?:(?:of|de|du|von|van|and|&)\s+)?${NAME_WORD}){0,5}`, 'u');
/** A name anywhere in a text, not inside a word (matchAll copies it, so one object serves every call). */
const NAME_IN_TEXT = new RegExp(`(?<![\\p{L}\\p{N}])${NAME.source.slice(1)}`, 'gu');
const AUXILIARY = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|did|does|do|said|says)$/u;
const PRESENT_VERB = /^(?:plans|expects|makes|wants|reports|announces|intends|operates|owns|employs|builds|produces|sells|faces|remains|holds|needs|hopes|agrees|denies|claims|seeks|becomes|gets|takes|gives|flies|launches|unveils|delivers|orders|buys|acquires|expels|condemns|visits|rejects|accepts|opens|closes|wins|loses|signs|adds|cuts|raises|files|posts|names|calls|warns|urges|asks|tells|vows|pledges|threatens|insists|confirms|reveals|says)$/u;
const ADVERB = /^(?:also|then|later|earlier|still|now|again|already|recently|yesterday|today|previously|first|last|further|once)$/u;

/** Is `word` (and the one after it) how a main verb opens: "said", "will", "earned", "plans"? */
function opensVerb(word: string, next: string): boolean {
  if (AUXILIARY.test(word) || isPastWord(word) || PRESENT_VERB.test(word)) return true;
  if (ADVERB.test(word) || /^\p{Ll}{3,}ly$/u.test(word)) return AUXILIARY.test(next) || isPastWord(next) || PRESENT_VERB.test(next);
  return false;
}

/** What opens a sentence before its subject: a dateline, a connective, a short phrase and its comma ("On Monday, "). */
const OPENING = /^(?:[\p{Lu}][\p{Lu}.'’ -]{1,40}(?:,\s*\p{Lu}[\p{L}.'’ -]{0,30})?\s*\([\p{L}\p{N} .&-]{1,30}\)\s*[-–—_:]+\s*)?(?:(?:Meanwhile|Moreover|However|Indeed|Also|In addition|Furthermore|Still|Thus|And|But|So),?\s+)?(?:(?:In|On|At|By|For|During|Since|Last|This|Earlier|Later|Separately|Yesterday|Today|As|After|Before|When|While|Although|Though|Despite|Under|With|Without|Like|Unlike|Following|Through|Over|Until|Within|Among|Amid|Because|Once|Now|Still|Instead|Overall)\b[^,;:"“”]{0,40},\s+)?/u;

function openingLength(text: string): number {
  return OPENING.exec(text)?.[0].length ?? 0;
}

function wordsAfter(text: string, from: number): [string, string] {
  const words = text.slice(from).trimStart().split(/\s+/u, 2).map((w) => w.replace(/[^\p{L}'’-]/gu, ''));
  return [words[0] ?? '', words[1] ?? ''];
}

/** The kind of a name, from its words and from what the document says of it. */
export function kindOf(name: string, rest: string, names: DocumentNames): { kind: EntityKind; gender?: 'male' | 'female' } {
  if (/['’]s?$/u.test(name)) return { kind: 'unknown' };
  const words = name.split(/\s+/u);
  const title = PERSON_OPENING.exec(name) ? /^(Mr|Mrs|Ms|Miss)\b/u.exec(name)?.[1] : undefined;
  const listed = names.persons.get(lastWord(name));
  if (PERSON_OPENING.test(name) || listed !== undefined || (words.length >= 2 && PERSON_APPOSITION.test(rest)) || /^,\s*\d{1,3},/u.test(rest)) {
    const gender = title === 'Mr' ? 'male' : title ? 'female' : listed ?? undefined;
    return gender ? { kind: 'person', gender } : { kind: 'person' };
  }
  if (ORG_NAME.test(name) || names.orgs.has(baseName(name)) || /^\p{Lu}{2,6}$/u.test(name)) return { kind: 'org' };
  // A maker's name and a model number: "Airbus A350", "Boeing 787 Dreamliner"; never a date ("March 2014").
  if (!CALENDAR_WORD.test(words[0]!) && words.length >= 2 && words.length <= 4 && /^\p{Lu}\p{L}+$/u.test(words[0]!) && words.slice(1).some((w) => /^\p{Lu}?-?\p{N}{2,}[\p{L}\p{N}-]*$/u.test(w))) return { kind: 'product' };
  if (/\s(?:and|&)\s/u.test(name)) return { kind: 'plural' };
  return { kind: 'unknown' };
}

/** Common nouns for people in the plural that open a sentence capitalised: "Traders said", "Officials say". */
const PEOPLE_PLURAL = /^(?:officials|analysts|traders|dealers|investors|residents|witnesses|doctors|researchers|scientists|workers|rebels|soldiers|troops|protesters|authorities|prosecutors|investigators|lawmakers|legislators|executives|economists|experts|diplomats|relatives|police|americans|voters|students|parents|employees|lawyers|officers|firefighters|rescuers|demonstrators|leaders|ministers|members|fans|passengers|pilots)$/u;

/** A capitalised word that opens a noun phrase and names nothing. */
const DETERMINER = /^(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|My|Your|Some|Many|Most|All|Both|Each|Every|Other|Such|No|Any|One|Two|Three|Several|Last|Next|First)$/u;

function entityAt(text: string, sentence: Span, from: number, to: number, kind: EntityKind, gender?: 'male' | 'female'): Entity {
  const name = { start: sentence.start + from, end: sentence.start + to, text: text.slice(sentence.start + from, sentence.start + to) };
  return gender ? { name, kind, gender } : { name, kind };
}

/** Where the verb after a subject ending at `end` starts, past up to three insertions between commas ("Kopp, 44, of St. Albans, Vt., became"); -1 when none follows. */
function verbAfter(body: string, end: number): number {
  let at = end;
  for (let i = 0; i < 4; i++) {
    const [word, next] = wordsAfter(body, at);
    if (/^\s/u.test(body.slice(at)) && opensVerb(word, next)) return at;
    // The first insertion opens with a comma; what follows it up to the next comma goes with it.
    const insertion = (i === 0 ? /^,\s*[^,;:"“”]{1,80},/u : /^,?\s*[^,;:"“”]{1,80},/u).exec(body.slice(at));
    if (!insertion) return -1;
    at += insertion[0].length;
  }
  return -1;
}

/**
 * The subject of a sentence when it is a name followed by its verb (or people in the plural,
 * "Traders said", "Elian's relatives in Miami have"), the company it is about (its subject, or
 * the owner of its subject: "Kellogg's profit fell", "Delta Air Lines earnings soared"), and
 * the other names in the sentence; `sentence` is a span of `text`.
 */
export function readSentenceEntities(text: string, sentence: Span, names: DocumentNames): SentenceEntities {
  const body = sentence.text;
  const opening = openingLength(body);
  // A longer subordinate clause before the subject: "As opposition to his tactics mounted, Diem sought ...".
  const clause = opening === 0 ? /^(?:As|When|While|After|Before|Although|Though|Because|If|Since|Once|Until|Despite|Whereas)\s[^,;:"“”]{2,100},\s+(?=\p{Lu})/u.exec(body) : null;
  const from = clause ? clause[0].length : opening;
  const others: Entity[] = [];
  let subject: Entity | null = null;
  let topic: Entity | null = null;
  const run = NAME.exec(body.slice(from));
  const head = run && !DETERMINER.test(run[0]) ? withoutFullStop(run[0]) : null;
  if (head) {
    // "Kellogg's", "Kellogg Co.'s": a possessive ends the name's run or follows it.
    const tail = /^['’]s?(?=\s)/u.exec(body.slice(from + head.length))?.[0] ?? '';
    const end = from + head.length + tail.length;
    const possessive = /^(.+?)['’]s?$/u.exec(head + tail);
    // "Kellogg's third-quarter profit fell", "Delta Air Lines earnings soared": the subject's owner.
    const owned = /^\s+(?:[\p{Ll}\p{N}-]+\s+){0,3}?(\p{Ll}+)(?![\p{L}\p{N}-])(?:\s+(?:in|of|at|for|from)\s+(?:[\p{L}\p{N}.,'’-]+\s+){0,4}?[\p{L}\p{N}.'’-]+)?(?=\s+\p{Ll})/u.exec(body.slice(end));
    const verbAt = verbAfter(body, end);
    if (verbAt >= 0 && !possessive) {
      const { kind, gender } = kindOf(head, body.slice(end), names);
      const plural = kind === 'unknown' && !head.includes(' ') && PEOPLE_PLURAL.test(head.toLowerCase());
      subject = entityAt(text, sentence, from, end, plural ? 'group' : kind, gender);
      if (kind === 'org') topic = subject;
    } else if (owned && verbAfter(body, end + owned[0].length) >= 0) {
      const noun = owned[1]!;
      const ownerEnd = possessive ? from + possessive[1]!.length : end;
      const owner = kindOf(text.slice(sentence.start + from, sentence.start + ownerEnd), '', names);
      const isOwnedNoun = OWNED_NOUN.test(noun);
      if (owner.kind === 'org' && (possessive || isOwnedNoun)) topic = entityAt(text, sentence, from, ownerEnd, 'org');
      if (possessive && PEOPLE_PLURAL.test(noun)) subject = entityAt(text, sentence, from, end + owned[0].trimEnd().length, 'group');
    }
  } else {
    // People in the plural: "The rebels said", "Two workers were".
    const plural = /^(?:(?:The|Two|Three|Four|Five|Some|Many|Both|Several)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Ll}+)(?=\s)/u.exec(body.slice(from));
    if (plural && PEOPLE_PLURAL.test(plural[1]!)) {
      const end = from + plural[0].length;
      if (verbAfter(body, end) >= 0) subject = entityAt(text, sentence, from, end, 'group');
    }
  }
  // The other names: capitalised runs after the subject, each classified the same way.
  const after = subject ? subject.name.end - sentence.start : from;
  for (const m of body.slice(after).matchAll(NAME_IN_TEXT)) {
    const at = after + m.index;
    const words = withoutFullStop(m[0]);
    const { kind, gender } = kindOf(words, body.slice(at + words.length), names);
    if (kind === 'unknown' || kind === 'plural') continue;
    others.push(entityAt(text, sentence, at, at + words.length, kind, gender));
  }
  return { subject, others, topic, named: head !== null };
}

const ORG_NOUNS = 'company|firm|concern|corporation|conglomerate|manufacturer|maker|planemaker|automaker|carmaker|retailer|insurer|publisher|airline|carrier';
const PRODUCT_NOUNS = 'plane|aircraft|jet|airliner|jetliner|airplane|aeroplane|helicopter|rocket|spacecraft|satellite|model';
/**
 * "The company", "The truck maker", "The St. Louis company", "The New York-based company": a
 * definite description whose head is a company's or a product's noun, a few words or a place
 * between.
 */
const DESCRIPTION = new RegExp(`^[Tt]he\\s+(?:(?:[\\p{L}\\p{N}.-]+,?\\s+){0,4}?)(${ORG_NOUNS}|${PRODUCT_NOUNS})(?=\\s+\\p{Ll})`, 'u');
/** Nouns whose meaning needs an owner: whose revenue, whose first flight? */
const OWNED_NOUNS = 'revenue|revenues|sales|profit|profits|earnings|income|net|shipments|output|deliveries|delivery|flight|production|launch';
const OWNED = new RegExp(`^(?:(?:First|Net|Operating|Total|Annual|Quarterly|Pretax|Pre-tax)\\s+)?(?:(?:first|net|operating|total|annual|pretax|pre-tax|third-quarter|second-quarter|fourth-quarter|first-quarter|full-year)\\s+)?(?:${OWNED_NOUNS})\\b`, 'iu');
/** A noun an owner's name goes with ("Kellogg's shares"), and a product's noun: made once, not per sentence. */
const OWNED_NOUN = new RegExp(`^(?:${OWNED_NOUNS}|shares|stock|stake|results)$`, 'u');
const PRODUCT_NOUN = new RegExp(`^(?:${PRODUCT_NOUNS})$`, 'u');
/** A phrase of time after a noun that needs an owner ("Sales in the latest quarter were"); an owner's phrase ("of", "at", "for GM") ends the match. */
const TIME_PHRASE = /^(?:\s+(?:in|for|during)\s+(?:the\s+|this\s+|last\s+|its\s+)?(?:[\p{Ll}\p{N}-]+\s+){0,3}(?:quarter|period|year|months|half|month|week))?/u;
/** "It is unclear", "it was the first time", "it took three days": an "it" that stands for nothing. */
const EMPTY_IT = /^It(?:['’]s|\s+(?:is|was|will\s+be|would\s+be|has\s+been|had\s+been|may\s+be|could\s+be|seems|seemed|appears|appeared|remains|remained|takes|took|means|meant|matters|happened|became|becomes|rained|snowed|costs|cost|makes\s+sense))\b/u;
const PASSIVE_IT = /^It\s+(?:is|was|will\s+be|would\s+be|has\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}ed|due|set)\s+to\s/u;

const isPerson = (gender: 'male' | 'female') => (e: Entity) => e.kind === 'person' && (e.gender === undefined || e.gender === gender);
const isThing = (e: Entity) => e.kind === 'org' || e.kind === 'product';
const isOrg = (e: Entity) => e.kind === 'org';
const isProduct = (e: Entity) => e.kind === 'product';
const isPlural = (e: Entity) => e.kind === 'plural' || e.kind === 'group';
const isCompanies = (e: Entity) => e.kind === 'plural';

/** Where a headline's subject fails to say what it is about, or null when it says it (or may). */
export function findSubjectGap(headline: string): SubjectGap | null {
  let index = openingLength(headline);
  // A phrase before the subject that OPENING does not list: "As expected, it ...", "In the year-earlier period, the company ...".
  const fronted = /^[^,;:"“”]{2,50},\s+(?=(?:it|he|she|they|the)\s)/u.exec(headline.slice(index));
  if (fronted) index += fronted[0].length;
  const text = headline.slice(index);
  const pronoun = /^(It|He|She|They)\s+(?=\p{Ll})/iu.exec(text);
  if (pronoun) {
    const [word, next] = wordsAfter(text, pronoun[0].length);
    if (!opensVerb(word, next)) return null;
    // "..., he added, they can expect": a reporting clause inside the sentence is not its subject.
    if (fronted && /^\p{L}+\s+\p{Ll}+,/u.test(text)) return null;
    const p = pronoun[1]!.charAt(0).toUpperCase() + pronoun[1]!.slice(1).toLowerCase();
    if (p === 'It' && EMPTY_IT.test(`It${text.slice(2)}`) && !PASSIVE_IT.test(`It${text.slice(2)}`)) return null;
    const fits = p === 'It' ? isThing : p === 'He' ? isPerson('male') : p === 'She' ? isPerson('female') : isPlural;
    return { index, length: p.length, form: 'replace', fits, pronoun: true };
  }
  const description = DESCRIPTION.exec(text);
  if (description) {
    const [word, next] = wordsAfter(text, description[0].length);
    if (!opensVerb(word, next)) return null;
    const fits = PRODUCT_NOUN.test(description[1]!) ? isProduct : isOrg;
    return { index, length: description[0].length, form: 'replace', fits, pronoun: false };
  }
  const companies = /^[Tt]he\s+(?:two\s+)?(?:companies|firms|concerns|carriers|airlines|banks)(?=\s+\p{Ll})/u.exec(text);
  if (companies) {
    const [word, next] = wordsAfter(text, companies[0].length);
    if (opensVerb(word, next)) return { index, length: companies[0].length, form: 'replace', fits: isCompanies, pronoun: false };
  }
  const owned = index === 0 ? OWNED.exec(text) : null;
  if (owned) {
    const end = owned[0].length + (TIME_PHRASE.exec(text.slice(owned[0].length))?.[0].length ?? 0);
    const [word, next] = wordsAfter(text, end);
    if (!/^\s/u.test(text.slice(end)) || !opensVerb(word, next) || /^(?:of|at|for|from)$/u.test(word)) return null;
    // "First of America": a name, not a noun that needs an owner.
    if (/^\p{Lu}\S*\s+\p{Lu}/u.test(text)) return null;
    return { index, length: 0, form: 'owner', fits: isOrg, pronoun: false };
  }
  return null;
}

/**
 * The entity a gap refers to in the sentence before: its subject when it fits and no other name
 * of the sentence fits as well; for he/she, else the one person of the sentence whose title
 * agrees; for a description or an owned noun, else `topic`, the company the article last named
 * as a subject when no other company was named since. Else null.
 */
export function resolveGap(gap: SubjectGap, before: SentenceEntities | null, topic: Entity | null = null): Entity | null {
  const subject = before?.subject ?? null;
  const rivals = (entity: Entity) => (before?.others ?? []).some((other) => gap.fits(other) && other.name.text !== entity.name.text);
  if (subject && gap.fits(subject)) return rivals(subject) ? null : subject;
  // A name opens the sentence but its role is unclear ("Villa with his army joined ..."): the name may be whom "he" means.
  if (gap.pronoun && !before?.named) {
    const persons = (before?.others ?? []).filter((other) => other.kind === 'person' && gap.fits(other));
    const only = persons[0];
    return only && persons.every((p) => p.name.text === only.name.text) ? only : null;
  }
  if (topic && gap.fits(topic) && !rivals(topic) && !(subject && subject.kind !== 'unknown')) return topic;
  return null;
}

/** The headline with the entity named: "[Xerox Corp.] earned ...", "Airbus A350: first flight ...". */
export function nameInHeadline(headline: string, gap: SubjectGap, entity: Entity): string {
  const name = entity.name.text.replace(/\s+/gu, ' ');
  const before = headline.slice(0, gap.index);
  const rest = headline.slice(gap.index + gap.length);
  if (gap.form === 'replace') return `${before}[${name}]${rest}`;
  if (before) return headline;
  return `${name}: ${rest.charAt(0).toLowerCase()}${rest.slice(1)}`;
}

/**
 * The company an article is about, after a sentence: the one it names as its subject or its
 * subject's owner, else the one before; none once another company or product is named, or once
 * a subject that may refer to another thing ("It", "The unit") could not be named.
 */
function nextTopic(topic: Entity | null, sentence: SentenceEntities, unresolved: boolean): Entity | null {
  if (unresolved) return null;
  const current = sentence.topic ?? topic;
  if (!current) return null;
  const named = [sentence.subject, ...sentence.others].some((e) => e && (e.kind === 'org' || e.kind === 'product') && e.name.text !== current.name.text);
  return named ? null : current;
}

export interface SubjectReader {
  /** The entity a sentence's subject refers back to (null when it names its own, or when unsure); sentences are read in order. */
  read(sentence: Span): Entity | null;
  /** Forgets what was read: an embedded post starts afresh. */
  forget(): void;
}

/** Reads an article's sentences in order, each against the one before it (the title's subject for the first) and the company it is about. */
export function subjectReader(text: string, title: Span | null): SubjectReader {
  const names = readDocumentNames(text);
  let before: SentenceEntities | null = title ? readSentenceEntities(text, title, names) : null;
  let topic: Entity | null = before?.topic ?? null;
  return {
    read(sentence) {
      const gap = findSubjectGap(sentence.text);
      const referent = gap ? resolveGap(gap, before, topic) : null;
      const own = readSentenceEntities(text, sentence, names);
      before = referent ? { ...own, subject: referent, topic: referent.kind === 'org' ? referent : own.topic } : own;
      topic = nextTopic(topic, before, gap !== null && referent === null);
      return referent;
    },
    forget() {
      before = null;
      topic = null;
    },
  };
}
