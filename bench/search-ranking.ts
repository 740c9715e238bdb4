/**
 * Is the ranking of the sharded events' index close to one index's? The site's search merges
 * the hits of its events' shards (src/site/search-index.ts) by score, each score BM25 over its
 * own shard. This script builds the one index and the shards of a timeline, runs a fixed set of
 * queries through both, and prints how many of one index's best 10 and best 50 hits the merged
 * shards also put in their best 10 and best 50, and how often the best hit is the same; for
 * the shards as the site deals them (by a hash of the event's id, which a rebuild keeps after an
 * event is added or removed) and, for comparison, for shards cut by period (consecutive events
 * in timeline order) and for shards dealt in turn (event i to shard i mod K; the site's before
 * 2026-12-03, when an event added or removed moved every shard).
 *
 *   node --import tsx bench/search-ranking.ts [--events N | --timeline FILE.json] [--per-shard N]
 *
 * The queries: 40 terms of the one index taken at evenly spaced ranks of how many events hold
 * them (most to fewest), each as the word, its first four letters (a prefix) and the word with
 * its second letter dropped (a typo, for words of 5 letters or more); and 20 pairs of them.
 */
import MiniSearch from 'minisearch';
import { parseArgs } from 'node:util';
import { readTimelineInput } from '../src/load/read-timeline-input.ts';
import { EVENT_INDEX_OPTIONS, EVENTS_PER_SHARD, SEARCH_OPTIONS, eventIndexShards, processTerm, searchEvents, tokenize, type SearchEvent } from '../src/site/search-index.ts';
import { validateTimeline } from '../src/timeline/validate-timeline.ts';
import { syntheticTimeline } from '../test/support/synthetic-timeline.ts';

const { values } = parseArgs({ options: { events: { type: 'string', default: '20000' }, timeline: { type: 'string' }, 'per-shard': { type: 'string', default: String(EVENTS_PER_SHARD) } } });
let timeline = syntheticTimeline(Number(values.events));
if (values.timeline !== undefined) {
  const read = await readTimelineInput(values.timeline);
  if (!read.ok) throw new Error(read.message);
  timeline = read.timeline;
}
const valid = validateTimeline(timeline);
const perShard = Number(values['per-shard']);
const build = (events: SearchEvent[]): MiniSearch<SearchEvent> => {
  const index = new MiniSearch<SearchEvent>({ ...EVENT_INDEX_OPTIONS, tokenize, processTerm });
  index.addAll(events);
  return index;
};
const events = searchEvents(valid);
const one = build(events);
const dealt = eventIndexShards(valid, undefined, perShard);
const inTurn = Array.from({ length: dealt.length }, (_, k) => build(events.filter((_e, i) => i % dealt.length === k)));
const cut: Array<MiniSearch<SearchEvent>> = [];
for (let start = 0; start < events.length; start += Math.ceil(events.length / dealt.length)) cut.push(build(events.slice(start, start + Math.ceil(events.length / dealt.length))));

// Terms by how many events hold them (in any field), most first; ties by the term.
const { index: terms } = JSON.parse(JSON.stringify(one)) as { index: Array<[string, Record<string, Record<string, number>>]> };
const byFrequency = terms
  .filter(([term]) => /^\p{L}{3,}$/u.test(term))
  .map(([term, fields]) => ({ term, df: new Set(Object.values(fields).flatMap((docs) => Object.keys(docs))).size }))
  .sort((a, b) => b.df - a.df || (a.term < b.term ? -1 : 1));
const picked = Array.from({ length: Math.min(40, byFrequency.length) }, (_, i) => byFrequency[Math.floor((i * byFrequency.length) / Math.min(40, byFrequency.length))]!.term);
const queries = [
  ...picked,
  ...picked.map((t) => t.slice(0, 4)),
  ...picked.filter((t) => t.length >= 5).map((t) => t[0] + t.slice(2)),
  ...Array.from({ length: Math.min(20, Math.floor(picked.length / 2)) }, (_, i) => `${picked[i]} ${picked[picked.length - 1 - i]}`),
];

const ids = (results: Array<{ id: unknown }>, n: number): string[] => results.slice(0, n).map((r) => String(r.id));
const merged = (shards: Array<MiniSearch<SearchEvent>>, query: string) => shards.flatMap((s) => s.search(query, SEARCH_OPTIONS)).sort((a, b) => b.score - a.score);

function agreement(shards: Array<MiniSearch<SearchEvent>>): string {
  let asked = 0;
  let top1 = 0;
  const kept = { 10: [0, 0], 50: [0, 0] } as Record<10 | 50, [number, number]>;
  for (const query of queries) {
    const reference = one.search(query, SEARCH_OPTIONS);
    if (reference.length === 0) continue;
    asked += 1;
    const got = merged(shards, query);
    // Equal scores may list in another order: the best hit counts as kept when its score is the best of the merged list.
    if (got.length > 0 && (got[0]!.id === reference[0]!.id || one.search(query, SEARCH_OPTIONS).filter((r) => r.score === reference[0]!.score).some((r) => r.id === got[0]!.id))) top1 += 1;
    for (const n of [10, 50] as const) {
      const mine = new Set(ids(got, n));
      // Hits tied with the one index's n-th hit are all as good as it: any of them counts.
      const cutoff = reference[Math.min(n, reference.length) - 1]!.score;
      const good = new Set(reference.filter((r) => r.score >= cutoff).map((r) => String(r.id)));
      kept[n][0] += [...mine].filter((id) => good.has(id)).length;
      kept[n][1] += Math.min(n, reference.length);
    }
  }
  const pct = (a: number, b: number): string => `${((100 * a) / b).toFixed(1)} %`;
  return `best hit the same in ${top1} of ${asked} queries; of the one index's best 10, ${pct(kept[10][0], kept[10][1])} kept in the best 10; of its best 50, ${pct(kept[50][0], kept[50][1])} in the best 50`;
}

process.stdout.write(`${events.length} events, ${dealt.length} shards of at most ${perShard}; ${queries.length} queries\n`);
process.stdout.write(`dealt by a hash of the id (the site): ${agreement(dealt)}\n`);
process.stdout.write(`cut by period (for comparison): ${agreement(cut)}\n`);
process.stdout.write(`dealt in turn (for comparison): ${agreement(inTurn)}\n`);
