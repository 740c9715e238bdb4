// The worker thread that makes the search's shard scripts beside the pages (src/site/shard-scripts.ts).
// The stages are TypeScript run through tsx, as in bin/timeline: the loader is registered in this thread too.
import { register } from 'tsx/esm/api';

register();
const { shardScript } = await import('./search-index.ts');

/** Piscina calls this with one shard's members; the script (a string) crosses back. */
export default function script({ kind, members, n }) {
  return shardScript(kind, members, n);
}
