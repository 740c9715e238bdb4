/**
 * The TimeML events of TimeBank and AQUAINT that the factuality scorer and trainer read, each with
 * its gold status (bench/README.md, "Factuality": the mapping) and the reader's two readings.
 */
import { readFileSync } from 'node:fs';
import { dateInterval, paragraphSpans } from '../src/dates/index.ts';
import { sentenceSpans } from '../src/events/extract-events.ts';
import { type EventWordStatus, type FactualityInput, readEventStatuses, readFactuality } from '../src/events/read-factuality.ts';
import type { FactualityStatus, Span } from '../src/types.ts';
import { type GoldEvent, type GoldLink, parseTimemlEvents } from './timeml.ts';

const POSSIBLE_MODALITY = new Set(['would', 'could', 'may', 'might', 'can', "'d", 'possible']);
const EXPECTED_MODALITY = new Set(['should', 'ought']);
const PLANNED_MODALITY = new Set(['will', 'shall', 'must', 'have to', 'should have to', 'would have to']);
/** TLINK relations that put the event at, in, or after its time: a future time makes it future. */
const AT_OR_AFTER = new Set(['IS_INCLUDED', 'INCLUDES', 'DURING', 'DURING_INV', 'SIMULTANEOUS', 'IDENTITY', 'BEGINS', 'ENDS', 'BEGUN_BY', 'ENDED_BY', 'AFTER', 'IAFTER']);
const EXPECTING = /^(?:expect|expects|expected|expecting|forecast|forecasts|predict|predicts|predicted|projected|anticipated?|likely|estimated?)$/iu;
const POSSIBILITY = /^(?:may|might|could|can|possible|consider|considering|considered)$/iu;

export interface Scored {
  file: string;
  event: GoldEvent;
  word: string;
  gold: FactualityStatus;
  byEvent: FactualityStatus;
  byDate: FactualityStatus;
  /**
   * The pipeline's reading of the event word itself, when the reader finds it among the event words
   * of the date's statement (`readEventStatuses`: it is not told the gold word); else `byDate`.
   */
  byWord: FactualityStatus;
  /** What kind of word the reader found at the gold event, or null when it found none there. */
  wordKind: EventWordStatus['kind'] | null;
  sentence: string;
  /** The gold status comes only from the anchoring time being after the DCT (no attribute says so). */
  goldByDateOnly: boolean;
  /** The TIMEX3 the event is linked to (file-qualified), when it lies in the event's sentence. */
  dateKey: string | null;
  /** The linked TIMEX3's words. */
  dateText: string;
  /** What the pipeline's reader is given (the TIMEX3 as anchor), when the TIMEX3 lies in the event's sentence. */
  dateInput: FactualityInput | null;
}

/** The gold status of one TimeML event (bench/README.md, "Factuality": the mapping). */
function goldStatus(
  event: GoldEvent,
  polarityFlipped: boolean,
  text: string,
  governors: Map<string, Array<{ relType: string; governor: GoldEvent }>>,
  futureTimed: boolean,
  depth = 0,
): FactualityStatus {
  const negative = (event.polarity === 'NEG') !== polarityFlipped;
  const modality = event.modality;
  if (negative) return POSSIBLE_MODALITY.has(modality) ? 'possible' : 'denied';
  for (const { relType, governor } of event.eiid ? governors.get(event.eiid) ?? [] : []) {
    if (relType === 'COUNTER_FACTIVE' || relType === 'NEG_EVIDENTIAL') return 'denied';
    if (relType === 'CONDITIONAL') return 'possible';
    if (relType === 'MODAL') {
      const outer = depth < 3 ? goldStatus(governor, polarityFlipped, text, governors, false, depth + 1) : 'happened';
      if (outer === 'denied') return 'denied';
      if (outer !== 'happened' && outer !== 'ongoing') return outer;
      const word = text.slice(governor.start, governor.end);
      return EXPECTING.test(word) ? 'expected' : POSSIBILITY.test(word) ? 'possible' : 'planned';
    }
  }
  // "said its troops would join": the backshifted "will" of reported speech.
  const reported = (event.eiid ? governors.get(event.eiid) ?? [] : []).some((g) => g.relType === 'EVIDENTIAL');
  if ((modality === 'would' || modality === "'d") && reported) return 'planned';
  if (POSSIBLE_MODALITY.has(modality)) return 'possible';
  if (EXPECTED_MODALITY.has(modality)) return 'expected';
  if (PLANNED_MODALITY.has(modality) || event.tense === 'FUTURE') return 'planned';
  if (event.tense === 'PRESENT' && (event.aspect === 'PROGRESSIVE' || event.aspect === 'PERFECTIVE_PROGRESSIVE')) return 'ongoing';
  if (futureTimed) return 'planned';
  return 'happened';
}

