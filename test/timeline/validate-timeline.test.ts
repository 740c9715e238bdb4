import { describe, expect, it } from 'vitest';
import { InvalidTimelineError, validateTimeline } from '../../src/timeline/validate-timeline.ts';
import type { Timeline } from '../../src/types.ts';
import { fixtureTimeline } from '../site/fixture-timeline.ts';

function problemsOf(change: (t: Timeline) => void): string[] {
  const timeline = fixtureTimeline();
  change(timeline);
  try {
    validateTimeline(timeline);
    return [];
  } catch (error) {
    if (error instanceof InvalidTimelineError) return error.problems;
    throw error;
  }
}

function renameDocument(timeline: Timeline, from: string, to: string): void {
  for (const doc of timeline.documents) if (doc.id === from) doc.id = to;
  for (const event of timeline.events) for (const source of event.sources) if (source.document === from) source.document = to;
  for (const undated of timeline.undated) if (undated.document === from) undated.document = to;
}

describe('validateTimeline', () => {
  it('accepts the fixture timeline as it is', () => {
    expect(problemsOf(() => {})).toEqual([]);
  });

  it.each<[string, (t: Timeline) => void, RegExp]>([
    ['a passage whose text is not its slice', (t) => void (t.documents[0]!.passages[2]!.start += 1), /kobani-siege passage (2|p-islamic-state-fighters)/],
    ['a mention past the end of the text', (t) => void (t.documents[0]!.mentions[0]!.end = 1e6), /kobani-siege mention 0/],
    ['a source in a document that does not exist', (t) => void (t.events[0]!.sources[0]!.document = 'nowhere'), /nowhere/],
    ['a source passage that is not a passage', (t) => void (t.events[0]!.sources[0]!.passage = { ...t.events[0]!.sources[0]!.passage, id: 'p-elsewhere' }), /passage p-elsewhere is not a passage of document/],
    ['a document id that cannot be a file name', (t) => renameDocument(t, 'kobani-siege', '../escape'), /id is not usable as a file name/],
    ['two events with one id', (t) => void (t.events[1]!.id = t.events[0]!.id), /id is not unique/],
    ['an event id with a space', (t) => void (t.events[0]!.id = 'two words'), /id is not usable as an anchor/],
    ['a date that is not a day', (t) => void (t.events[0]!.date.start = '2019'), /events\.0\.date\.start/],
    ['an event without sources', (t) => void (t.events[0]!.sources = []), /events\.0\.sources/],
  ])('rejects %s', (_, change, problem) => {
    expect(problemsOf(change)).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
  });
});
