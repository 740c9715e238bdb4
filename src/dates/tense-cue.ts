/**
 * Whether the words around an expression speak of the future (an upcoming meeting "on Thursday"),
 * report the past ("said on Wednesday"), or give no sign.
 */
export type Tense = 'past' | 'future' | 'unknown';

const FUTURE_CUE = /\b(?:will|shall|won['’]t|upcoming|forthcoming|next|scheduled|due\s+to|set\s+to|expected\s+to|plans?\s+to|planning\s+to|intends?\s+to|going\s+to|to\s+be\s+held|slated|tomorrow|would\s+be\s+held|must|deadline|payable|effective|as\s+early\s+as)\b|\w['’]ll\b/gi;
const PAST_CUE = /\b(?:was|were|had|did|ago|last|yesterday|earlier|since)\b/gi;

const PAST_VERB = /(?<!\b(?:be|been|being|is|are|will|would|to|must|should|can|could|may|might)\s+)\b(?!(?:need|speed|seed|feed|indeed|proceed|exceed|succeed|red|bed|hundred|scheduled|expected|planned|due|based|related|limited|united)\b)[a-z]{3,}ed\b/g;

/** Distance in characters from the expression to the nearest match of `cue` in the window, or Infinity. */
function nearest(cue: RegExp, before: string, after: string): number {
  let best = Infinity;
  for (const m of before.matchAll(cue)) best = Math.min(best, before.length - (m.index ?? 0));
  for (const m of after.matchAll(cue)) best = Math.min(best, (m.index ?? 0) + 1);
  return best;
}

/**
 * Reads the clause around [start, end): the words since the sentence start or the previous mention,
 * and the words after it up to the next mention or the clause end; the nearest cue wins. With
 * `pastVerbs`, a preterite just before counts too ("ruled Wednesday"): right for weekdays, which
 * news mostly uses for the days just past, too eager for months ("completed by Jan. 14").
 */
export function tenseAround(text: string, start: number, end: number, previousEnd: number, nextStart: number, pastVerbs = false): Tense {
  const head = text.slice(0, start);
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '), head.lastIndexOf('\n'));
  const from = Math.max(sentenceEnd + 1, previousEnd, 0);
  const before = text.slice(from, start);
  let after = text.slice(end, nextStart);
  const stop = after.search(/[.!?](?:\s|$)/);
  if (stop >= 0) after = after.slice(0, stop);
  if (before.trim().split(/\s+/).length >= 3) {
    const comma = after.search(/[,;]/);
    if (comma >= 0) after = after.slice(0, comma);
  }
  // The verb next to a date usually carries its tense: only the nearby words count after it.
  after = after.slice(0, 40);
  const future = nearest(FUTURE_CUE, before, after);
  // A past participle or preterite just before ("ruled Wednesday", "issued a statement Friday").
  const past = Math.min(nearest(PAST_CUE, before, after), pastVerbs ? nearest(PAST_VERB, before.slice(-40), '') : Infinity);
  // "by Dec. 15" is a deadline, unless the clause reports the past ("had filed reports by Wednesday").
  if (/\bby\s+(?:the\s+)?$/i.test(before) && past === Infinity) return 'future';
  if (future === Infinity && past === Infinity) return 'unknown';
  return future < past ? 'future' : 'past';
}
