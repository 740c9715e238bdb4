import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { diffTimelines, type TimelineDiff } from '../../src/diff/diff-timelines.ts';
import { describeChange } from '../../src/diff/describe-change.ts';
import { dateInterval } from '../../src/dates/index.ts';
import type { Timeline, TimelineEvent } from '../../src/types.ts';

/**
 * `timeline diff` is linear when every id of a document changed (issue 11, case 9): nothing
 * pairs by id, so every statement goes through similarity matching inside one document. For
 * each shape the time per event at n and at 4n events is compared as a ratio of the best CPU
 * time of several runs (never an absolute time): linear gives about 1, quadratic about 4.
 */
const CONTENT = path.resolve(import.meta.dirname, '../../content');
const files = readdirSync(CONTENT).filter((f) => /\.(?:txt|md)$/.test(f));
const sentences = files
  .flatMap((f) => readFileSync(path.join(CONTENT, f), 'utf8').split(/(?<=[.!?])\s+/u))
  .map((s) => s.replace(/\s+/gu, ' ').trim())
  .filter((s) => s.split(' ').length >= 6);

/** One document of these statements, each an event dated 2019-05-04, ids ending in `suffix`. */
function oneDocument(statements: string[], suffix: string): Timeline {
  const text = statements.join('\n\n');
  const date = dateInterval('2019-05-04')!;
  let at = 0;
  const events = statements.map((statement, k): TimelineEvent => {
    const start = at;
    at += statement.length + 2;
    const span = { start, end: start + statement.length, text: statement };
    const id = `e-${k}-${suffix}`;
    return {
      id,
      date,
      relation: 'on',
      headline: statement.slice(0, 80),
      status: 'happened',
      sources: [{ id, document: 'doc', passage: { id: `p-${k}`, ...span }, statement: span, mention: { start, end: start, text: '' }, attribution: null, hedged: false, status: 'happened', statusCues: [] }],
    };
  });
  const document = { id: 'doc', path: 'one.txt', title: 'one', published: null, publishedFrom: null, url: null, publisher: null, author: null, mode: 'news' as const, text, passages: [], mentions: [], chrome: [] };
  return { documents: [document], events, undated: [], diagnostics: [] };
}

/** Deterministic words from `list`, `count` a statement (a linear congruential sequence). */
function soup(list: string[], count: number, statements: number): string[] {
  let x = 11;
  return Array.from({ length: statements }, () =>
    Array.from({ length: count }, () => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return list[x % list.length];
    }).join(' '),
  );
}

const WORDS = ['the', 'council', 'said', 'bridge', 'river', 'on', 'Monday', 'reopened', 'after', 'repairs', 'town', 'flood'];
const SHAPES: Array<[string, (n: number) => string[], number]> = [
  // [shape, n statements, the share of events that may find no partner]
  ['every statement the same words', (n) => Array.from({ length: n }, () => 'The council said the bridge over the river reopened on Monday.'), 0],
  // Each soup is like hundreds of others: greedy matching, bounded or not, may leave a few whose partners were taken.
  ['every statement a soup of twelve common words', (n) => soup(WORDS, 10, n), 0.01],
  ['real sentences, repeated', (n) => Array.from({ length: n }, (_, k) => sentences[k % sentences.length]!), 0],
];

/** The same statements with every id changed and every third statement reworded (its last word dropped). */
function renamed(statements: string[]): Timeline {
  return oneDocument(statements.map((s, k) => (k % 3 === 0 ? s.replace(/\s+\S+\s*$/u, '') : s)), 'renamed');
}

function bestCpuSeconds(before: Timeline, after: Timeline, runs: number): { seconds: number; diff: TimelineDiff } {
  let best = Infinity;
  let diff: TimelineDiff | null = null;
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    diff = diffTimelines(before, after);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return { seconds: best, diff: diff! };
}

const N = 1_000;

