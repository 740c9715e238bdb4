import { describe, expect, it } from 'vitest';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { withTempPath } from '../support/temp-dir.ts';
import { readArticles } from '../../src/load/read-articles.ts';
import { analyseDocument } from '../../src/analyse/analyse-document.ts';
import { AnalysisCache } from '../../src/analyse/analysis-cache.ts';
import { applyMergePlan, mergeEvents, planMerge } from '../../src/timeline/merge-events.ts';
import { mergeCorpusEvents } from '../../src/timeline/merge-corpus-events.ts';
import { statementEvent as event } from '../support/statement-event.ts';
import type { SourceFile, TimelineEvent } from '../../src/types.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../content');

const SAME = 'Two bombs exploded outside U.S. embassies in Kenya and Tanzania on Friday, killing dozens.';
/** Beside the seed corpus's events: one happening told by two documents, and the same words on another day (a conflict). */
const TOLD_TWICE = [
  event('x-a', SAME, '1998-08-07'),
  event('x-b', 'Suspected bombs exploded outside the U.S. embassies in the Kenyan and Tanzanian capitals on Friday.', '1998-08-07'),
  event('x-c', SAME, '1998-09-07'),
];

/** The seed corpus's files, and their events with TOLD_TWICE (the plan's key is the files', the events are what is merged). */
async function corpus(): Promise<{ files: SourceFile[]; events: TimelineEvent[] }> {
  const { files } = await readArticles(CONTENT);
  expect(files.length, `no articles read from ${CONTENT}`).toBeGreaterThan(1);
  return { files, events: [...files.flatMap((f) => analyseDocument(f).events), ...TOLD_TWICE] };
}

const withCacheDir = (run: (dir: string) => Promise<void>) => withTempPath('timeline-plan-', 'site.cache', run);

const plans = async (dir: string) => (await readdir(dir)).filter((n) => n.startsWith('merge-plan-'));

describe('the merge plan', () => {
  it('groups the events told twice and marks the group that conflicts with them', async () => {
    const { events } = await corpus();
    const plan = planMerge(events);
    const at = (document: string) => events.findIndex((e) => e.sources[0]!.document === document);
    const told = plan.groups.findIndex((g) => g.includes(at('x-a')));
    const other = plan.groups.findIndex((g) => g.includes(at('x-c')));
    expect(plan.groups[told]).toEqual([at('x-a'), at('x-b')]);
    expect(plan.conflicts[told]).toEqual([other]);
    expect(plan.conflicts[other]).toEqual([told]);
    expect(plan.groups.flat().sort((x, y) => x - y)).toEqual(events.map((_, i) => i));
  });

  it('is refused by events it was not made for', async () => {
    const { events } = await corpus();
    const plan = planMerge(events);
    expect(() => applyMergePlan(events.slice(1), plan)).toThrow(/does not fit/);
    expect(() => applyMergePlan(events, { groups: [...plan.groups, [0]], conflicts: [...plan.conflicts, []] })).toThrow(/does not fit/);
  });
});

describe('mergeCorpusEvents and the cache', () => {
  it('keeps one plan, reads it back for the same files, and makes a new one when a file changes', async () => {
    await withCacheDir(async (dir) => {
      const { files, events } = await corpus();
      const expected = mergeEvents(events);
      expect(await mergeCorpusEvents(files, events, await AnalysisCache.open(dir))).toStrictEqual(expected);
      const [first] = await plans(dir);
      expect(first).toBeDefined();
      // Read back, not made again: a kept plan that merges nothing (it fits: every event alone) is what is applied.
      await writeFile(path.join(dir, first!), JSON.stringify({ groups: events.map((_, i) => [i]), conflicts: events.map(() => []) }));
      const served = await mergeCorpusEvents(files, events, await AnalysisCache.open(dir));
      expect(served).toHaveLength(events.length);
      expect(await plans(dir)).toEqual([first]);
      // An edited file is another corpus: another plan, the old one gone.
      const edited = [{ ...files[0]!, text: `${files[0]!.text}\nOn 3 March 2021 the council met again.\n` }, ...files.slice(1)];
      const editedEvents = [...edited.flatMap((f) => analyseDocument(f).events), ...TOLD_TWICE];
      expect(await mergeCorpusEvents(edited, editedEvents, await AnalysisCache.open(dir))).toStrictEqual(mergeEvents(editedEvents));
      const after = await plans(dir);
      expect(after).toHaveLength(1);
      expect(after[0]).not.toBe(first);
    });
  });

  it('makes the plan again when the kept one is corrupt or does not fit', async () => {
    await withCacheDir(async (dir) => {
      const { files, events } = await corpus();
      const expected = mergeEvents(events);
      await mergeCorpusEvents(files, events, await AnalysisCache.open(dir));
      const [name] = await plans(dir);
      for (const broken of ['{"groups": [[0', JSON.stringify({ groups: [[0]], conflicts: [[]] }), '"not a plan"']) {
        await writeFile(path.join(dir, name!), broken);
        expect(await mergeCorpusEvents(files, events, await AnalysisCache.open(dir))).toStrictEqual(expected);
      }
    });
  });
});
