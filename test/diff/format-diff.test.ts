import { describe, expect, it } from 'vitest';
import { diffTimelines } from '../../src/diff/diff-timelines.ts';
import { formatDiff, formatMarkdown, formatText } from '../../src/diff/format-diff.ts';
import { groupChanges } from '../../src/diff/change-kinds.ts';
import { serialiseDiff, validateDiff } from '../../src/diff/diff-json.ts';
import { changeMarks } from '../../src/diff/change-marks.ts';
import { elideCommon } from '../../src/diff/describe-change.ts';
import { ev, timelineOf, type EventSpec } from './timeline-builder.ts';

const FLOOD = 'The river burst its banks in the north of the country in 2019.';
const BRIDGE = 'The old bridge was lost when the water rose on 13 October 2019.';
const COUNCIL = 'The council met on 2 March 2020 and voted for a new dam.';
const HOSTILE = 'Rebels took the <script>alert(1)</script> | town | in **June 2016**, \u001b[31mofficials\u001b[0m said.';

const before: EventSpec[] = [
  ev('a.txt', FLOOD, '2019'),
  ev('a.txt', BRIDGE, '2019-10-13', { mention: '13 October 2019' }),
  ev('b.txt', COUNCIL, '2020-03-02', { mention: '2 March 2020' }),
];
const after: EventSpec[] = [
  ev('a.txt', FLOOD.replace('in 2019', 'in October 2019'), '2019-10', { mention: 'October 2019' }),
  ev('a.txt', BRIDGE, '2019-10-13', { mention: '13 October 2019', attribution: 'the mayor', hedge: 'reportedly' }),
  ev('c.txt', HOSTILE, '2016-06', { mention: 'June 2016' }),
];
const diff = diffTimelines(timelineOf(before), timelineOf(after));

