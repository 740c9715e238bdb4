/**
 * The merge after one change (issue 14): `planMerge` over the whole corpus against
 * `replanMerge` with the memory the unchanged corpus left, for one article edited (one word, as
 * bench/scale.ts edits it; and a dated sentence with names added), one added and one removed.
 *
 *   node --import tsx bench/replan-merge.ts --content CORPUS --cache SITE.cache [--runs N]
 *
 * The corpus is copied to a temporary folder and changed there (CORPUS is only read). Analyses
 * come from the cache of a build of CORPUS by this tree (read only, never written), the changed
 * article's from `analyseDocument`. Prints, per change: the events compared again of all, and the
 * CPU time (user + system, process.cpuUsage; fastest of --runs) of `planMerge` and of
 * `replanMerge`, after checking that both give the same plan.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readArticles } from '../src/load/read-articles.ts';
import { analyseDocument } from '../src/analyse/analyse-document.ts';
import { AnalysisCache } from '../src/analyse/analysis-cache.ts';
import { planMerge } from '../src/timeline/merge-events.ts';
import { replanMerge, type MergeMemory } from '../src/timeline/replan-merge.ts';
import type { TimelineEvent } from '../src/types.ts';
import { articlePath, articleText, readSources } from './make-corpus.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { content: { type: 'string' }, cache: { type: 'string' }, runs: { type: 'string', default: '1' } } });
if (values.content === undefined || values.cache === undefined) {
  process.stderr.write('usage: node --import tsx bench/replan-merge.ts --content CORPUS --cache SITE.cache [--runs N]\n');
  process.exit(2);
}
const runs = Number(values.runs);
const cache = await AnalysisCache.open(path.resolve(values.cache));

async function load(dir: string): Promise<{ events: TimelineEvent[]; keys: string[]; analysed: number }> {
  const { files } = await readArticles(dir);
  const events: TimelineEvent[] = [];
  const keys: string[] = [];
  let analysed = 0;
  for (const file of files) {
    let analysis = await cache.get(file);
    if (analysis === undefined) {
      analysis = analyseDocument(file);
      analysed++;
    }
    for (const e of analysis.events) {
      events.push(e);
      keys.push(cache.keyOf(file));
    }
  }
  return { events, keys, analysed };
}

function fastest<T>(run: () => T): { result: T; ms: number } {
  let best = Infinity;
  let result: T | undefined;
  for (let k = 0; k < runs; k++) {
    const cpu = process.cpuUsage();
    result = run();
    const used = process.cpuUsage(cpu);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return { result: result!, ms: best };
}

const work = await mkdtemp(path.join(tmpdir(), 'replan-merge-'));
try {
  const corpus = path.join(work, 'corpus');
  await cp(path.resolve(values.content), corpus, { recursive: true });
  const base = await load(corpus);
  if (base.analysed > 0) process.stderr.write(`note: ${base.analysed} articles were not in ${values.cache} (analysed here); build CORPUS with this tree first\n`);
  const cold = fastest(() => planMerge(base.events));
  const first = fastest(() => replanMerge(base.events, base.keys, cache.version));
  const memory: MergeMemory = first.result.memory;
  process.stdout.write(`${values.content}: ${base.events.length} statements, ${cold.result.groups.length} events; planMerge ${cold.ms.toFixed(0)} ms CPU, replanMerge without memory ${first.ms.toFixed(0)} ms\n`);
  const articles = (await readArticles(corpus)).files.length;
  const middle = path.join(corpus, articlePath(Math.floor(articles / 2)));
  const sources = await readSources(path.resolve(ROOT, '../shared/eval/tbaq'), path.resolve(ROOT, '../shared/corpus/seed-articles'));
  const changes: Array<[string, () => Promise<() => Promise<void>>]> = [
    ['one word edited (" the " to " a ")', async () => {
      const original = await readFile(middle, 'utf8');
      const at = original.indexOf(' the ', original.indexOf('\n---\n') + 5);
      await writeFile(middle, at === -1 ? `${original}\nEdited.\n` : `${original.slice(0, at)} a ${original.slice(at + 5)}`);
      return () => writeFile(middle, original);
    }],
    ['a dated sentence with names added', async () => {
      const original = await readFile(middle, 'utf8');
      await writeFile(middle, `${original}\nOn 14 March 2003, officials in Ankara said the Kurdish council voted to close the Habur border crossing.\n`);
      return () => writeFile(middle, original);
    }],
    ['one article added', async () => {
      const added = path.join(corpus, articlePath(articles));
      await mkdir(path.dirname(added), { recursive: true });
      await writeFile(added, articleText(sources, articles, 20261202));
      return () => rm(added);
    }],
    ['one article removed', async () => {
      const removed = path.join(corpus, articlePath(0));
      const text = await readFile(removed, 'utf8');
      await rm(removed);
      return () => writeFile(removed, text);
    }],
  ];
  for (const [what, change] of changes) {
    const undo = await change();
    const now = await load(corpus);
    const whole = fastest(() => planMerge(now.events));
    const kept = fastest(() => replanMerge(now.events, now.keys, cache.version, memory));
    const same = JSON.stringify(whole.result) === JSON.stringify(kept.result.plan);
    process.stdout.write(
      `  ${what}: ${now.events.length} statements; compared again ${kept.result.replanned} of ${now.events.length}; planMerge ${whole.ms.toFixed(0)} ms CPU, replanMerge ${kept.ms.toFixed(0)} ms; same plan: ${same ? 'yes' : 'NO'}\n`,
    );
    if (!same) process.exitCode = 1;
    await undo();
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
