import type { SourceFile, TimelineEvent } from '../types.ts';
import type { AnalysisCache } from '../analyse/analysis-cache.ts';
import { applyMergePlan, mergeEvents } from './merge-events.ts';
import { replanMerge } from './replan-merge.ts';

/**
 * The merged events of a corpus (`mergeEvents`), with what merging found kept in the analysis
 * cache. When every file and the tool are as the last build saw them, the plan is read back
 * (finding it is the costly part; applying it is linear). When some files changed, the pairs
 * the last merge found are kept where nothing they depend on changed and only the rest are
 * found again (`replanMerge`). The events are the same either way: the plan is a pure function
 * of the events, which are a pure function of the files' analysis keys; a plan that cannot be
 * read or does not fit is made again.
 */
export async function mergeCorpusEvents(files: readonly SourceFile[], events: readonly TimelineEvent[], cache?: AnalysisCache): Promise<TimelineEvent[]> {
  if (cache === undefined) return mergeEvents(events);
  const kept = await cache.getMergePlan(files);
  if (kept !== undefined) {
    try {
      return applyMergePlan(events, kept);
    } catch {
      // Not this corpus's plan after all: made again below.
    }
  }
  const keyOf = new Map(files.map((f) => [f.id, cache.keyOf(f)]));
  // An event of no file read (not made from this corpus's files) is always compared again.
  const fileKeys = events.map((e) => keyOf.get(e.sources[0]!.document) ?? '');
  const { plan, memory } = replanMerge(events, fileKeys, cache.version, await cache.getMergeMemory());
  await Promise.all([cache.setMergePlan(files, plan), cache.setMergeMemory(memory)]);
  return applyMergePlan(events, plan);
}
