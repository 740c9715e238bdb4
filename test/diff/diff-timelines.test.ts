import { describe, expect, it } from 'vitest';
import { diffTimelines, hasDifferences, type TimelineDiff } from '../../src/diff/diff-timelines.ts';
import { dateChange } from '../../src/diff/classify-change.ts';
import { jaccard, tokenSet, SIMILARITY_THRESHOLD } from '../../src/diff/match-events.ts';
import { dateInterval } from '../../src/dates/index.ts';
import { ev, timelineOf, type EventSpec } from './timeline-builder.ts';

const FLOOD = 'The river burst its banks in the north of the country in 2019.';
const BRIDGE = 'The old bridge was lost when the water rose on 13 October 2019.';
const COUNCIL = 'The council met on 2 March 2020 and voted for a new dam.';

const base: EventSpec[] = [ev('a.txt', FLOOD, '2019'), ev('a.txt', BRIDGE, '2019-10-13', { mention: '13 October 2019' }), ev('b.txt', COUNCIL, '2020-03-02', { mention: '2 March 2020' })];

/** The diff as a user reads it: per change, the old and new headline and the kinds. */
function changes(diff: TimelineDiff) {
  return diff.changed.map((c) => ({ before: c.before.headline, after: c.after.headline, kinds: c.kinds, matchedBy: c.matchedBy }));
}

