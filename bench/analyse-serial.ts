/**
 * The analysis stage alone, serially in this thread: `analyseDocument` over every content file
 * of a folder, in file order, with no cache and no worker. Prints the CPU and wall seconds of
 * `analyseDocument` alone (reading the files and hashing not counted), the number of analyses, events and mentions, and
 * a SHA-256 of the JSON of every analysis in turn, so two versions of the stage can be compared
 * for speed and for output (same hash, same analyses byte for byte).
 *
 *   node --import tsx bench/analyse-serial.ts CONTENT_DIR [--runs N]
 *   node --cpu-prof --cpu-prof-dir=DIR --import tsx bench/analyse-serial.ts CONTENT_DIR
 *
 * With `--runs N` the stage is run N times over the same files and each run's figures are
 * printed (the first run includes the loading of the stages' lazy data, such as WordNet).
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { analyseDocument } from '../src/analyse/analyse-document.ts';
import { readArticles } from '../src/load/read-articles.ts';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '1' } } });
  const content = positionals[0];
  if (content === undefined) throw new Error('usage: bench/analyse-serial.ts CONTENT_DIR [--runs N]');
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of 1 or more, not "${values.runs}"`);
  const { files } = await readArticles(content);
  if (files.length === 0) throw new Error(`no content files in ${content}`);
  for (let run = 1; run <= runs; run += 1) {
    const hash = createHash('sha256');
    let events = 0;
    let mentions = 0;
    let cpuUser = 0;
    let cpuSystem = 0;
    let wall = 0;
    for (const file of files) {
      const cpuAt = process.cpuUsage();
      const wallAt = performance.now();
      const analysis = analyseDocument(file);
      const cpu = process.cpuUsage(cpuAt);
      wall += (performance.now() - wallAt) / 1000;
      cpuUser += cpu.user;
      cpuSystem += cpu.system;
      events += analysis.events.length;
      mentions += analysis.document.mentions.length;
      hash.update(JSON.stringify(analysis));
      hash.update('\n');
    }
    process.stdout.write(
      `run ${run}: ${files.length} analyses, ${events} events, ${mentions} mentions; ` +
        `${((cpuUser + cpuSystem) / 1e6).toFixed(2)} s CPU (${(cpuUser / 1e6).toFixed(2)} user), ${wall.toFixed(2)} s wall; ` +
        `sha256 ${hash.digest('hex')}\n`,
    );
  }
}

await main();
