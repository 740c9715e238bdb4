import { createHash } from 'node:crypto';
import type { TimelineEvent } from '../types.ts';
import { clusterPairs, COMMON_WORD, prepareMerge, reachingRows, scoreRow, type FoundPairs, type MergeInputs, type MergePlan } from './merge-events.ts';

/**
 * What one merge leaves for the next (`replanMerge`): the pairs it found, and what each pair
 * depended on that an edit elsewhere can change. Plain JSON, kept beside the analyses.
 */
export interface MergeMemory {
  /** The tool version and options it was made under: a memory of another is not used. */
  version: string;
  /** Who each event is: runs of [the analysis key of its file, how many events in a row are that file's]. */
  files: Array<[string, number]>;
  /** Per event, a hash of its name facts (its names in order, each with its weight among the statements of its dates). */
  facts: string[];
  /** The words found in more than COMMON_WORD events, and the word-and-year lists longer than that. */
  commonWords: string[];
  commonInYear: string[];
  /** The pairs found (`FoundPairs`), as indices into the events. */
  pairs: Array<[number, number, number]>;
  conflicts: Array<[number, number]>;
}

export interface Replanned {
  plan: MergePlan;
  memory: MergeMemory;
  /** How many events had their pairs found again (all of them without a usable memory). */
  replanned: number;
}

function factsHash(inputs: MergeInputs): string[] {
  return inputs.facts.map((f) => createHash('sha1').update(JSON.stringify([...f.weights])).digest('base64'));
}

function runsOf(keys: readonly string[]): Array<[string, number]> {
  const runs: Array<[string, number]> = [];
  for (const key of keys) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last[0] === key) last[1]++;
    else runs.push([key, 1]);
  }
  return runs;
}

/**
 * Where each event of the previous memory is now (-1: gone or changed), or null when the
 * events that stayed are not in the same order (then nothing is kept).
 */
function placesNow(previous: MergeMemory, runs: ReadonlyArray<[string, number]>): Int32Array | null {
  const startOf = new Map<string, { start: number; count: number }>();
  let at = 0;
  for (const [key, count] of runs) {
    if (key !== '') startOf.set(key, { start: at, count });
    at += count;
  }
  const total = previous.files.reduce((sum, [, count]) => sum + count, 0);
  const places = new Int32Array(total).fill(-1);
  let old = 0;
  let last = -1;
  for (const [key, count] of previous.files) {
    const now = key === '' ? undefined : startOf.get(key);
    if (now !== undefined) {
      if (now.count !== count || now.start <= last) return null;
      for (let k = 0; k < count; k++) places[old + k] = now.start + k;
      last = now.start + count - 1;
    }
    old += count;
  }
  return places;
}

/**
 * The merge plan of `events` (the same as `planMerge`'s), finding again only the pairs an
 * edit can change. `fileKeys[i]` is the analysis key of event i's file (the events of one
 * file in a row, files in corpus order), or '' when it has none (then it is always found again).
 *
 * A pair of two events whose inputs did not change is kept from `previous`; every pair with an
 * event that is new, or whose inputs changed, is found again. The inputs of the row of event i
 * (`scoreRow`: the pairs it forms with the events after it) are its profile (fixed by its
 * file's analysis key), its name facts (hashed: they depend on the statements of its dates),
 * which of its words are followed (the common words and common year lists, compared as sets),
 * and the members of the lists it follows, which only new or removed events change. So
 * "dirty" events are those of new or edited files, those whose facts hash changed and those
 * holding a word or a year list that became common or stopped being; the rows that can reach a
 * dirty event are scored again against the dirty events only (`reachingRows`), a dirty
 * event's own row in full. Clustering (`clusterPairs`) is always done again over all pairs.
 */
export function replanMerge(events: readonly TimelineEvent[], fileKeys: readonly string[], version: string, previous?: MergeMemory): Replanned {
  if (fileKeys.length !== events.length) throw new Error('replanMerge: one file key per event');
  const inputs = prepareMerge(events);
  const facts = factsHash(inputs);
  const commonWords = [...inputs.index].filter(([, list]) => list.length > COMMON_WORD).map(([w]) => w).sort();
  const commonInYear = [...inputs.dated].filter(([, list]) => list.length > COMMON_WORD).map(([k]) => k).sort();
  const runs = runsOf(fileKeys);
  const found: FoundPairs = { pairs: [], conflicts: [] };
  const places = previous !== undefined && previous.version === version && previous.facts.length === previous.files.reduce((s, [, c]) => s + c, 0) ? placesNow(previous, runs) : null;
  let replanned = events.length;
  if (places === null) {
    for (let i = 0; i < events.length; i++) scoreRow(inputs, i, () => true, found);
  } else {
    const dirty = new Uint8Array(events.length).fill(1);
    places.forEach((now, old) => {
      if (now >= 0 && previous!.facts[old] === facts[now]) dirty[now] = 0;
    });
    const markAll = (list: readonly number[] | undefined) => {
      for (const i of list ?? []) dirty[i] = 1;
    };
    const wasCommon = new Set(previous!.commonWords);
    const isCommon = new Set(commonWords);
    for (const w of wasCommon) if (!isCommon.has(w)) markAll(inputs.index.get(w));
    for (const w of isCommon) if (!wasCommon.has(w)) markAll(inputs.index.get(w));
    const wasInYear = new Set(previous!.commonInYear);
    const isInYear = new Set(commonInYear);
    for (const k of wasInYear) if (!isInYear.has(k)) markAll(inputs.dated.get(k));
    for (const k of isInYear) if (!wasInYear.has(k)) markAll(inputs.dated.get(k));
    const rows = new Set<number>();
    for (let j = 0; j < events.length; j++) {
      if (dirty[j] === 0) continue;
      rows.add(j);
      reachingRows(inputs, j, rows);
    }
    const all = () => true;
    const toDirty = (j: number) => dirty[j] === 1;
    for (const i of [...rows].sort((x, y) => x - y)) scoreRow(inputs, i, dirty[i] === 1 ? all : toDirty, found);
    const kept = (old: number) => {
      const now = places[old] ?? -1;
      return now >= 0 && dirty[now] === 0 ? now : -1;
    };
    for (const [i, j, score] of previous!.pairs) {
      const a = kept(i);
      const b = kept(j);
      if (a >= 0 && b >= 0) found.pairs.push([a, b, score]);
    }
    for (const [i, j] of previous!.conflicts) {
      const a = kept(i);
      const b = kept(j);
      if (a >= 0 && b >= 0) found.conflicts.push([a, b]);
    }
    replanned = dirty.reduce((sum, d) => sum + d, 0);
  }
  return {
    plan: clusterPairs(events, found),
    memory: { version, files: runs, facts, commonWords, commonInYear, pairs: found.pairs, conflicts: found.conflicts },
    replanned,
  };
}