export function scoreFile(file: string, rawPolarity: boolean): { scored: Scored[]; flipped: boolean } {
  const doc = parseTimemlEvents(readFileSync(file, 'utf8'));
  const negatives = doc.events.filter((e) => e.polarity === 'NEG').length;
  // In 25 AQUAINT files the polarity attribute is inverted (README: "Factuality").
  const flipped = !rawPolarity && negatives > doc.events.length - negatives;
  const byEiid = new Map(doc.events.filter((e) => e.eiid).map((e) => [e.eiid!, e]));
  const governors = new Map<string, Array<{ relType: string; governor: GoldEvent }>>();
  const anchors = new Map<string, { tid: string; relType: string }>();
  for (const link of doc.links as GoldLink[]) {
    const a = link.attrs;
    if (link.kind === 'SLINK' && a.subordinatedEventInstance && a.eventInstanceID) {
      const governor = byEiid.get(a.eventInstanceID);
      if (!governor) continue;
      const list = governors.get(a.subordinatedEventInstance) ?? [];
      list.push({ relType: link.relType, governor });
      governors.set(a.subordinatedEventInstance, list);
    }
    if (link.kind === 'TLINK') {
      // Event-time links either way round, to a time expression of the text (not the DCT).
      const pairs: Array<[string | undefined, string | undefined, string]> = [
        [a.eventInstanceID, a.relatedToTime, link.relType],
        [a.relatedToEventInstance, a.timeID, inverse(link.relType)],
      ];
      for (const [eiid, tid, relType] of pairs) if (eiid && tid && doc.timexes.has(tid) && !anchors.has(eiid)) anchors.set(eiid, { tid, relType });
    }
  }
  const sentences: Span[] = paragraphSpans(doc.text).flatMap((p) => sentenceSpans(doc.text, { ...p, text: doc.text.slice(p.start, p.end) }));
  const scored: Scored[] = [];
  const statuses = new Map<string, EventWordStatus[]>();
  for (const event of doc.events) {
    const anchor = event.eiid ? anchors.get(event.eiid) : undefined;
    if (!anchor) continue;
    const timex = doc.timexes.get(anchor.tid)!;
    const sentence = sentences.find((s) => s.start <= event.start && event.end <= s.end);
    if (!sentence) continue;
    const dateStart = dateInterval(timex.value)?.start ?? null;
    const dateEnd = dateInterval(timex.value)?.end ?? null;
    const published = /^\d{4}-\d{2}-\d{2}$/u.test(doc.dct) ? doc.dct : null;
    const futureTimed = dateStart !== null && published !== null && dateStart > published && AT_OR_AFTER.has(anchor.relType);
    const gold = goldStatus(event, flipped, doc.text, governors, futureTimed);
    const word = doc.text.slice(event.start, event.end);
    const input = { text: doc.text, sentence, dateStart, dateEnd, published };
    const byEvent = readFactuality({ ...input, anchor: { start: event.start, end: event.end, text: word }, anchorIsPredicate: true }).status;
    // The way the pipeline reads it: from the date, as if it did not know the event word.
    const inSentence = timex.start >= sentence.start && timex.end <= sentence.end;
    const dateInput: FactualityInput | null = inSentence ? { ...input, anchor: { start: timex.start, end: timex.end, text: doc.text.slice(timex.start, timex.end) } } : null;
    const byDate = dateInput ? readFactuality(dateInput).status : byEvent;
    const key = `${anchor.tid}@${sentence.start}`;
    // (A date outside the sentence dates it as a whole: no word of it is in the date's clause.)
    const wordInput: FactualityInput = dateInput ?? { ...input, anchor: { start: timex.start, end: timex.end, text: doc.text.slice(timex.start, timex.end) } };
    if (!statuses.has(key)) statuses.set(key, readEventStatuses(wordInput));
    const found = statuses.get(key)!.find((w) => w.span.start < event.end && event.start < w.span.end);
    const byWord = found?.status ?? byDate;
    const goldByDateOnly = gold !== goldStatus(event, flipped, doc.text, governors, false);
    scored.push({ file, event, word, gold, byEvent, byDate, byWord, wordKind: found?.kind ?? null, sentence: sentence.text.replace(/\s+/gu, ' '), goldByDateOnly, dateKey: inSentence ? `${file}#${anchor.tid}` : null, dateText: doc.text.slice(timex.start, timex.end), dateInput });
  }
  return { scored, flipped };
}

function inverse(relType: string): string {
  const pairs: Record<string, string> = { BEFORE: 'AFTER', AFTER: 'BEFORE', IBEFORE: 'IAFTER', IAFTER: 'IBEFORE', INCLUDES: 'IS_INCLUDED', IS_INCLUDED: 'INCLUDES', BEGINS: 'BEGUN_BY', BEGUN_BY: 'BEGINS', ENDS: 'ENDED_BY', ENDED_BY: 'ENDS', DURING: 'DURING_INV', DURING_INV: 'DURING' };
  return pairs[relType] ?? relType;
}

