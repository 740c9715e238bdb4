/**
 * What a rebuild keeps of the search's shards (src/site/search-index.ts, kept by
 * writeSiteDownloads when what their index is made from is the same), on a built timeline:
 *
 *   node --import tsx bench/search-shards.ts --timeline SITE/timeline.json
 *
 * Prints the shards of each index and their sizes, then for one article removed (the one a
 * third of the way by id) and for one event removed (the middle one), how many shards keep
 * their members (and so are linked from the previous site, not indexed again); and the CPU
 * time (process.cpuUsage, user + system) of indexing and writing out every events shard and
 * every passages shard, which is what a shard not kept costs.
 */
import { parseArgs } from 'node:util';
import { readTimelineInput } from '../src/load/read-timeline-input.ts';
import { type SearchEvent, eventShardIndex, eventShardMembers, eventShardScript, passageShardIndex, passageShardMembers, passageShardScript } from '../src/site/search-index.ts';
import { timelineSiteLinks } from '../src/site/site-links.ts';
import { validateTimeline } from '../src/timeline/validate-timeline.ts';

const { values } = parseArgs({ options: { timeline: { type: 'string' } } });
if (values.timeline === undefined) throw new Error('--timeline FILE.json is required (a site\'s timeline.json)');
const read = await readTimelineInput(values.timeline);
if (!read.ok) throw new Error(read.message);
const timeline = validateTimeline(read.timeline);

/** How many shards of `after` have the members the shard at the same place had `before`. */
const kept = (before: unknown[][], after: unknown[][]): number => after.filter((members, n) => n < before.length && JSON.stringify(members) === JSON.stringify(before[n])).length;
/** An events shard's members as its index reads them: without their links, which are a file of their own (eventShardLinks). */
const unlinked = (shards: SearchEvent[][]): unknown[][] => shards.map((members) => members.map(({ href: _href, ...indexed }) => indexed));
const cpu = <T>(run: () => T): { seconds: number; value: T } => {
  const start = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(start);
  return { seconds: (used.user + used.system) / 1e6, value };
};

const events = eventShardMembers(timeline);
const passages = passageShardMembers(timeline);
const range = (sizes: number[]) => `${Math.min(...sizes)}-${Math.max(...sizes)}`;
process.stdout.write(`${timeline.documents.length} articles, ${timeline.events.length} events\n`);
process.stdout.write(`events shards: ${events.length} (${range(events.map((m) => m.length))} events each)\n`);
process.stdout.write(`passages shards: ${passages.length} (${range(passages.map((m) => m.length))} passages each)\n`);

// Removing an article or an event: the links the others get are those of the smaller timeline.
const documents = [...timeline.documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const gone = documents[Math.floor(documents.length / 3)]!.id;
const withoutArticle = { ...timeline, documents: timeline.documents.filter((d) => d.id !== gone), events: timeline.events.filter((e) => e.sources.every((s) => s.document !== gone)) };
const withoutEvent = { ...timeline, events: timeline.events.filter((_, i) => i !== Math.floor(timeline.events.length / 2)) };
for (const [what, changed] of [['one article removed', withoutArticle], ['one event removed', withoutEvent]] as const) {
  const links = timelineSiteLinks(changed);
  const e = eventShardMembers(changed, links);
  const p = passageShardMembers(changed, links);
  process.stdout.write(`${what}: events shards kept ${kept(unlinked(events), unlinked(e))} of ${e.length}, passages shards kept ${kept(passages, p)} of ${p.length}\n`);
}

const eventCost = cpu(() => events.reduce((n, members, k) => n + eventShardScript(eventShardIndex(members), k).length, 0));
const passageCost = cpu(() => passages.reduce((n, members, k) => n + passageShardScript(passageShardIndex(members), k).length, 0));
process.stdout.write(`every events shard indexed and written out: ${eventCost.seconds.toFixed(1)} s CPU (${(eventCost.value / 1e6).toFixed(0)} MB of script)\n`);
process.stdout.write(`every passages shard indexed and written out: ${passageCost.seconds.toFixed(1)} s CPU (${(passageCost.value / 1e6).toFixed(0)} MB of script)\n`);
