import { isPastWord } from './read-factuality.ts';

/**
 * A headline a reader can scan: the statement's own words, made shorter than HEADLINE_LENGTH by
 * leaving out what only adds detail, in this order, until it fits:
 * 1. parentheses ("17 kilometers (10 miles)"), then a short phrase before the subject
 *    ("In 45 states, ", "Separately, ");
 * 2. insertions between commas that describe what stands before them: relative clauses
 *    (", which is in bankruptcy,"), appositions (", an analyst at Prudential-Bache,"), amounts
 *    restated (", or 28 cents a share,"), participles (", founded in 1950,");
 * 3. a closing clause after a comma that only adds to the main one (", seeking to ...",
 *    ", which ...", ", while ...", ", according to ...");
 * 4. when it still does not fit, the text up to a clause boundary or a word, and " …".
 * The whole statement stays in the event (its source's `statement`); this is only its title.
 */
export const HEADLINE_LENGTH = 90;

/** How an insertion between commas opens when it only describes what stands before it. */
const INSERTION_OPENING = /^(?:which|who|whose|whom|where|a|an|the|or|also|once|formerly|now|both|each|itself|themselves|\p{N}[\p{N},.]*|\p{Ll}+(?:ed|en|ing))\b/u;
/** How a closing clause opens when the clause before it says the main thing. */
const CLOSING_OPENING = /^(?:which|who|whose|where|while|whereas|as|after|before|because|although|though|including|according|in addition|prompting|making|leaving|bringing|adding|saying|seeking|\p{Ll}+ing)\b/u;
const MIN_KEPT = 40;
const SUBORDINATE_OPENING = /^(?:In|On|At|After|Before|Since|During|When|While|As|For|With|Without|Once|Under|Despite|Although|Though|If|By|From|Unlike|Like|Because|Whereas|Until)\b/u;
const PREPOSITION_OPENING = /^(?:In|On|At|After|Before|During|For|With|Without|Under|Despite|From|Amid|Among|Unlike|Like|Following)\s/u;
/** An insertion that states a comparison or a source carries meaning: ", compared with $9 million a year earlier,", ", according to ...". */
const COMPARISON = /^(?:compared|versus|up|down|from|according|citing)\b/u;
/** A phrase before the subject: a participle, a preposition, a conjunction or an adverb. */
const FRONTED = /^(?:\p{Ll}|\p{Lu}\p{Ll}+(?:ed|ing|ly)\b|(?:In|On|At|After|Before|Since|During|Then|But|And|So|When|While|As|For|With|Without|Once|Under|Despite|Although|Though|If|By|From|Unlike|Like|Because)\b)/u;

function fits(text: string): boolean {
  return text.length < HEADLINE_LENGTH;
}

function dropParentheses(text: string): string {
  return text.replace(/\s*[({][^(){}]{1,80}[)}]/gu, '').replace(/\s+([,.;:])/gu, '$1');
}