describe('timeline diff is linear when every id of a document changed (time ratios, not absolute times)', () => {
  it('has real sentences to work on', () => {
    expect(sentences.length, `no seed sentences in ${CONTENT}`).toBeGreaterThan(50);
  });

  it.each(SHAPES)('%s: 4x the events cost at most 2x the time per event, and the events pair', (_name, make, unpaired) => {
    const cases = [N, 4 * N].map((n) => {
      const statements = make(n);
      return { n, before: oneDocument(statements, 'old'), after: renamed(statements) };
    });
    bestCpuSeconds(cases[0]!.before, cases[0]!.after, 1); // warm up the JIT on this shape
    let ratio = Infinity;
    // Other work on a shared machine can disturb one measurement; a quadratic cost (x4) fails every one.
    for (let attempt = 0; attempt < 3 && ratio > 2; attempt++) {
      const [small, large] = cases.map((c) => bestCpuSeconds(c.before, c.after, 3).seconds / c.n);
      ratio = Math.min(ratio, large! / small!);
    }
    expect(ratio).toBeLessThanOrEqual(2);
    for (const { n, before, after } of cases) {
      const { diff } = bestCpuSeconds(before, after, 1);
      // Each statement finds its renamed self (or one of the same words): nothing, or next to nothing, added or removed.
      expect(diff.summary.added).toBe(diff.summary.removed);
      expect(diff.summary.removed).toBeLessThanOrEqual(unpaired * n);
      expect(diff.summary.changed + diff.summary.unchanged + diff.summary.removed).toBe(n);
    }
  }, 120_000);
});

/**
 * One event told by `n` articles (wire copies merged into one event): `n` documents of one
 * statement each, all sources of the one event `e`. With `reworded`, every third statement has
 * lost its last word and the sources come in the reverse order (a scan of the other side per
 * source then walks it all).
 */
function oneEventOfSources(n: number, reworded: boolean): Timeline {
  const date = dateInterval('2019-05-04')!;
  const order = Array.from({ length: n }, (_, k) => (reworded ? n - 1 - k : k));
  const documents = order.map((k) => {
    const base = `${sentences[k % sentences.length]!} (${k})`;
    const text = reworded && k % 3 === 0 ? base.replace(/\s+\S+$/u, '') : base;
    return { id: `doc-${k}`, path: `doc-${k}.txt`, title: `doc ${k}`, published: null, publishedFrom: null, url: null, publisher: null, author: null, mode: 'news' as const, text, passages: [], mentions: [], chrome: [] };
  });
  const sources = documents.map((d) => {
    const span = { start: 0, end: d.text.length, text: d.text };
    return { id: `s-${d.id}`, document: d.id, passage: { id: 'p-0', ...span }, statement: span, mention: { start: 0, end: 0, text: '' }, attribution: null, hedged: false, status: 'happened' as const, statusCues: [] };
  });
  const event: TimelineEvent = { id: 'e', date, relation: 'on', headline: 'One event', status: 'happened', sources };
  return { documents, events: [event], undated: [], diagnostics: [] };
}

function bestCpuOfChange(before: Timeline, after: Timeline, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    const diff = diffTimelines(before, after);
    for (const change of diff.changed) describeChange(change);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return best;
}

describe('timeline diff is linear in the sources of one event (time ratios, not absolute times)', () => {
  const M = 2_000;
  it('one event with 4x the sources costs at most 2x the time per source, and every source pairs', () => {
    const cases = [M, 4 * M].map((n) => ({ n, before: oneEventOfSources(n, false), after: oneEventOfSources(n, true) }));
    bestCpuOfChange(cases[0]!.before, cases[0]!.after, 1); // warm up the JIT on this shape
    let ratio = Infinity;
    for (let attempt = 0; attempt < 3 && ratio > 2; attempt++) {
      const [small, large] = cases.map((c) => bestCpuOfChange(c.before, c.after, 3) / c.n);
      ratio = Math.min(ratio, large! / small!);
    }
    expect(ratio).toBeLessThanOrEqual(2);
    for (const { n, before, after } of cases) {
      const diff = diffTimelines(before, after);
      expect(diff.summary).toMatchObject({ changed: 1, added: 0, removed: 0 });
      expect(diff.changed[0]!.kinds).toEqual(['reworded']);
      const lines = describeChange(diff.changed[0]!);
      expect(lines.filter((l) => l.field === 'source')).toEqual([]);
      expect(lines.filter((l) => l.field === 'statement')).toHaveLength(Math.ceil(n / 3));
    }
  }, 120_000);
});
