import { describe, expect, it } from 'vitest';
import { planMerge } from '../../src/timeline/merge-events.ts';
import { replanMerge, type MergeMemory } from '../../src/timeline/replan-merge.ts';
import { statementEvent as event } from '../support/statement-event.ts';
import type { TimelineEvent } from '../../src/types.ts';
import { random } from '../../bench/bench-kit.ts';

const NAMES = ['Aetna', 'Telerate', 'Kenya', 'Tanzania', 'Boeing', 'Ankara', 'Idlib', 'Reuters', 'Mosul', 'Geneva', 'Lagos', 'Quito'];
const WORDS = ['bombs', 'exploded', 'embassy', 'shares', 'closed', 'talks', 'collapsed', 'troops', 'crossed', 'border', 'council', 'voted', 'strike', 'began', 'prices', 'rose', 'ceasefire', 'signed'];
const DATES = ['1998-08-07', '1998-08-08', '1998-08', '1998', '1998-09-07', '1999-03-02', '1999-03', '1999', '2001-01-15', '1990'];

/** One story's sentence, told with a little variation: its names, some of its words, maybe a figure and a filler word everyone uses. */
function tell(story: number, next: () => number): string {
  const pick = <T,>(list: readonly T[], k: number) => list[(story * 7 + k) % list.length]!;
  const words = [pick(WORDS, 0), pick(WORDS, 3), pick(WORDS, 5), pick(WORDS, 11)].filter(() => next() > 0.2);
  const names = [pick(NAMES, 0), pick(NAMES, 5)].filter(() => next() > 0.15);
  const figure = next() > 0.7 ? ` killing ${10 + (story % 3)} people` : '';
  return `Officials said ${names.join(' and ') || 'the city'} ${words.join(' ')}${figure} on the day.`;
}

interface Doc {
  name: string;
  version: number;
  statements: Array<[string, string]>;
}

function makeDoc(name: string, next: () => number): Doc {
  const count = 1 + Math.floor(next() * 3);
  const statements: Array<[string, string]> = [];
  for (let k = 0; k < count; k++) {
    const story = Math.floor(next() * 25);
    statements.push([tell(story, next), DATES[(story + (next() > 0.8 ? 1 : 0)) % DATES.length]!]);
  }
  return { name, version: 0, statements };
}

function eventsOf(docs: readonly Doc[]): { events: TimelineEvent[]; keys: string[] } {
  const ordered = [...docs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const events: TimelineEvent[] = [];
  const keys: string[] = [];
  for (const doc of ordered) {
    for (const [text, date] of doc.statements) {
      events.push(event(doc.name, text, date));
      keys.push(`${doc.name}#${doc.version}`);
    }
  }
  return { events, keys };
}

type Edit = (docs: Doc[], next: () => number) => void;

const EDITS: Array<[string, Edit]> = [
  ['one statement reworded', (docs, next) => {
    const doc = docs[Math.floor(next() * docs.length)]!;
    doc.statements[0] = [tell(Math.floor(next() * 25), next), doc.statements[0]![1]];
    doc.version++;
  }],
  ['one statement redated', (docs, next) => {
    const doc = docs[Math.floor(next() * docs.length)]!;
    doc.statements[0] = [doc.statements[0]![0], DATES[Math.floor(next() * DATES.length)]!];
    doc.version++;
  }],
  ['one document added', (docs, next) => {
    docs.push(makeDoc(`d${String(Math.floor(next() * 1e6)).padStart(6, '0')}x`, next));
  }],
  ['one document removed', (docs, next) => {
    docs.splice(Math.floor(next() * docs.length), 1);
  }],
];

describe('replanMerge', () => {
  it('gives the plan planMerge gives, after edits, additions and removals that change merges', () => {
    const next = random(20261203);
    const docs = Array.from({ length: 120 }, (_, d) => makeDoc(`d${String(d * 1000).padStart(6, '0')}`, next));
    let { events, keys } = eventsOf(docs);
    let memory: MergeMemory = replanMerge(events, keys, 'v1').memory;
    let changedMerges = 0;
    let partial = 0;
    for (let round = 0; round < 60; round++) {
      const [what, edit] = EDITS[round % EDITS.length]!;
      const before = planMerge(events);
      edit(docs, next);
      ({ events, keys } = eventsOf(docs));
      const expected = planMerge(events);
      const result = replanMerge(events, keys, 'v1', memory);
      expect(result.plan, `round ${round}: ${what}`).toStrictEqual(expected);
      if (JSON.stringify(before.groups.map((g) => g.length).sort()) !== JSON.stringify(expected.groups.map((g) => g.length).sort())) changedMerges++;
      if (result.replanned < events.length) partial++;
      memory = result.memory;
    }
    // The edits did move merges, and the memory was used (not every event compared again each time).
    expect(changedMerges).toBeGreaterThan(10);
    expect(partial).toBeGreaterThan(30);
  });

  it('follows a word that becomes common in the corpus (COMMON_WORD) where no statement of its dates changed', () => {
    // The same words on two dates a year apart (a conflict, found while their words are not
    // common); then statements of 2010 with those words, added until every word is common in the
    // corpus: 1998 and 1999 are then searched only within their own years, and the conflict is
    // no longer a candidate, though neither statement's dates saw a change.
    const text = 'Officials said Kenya talks collapsed again.';
    const docs: Doc[] = [
      { name: 'a', version: 0, statements: [[text, '1998-08-07']] },
      { name: 'b', version: 0, statements: [[text, '1999-03-02']] },
    ];
    let { events, keys } = eventsOf(docs);
    let memory = replanMerge(events, keys, 'v1').memory;
    const conflicted: boolean[] = [];
    for (let round = 0; round < 6; round++) {
      for (let k = 0; k < 50; k++) docs.push({ name: `z${round}-${k}`, version: 0, statements: [[`In Kenya officials ${k % 2 === 0 ? 'said' : 'saw'} talks collapsed, ${round}${k} times.`, `2010-0${1 + (k % 9)}-1${round}`]] });
      ({ events, keys } = eventsOf(docs));
      const expected = planMerge(events);
      const result = replanMerge(events, keys, 'v1', memory);
      expect(result.plan, `round ${round}`).toStrictEqual(expected);
      conflicted.push(expected.conflicts[expected.groups.findIndex((g) => g.includes(0))]!.includes(expected.groups.findIndex((g) => g.includes(1))));
      memory = result.memory;
    }
    expect(conflicted, 'the two statements conflict while their words are rare, not once they are common').toEqual([true, true, true, false, false, false]);
  });

  it('compares every event again under another tool version or options, and when the memory does not fit', () => {
    const next = random(11);
    const docs = Array.from({ length: 40 }, (_, d) => makeDoc(`v${d}`, next));
    const { events, keys } = eventsOf(docs);
    const { memory } = replanMerge(events, keys, 'tool-a');
    expect(replanMerge(events, keys, 'tool-a', memory).replanned).toBe(0);
    const other = replanMerge(events, keys, 'tool-b', memory);
    expect(other.replanned).toBe(events.length);
    expect(other.plan).toStrictEqual(planMerge(events));
    // The same files in another order: nothing kept.
    const reordered = replanMerge([...events].reverse(), [...keys].reverse(), 'tool-a', memory);
    expect(reordered.replanned).toBe(events.length);
    expect(reordered.plan).toStrictEqual(planMerge([...events].reverse()));
  });
});
