/**
 * How the statements of a built timeline read: statuses, statements dated after their own
 * article shown as happened (should be none), and who asserts them, with the asserters that
 * do not read as a noun phrase naming someone (should be none; `--verbose` lists them).
 *   node --import tsx bench/status-census.ts CONTENT_DIR [--verbose]
 * For TBAQ: node --import tsx scripts/tbaq-to-content.ts ... first (bench/README.md, "Factuality").
 */
import { buildTimeline } from '../src/pipeline.ts';
import type { FactualityStatus } from '../src/types.ts';

const FUNCTION_WORDS = new Set(
  'having being although though because while whereas if since as of in on at by for from with to and or but so yet not no never is are was were be been has have had do does did will would can could may might must shall should that which what who whom whose when where why how'.split(' '),
);
const AUXILIARY = /\b(?:is|are|was|were|has|have|had|will|would|did|does)\b/iu;
const NAME_ABBREVIATIONS = new Set('inc corp co ltd jr sr bros plc cie dept gov gen col sen rep st mr mrs ms dr no'.split(' '));

/**
 * Why an asserter is no noun phrase naming someone, or null when it reads as one: it opens or ends
 * with a function word ("According to having", "although industry experts"), holds an auxiliary
 * (a clause: "It was not immediately known if the arrest"), is a pronoun with more words ("He also
 * rejected"), one lowercase singular word ("secret", "presented") or ends with the sentence's period.
 * A check on the output of this census, independent of how the extractor chose the words.
 */
function notANamedAsserter(asserter: string): string | null {
  if (asserter.startsWith('the article “')) return null;
  const words = asserter.split(/\s+/u).filter(Boolean);
  const first = words[0]!.toLowerCase();
  const last = words[words.length - 1]!.toLowerCase().replace(/[.,]$/u, '');
  if (FUNCTION_WORDS.has(first) && !/^\p{Lu}{2,}$/u.test(words[0]!)) return 'opens with a function word';
  if (FUNCTION_WORDS.has(last)) return 'ends with a function word';
  if (AUXILIARY.test(asserter)) return 'holds an auxiliary';
  if (words.length > 1 && /^(?:he|she|it|they|we|i|you)$/u.test(first)) return 'a pronoun with more words';
  if (words.length === 1 && /^\p{Ll}/u.test(words[0]!) && !/[^s]s$/u.test(first) && !['police', 'parliament', 'congress', 'government', 'staff'].includes(first)) return 'one lowercase singular word';
  const period = /(\p{L}+)\.$/u.exec(asserter);
  if (period && /\p{Ll}/u.test(period[1]!) && !NAME_ABBREVIATIONS.has(period[1]!.toLowerCase())) return "ends with the sentence's period";
  return null;
}

const dir = process.argv.slice(2).find((a) => !a.startsWith('--'));
const verbose = process.argv.includes('--verbose');
if (!dir) {
  console.error('usage: node --import tsx bench/status-census.ts CONTENT_DIR');
  process.exit(2);
}
const timeline = await buildTimeline(dir);
const voices = new Map(timeline.documents.map((d) => [d.id, new Set([d.author, d.publisher].filter((x): x is string => x !== null))]));
const published = new Map(timeline.documents.map((d) => [d.id, d.published]));
const counts = new Map<FactualityStatus, number>();
let sources = 0;
let future = 0;
let futureHappened = 0;
let reported = 0;
let articleVoice = 0;
const unnamed = new Map<string, { n: number; why: string; statement: string }>();
for (const event of timeline.events) {
  for (const s of event.sources) {
    sources++;
    counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
    const day = published.get(s.document);
    if (day && (s.date ?? event.date).start > day) {
      future++;
      if (s.status === 'happened') futureHappened++;
    }
    if (s.attribution === null) continue;
    const why = notANamedAsserter(s.attribution);
    if (why) {
      const seen = unnamed.get(s.attribution) ?? { n: 0, why, statement: s.statement.text.replace(/\s+/gu, ' ') };
      seen.n++;
      unnamed.set(s.attribution, seen);
    }
    if (voices.get(s.document)!.has(s.attribution) || s.attribution.startsWith('the article “')) articleVoice++;
    else reported++;
  }
}
console.log(`${timeline.documents.length} documents, ${timeline.events.length} events, ${sources} sources`);
for (const [status, n] of [...counts.entries()].sort((a, b) => b[1] - a[1])) console.log(`${status.padEnd(9)} ${String(n).padStart(5)}  ${((100 * n) / sources).toFixed(1)}%`);
console.log(`dated after their article: ${future}; of them shown as happened: ${futureHappened}`);
console.log(`asserted by a reported speaker or account: ${reported}; by the article's voice: ${articleVoice}; by nobody: ${sources - reported - articleVoice}`);
const unnamedSources = [...unnamed.values()].reduce((n, u) => n + u.n, 0);
console.log(`asserters that are no named noun phrase: ${unnamedSources} sources, ${unnamed.size} distinct`);
if (verbose) for (const [asserter, u] of unnamed) console.log(`  ${JSON.stringify(asserter)} (${u.why}, ${u.n}) | ${u.statement.slice(0, 160)}`);
