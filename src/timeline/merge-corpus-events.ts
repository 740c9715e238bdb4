import type { SourceFile, TimelineEvent } from '../types.ts';
import type { AnalysisCache } from '../analyse/analysis-cache.ts';
import { applyMergePlan, planMerge } from './merge-events.ts';

/**
 * The merged events of a corpus (`mergeEvents`), with the merge plan kept in the analysis
 * cache: when every file and the tool are as the last build saw them, the plan is read back
 * instead of found again (finding it is the costly part: 10,000 articles, about 15 s of CPU;
 * applying it is linear). The events are the same either way: the plan is a pure function of
 * the events, which are a pure function of the files' analysis keys; a plan that cannot be
 * read or does not fit is made again.
 */
export async function mergeCorpusEvents(files: readonly SourceFile[], events: readonly TimelineEvent[], cache?: AnalysisCache): Promise<TimelineEvent[]> {
  const kept = await cache?.getMergePlan(files);
  if (kept !== undefined) {
    try {
      return applyMergePlan(events, kept);
    } catch {
      // Not this corpus's plan after all: made again below.
    }
  }
  const plan = planMerge(events);
  await cache?.setMergePlan(files, plan);
  return applyMergePlan(events, plan);
}
