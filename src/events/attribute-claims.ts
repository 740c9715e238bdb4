/**
 * Who asserts a statement, and how firmly. Reported speech in news follows a few patterns:
 * "according to X", "X said/told/stated ...", "..., said X"; an embedded post is asserted by
 * its account; everything else by the article's author or publisher.
 */

const SPEECH_VERBS =
  'said|says|say|told|tells|stated|states|explained|explains|added|adds|confirmed|confirms|claimed|claims|reported|reports|revealed|reveals|announced|announces|noted|notes|pointed out|points out|indicated|indicates|stressed|stresses|mentioned|mentions|continued|warned|warns|accused|accuses|denied|denies|argued|argues|insisted|insists|acknowledged|acknowledges|alleged|alleges|wrote|writes|tweeted|suggested|suggests|criticized|criticised|renewed';
const SPEECH = new RegExp(`^(.*?)\\s+(?:has\\s+|had\\s+|have\\s+)?(?:\\p{Ll}+ly\\s+)?(?:${SPEECH_VERBS})\\b`, 'u');
const INVERTED = /[,”"]\s*(?:said|says|told|added|wrote)\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})/u;
const ACCORDING_TO = /\baccording to\s+([^,.;:]{2,80})/iu;
const PRONOUN = /^(?:he|she|they|it|we|i|you|this|that|these|those|who)$/iu;
/** "it was revealed", "it's claimed", "they were told": a passive names no speaker. */
const PASSIVE_SUBJECT = /(?:^|\s)(?:is|are|was|were|be|been|being)$|^(?:it|there)(?:['’]s)?$/iu;
const LEADING_JUNK = /^(?:and|but|also|meanwhile|moreover|however|then|so|yet|indeed|while|as|in addition)\b[\s,]*/iu;
const MAX_SUBJECT_WORDS = 9;

export interface Attribution {
  /** The speaker named in the statement, or null when the statement does not report speech. */
  speaker: string | null;
  /** True when the speaker is a pronoun that the caller must resolve ("he said"). */
  pronoun: boolean;
}

function cleanSubject(raw: string): string | null {
  // The subject is the last clause before the verb: after a comma, a colon or an opening quote.
  const clause = raw.split(/[,;:“”"(]|``|''/u).pop() ?? raw;
  let subject = clause.replace(LEADING_JUNK, '').trim();
  subject = subject.replace(/^(?:that|which)\s+/iu, '').trim();
  const words = subject.split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > MAX_SUBJECT_WORDS) return null;
  // A subject is a noun phrase: one with an auxiliary or a dateline in it is a clause gone wrong.
  if (/\b(?:had|has|have|was|were|is|are|been|would|will)\b/iu.test(subject) && !/^(?:it|there)\b/iu.test(subject)) return null;
  return subject;
}

/** The speaker a sentence reports, if it reports one. */
export function findSpeaker(sentence: string): Attribution {
  const according = ACCORDING_TO.exec(sentence);
  if (according) return { speaker: according[1]!.trim(), pronoun: false };
  const speech = SPEECH.exec(sentence);
  if (speech) {
    const subject = cleanSubject(speech[1]!);
    if (subject && PASSIVE_SUBJECT.test(subject)) return { speaker: null, pronoun: false };
    if (subject) return { speaker: subject, pronoun: PRONOUN.test(subject) };
  }
  const inverted = INVERTED.exec(sentence);
  if (inverted) return { speaker: inverted[1]!.trim(), pronoun: false };
  return { speaker: null, pronoun: false };
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