describe('formatText', () => {
  const text = formatText(diff, { color: false });

  it('opens with the counts and groups the events by kind, each with its date and headline', () => {
    expect(text.split('\n')[0]).toBe('1 added, 1 removed, 2 changed (1 refined, 1 attribution changed, 1 hedging changed, 1 reworded), 0 unchanged');
    const sections = [...text.matchAll(/^(\w[\w ]*) \((\d+)\)$/gmu)].map((m) => [m[1], Number(m[2])]);
    expect(sections).toEqual([['Added', 1], ['Removed', 1], ['Refined', 1], ['Attribution changed', 1]]);
    expect(text).toContain('  - 2020-03-02  The council met on 2 March 2020 and voted for a new dam.  (b)');
    expect(text).toContain('  ~ 2019 -> 2019-10  The river burst its banks in the north of the country in October 2019.  (a)');
    expect(text).toContain('date: 2019 -> 2019-10 (refined)');
    expect(text).toContain('statement: "… of the country in 2019." -> "… of the country in October 2019."');
    expect(text).toContain('attribution: Example Wire -> the mayor');
    expect(text).toContain('hedging: not hedged -> hedged (reportedly)');
  });

  it('lists each changed event once, under its first kind', () => {
    expect(groupChanges(diff.changed).flatMap((g) => g.changes)).toHaveLength(diff.changed.length);
    expect(text.match(/^ {2}~ /gmu)).toHaveLength(diff.changed.length);
  });

  it('keeps escape sequences from the corpus off the terminal, and colours only when asked', () => {
    expect(text).not.toContain('\u001b');
    const coloured = formatText(diff, { color: true });
    expect(coloured).toContain('\u001b[32m+ 2016-06\u001b[0m');
    expect(coloured).toContain('\u001b[31m- 2020-03-02\u001b[0m');
    expect(coloured.replace(/\u001b\[\d+m/gu, '')).toBe(text);
  });

  it('says so when nothing changed', () => {
    const same = diffTimelines(timelineOf(before), timelineOf(before));
    expect(formatText(same, { color: true })).toBe('\u001b[1m0 added, 0 removed, 0 changed, 3 unchanged\u001b[0m\n');
  });
});

describe('formatMarkdown', () => {
  const markdown = formatMarkdown(diff);

  it('has a summary table and a section per kind', () => {
    expect(markdown).toContain('| Added | 1 |\n| Removed | 1 |\n| Changed | 2 |\n| ↳ refined | 1 |');
    expect(markdown).toContain('#### Added (1)');
    expect(markdown).toContain('#### Refined (1)');
    expect(markdown).toContain('- **2019 → 2019-10** The river burst its banks');
  });

  it('renders corpus text inert: no HTML, no emphasis, no broken table', () => {
    const row = markdown.split('\n').find((line) => line.startsWith('| 2016-06 |'))!;
    expect(row).not.toMatch(/<script>|\*\*June/u);
    expect(row).toContain('\\<script\\>');
    expect(row.split(/(?<!\\)\|/u)).toHaveLength(5);
  });
});

describe('the JSON', () => {
  it('validates and keeps everything', () => {
    const json = formatDiff(diff, 'json', { color: false });
    expect(validateDiff(JSON.parse(json))).toEqual(diff);
    expect(json).toBe(serialiseDiff(diff));
  });

  it('refuses a summary that does not count its lists, and unknown kinds', () => {
    const wrong = JSON.parse(serialiseDiff(diff)) as { summary: { added: number }; changed: Array<{ kinds: string[] }> };
    wrong.summary.added = 7;
    expect(() => validateDiff(wrong)).toThrow('summary.added is 7 but 1 are listed');
    const unknown = JSON.parse(serialiseDiff(diff)) as { changed: Array<{ kinds: string[] }> };
    unknown.changed[0]!.kinds = ['moved'];
    expect(() => validateDiff(unknown)).toThrow();
  });
});

describe('changeMarks', () => {
  it('marks the new and changed events of the new timeline by id', () => {
    const marks = changeMarks(diff);
    expect([...marks.values()].sort()).toEqual(['added', 'changed', 'changed']);
    const afterIds = new Set(timelineOf(after).events.map((e) => e.id));
    for (const id of marks.keys()) expect(afterIds.has(id)).toBe(true);
    expect(marks.get(diff.added[0]!.id)).toBe('added');
  });
});

describe('merged events', () => {
  it('says which event a removed event\u2019s statement joined', () => {
    const a = 'Drones struck Qamishli on 5 March 2021, officials in Hasakah said.';
    const b = 'Drones struck Qamishli and Derik on 5 March 2021.';
    const apart = timelineOf([ev('a.txt', a, '2021-03-05', { mention: '5 March 2021' }), ev('b.txt', b, '2021-03-05', { mention: '5 March 2021' })]);
    const together = timelineOf([{ value: '2021-03-05', sources: [{ doc: 'a.txt', statement: a, mention: '5 March 2021' }, { doc: 'b.txt', statement: b, mention: '5 March 2021' }] }]);
    const diff = diffTimelines(apart, together);
    expect(diff.summary).toMatchObject({ removed: 1, changed: 1, 'sources-added': 1 });
    expect(formatText(diff, { color: false })).toContain(`  - 2021-03-05  ${b}  (b)\n      merged into: 2021-03-05  ${a}\n`);
    expect(formatMarkdown(diff)).toContain(`| 2021-03-05 | ${b} (merged into: 2021-03-05 ${a}) | b |`);
  });
});

describe('elideCommon', () => {
  it.each([
    ['a b c d e f g h i j k l m', 'a b c d e X g h i j k l m', '… b c d e f g h i j …', '… b c d e X g h i j …'],
    ['one two', 'one three', 'one two', 'one three'],
    ['same', 'same', 'same', 'same'],
  ])('%s / %s', (before, after, b, a) => {
    expect(elideCommon(before, after, 4)).toEqual([b, a]);
  });
});
