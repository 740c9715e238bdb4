import { Piscina } from 'piscina';
import type { SearchEvent, SearchPassage } from './search-index.ts';

/** One shard of the search to make: which index and shard, its members (made when its turn comes), and where its script goes. */
export interface ShardJob {
  kind: 'events' | 'passages';
  n: number;
  members: () => Array<SearchEvent | SearchPassage>;
  write: (script: string) => Promise<void>;
}

const WORKER = new URL('./shard-worker.mjs', import.meta.url).href;

/** The shards (events' and passages' together) a site's search must have for them to be made on the worker: about 2,000 articles. */
export const WORKER_SHARDS = 8;

/**
 * The search's shard scripts made on a worker thread while the main thread renders the pages
 * (`buildSite` with two or more jobs). Indexing the shards is the site stage's largest piece
 * that needs no page nor the whole timeline: at 10,000 articles about 38 s of CPU for 46 shards
 * (bench/search-shards.ts), each a pure function of its members. Only a site of at least
 * `WORKER_SHARDS` shards gets one (`buildSite`): starting the thread (tsx and the index's
 * modules) costs 1.5-2 s of CPU, more than a small site's shards. The thread starts when this is
 * made, so it has loaded while the site model and the page keys are made: started at the first
 * shard handed over, after one edit at 10,000 articles the main thread, done with its pages,
 * waited for it to start and make the few shards the edit changed. Shards are made one after the
 * other, each shard's members made only when the worker is ready for it, so the queue holds no
 * more than one shard's members; `settle` waits for every script to be written and stops the
 * worker. The scripts are the same bytes as made in the main thread (the same function).
 * Measured at 10,000 articles, cold, idle machine: one shard posted at a time 108.7 and 114.0 s
 * wall (peak RSS 2.20 and 1.82 GB); two at a time 118.6 and 113.7 s (2.15, 1.98 GB); all at once
 * (the members of every shard held as messages) 2.8 GB for no wall time gained.
 */
export class ShardScripts {
  private readonly pool = new Piscina<{ kind: ShardJob['kind']; members: unknown[]; n: number }, string>({ filename: WORKER, minThreads: 1, maxThreads: 1 });
  private chain: Promise<void> = Promise.resolve();
  /** How many shards were handed over. */
  handed = 0;

  add(job: ShardJob): void {
    this.handed += 1;
    this.chain = this.chain.then(async () => job.write(await this.pool.run({ kind: job.kind, members: job.members(), n: job.n })));
    // Handled in `settle`; until then a failure only stops the jobs after it.
    this.chain.catch(() => undefined);
  }

  /** Every script made and written (rejects with the first failure); the worker is stopped either way. */
  async settle(): Promise<void> {
    try {
      await this.chain;
    } finally {
      await this.pool.destroy();
    }
  }
}