/** The pieces of a text between commas, a "City, State," pair kept in one piece ("a Kalamazoo, Mich., bank holding company"). */
function commaPieces(text: string): Array<{ start: number; end: number }> {
  const pieces: Array<{ start: number; end: number }> = [];
  let from = 0;
  for (const m of text.matchAll(/,\s+/gu)) {
    pieces.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  pieces.push({ start: from, end: text.length });
  const joined: typeof pieces = [];
  let joinNext = false;
  for (const piece of pieces) {
    const last = joined[joined.length - 1];
    const state = /^\p{Lu}[\p{L}.]*$/u.test(text.slice(piece.start, piece.end));
    // The state and what follows it go on the city's piece: "a Kalamazoo, Mich., bank holding company".
    if (last && (state || joinNext)) last.end = piece.end;
    else joined.push({ ...piece });
    joinNext = Boolean(last) && state;
  }
  return joined;
}

/** Removes one insertion ", x ... ," at a time, the longest first, until the text fits. */
function dropInsertions(text: string): string {
  let out = text;
  for (;;) {
    if (fits(out)) return out;
    const pieces = commaPieces(out);
    const candidates: Array<{ start: number; end: number }> = [];
    // An insertion has a piece before it and one after it: ", x ... ," inside the sentence.
    for (let i = 1; i + 1 < pieces.length; i++) {
      const inner = out.slice(pieces[i]!.start, pieces[i]!.end);
      // Quotation marks open or close across commas: keep quotes whole.
      if (/["“”`]/u.test(inner)) continue;
      if (!INSERTION_OPENING.test(inner) || COMPARISON.test(inner) || inner.split(/\s+/u).length > 14) continue;
      // After a fronted phrase ("Unveiled last April, the chip ..."), what follows the comma is the main clause.
      if (i === 1 && FRONTED.test(out.slice(pieces[0]!.start, pieces[0]!.end))) continue;
      // A short last piece belongs to what stands before it (", or 18 cents a share, a year ago.");
      // so does a change after a price (", which closed Friday at $71.75, down 75 cents,").
      const next = out.slice(pieces[i + 1]!.start, pieces[i + 1]!.end);
      if (i + 2 === pieces.length && next.split(/\s+/u).length < 4) continue;
      if (/^(?:which|who)\b/u.test(inner) && COMPARISON.test(next) && next.split(/\s+/u).length < 5) continue;
      // Insertions in a row go together ("Manuel Gonzalez, 59, a bus mechanic, has remained").
      let last = i;
      const apposition = (piece: string) => /^(?:a|an|the|\p{N}[\p{N},.]*)\s/u.test(`${piece} `) && piece.split(/\s+/u).length <= 8 && !/["“”`]/u.test(piece);
      while (last + 2 < pieces.length && apposition(out.slice(pieces[last + 1]!.start, pieces[last + 1]!.end))) last++;
      candidates.push({ start: pieces[i - 1]!.end, end: pieces[last + 1]!.start });
    }
    if (candidates.length === 0) return out;
    const longest = candidates.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
    // A closing clause after the insertion keeps its comma, for dropClosingClause to see.
    const joint = CLOSING_OPENING.test(out.slice(longest.end)) ? ', ' : ' ';
    out = `${out.slice(0, longest.start)}${joint}${out.slice(longest.end)}`;
  }
}

/**
 * Drops a phrase before the subject when the text does not fit: a short one of any kind ("In 45
 * states, ", "Separately, "), a longer one when a preposition opens it ("In a massive
 * demonstration demanding Elian's return, "); the card shows the date it may hold.
 */
function dropFrontedPhrase(text: string): string {
  if (fits(text)) return text;
  const m = /^([^,]{2,160}),\s+(?=\p{L})/u.exec(text);
  if (!m || !FRONTED.test(m[1]!) || /["“”`]/u.test(m[1]!)) return text;
  const words = m[1]!.split(/\s+/u).length;
  if (words > 6 && !(PREPOSITION_OPENING.test(m[1]!) && words <= 24)) return text;
  const rest = text.slice(m[0].length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** Dashes around an insertion (" -- hundreds visibly pregnant -- ", " — a former aide — "). */
function dropDashInsertions(text: string): string {
  if (fits(text)) return text;
  return text.replace(/\s+(?:--|—|–)\s+[^-—–]{1,120}?\s+(?:--|—|–)\s+/gu, ' ');
}

/**
 * When the subject alone would fill the headline ("The almost simultaneous attacks Aug. 7 at the
 * U.S. embassies in Nairobi, Kenya, and Dar es Salaam, Tanzania, killed 257 people"), it is cut
 * to its head, before its first comma or preposition, so that the verb and its object are seen.
 */
function shortenSubject(text: string): string {
  if (fits(text)) return text;
  const verb = mainVerb(text);
  if (verb < 0 || verb < HEADLINE_LENGTH - 30) return text;
  const subject = text.slice(0, verb).replace(/[\s,]+$/u, '');
  // A list, a quotation or a colon before the verb: no subject to cut.
  if (/[:;"“”–—]/u.test(subject) || SUBORDINATE_OPENING.test(subject)) return text;
  const head = /^(?:\S+\s+){1,}?\S+?(?=,\s|\s+(?:of|in|at|from|on|with|for|by|near|who|which|that)\s)/u.exec(subject)?.[0];
  if (!head || head.length < 8 || head.length >= subject.length) return text;
  return `${head} ${text.slice(verb)}`;
}

const FINITE_AUXILIARY = /^(?:says|tells|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does)$/u;
/** Participles that stand as adjectives after a noun ("based on eyewitness reports"). */
const NOT_VERB_ED = new Set(['based', 'related', 'limited', 'united']);

/** Where the main clause's verb starts: the first finite-looking word after the first two (-1 when none). */
function mainVerb(text: string): number {
  let index = 0;
  for (const m of text.matchAll(/\S+/gu)) {
    index++;
    const word = m[0].replace(/[^\p{L}'’-]/gu, '');
    if (index <= 1 || NOT_VERB_ED.has(word)) continue;
    // "simultaneous attacks Aug. 7 at the U.S. embassies ... killed": not a word after a determiner.
    const before = text.slice(0, m.index).trimEnd().split(/\s+/u).pop()?.toLowerCase() ?? '';
    if (['a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'that'].includes(before)) continue;
    if (FINITE_AUXILIARY.test(word) || isPastWord(word)) return m.index;
  }
  return -1;
}

/**
 * The date's own event, when the headline would lose it for a main clause that is no event of
 * its date: a possessor's noun phrase that holds the date ("There are many groups, identified from
 * collusion with Turkey's March 2018 invasion into the Kurdish enclave of Afrin" → "Turkey's March
 * 2018 invasion into the Kurdish enclave of Afrin").
 */
function datedNounPhrase(text: string, dateText: string | undefined, headline: string): string | null {
  if (!dateText || headline.includes(dateText)) return null;
  const at = text.indexOf(dateText);
  if (at < 0) return null;
  const owner = /(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s\s+$/u.exec(text.slice(0, at));
  if (!owner) return null;
  const rest = text.slice(at).split(/[,;:]\s|[.!?](?:\s|$)/u)[0]!;
  const phrase = `${owner[0]}${rest}`.trim();
  return phrase.split(/\s+/u).length >= 3 ? cut(phrase) : null;
}

/** Cuts a closing clause ", seeking to ..." off the end, the earliest that leaves enough, when the text does not fit. */
function dropClosingClause(text: string): string {
  if (fits(text)) return text;
  const end = /[.!?]?$/u.exec(text)?.[0] ?? '';
  for (const m of text.matchAll(/,\s+/gu)) {
    const kept = text.slice(0, m.index);
    if (kept.length < MIN_KEPT) continue;
    if (CLOSING_OPENING.test(text.slice(m.index + m[0].length)) && fits(kept + end)) return kept + (end || '.');
  }
  return text;
}

/** The text cut before HEADLINE_LENGTH, at a clause boundary when one leaves enough, else at a word. */
function cut(text: string): string {
  if (fits(text)) return text;
  const room = text.slice(0, HEADLINE_LENGTH - 2);
  const boundary = Math.max(room.lastIndexOf(', '), room.lastIndexOf('; '), room.lastIndexOf(' — '), room.lastIndexOf(' -- '));
  // A phrase before the subject is no headline on its own ("In composite trading yesterday, ...").
  const clause = room.slice(0, boundary);
  const onlyFronted = FRONTED.test(clause) && !/[,;]/u.test(clause);
  const kept = boundary >= MIN_KEPT + 10 && !onlyFronted ? clause : room.replace(/\s+\S*$/u, '');
  return `${kept.replace(/[\s,;:—-]+$/u, '')} …`;
}

/** The headline of a statement, shorter than HEADLINE_LENGTH characters; `dateText` is the words of the date it is dated by. */
export function shortenHeadline(text: string, dateText?: string): string {
  if (fits(text)) return text;
  const headline = cut(shortenSubject(dropClosingClause(dropInsertions(dropDashInsertions(dropFrontedPhrase(dropParentheses(text)))))));
  return datedNounPhrase(text, dateText, headline) ?? headline;
}
