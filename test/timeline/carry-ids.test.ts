import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildTimeline } from '../../src/pipeline.ts';
import { carryIds } from '../../src/timeline/carry-ids.ts';
import { alignSequences } from '../../src/timeline/align-sequences.ts';
import type { Timeline } from '../../src/types.ts';
import { COUNCIL, DROUGHT, REACH, SIEGE, STRIKE } from '../support/news-articles.ts';

/**
 * A rebuild keeps the ids the previous build published (src/timeline/carry-ids.ts). Each case
 * builds a corpus, changes it as an editor would, and builds it again with the first build as
 * the previous one, as `timeline build` does into the same --out.
 */

const LEVEES = 'Engineers reportedly warned about the levees in October 2019, when the water stood higher than at any time since the great flood of the fifties.';
const MAYOR = 'The mayor asked for help from the capital on 3 February 2021 and from neighbouring provinces.';
const REPEATS = (paragraphs: string[]) => `---
title: Floods in the north
published: 2021-02-04
---
Floods in the north

${paragraphs.join('\n\n')}
`;

const folders: string[] = [];
afterAll(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

async function build(files: Record<string, string>, previous?: Timeline): Promise<Timeline> {
  const dir = await mkdtemp(path.join(tmpdir(), 'timeline-carry-ids-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return buildTimeline(dir, { jobs: 1, previous });
}

/** Every id a link may name: events, statements, the alias map's former ids. */
function linkable(timeline: Timeline): Set<string> {
  return new Set(timeline.events.flatMap((e) => [e.id, ...e.sources.map((s) => s.id!), ...(e.formerIds ?? [])]));
}

const eventIdsOf = (timeline: Timeline, document: string) =>
  timeline.events.filter((e) => e.sources.some((s) => s.document === document)).map((e) => e.id).sort();
const passageIdsOf = (timeline: Timeline, document: string) => timeline.documents.find((d) => d.id === document)!.passages.map((p) => p.id);

interface Case {
  name: string;
  before: Record<string, string>;
  after: Record<string, string>;
  /** Documents whose event ids must all stay. */
  keeps: string[];
  /** Ids of the previous build that link nowhere now (their event was removed). */
  gone?: number;
}

const CASES: Case[] = [
  { name: 'a corrected date', before: { 'council.md': COUNCIL }, after: { 'council.md': COUNCIL.replace('in June 2022', 'in July 2022') }, keeps: ['council'] },
  {
    name: 'a corrected headline (the statement reworded)',
    before: { 'council.md': COUNCIL },
    after: { 'council.md': COUNCIL.replace('voted on Tuesday to fund the dam', 'voted on Tuesday to pay for the dam') },
    keeps: ['council'],
  },
  { name: 'an unrelated addition', before: { 'council.md': COUNCIL, 'strike.md': STRIKE }, after: { 'council.md': COUNCIL, 'strike.md': STRIKE, 'drought.md': DROUGHT }, keeps: ['council', 'strike'] },
  { name: 'an unrelated removal', before: { 'council.md': COUNCIL, 'strike.md': STRIKE }, after: { 'council.md': COUNCIL }, keeps: ['council'], gone: 2 },
  { name: 'an article that joins an event', before: { 'siege.md': SIEGE }, after: { 'siege.md': SIEGE, 'reach.md': REACH }, keeps: ['siege'] },
  {
    name: 'a merge that now splits (a corrected date in the joining article)',
    before: { 'siege.md': SIEGE, 'reach.md': REACH },
    after: { 'siege.md': SIEGE, 'reach.md': REACH.replace('on 6 October 2014', 'on 6 November 2014') },
    keeps: ['reach'],
  },
  { name: 'a merge that now splits (the joining article removed)', before: { 'siege.md': SIEGE, 'reach.md': REACH }, after: { 'siege.md': SIEGE }, keeps: ['siege'] },
  {
    name: 'two identical passages reordered',
    before: { 'floods.md': REPEATS([LEVEES, MAYOR, LEVEES]) },
    after: { 'floods.md': REPEATS([LEVEES, LEVEES, MAYOR]) },
    keeps: ['floods'],
  },
  {
    name: 'the first of two identical passages edited',
    before: { 'floods.md': REPEATS([LEVEES, MAYOR, LEVEES]) },
    after: { 'floods.md': REPEATS([LEVEES.replace('Engineers', 'Two engineers'), MAYOR, LEVEES]) },
    keeps: ['floods'],
  },
];

describe('carryIds: a rebuild keeps the published ids', () => {
  it.each(CASES)('$name', async ({ before, after, keeps, gone = 0 }) => {
    const first = await build(before);
    const fresh = await build(after);
    const second = await build(after, first);
    for (const document of keeps) expect(eventIdsOf(second, document), document).toEqual(eventIdsOf(first, document));
    // Every link the first build published still reaches an event, but those of removed events.
    const reach = linkable(second);
    expect(first.events.filter((e) => !reach.has(e.id)).length).toBe(gone);
    // Ids stay unique: events; statements; passages within their document.
    expect(new Set(second.events.map((e) => e.id)).size).toBe(second.events.length);
    const statements = second.events.flatMap((e) => e.sources.map((s) => s.id));
    expect(new Set(statements).size).toBe(statements.length);
    for (const d of second.documents) expect(new Set(d.passages.map((p) => p.id)).size).toBe(d.passages.length);
    // Sources and undated mentions name passages of their document.
    const passages = new Map(second.documents.map((d) => [d.id, new Map(d.passages.map((p) => [p.id, p]))]));
    for (const s of second.events.flatMap((e) => e.sources)) expect(passages.get(s.document)!.get(s.passage.id)).toMatchObject({ start: s.passage.start, end: s.passage.end });
    for (const u of second.undated) expect(passages.get(u.document)!.get(u.passage.id)).toMatchObject({ start: u.passage.start, end: u.passage.end });
    // Only ids change: the same events, statements and passages as a fresh build.
    const shape = (t: Timeline) => ({
      events: t.events.map((e) => [e.date.value, e.headline, e.sources.map((s) => [s.document, s.statement.start, s.statement.end])]),
      passages: t.documents.map((d) => d.passages.map((p) => [p.start, p.end])),
    });
    expect(shape(second)).toEqual(shape(fresh));
  });

  it('the reordered twin keeps its own passage id', async () => {
    const first = await build({ 'floods.md': REPEATS([LEVEES, MAYOR, LEVEES]) });
    const second = await build({ 'floods.md': REPEATS([LEVEES, LEVEES, MAYOR]) }, first);
    const [title, levees, mayor, twin] = passageIdsOf(first, 'floods');
    expect(passageIdsOf(second, 'floods')).toEqual([title, levees, twin, mayor]);
  });

  it('an article that joins an event: the event keeps its id, the newcomer statement keeps its own as a statement id', async () => {
    const first = await build({ 'siege.md': SIEGE });
    const fresh = await build({ 'siege.md': SIEGE, 'reach.md': REACH });
    const second = await build({ 'siege.md': SIEGE, 'reach.md': REACH }, first);
    const merged = (t: Timeline) => t.events.find((e) => e.sources.length > 1)!;
    const siegeEvent = first.events.find((e) => e.headline.startsWith('Islamic State'))!;
    expect(merged(second).id).toBe(siegeEvent.id);
    expect(merged(fresh).id).not.toBe(siegeEvent.id);
    expect(merged(second).sources.map((s) => s.id).sort()).toEqual(merged(fresh).sources.map((s) => s.id).sort());
  });

  it('an id that no event or statement has any more is kept in formerIds, for the alias map', async () => {
    const reachNovember = REACH.replace('on 6 October 2014', 'on 6 November 2014');
    const reworded = SIEGE.replace('Kurdish officials in Kobani said', 'Kurdish officials in Kobani told reporters');
    const first = await build({ 'siege.md': SIEGE, 'reach.md': reachNovember });
    const siegeId = eventIdsOf(first, 'siege').find((id) => !eventIdsOf(first, 'reach').includes(id) && first.events.find((e) => e.id === id)!.headline.startsWith('Islamic'))!;
    // The siege statement reworded: its event keeps its id, its statement takes a new one.
    const second = await build({ 'siege.md': reworded, 'reach.md': reachNovember }, first);
    expect(eventIdsOf(second, 'siege')).toContain(siegeId);
    expect(second.events.find((e) => e.id === siegeId)!.sources[0]!.id).not.toBe(siegeId);
    // The reach article's date corrected: the two merge under the reach event's id; the siege event's id lives on as a former id.
    const third = await build({ 'siege.md': reworded, 'reach.md': REACH }, second);
    const merged = third.events.find((e) => e.sources.length > 1)!;
    expect(merged.sources.map((s) => s.document).sort()).toEqual(['reach', 'siege']);
    expect(merged.formerIds).toEqual([siegeId]);
    for (const id of linkable(first)) expect(linkable(third).has(id), id).toBe(true);
  });

  it('is deterministic and changes nothing when the previous build is this corpus\u2019s own', async () => {
    const files = { 'siege.md': SIEGE, 'reach.md': REACH, 'council.md': COUNCIL };
    const fresh = await build(files);
    expect(carryIds(fresh, fresh)).toEqual(fresh);
    const first = await build({ 'siege.md': SIEGE, 'council.md': COUNCIL });
    expect(JSON.stringify(carryIds(first, fresh))).toBe(JSON.stringify(carryIds(first, fresh)));
    expect(JSON.stringify(await build(files, first))).toBe(JSON.stringify(await build(files, first)));
  });
});

describe('alignSequences', () => {
  it.each([
    { before: ['a', 'b', 'c'], after: ['a', 'b', 'c'], pairs: [[0, 0], [1, 1], [2, 2]] },
    { before: ['r', 'm', 'r'], after: ['x', 'm', 'r'], pairs: [[1, 1], [2, 2]] },
    { before: ['r', 'm', 'r'], after: ['r', 'r', 'm'], pairs: [[0, 0], [2, 1]] },
    { before: ['a', 'b'], after: ['b', 'a'], pairs: [[1, 0]] },
    { before: [], after: ['a'], pairs: [] },
    { before: ['a', 'x', 'b', 'y', 'c'], after: ['a', 'b', 'z', 'c'], pairs: [[0, 0], [2, 1], [4, 3]] },
  ])('$before -> $after', ({ before, after, pairs }) => {
    expect(alignSequences(before, after)).toEqual(pairs);
  });
});

describe('idTableOf with the keys of a previous table (passageKeysByDigest)', () => {
  it('gives the table made from scratch: keys taken for a document of the same digest, made for an edited one', async () => {
    const { idTableOf, passageKeysByDigest } = await import('../../src/timeline/id-table.ts');
    const before = await build({ 'floods.md': REPEATS([LEVEES, MAYOR]), 'council.md': COUNCIL });
    const previous = idTableOf(before);
    // The same paragraphs in another order: the same passage count, another digest.
    const after = await build({ 'floods.md': REPEATS([MAYOR, LEVEES]), 'council.md': COUNCIL }, before);
    expect(idTableOf(after, passageKeysByDigest(previous))).toEqual(idTableOf(after));
    expect(idTableOf(before, passageKeysByDigest(previous))).toEqual(previous);
  });
});
