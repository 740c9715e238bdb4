import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { SourceFile } from '../types.ts';
import { analyseDocument, type DocumentAnalysis } from './analyse-document.ts';
import type { AnalysisCache } from './analysis-cache.ts';
import { unpackAnalysis, type PackedAnalysis } from './pack-analysis.ts';

export interface AnalyseOptions {
  /** How many documents are analysed at once, each in a worker thread; 1 analyses them in this thread. Default: the machine's cores. */
  jobs?: number;
  /** Called after each document is analysed (or found in the cache), with how many are done of how many. */
  onAnalysed?: (done: number, total: number) => void;
  /** Analyses kept from earlier builds: a file whose key is found is not analysed again. */
  cache?: AnalysisCache;
}

/** The default number of jobs: one per core the process may use. */
export function defaultJobs(): number {
  return availableParallelism();
}

const WORKER = new URL('./analyse-worker.mjs', import.meta.url).href;

/**
 * Analyses each file (analyseDocument), in parallel on a worker pool when `jobs` > 1. The
 * analyses come back in the files' order whatever order the workers finish in, and equal a
 * serial run's byte for byte (analyseDocument is pure and its result plain data).
 */
export async function analyseDocuments(files: readonly SourceFile[], options: AnalyseOptions = {}): Promise<DocumentAnalysis[]> {
  const { cache } = options;
  let done = 0;
  const analysed = <T>(result: T): T => {
    done += 1;
    options.onAnalysed?.(done, files.length);
    return result;
  };
  const results: (DocumentAnalysis | undefined)[] = await Promise.all(files.map(async (file) => cache?.get(file)));
  for (const r of results) if (r !== undefined) analysed(r);
  const missing = files.flatMap((file, i) => (results[i] === undefined ? [{ file, i }] : []));
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), missing.length));
  const store = async (file: SourceFile, i: number, analysis: DocumentAnalysis) => {
    results[i] = analysed(analysis);
    await cache?.set(file, analysis);
  };
  if (jobs <= 1) {
    for (const { file, i } of missing) await store(file, i, analyseDocument(file));
  } else {
    const pool = new Piscina<SourceFile, PackedAnalysis>({ filename: WORKER, minThreads: jobs, maxThreads: jobs });
    try {
      await Promise.all(missing.map(async ({ file, i }) => store(file, i, unpackAnalysis(await pool.run(file), file.text))));
    } finally {
      await pool.destroy();
    }
  }
  await cache?.prune();
  return results.map((r, i) => {
    if (r === undefined) throw new Error(`no analysis for ${files[i]!.path}`);
    return r;
  });
}
