/**
 * The analysis stage alone: `analyseDocument` over every content file of a folder, with no
 * cache. Serially in this thread by default; with `--jobs N` (N > 1) through `analyseDocuments`
 * on its pool of N worker threads, as a build runs it (start-up of the workers, the files and
 * analyses posted between threads). Prints the CPU and wall seconds of the stage (serially:
 * of `analyseDocument` alone; with workers: of the whole process, every thread, from the call
 * to its end; reading the files and hashing not counted), the number of analyses, events and
 * mentions, and a SHA-256 of the JSON of every analysis in file order, so two versions of the
 * stage can be compared for speed and for output (same hash, same analyses byte for byte).
 *
 *   node --import tsx bench/analyse-stage.ts CONTENT_DIR [--runs N] [--jobs N]
 *   node --cpu-prof --cpu-prof-dir=DIR --import tsx bench/analyse-stage.ts CONTENT_DIR
 *
 * With `--runs N` the stage is run N times over the same files and each run's figures are
 * printed (the first run includes the loading of the stages' lazy data, such as WordNet, and
 * serially the compiling of the stages' code).
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { analyseDocument, type DocumentAnalysis } from '../src/analyse/analyse-document.ts';
import { analyseDocuments } from '../src/analyse/analyse-documents.ts';
import { readArticles } from '../src/load/read-articles.ts';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '1' }, jobs: { type: 'string', default: '1' } } });
  const content = positionals[0];
  if (content === undefined) throw new Error('usage: bench/analyse-serial.ts CONTENT_DIR [--runs N]');
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of 1 or more, not "${values.runs}"`);
  const jobs = Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`--jobs must be a whole number of 1 or more, not "${values.jobs}"`);
  const { files } = await readArticles(content);
  if (files.length === 0) throw new Error(`no content files in ${content}`);
  for (let run = 1; run <= runs; run += 1) {
    const hash = createHash('sha256');
    let events = 0;
    let mentions = 0;
    let cpuUser = 0;
    let cpuSystem = 0;
    let wall = 0;
    const analyses: DocumentAnalysis[] = [];
    if (jobs > 1) {
      const cpuAt = process.cpuUsage();
      const wallAt = performance.now();
      analyses.push(...(await analyseDocuments(files, { jobs })));
      const cpu = process.cpuUsage(cpuAt);
      wall = (performance.now() - wallAt) / 1000;
      cpuUser = cpu.user;
      cpuSystem = cpu.system;
    } else {
      for (const file of files) {
        const cpuAt = process.cpuUsage();
        const wallAt = performance.now();
        analyses.push(analyseDocument(file));
        const cpu = process.cpuUsage(cpuAt);
        wall += (performance.now() - wallAt) / 1000;
        cpuUser += cpu.user;
        cpuSystem += cpu.system;
      }
    }
    for (const analysis of analyses) {
      events += analysis.events.length;
      mentions += analysis.document.mentions.length;
      hash.update(JSON.stringify(analysis));
      hash.update('\n');
    }
    process.stdout.write(
      `run ${run}${jobs > 1 ? ` (${jobs} workers)` : ' (serial)'}: ${files.length} analyses, ${events} events, ${mentions} mentions; ` +
        `${((cpuUser + cpuSystem) / 1e6).toFixed(2)} s CPU (${(cpuUser / 1e6).toFixed(2)} user), ${wall.toFixed(2)} s wall; ` +
        `sha256 ${hash.digest('hex')}\n`,
    );
  }
}

await main();
