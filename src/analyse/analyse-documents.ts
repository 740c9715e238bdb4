import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { SourceFile } from '../types.ts';
import { analyseDocument, type DocumentAnalysis } from './analyse-document.ts';

export interface AnalyseOptions {
  /** How many documents are analysed at once, each in a worker thread; 1 analyses them in this thread. Default: the machine's cores. */
  jobs?: number;
  /** Called after each document is analysed, with how many are done. */
  onAnalysed?: (done: number) => void;
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
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), files.length));
  let done = 0;
  const analysed = <T>(result: T): T => {
    done += 1;
    options.onAnalysed?.(done);
    return result;
  };
  if (jobs <= 1) return files.map((file) => analysed(analyseDocument(file)));
  const pool = new Piscina<SourceFile, DocumentAnalysis>({ filename: WORKER, minThreads: jobs, maxThreads: jobs });
  try {
    return await Promise.all(files.map(async (file) => analysed(await pool.run(file))));
  } finally {
    await pool.destroy();
  }
}
