import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffTimelines, type TimelineDiff } from '../../src/diff/diff-timelines.ts';
import { serialiseDiff, validateDiff } from '../../src/diff/diff-json.ts';
import type { Timeline } from '../../src/types.ts';
import { timelineOf, type EventSpec } from './timeline-builder.ts';

/**
 * Timelines are generated as a base of dated statements and a mutation of it (events dropped,
 * added, redated, their sentences edited), the way a corpus changes between two builds.
 */

const WORDS = ['river', 'bridge', 'council', 'vote', 'flood', 'army', 'town', 'north', 'talks', 'report', 'camp', 'border', 'trucks', 'evidence', 'mayor', 'dam'];
const DOCS = ['a.txt', 'b.txt', 'news/c.md'];

interface Statement {
  doc: string;
  words: string[];
  year: number;
  month: number | null;
}

const statementArb: fc.Arbitrary<Statement> = fc.record({
  doc: fc.constantFrom(...DOCS),
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 8 }),
  year: fc.integer({ min: 1990, max: 2024 }),
  month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
});

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function specOf(s: Statement, serial: number): EventSpec {
  const mention = s.month === null ? String(s.year) : `${MONTHS[s.month - 1]} ${s.year}`;
  const value = s.month === null ? String(s.year) : `${s.year}-${String(s.month).padStart(2, '0')}`;
  // The serial keeps statements apart, so event ids are unique as the pipeline's are.
  const statement = `Item ${serial}: the ${s.words.join(' ')} in ${mention}.`;
  return { value, sources: [{ doc: s.doc, statement, mention }] };
}

type Mutation =
  | { op: 'keep' }
  | { op: 'drop' }
  | { op: 'redate'; year: number }
  | { op: 'refine'; month: number }
  | { op: 'edit'; word: string; at: number }
  | { op: 'resolve'; year: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ op: 'keep' as const }),
  fc.constant({ op: 'drop' as const }),
  fc.record({ op: fc.constant('redate' as const), year: fc.integer({ min: 1990, max: 2024 }) }),
  fc.record({ op: fc.constant('refine' as const), month: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ op: fc.constant('edit' as const), word: fc.constantFrom(...WORDS), at: fc.nat() }),
  fc.record({ op: fc.constant('resolve' as const), year: fc.integer({ min: 1990, max: 2024 }) }),
);

/** The new version of one statement, or null when it is dropped; `resolve` changes the date only, as a new publication date would. */
function mutate(s: Statement, m: Mutation, serial: number): EventSpec | null {
  switch (m.op) {
    case 'keep':
      return specOf(s, serial);
    case 'drop':
      return null;
    case 'redate':
      return specOf({ ...s, year: m.year }, serial);
    case 'refine':
      return specOf({ ...s, month: s.month ?? m.month }, serial);
    case 'edit': {
      const words = [...s.words];
      words.splice(m.at % (words.length + 1), 0, m.word);
      return specOf({ ...s, words }, serial);
    }
    case 'resolve': {
      const spec = specOf(s, serial);
      return { ...spec, value: s.month === null ? String(m.year) : `${m.year}-${String(s.month).padStart(2, '0')}` };
    }
  }
}

/** Neighbouring events of different documents merged into one, as the pipeline merges reports of one happening. */
function join(specs: EventSpec[], joins: readonly boolean[]): EventSpec[] {
  const out: EventSpec[] = [];
  for (let i = 0; i < specs.length; i++) {
    const next = specs[i + 1];
    if (joins[i] && next && next.sources[0]!.doc !== specs[i]!.sources[0]!.doc) {
      out.push({ value: specs[i]!.value, sources: [...specs[i]!.sources, ...next.sources] });
      i++;
    } else out.push(specs[i]!);
  }
  return out;
}