describe('diffTimelines, one kind of change at a time', () => {
  it('finds nothing between a timeline and itself', () => {
    const diff = diffTimelines(timelineOf(base), timelineOf(base));
    expect(hasDifferences(diff)).toBe(false);
    expect(diff.summary).toMatchObject({ added: 0, removed: 0, changed: 0, unchanged: 3 });
  });

  it('reports an added and a removed event, with their dates', () => {
    const added = ev('b.txt', 'A second vote followed in May 2020.', '2020-05', { mention: 'May 2020' });
    const diff = diffTimelines(timelineOf(base.slice(1)), timelineOf([...base.slice(1), added]));
    expect(diff.added.map((e) => [e.date.value, e.headline])).toEqual([['2020-05', 'A second vote followed in May 2020.']]);
    expect(diff.removed).toEqual([]);
    const reverse = diffTimelines(timelineOf([...base.slice(1), added]), timelineOf(base.slice(1)));
    expect(reverse.removed.map((e) => e.headline)).toEqual(['A second vote followed in May 2020.']);
    expect(reverse.summary).toMatchObject({ added: 0, removed: 1, changed: 0, unchanged: 2 });
  });

  it('reports a new date value as redated, the edited sentence being the same event', () => {
    const after = [...base];
    after[1] = ev('a.txt', BRIDGE.replace('13 October', '14 October'), '2019-10-14', { mention: '14 October 2019' });
    const diff = diffTimelines(timelineOf(base), timelineOf(after));
    expect(diff.summary).toMatchObject({ added: 0, removed: 0, changed: 1, redated: 1, reworded: 1 });
    expect(diff.changed[0]!.before.date.value).toBe('2019-10-13');
    expect(diff.changed[0]!.after.date.value).toBe('2019-10-14');
    // An event id leaves out the date that dates its statement, so a corrected date keeps the id.
    expect(changes(diff)[0]!.matchedBy).toBe('id');
  });

  it('reports a date resolved differently (same id, same sentence) as redated only', () => {
    const after = [...base];
    after[2] = ev('b.txt', COUNCIL, '2021-03-02', { mention: '2 March 2020' });
    const diff = diffTimelines(timelineOf(base), timelineOf(after));
    expect(changes(diff)).toEqual([{ before: COUNCIL, after: COUNCIL, kinds: ['redated'], matchedBy: 'id' }]);
  });

  it('reports 2019 -> October 2019 as refined, and the way back as coarsened', () => {
    const refined = [...base];
    refined[0] = ev('a.txt', FLOOD.replace('in 2019', 'in October 2019'), '2019-10', { mention: 'October 2019' });
    expect(changes(diffTimelines(timelineOf(base), timelineOf(refined)))[0]!.kinds).toEqual(['refined', 'reworded']);
    expect(changes(diffTimelines(timelineOf(refined), timelineOf(base)))[0]!.kinds).toEqual(['coarsened', 'reworded']);
  });

  it.each([
    ['2019', '2019-10', 'refined'],
    ['2019-10', '2019-10-13', 'refined'],
    ['2019-10-13', '2019-10-13T10:00', 'refined'],
    ['2019-Q4', '2019-10', 'refined'],
    ['2019-10', '2019-Q4', 'coarsened'],
    ['2019-10-13', '2019', 'coarsened'],
    ['2019-10', '2019-11', 'redated'],
    ['2019', '2020-01', 'redated'],
    ['2019-10', '2019-10', null],
  ] as const)('dateChange %s -> %s is %s', (before, after, expected) => {
    expect(dateChange(dateInterval(before)!, dateInterval(after)!)).toBe(expected);
  });

  it('reports a changed relation', () => {
    const after = [...base];
    after[0] = ev('a.txt', FLOOD, '2019', { relation: 'since' });
    expect(changes(diffTimelines(timelineOf(base), timelineOf(after)))[0]!.kinds).toEqual(['relation-changed']);
  });

  it('does not report in -> on as a relation change when it only follows a finer date, but does report since', () => {
    const month = 'MIT was caught moving missiles by truck in January 2014.';
    const day = 'MIT was caught moving missiles by truck on 3 January 2014.';
    const before = timelineOf([ev('a.txt', month, '2014-01', { mention: 'January 2014' })]);
    expect(changes(diffTimelines(before, timelineOf([ev('a.txt', day, '2014-01-03', { mention: '3 January 2014' })])))[0]!.kinds).toEqual(['refined', 'reworded']);
    const since = timelineOf([ev('a.txt', month.replace('in January', 'since January'), '2014-01', { mention: 'January 2014', relation: 'since' })]);
    expect(changes(diffTimelines(before, since))[0]!.kinds).toEqual(['relation-changed', 'reworded']);
  });

  it('reports a new corroborating source and its removal', () => {
    const corroborated: EventSpec[] = [
      base[0]!,
      base[1]!,
      { value: '2020-03-02', sources: [{ doc: 'b.txt', statement: COUNCIL, mention: '2 March 2020' }, { doc: 'c.txt', statement: 'Councillors confirmed the vote of 2 March 2020.', mention: '2 March 2020' }] },
    ];
    const diff = diffTimelines(timelineOf(base), timelineOf(corroborated));
    expect(changes(diff)).toEqual([{ before: COUNCIL, after: COUNCIL, kinds: ['sources-added'], matchedBy: 'id' }]);
    expect(diff.changed[0]!.after.sources.map((s) => s.document)).toEqual(['b', 'c']);
    expect(changes(diffTimelines(timelineOf(corroborated), timelineOf(base)))[0]!.kinds).toEqual(['sources-removed']);
  });

  it('follows an event that another article joined, though it took that article\u2019s id', () => {
    const kobaniA = 'Islamic State fighters entered the outskirts of Kobani in October 2014, officials said.';
    const kobaniB = 'Islamic State fighters entered the outskirts of Kobani on 6 October 2014.';
    const alone = timelineOf([ev('a.txt', kobaniA, '2014-10', { mention: 'October 2014' }), base[2]!]);
    // Merged, the event takes the id and date of its finest statement: the new article's.
    const merged = timelineOf([
      { value: '2014-10-06', sources: [{ doc: 'b.txt', statement: kobaniB, mention: '6 October 2014' }, { doc: 'a.txt', statement: kobaniA, mention: 'October 2014' }] },
      base[2]!,
    ]);
    expect(merged.events[0]!.id).not.toBe(alone.events[0]!.id);
    const diff = diffTimelines(alone, merged);
    expect(diff.summary).toMatchObject({ added: 0, removed: 0, changed: 1, unchanged: 1 });
    expect(diff.changed[0]).toMatchObject({ matchedBy: 'source', kinds: ['refined', 'sources-added', 'reworded'] });
    // Apart again: the new article's statement keeps the merged event's id, the old one is its own event.
    const apart = diffTimelines(merged, timelineOf([ev('a.txt', kobaniA, '2014-10', { mention: 'October 2014' }), ev('b.txt', kobaniB, '2014-10-06', { mention: '6 October 2014' }), base[2]!]));
    expect(apart.summary).toMatchObject({ added: 1, removed: 0, changed: 1, 'sources-removed': 1 });
    expect(apart.added[0]!.headline).toBe(kobaniA);
  });

  it('reports a changed attribution and a changed hedge', () => {
    const after = [...base];
    after[0] = ev('a.txt', FLOOD, '2019', { attribution: 'the mayor' });
    after[2] = ev('b.txt', COUNCIL, '2020-03-02', { mention: '2 March 2020', hedge: 'reportedly' });
    const diff = diffTimelines(timelineOf(base), timelineOf(after));
    expect(changes(diff).map((c) => [c.before, c.kinds])).toEqual([
      [FLOOD, ['attribution-changed']],
      [COUNCIL, ['hedging-changed']],
    ]);
  });

  it('shows an edited sentence as reworded, not as a removal and an addition', () => {
    const edited = 'The river burst its banks in the north and east of the country in 2019.';
    const after = [ev('a.txt', edited, '2019'), base[1]!, base[2]!];
    const diff = diffTimelines(timelineOf(base), timelineOf(after));
    expect(diff.summary).toMatchObject({ added: 0, removed: 0, changed: 1, reworded: 1, unchanged: 2 });
    expect(diff.changed[0]!.before.id).not.toBe(diff.changed[0]!.after.id);
    expect(diff.changed[0]!.id).toBe(diff.changed[0]!.after.id);
  });

  it('does not pair a rewritten sentence below the threshold, nor a sentence of another document', () => {
    const rewritten = 'Officials counted the damage to farms for months in 2019.';
    expect(jaccard(tokenSet(FLOOD), tokenSet(rewritten))).toBeLessThan(SIMILARITY_THRESHOLD);
    const diff = diffTimelines(timelineOf(base), timelineOf([ev('a.txt', rewritten, '2019'), base[1]!, base[2]!]));
    expect(diff.summary).toMatchObject({ added: 1, removed: 1, changed: 0 });
    const moved = diffTimelines(timelineOf(base), timelineOf([ev('c.txt', FLOOD, '2019'), base[1]!, base[2]!]));
    expect(moved.summary).toMatchObject({ added: 1, removed: 1, changed: 0 });
  });

  it('pairs the two events of one edited sentence each with its own date', () => {
    const two = 'Talks opened in March 2018 and failed in June 2018, officials said.';
    const edited = 'Talks opened in March 2018 and finally failed in June 2018, officials said.';
    const before = timelineOf([ev('a.txt', two, '2018-03', { mention: 'March 2018' }), ev('a.txt', two, '2018-06', { mention: 'June 2018' })]);
    const after = timelineOf([ev('a.txt', edited, '2018-03', { mention: 'March 2018' }), ev('a.txt', edited, '2018-06', { mention: 'June 2018' })]);
    const diff = diffTimelines(before, after);
    expect(diff.changed.map((c) => [c.before.date.value, c.after.date.value, c.kinds])).toEqual([
      ['2018-03', '2018-03', ['reworded']],
      ['2018-06', '2018-06', ['reworded']],
    ]);
  });

  it('is not fooled by a document id that moved (two paths that slug alike)', () => {
    const after = timelineOf(base, { documentIds: { 'b.txt': 'b-2' } });
    const diff = diffTimelines(timelineOf(base), after);
    expect(diff.summary).toMatchObject({ added: 0, removed: 0, changed: 0, unchanged: 3 });
  });

  it('gives the same diff whatever the order of the events in the input', () => {
    const after = [ev('a.txt', FLOOD.replace('north', 'far north'), '2019'), base[1]!, ev('b.txt', COUNCIL, '2020-03-03', { mention: '2 March 2020' })];
    const forward = diffTimelines(timelineOf(base), timelineOf(after));
    const shuffled = (specs: EventSpec[]) => {
      const t = timelineOf(specs);
      return { ...t, events: [...t.events].reverse() };
    };
    expect(diffTimelines(shuffled(base), shuffled(after))).toEqual(forward);
  });

  it('lists added, removed and changed events in timeline order', () => {
    const SAID: Record<number, string> = {
      1999: 'Engineers first surveyed the valley in 1999.',
      2003: 'A drought emptied the reservoir in 2003.',
      2007: 'Farmers protested against water prices in 2007.',
      2011: 'The government approved funding in 2011.',
      2015: 'Construction of the dam finally began in 2015.',
    };
    const many = (year: number) => ev('d.txt', SAID[year]!, String(year));
    const diff = diffTimelines(timelineOf([many(2015), many(2003)]), timelineOf([many(2011), many(1999), many(2007)]));
    expect(diff.added.map((e) => e.date.value)).toEqual(['1999', '2007', '2011']);
    expect(diff.removed.map((e) => e.date.value)).toEqual(['2003', '2015']);
  });
});
