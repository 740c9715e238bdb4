/**
 * Figures of the event extractor on a timeline JSON file (from `timeline extract`):
 *   node --import tsx bench/event-statements.ts FILE
 * Prints the number of events, how many statements give more than one card, the share of
 * events that share a headline with another event of the same statement, headline lengths, and
 * headline subjects: how many headlines open with a pronoun ("It", "He", "She", "They") or
 * with a subject that does not say what it is about (name-subject.ts `findSubjectGap`: a
 * pronoun, "The company", "Revenue ..."), and how many got a subject named from the sentence
 * before (`sources[].subject`). `--subjects` lists those headlines with their statements.
 */
import { readFileSync } from 'node:fs';
import type { Timeline } from '../src/types.ts';
import { findSubjectGap } from '../src/events/name-subject.ts';

const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
const listSubjects = process.argv.includes('--subjects');
if (!file) {
  console.error('usage: node --import tsx bench/event-statements.ts TIMELINE.json');
  process.exit(2);
}
const timeline = JSON.parse(readFileSync(file, 'utf8')) as Timeline;
const { events } = timeline;

// A statement is a document and the span of its sentence; a merged event counts once per statement it holds.
const cardsPerStatement = new Map<string, Set<string>>();
const headlinesPerStatement = new Map<string, string[]>();
for (const event of events) {
  for (const source of event.sources) {
    const key = `${source.document}\u0000${source.statement.start}\u0000${source.statement.end}`;
    const cards = cardsPerStatement.get(key) ?? new Set<string>();
    cards.add(event.id);
    cardsPerStatement.set(key, cards);
    headlinesPerStatement.set(key, [...(headlinesPerStatement.get(key) ?? []), event.headline]);
  }
}
const multi = [...cardsPerStatement.values()].filter((cards) => cards.size > 1);
let sharing = 0;
for (const headlines of headlinesPerStatement.values()) {
  const counts = new Map<string, number>();
  for (const h of headlines) counts.set(h, (counts.get(h) ?? 0) + 1);
  for (const n of counts.values()) if (n > 1) sharing += n;
}
const lengths = events.map((e) => e.headline.length).sort((a, b) => a - b);
const quantile = (q: number) => lengths[Math.min(lengths.length - 1, Math.floor(q * lengths.length))] ?? 0;
const under90 = lengths.filter((n) => n < 90).length;
const cut = events.filter((e) => e.headline.endsWith('…')).length;
const ranges = events.filter((e) => e.date.rangeEnd !== undefined).length;

console.log(`documents                               ${timeline.documents.length}`);
console.log(`events                                  ${events.length}`);
console.log(`statements                              ${cardsPerStatement.size}`);
console.log(`statements with more than one card      ${multi.length}`);
console.log(`events sharing a headline in a statement ${sharing} (${((100 * sharing) / Math.max(1, events.length)).toFixed(1)}%)`);
console.log(`events dated by a range                 ${ranges}`);
console.log(`headlines under 90 characters           ${under90} (${((100 * under90) / Math.max(1, events.length)).toFixed(1)}%)`);
console.log(`headlines cut short with "…"            ${cut} (${((100 * cut) / Math.max(1, events.length)).toFixed(1)}%)`);
console.log(`headline length median / p90 / max      ${quantile(0.5)} / ${quantile(0.9)} / ${lengths[lengths.length - 1] ?? 0}`);

const pronoun = events.filter((e) => /^(?:It|He|She|They)\s/u.test(e.headline)).length;
const gaps = events.filter((e) => findSubjectGap(e.headline) !== null).length;
const named = events.filter((e) => e.sources.some((s) => s.subject));
console.log(`headlines opening with It/He/She/They  ${pronoun}`);
console.log(`headlines whose subject says nothing    ${gaps} (pronoun, "The company", "Revenue ...")`);
console.log(`headlines given a subject               ${named.length}`);
if (listSubjects) {
  for (const e of named) {
    const source = e.sources.find((s) => s.subject)!;
    console.log(`\n${e.headline}\n    subject: ${source.subject!.text}\n    statement: ${source.statement.text.replace(/\s+/gu, ' ')}`);
  }
}
