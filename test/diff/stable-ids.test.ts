import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildTimeline } from '../../src/pipeline.ts';
import { diffTimelines } from '../../src/diff/diff-timelines.ts';
import type { Timeline } from '../../src/types.ts';
import { COUNCIL, DROUGHT, FLOODS, REACH, SIEGE, STRIKE } from '../support/news-articles.ts';

/**
 * The diff leans on the pipeline's stable ids: an event's id comes from its document's path
 * and its own statement, a passage's from its own text. These tests build small corpora,
 * change one article, build again and look at the ids of everything else.
 */

const folders: string[] = [];
/** A build of these files; `previous`: the timeline the last build published, whose ids it keeps (as `timeline build` does into the same --out). */
async function corpus(files: Record<string, string>, previous?: Timeline): Promise<Timeline> {
  const dir = await mkdtemp(path.join(tmpdir(), 'timeline-stable-ids-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return buildTimeline(dir, { jobs: 1, previous });
}
afterAll(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

function eventsOf(timeline: Timeline, documentPath: string) {
  const doc = timeline.documents.find((d) => d.path === documentPath);
  if (!doc) return [];
  return timeline.events
    .filter((e) => e.sources.some((s) => s.document === doc.id))
    .map((e) => ({ id: e.id, date: e.date.value, statement: e.sources[0]!.statement.text }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

function passagesOf(timeline: Timeline, documentPath: string) {
  return timeline.documents.find((d) => d.path === documentPath)!.passages.map((p) => ({ id: p.id, text: p.text }));
}

const EDITED_FLOODS = FLOODS.replace('A new bridge was opened in 1962.', 'A new steel bridge was opened in 1963.');

describe('stable ids through the pipeline', () => {
  it('the fixtures give events in every article', async () => {
    const timeline = await corpus({ 'floods.md': FLOODS, 'council.md': COUNCIL, 'strike.md': STRIKE });
    for (const file of ['floods.md', 'council.md', 'strike.md']) expect(eventsOf(timeline, file).length).toBeGreaterThan(1);
    expect(timeline.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('editing, adding or removing an article changes no event id of any other article', async () => {
    const before = await corpus({ 'floods.md': FLOODS, 'council.md': COUNCIL, 'strike.md': STRIKE });
    const after = await corpus({ 'floods.md': EDITED_FLOODS, 'council.md': COUNCIL, 'drought.md': DROUGHT });
    expect(eventsOf(after, 'council.md')).toEqual(eventsOf(before, 'council.md'));
    expect(passagesOf(after, 'council.md')).toEqual(passagesOf(before, 'council.md'));

    const diff = diffTimelines(before, after);
    expect(diff.added.map((e) => e.headline)).toEqual(['The reservoir fell to a tenth of its capacity in July 2022.']);
    expect(diff.removed.map((e) => e.date.value)).toEqual(['2007', '2020-06-29']);
    expect(diff.changed.map((c) => [c.before.date.value, c.after.date.value, c.kinds])).toEqual([['1962', '1963', ['redated', 'reworded']]]);
  });

  it('an edit in one place of an article leaves the ids of its untouched passages and events alone', async () => {
    const before = await corpus({ 'floods.md': FLOODS });
    const after = await corpus({ 'floods.md': EDITED_FLOODS });
    const untouched = (events: ReturnType<typeof eventsOf>) => events.filter((e) => !e.statement.includes('new bridge') && !e.statement.includes('new steel bridge'));
    expect(untouched(eventsOf(after, 'floods.md'))).toEqual(untouched(eventsOf(before, 'floods.md')));
    expect(untouched(eventsOf(before, 'floods.md')).length).toBe(eventsOf(before, 'floods.md').length - 1);
    // The edited sentence shares its passage with "March 1950": that event keeps its id, its passage does not.
    const passageIds = (t: Timeline) => passagesOf(t, 'floods.md').filter((p) => !p.text.includes('March 1950')).map((p) => p.id);
    expect(passageIds(after)).toEqual(passageIds(before));
    expect(passageIds(before).length).toBe(passagesOf(before, 'floods.md').length - 1);
  });

  // Long enough (200 characters and more) not to be taken for a repeated menu line by the page-chrome analysis.
  it('a corrected publication date keeps the ids and shows the relative dates it moved as redated', async () => {
    const before = await corpus({ 'floods.md': FLOODS });
    const after = await corpus({ 'floods.md': FLOODS.replace('published: 2021-02-04', 'published: 2021-02-11') });
    expect(eventsOf(after, 'floods.md').map((e) => e.id)).toEqual(eventsOf(before, 'floods.md').map((e) => e.id));
    const diff = diffTimelines(before, after);
    // "on Sunday" resolves against the publication date; "in March 1950" does not.
    expect(diff.changed.map((c) => [c.before.date.value, c.after.date.value, c.kinds, c.matchedBy])).toEqual([['2021-01-31', '2021-02-07', ['redated'], 'id']]);
    expect(diff.summary.added + diff.summary.removed).toBe(0);
  });

  it('a corrected date in a statement keeps its event id; the diff shows it as redated, matched by id', async () => {
    const before = await corpus({ 'council.md': COUNCIL });
    const after = await corpus({ 'council.md': COUNCIL.replace('in June 2022', 'in July 2022') });
    expect(eventsOf(after, 'council.md').map((e) => e.id)).toEqual(eventsOf(before, 'council.md').map((e) => e.id));
    const diff = diffTimelines(before, after);
    expect(diff.changed.map((c) => [c.before.date.value, c.after.date.value, c.kinds, c.matchedBy])).toEqual([['2022-06', '2022-07', ['redated', 'reworded'], 'id']]);
    expect(diff.summary.added + diff.summary.removed).toBe(0);
  });

  const REPEATED = 'The government promised a new dam in 2015, but work has not started. Engineers reportedly warned about the levees in October 2019, when the water stood higher than at any time since the great flood of the fifties.';
  const TWICE = FLOODS.replace(
    'The government promised a new dam in 2015, but work has not started. Engineers reportedly warned about the levees in October 2019.',
    `${REPEATED}\n\nThe mayor asked for help from the capital and from neighbouring provinces.\n\n${REPEATED}`,
  );
  const repeatedIds = (t: Timeline) => ({
    passages: passagesOf(t, 'floods.md').filter((p) => p.text.includes('levees')).map((p) => p.id),
    events: eventsOf(t, 'floods.md').filter((e) => e.statement.includes('levees') || e.statement.includes('new dam')).map((e) => e.id).sort(),
  });

  it('an article with the same passage twice keeps both apart, and an edit elsewhere leaves both ids alone', async () => {
    const before = await corpus({ 'floods.md': TWICE });
    const after = await corpus({ 'floods.md': TWICE.replace('A new bridge was opened in 1962.', 'A new bridge was opened in 1961.') });
    expect(new Set(repeatedIds(before).passages).size).toBe(2);
    expect(new Set(repeatedIds(before).events).size).toBe(repeatedIds(before).events.length);
    expect(repeatedIds(before).events.length).toBeGreaterThanOrEqual(4);
    expect(repeatedIds(after)).toEqual(repeatedIds(before));
  });

  it('editing the first of two equal passages shows as one reworded event pair, nothing added or removed', async () => {
    const before = await corpus({ 'floods.md': TWICE });
    const after = await corpus({ 'floods.md': TWICE.replace(REPEATED, REPEATED.replace('a new dam', 'a big new dam')) });
    const diff = diffTimelines(before, after);
    expect(diff.summary).toMatchObject({ added: 0, removed: 0, changed: 1, reworded: 1 });
  });

  // Content alone numbers repeated text by occurrence, so the untouched twin would become the
  // first occurrence and take its edited twin's ids; a rebuild carries the previous ids instead.
  it('editing the first of two equal passages leaves the ids of the untouched second one alone', async () => {
    const before = await corpus({ 'floods.md': TWICE });
    const after = await corpus({ 'floods.md': TWICE.replace(REPEATED, REPEATED.replace('a new dam', 'a big new dam')) }, before);
    const second = (t: Timeline) => passagesOf(t, 'floods.md').filter((p) => p.text === REPEATED).at(-1)!.id;
    expect(second(after)).toBe(second(before));
    const secondEvents = (t: Timeline) => eventsOf(t, 'floods.md').filter((e) => e.statement.includes('levees')).at(-1)!.id;
    expect(secondEvents(after)).toBe(secondEvents(before));
    expect(eventsOf(after, 'floods.md').map((e) => e.id)).toEqual(eventsOf(before, 'floods.md').map((e) => e.id));
  });

  it('a new article whose path slugs like an existing one leaves that article\u2019s event ids alone', async () => {
    const before = await corpus({ 'a-b.md': COUNCIL });
    const after = await corpus({ 'a-b.md': COUNCIL, 'a b.md': DROUGHT });
    expect(eventsOf(after, 'a-b.md').map((e) => e.id)).toEqual(eventsOf(before, 'a-b.md').map((e) => e.id));
    // ... and the diff does not see a change, though the document id behind the sources moved.
    const diff = diffTimelines(before, after);
    expect(diff.summary).toMatchObject({ added: 1, removed: 0, changed: 0 });
  });

  it('an article that reports the same happening joins the event, and the diff follows it by its statement', async () => {
    const before = await corpus({ 'siege.md': SIEGE });
    const after = await corpus({ 'siege.md': SIEGE, 'reach.md': REACH });
    const merged = after.events.find((e) => e.sources.length > 1);
    expect(merged?.sources.map((s) => s.document).sort()).toEqual(['reach', 'siege']);
    const diff = diffTimelines(before, after);
    expect(diff.summary).toMatchObject({ added: 0, removed: 0, changed: 1 });
    expect(diff.changed[0]).toMatchObject({ matchedBy: 'source', kinds: ['refined', 'sources-added', 'reworded'] });
    expect(diff.changed[0]!.after.date.value).toBe('2014-10-06');
  });

  // A merged event takes the id of its finest-dated statement (src/timeline/merge-events.ts,
  // combine), so built afresh the more precise new article would take over the event's id; a
  // rebuild keeps the id the event was published under.
  it('adding an article that reports the same happening leaves the other article\u2019s event ids alone', async () => {
    const before = await corpus({ 'siege.md': SIEGE });
    const after = await corpus({ 'siege.md': SIEGE, 'reach.md': REACH }, before);
    expect(after.events.find((e) => e.sources.length > 1)?.sources.map((s) => s.document).sort()).toEqual(['reach', 'siege']);
    const ids = (t: Timeline) => t.events.filter((e) => e.sources.some((s) => s.document === 'siege')).map((e) => e.id).sort();
    expect(ids(after)).toEqual(ids(before));
  });

  const STRIKE_A = `---
title: Strikes in the north
published: 2021-03-06
---
Strikes in the north

Drones struck Qamishli on 5 March 2021, Kurdish officials in Hasakah said, and the people there were afraid of more.
`;
  const STRIKE_B = `---
title: Drone strikes
published: 2021-03-06
---
Drone strikes

Drones struck Qamishli and Derik on 5 March 2021, and the people there were afraid of what would come.
`;
  /** About other things; it only names Derik more often, which makes the name less telling. */
  const MARKET = `---
title: Market news
published: 2021-06-01
---
Market news

The market in Derik reopened on 2 April 2021 after it had been closed for a long time by the owners.

Farmers near Derik protested in May 2021 because the price of the water that they use was too high.
`;

  it('an article about other things, at other dates, moves no merge decision: the diff shows only its own events', async () => {
    const before = await corpus({ 'a.md': STRIKE_A, 'b.md': STRIKE_B });
    const after = await corpus({ 'a.md': STRIKE_A, 'b.md': STRIKE_B, 'market.md': MARKET });
    expect(before.events.every((e) => e.sources.length === 1)).toBe(true);
    expect(after.events.every((e) => e.sources.length === 1)).toBe(true);
    const diff = diffTimelines(before, after);
    expect(diff.summary).toMatchObject({ added: 2, removed: 0, changed: 0 });
    expect(diff.added.map((e) => e.sources[0]!.document)).toEqual(['market', 'market']);
  });

  /** About other things on the same day: it names Derik, which makes the name less telling among that day's statements. */
  const MARKET_SAME_DAY = MARKET.replace('on 2 April 2021', 'on 5 March 2021').replace('in May 2021', 'on 5 March 2021');

  // The limit that stays: rarity is measured among the statements whose dates overlap, so an
  // article of the same dates can still make two others merge. Built afresh, the merged event
  // takes one of their ids; the other is a statement id of the merged event, which the alias map follows.
  it('an article of the same dates can make two others\u2019 events merge; the diff shows it as a merge', async () => {
    const before = await corpus({ 'a.md': STRIKE_A, 'b.md': STRIKE_B });
    const after = await corpus({ 'a.md': STRIKE_A, 'b.md': STRIKE_B, 'market.md': MARKET_SAME_DAY });
    const diff = diffTimelines(before, after);
    expect(diff.changed.map((c) => [c.matchedBy, c.kinds, c.after.sources.map((s) => s.document)])).toEqual([['id', ['sources-added'], ['a', 'b']]]);
    expect(diff.removed.map((e) => e.sources[0]!.document)).toEqual(['b']);
    expect(diff.added.map((e) => e.sources[0]!.document)).toEqual(['market', 'market']);
  });

  it('adding an article about other things changes no event id of the other articles', async () => {
    const before = await corpus({ 'a.md': STRIKE_A, 'b.md': STRIKE_B });
    const after = await corpus({ 'a.md': STRIKE_A, 'b.md': STRIKE_B, 'market.md': MARKET }, before);
    const ids = (t: Timeline) => t.events.filter((e) => e.sources.some((s) => s.document !== 'market')).map((e) => e.id).sort();
    expect(ids(after)).toEqual(ids(before));
    // ... nor built afresh: the rarity of "Derik" is measured among the statements of overlapping dates.
    expect(ids(await corpus({ 'a.md': STRIKE_A, 'b.md': STRIKE_B, 'market.md': MARKET }))).toEqual(ids(before));
  });

  // A document id comes from its own path alone (a path that is not its own slug gets a hash of
  // it), so a new file whose path slugs alike cannot move an untouched article's id.
  it('a new article whose path slugs like an existing one leaves that article\u2019s document id alone', async () => {
    const before = await corpus({ 'a-b.md': COUNCIL });
    const after = await corpus({ 'a-b.md': COUNCIL, 'a b.md': DROUGHT });
    expect(after.documents.find((d) => d.path === 'a-b.md')!.id).toBe(before.documents.find((d) => d.path === 'a-b.md')!.id);
  });
});
