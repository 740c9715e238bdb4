import { ENGLISH_STOPWORDS } from '../clean/english-stopwords.ts';

/**
 * Who asserts a statement, and how firmly. Reported speech in news follows a few patterns:
 * "according to X", "X said/told/stated ...", "..., said X"; an embedded post is asserted by
 * its account; everything else by the article's author or publisher.
 */

const SPEECH_VERBS =
  'said|says|say|told|tells|stated|states|explained|explains|added|adds|confirmed|confirms|claimed|claims|reported|reports|revealed|reveals|announced|announces|noted|notes|pointed out|points out|indicated|indicates|stressed|stresses|mentioned|mentions|continued|warned|warns|accused|accuses|denied|denies|argued|argues|insisted|insists|acknowledged|acknowledges|alleged|alleges|wrote|writes|tweeted|suggested|suggests|criticized|criticised|renewed';
/** Forms that are as often nouns ("presented claims", "secret reports", "member states", "senior notes"): verbs of saying only before "that", a quote or a comma. */
const NOUN_LIKE_SPEECH = 'claims|reports|states|notes|stresses|mentions|points out';
const PLAIN_SPEECH = SPEECH_VERBS.split('|').filter((v) => !NOUN_LIKE_SPEECH.split('|').includes(v)).join('|');
const SPEECH = new RegExp(`^(.*?)\\s+(?:has\\s+|had\\s+|have\\s+)?(?:\\p{Ll}+ly\\s+)?(?:(?:${PLAIN_SPEECH})\\b|(?:${NOUN_LIKE_SPEECH})(?=\\s*(?:that\\b|[,"“”:]|\`\`)))`, 'u');
const INVERTED = /[,”"]\s*(?:said|says|told|added|wrote)\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})/u;
const ACCORDING_TO = /\baccording to\s+([^,.;:]{2,80})/iu;
const PRONOUN = /^(?:he|she|they|it|we|i|you|this|that|these|those|who)$/iu;
/** "it was revealed", "it's claimed", "they were told": a passive names no speaker. */
const PASSIVE_SUBJECT = /(?:^|\s)(?:is|are|was|were|be|been|being)$|^(?:it|there)(?:['’]s)?$/iu;
const LEADING_JUNK = /^(?:(?:and|but|also|meanwhile|moreover|however|then|so|yet|indeed|while|whilst|as|in addition|although|though|because|since|when|whereas|if|even|now|after|before|where)\b[\s,]*)+/iu;
/** Words that cannot open a noun phrase naming a speaker ("According to having", "by which"). */
const NOT_NP_START = new Set(
  'having being saying according to of in on at by for from with without into about after before since until during than that which what whose whom where when why how whether if because although though while as and or but nor so yet not no never also just only even very more most less least there here then thus hence however meanwhile moreover is are was were be been has have had do does did will would can could may might must shall should'.split(' '),
);
/** Words that a speaker's noun phrase cannot end with (a title cut off at its period: "Mr", "U"). */
const NOT_NP_END = new Set(
  'the a an of to in on at by for from with amid among about against into onto over under after before during since until and or but that which who this these those its his her their our my your mr mrs ms dr u st other another'.split(' '),
);
/** Words of time that are no speaker's name: "earlier this month". */
const TIME_WORDS = new Set(
  'today yesterday tomorrow tonight earlier later last next this week weeks month months year years day days morning afternoon evening night monday tuesday wednesday thursday friday saturday sunday weekend'.split(' '),
);
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
/** "Last week Control Data", "Later yesterday the auto makers": a time adverbial before the subject. */
const LEADING_TIME = new RegExp(`^(?:(?:(?:later|earlier|also|then|last|this|next|on)\\s+)*(?:${WEEKDAY}|yesterday|today|tonight|week|month|year|night|morning|evening)|later|earlier)\\b[\\s,]*`, 'iu');
/** "President Bush on Tuesday", "Mr. Fournier also", "the auto maker then": adverbials after it. */
const TRAILING_ADVERBIAL = new RegExp(`\\s+(?:also|then|too|again|first|later|further|yesterday|today|tonight|earlier|${WEEKDAY}|(?:on|last|this|late|early)\\s+(?:${WEEKDAY}|week|month|year|night|morning|evening))$`, 'iu');
/** Abbreviations whose period belongs to a name ("Savin Corp.", "Edgar Woolard Jr."); any other final period ends the sentence. */
const NAME_ABBREVIATIONS = new Set('inc corp co ltd jr sr bros plc cie assn dept gov gen col sen rep st mr mrs ms dr no'.split(' '));
/** "It's no secret that she's": a clause, not a name. */
const CONTRACTED_CLAUSE = /^(?:it|that|there|she|he|they|we|i|you|what|who)['’](?:s|re|ve|ll|d|m)$/u;
/** Nouns that name a group without a determiner or a plural ending: "police said". */
const COLLECTIVE_NOUNS = new Set('police parliament congress staff management government military media security intelligence counsel clergy'.split(' '));
/** Pronouns stand for a speaker named before (resolved by the caller). */
const SPEAKER_PRONOUNS = new Set('he she they it we i you who'.split(' '));
const MAX_SUBJECT_WORDS = 9;

export interface Attribution {
  /** The speaker named in the statement, or null when the statement does not report speech. */
  speaker: string | null;
  /** True when the speaker is a pronoun that the caller must resolve ("he said"). */
  pronoun: boolean;
}

/**
 * The noun phrase that names a speaker, or null when the words are not one: it opens with a
 * determiner, a name or a noun (never "having", "although", a preposition or an auxiliary),
 * holds a word that is neither a function word, a gerund nor an adverb, and ends with no
 * function word. Leading connectives ("although industry experts") are taken off first.
 */
export function speakerPhrase(raw: string): string | null {
  let phrase = raw.trim();
  // The rest of a dateline or a parenthesis that opened before: "AP)_ The organization", "FBI) Louis Freeh".
  const unopened = /^[^(]*\)[\s_–—-]*/u.exec(phrase);
  if (unopened) phrase = phrase.slice(unopened[0].length);
  // "000 employees that Unisys": the speaker is the subject of the relative clause.
  const relative = /\s(?:that|which|whom)\s+(?=\S)/iu.exec(phrase);
  if (relative) phrase = phrase.slice(relative.index + relative[0].length);
  let previous = '';
  while (previous !== phrase) {
    previous = phrase;
    phrase = phrase.replace(LEADING_JUNK, '').replace(LEADING_TIME, '').replace(TRAILING_ADVERBIAL, '').replace(/^[\s"“”'‘’(]+|[\s"“”'‘’),]+$/gu, '').trim();
  }
  // "said Bethlehem Chairman Walter F. Williams.": the sentence's own period is no part of the name.
  const final = /\s?(\p{L}+)\.$/u.exec(phrase);
  if (final && /\p{Ll}/u.test(final[1]!) && !NAME_ABBREVIATIONS.has(final[1]!.toLowerCase())) phrase = phrase.slice(0, -1);
  const words = phrase.split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > MAX_SUBJECT_WORDS) return null;
  // "He also rejected": a pronoun followed by more words is a clause, not a name.
  if (words.length > 1 && SPEAKER_PRONOUNS.has(words[0]!.toLowerCase())) return null;
  const lower = words.map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}@#_'’-]/gu, ''));
  if (words.length === 1 && SPEAKER_PRONOUNS.has(lower[0]!)) return phrase;
  if ((NOT_NP_START.has(lower[0]!) && !/^\p{Lu}{2,}$/u.test(words[0]!)) || /^\p{Ll}+ing$/u.test(words[0]!) || /^[\p{N}$€£]/u.test(words[0]!)) return null;
  if (lower.some((w) => CONTRACTED_CLAUSE.test(w))) return null;
  // "secret", "presented", "area": one lowercase singular word is no noun phrase (it needs a determiner);
  // plurals ("officials", "analysts") and collective nouns ("police") are.
  if (words.length === 1 && /^\p{Ll}/u.test(words[0]!) && !/[^s]s$/u.test(lower[0]!) && !COLLECTIVE_NOUNS.has(lower[0]!)) return null;
  if (NOT_NP_END.has(lower[lower.length - 1]!)) return null;
  const contentful = words.some((w, i) => {
    const l = lower[i]!;
    return /[\p{L}\p{N}]/u.test(l) && !ENGLISH_STOPWORDS.has(l) && !(/^\p{Ll}+(?:ing|ly)$/u.test(w)) && !NOT_NP_START.has(l) && !TIME_WORDS.has(l);
  });
  return contentful ? phrase : null;
}

function cleanSubject(raw: string): string | null {
  // The subject is the last clause before the verb: after a comma, a colon or an opening quote.
  const parts = raw.split(/([,;:“”"(]|``|'')/u);
  const clause = parts.pop() ?? raw;
  // "The Rockford, Ill., maker of fasteners", "the authorities in the Buffalo, N.Y., area": a bare
  // noun after a comma whose phrase opened with a determiner before a place is one noun phrase,
  // when the whole reads as one.
  const placeBefore = parts.length >= 2 && parts[parts.length - 1] === ',' && /(?:^|\s)the\s+\p{Lu}[\p{L}.'’-]*\s*$/iu.test(parts[parts.length - 2]!);
  if ((/^\s*\p{Ll}/u.test(clause) || placeBefore) && !/^\s*(?:the|a|an|its|his|her|their|our)\s/iu.test(clause)) {
    let k = parts.length;
    let joined = clause;
    while (k >= 2 && parts[k - 1] === ',' && joined.length < 120) {
      const segment = parts[k - 2]!;
      joined = `${segment},${joined}`;
      k -= 2;
      if (/^\s*(?:the|a|an)\s/iu.test(segment) || /\bthe\s+\p{Lu}/u.test(segment)) {
        const whole = subjectOf(joined);
        if (whole) return whole;
        break;
      }
    }
  }
  return subjectOf(clause);
}

function subjectOf(clause: string): string | null {
  let subject = clause.replace(LEADING_JUNK, '').trim();
  subject = subject.replace(/^(?:that|which)\s+/iu, '').trim();
  const words = subject.split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > MAX_SUBJECT_WORDS) return null;
  // A subject is a noun phrase: one with an auxiliary or a dateline in it is a clause gone wrong.
  // ("It was not immediately known if the arrest": only a passive "it was" / "there were" may end in an auxiliary.)
  if (/\b(?:had|has|have|was|were|is|are|been|would|will)\b/iu.test(subject) && !(/^(?:it|there)\b/iu.test(subject) && PASSIVE_SUBJECT.test(subject))) return null;
  if (/^(?:it|there)(?:['’]s)?$/iu.test(subject) || PASSIVE_SUBJECT.test(subject)) return subject;
  return speakerPhrase(subject);
}

/** The speaker a sentence reports, if it reports one. */
export function findSpeaker(sentence: string): Attribution {
  const according = ACCORDING_TO.exec(sentence);
  // "according to officials who spoke on Monday": the phrase ends before a relative clause or a date.
  const source = according ? speakerPhrase(according[1]!.split(/\s+(?:who|which|that|on|at|last|this|yesterday|today|earlier|when|as)\s/iu)[0]!) : null;
  if (source) return { speaker: source, pronoun: false };
  const speech = SPEECH.exec(sentence);
  if (speech) {
    const subject = cleanSubject(speech[1]!);
    if (subject && PASSIVE_SUBJECT.test(subject)) return { speaker: null, pronoun: false };
    if (subject) return { speaker: subject, pronoun: PRONOUN.test(subject) };
  }
  const inverted = INVERTED.exec(sentence);
  const named = inverted ? speakerPhrase(inverted[1]!) : null;
  if (named) return { speaker: named, pronoun: false };
  return { speaker: null, pronoun: false };
}

/** The voice of an article's own statements: its author, else its publisher, else the site its URL names, else the article by its title. */
export function articleVoice(document: { author: string | null; publisher: string | null; url: string | null; title: string }): string {
  if (document.author) return document.author;
  if (document.publisher) return document.publisher;
  const host = document.url ? /^[a-z]+:\/\/(?:www\.)?([^/:?#]+)/iu.exec(document.url)?.[1] : undefined;
  if (host) return host;
  const title = document.title.replace(/\s+/gu, ' ').trim();
  return `the article “${title.length > 80 ? `${title.slice(0, 80).replace(/\s+\S*$/u, '')} …` : title}”`;
}

/** Words that say the writer does not vouch for a statement. */
const HEDGES =
  /\b(allegedly|alleged|reportedly|purportedly|apparently|it appears|appears to|appeared to|seems to|seemed to|it is claimed|it[’']s claimed|claims?|claimed|might|possibly|likely|suspected|rumou?red|unconfirmed|unverified|said to be|believed to)\b/iu;
/** The modal "may", in lower case only: "May" is a month. */
const MODAL_MAY = /\b(may)\b/u;

/** The first hedging cue of a statement, or null. */
export function findHedge(sentence: string): string | null {
  const matches = [HEDGES.exec(sentence), MODAL_MAY.exec(sentence)].filter((m): m is RegExpExecArray => m !== null);
  if (matches.length === 0) return null;
  return matches.reduce((a, b) => (b.index < a.index ? b : a))[1]!;
}