const pairArb = fc
  .record({
    base: fc.array(fc.tuple(statementArb, mutationArb), { minLength: 0, maxLength: 25 }),
    extra: fc.array(statementArb, { maxLength: 6 }),
    joinsBefore: fc.array(fc.boolean(), { maxLength: 30 }),
    joinsAfter: fc.array(fc.boolean(), { maxLength: 30 }),
  })
  .map(({ base, extra, joinsBefore, joinsAfter }) => {
    const before = timelineOf(join(base.map(([s], i) => specOf(s, i)), joinsBefore));
    const mutated = base.map(([s, m], i) => mutate(s, m, i)).filter((spec): spec is EventSpec => spec !== null);
    const after = timelineOf(join([...mutated, ...extra.map((s, i) => specOf(s, base.length + i))], joinsAfter));
    return { before, after, mutations: base.map(([, m]) => m) };
  });

function sorted(ids: string[]): string[] {
  return [...ids].sort();
}

function accountedBefore(diff: TimelineDiff): string[] {
  return sorted([...diff.removed.map((e) => e.id), ...diff.changed.map((c) => c.before.id), ...diff.unchanged.map((u) => u.before)]);
}

function accountedAfter(diff: TimelineDiff): string[] {
  return sorted([...diff.added.map((e) => e.id), ...diff.changed.map((c) => c.after.id), ...diff.unchanged.map((u) => u.after)]);
}

const ids = (t: Timeline) => sorted(t.events.map((e) => e.id));

describe('diffTimelines, properties', () => {
  it('finds no difference between a timeline and itself', () => {
    fc.assert(
      fc.property(pairArb, ({ before }) => {
        const diff = diffTimelines(before, structuredClone(before));
        expect(diff.added).toEqual([]);
        expect(diff.removed).toEqual([]);
        expect(diff.changed).toEqual([]);
        expect(diff.summary.unchanged).toBe(before.events.length);
      }),
      { numRuns: 150 },
    );
  });

  it('accounts for every event of either timeline exactly once', () => {
    fc.assert(
      fc.property(pairArb, ({ before, after }) => {
        const diff = diffTimelines(before, after);
        expect(accountedBefore(diff)).toEqual(ids(before));
        expect(accountedAfter(diff)).toEqual(ids(after));
        expect(diff.changed.every((c) => c.kinds.length > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reports a statement whose date alone was resolved anew (and not merged) as a date change of the same event', () => {
    fc.assert(
      fc.property(pairArb, ({ before, after, mutations }) => {
        const diff = diffTimelines(before, after);
        const alone = (t: Timeline, i: number) => t.events.find((e) => e.sources.length === 1 && e.headline.startsWith(`Item ${i}:`));
        mutations.forEach((m, i) => {
          const old = alone(before, i);
          const renewed = alone(after, i);
          // Merged events are left to the other properties: their sources changed as well.
          if (m.op !== 'resolve' || !old || !renewed) return;
          expect(renewed.id).toBe(old.id);
          const change = diff.changed.find((c) => c.before.id === old.id);
          if (renewed.date.value === old.date.value) expect(diff.unchanged).toContainEqual({ before: old.id, after: old.id });
          else expect(change?.kinds).toEqual(['redated']);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('writes JSON that validates against the schema and reads back to the same diff', () => {
    fc.assert(
      fc.property(pairArb, ({ before, after }) => {
        const diff = diffTimelines(before, after);
        expect(validateDiff(JSON.parse(serialiseDiff(diff)))).toEqual(diff);
      }),
      { numRuns: 60 },
    );
  });

  it('does not depend on the order of the events in its input', () => {
    fc.assert(
      fc.property(pairArb, fc.nat(), ({ before, after }, seed) => {
        const rotate = (t: Timeline) => {
          const k = t.events.length === 0 ? 0 : seed % t.events.length;
          return { ...t, events: [...t.events.slice(k), ...t.events.slice(0, k)].reverse() };
        };
        expect(diffTimelines(rotate(before), rotate(after))).toEqual(diffTimelines(before, after));
      }),
      { numRuns: 100 },
    );
  });
});
