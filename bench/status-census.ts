/**
 * How the statements of a built timeline read: statuses, statements dated after their own
 * article shown as happened (should be none), and who asserts them.
 *   node --import tsx bench/status-census.ts CONTENT_DIR
 * For TBAQ: node --import tsx scripts/tbaq-to-content.ts ... first (bench/README.md, "Factuality").
 */
import { buildTimeline } from '../src/pipeline.ts';
import type { FactualityStatus } from '../src/types.ts';

const dir = process.argv[2];
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
    if (voices.get(s.document)!.has(s.attribution) || s.attribution.startsWith('the article “')) articleVoice++;
    else reported++;
  }
}
console.log(`${timeline.documents.length} documents, ${timeline.events.length} events, ${sources} sources`);
for (const [status, n] of [...counts.entries()].sort((a, b) => b[1] - a[1])) console.log(`${status.padEnd(9)} ${String(n).padStart(5)}  ${((100 * n) / sources).toFixed(1)}%`);
console.log(`dated after their article: ${future}; of them shown as happened: ${futureHappened}`);
console.log(`asserted by a reported speaker or account: ${reported}; by the article's voice: ${articleVoice}; by nobody: ${sources - reported - articleVoice}`);
