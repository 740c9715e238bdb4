/**
 * The page keys of a site, timed: the timeline of a content folder is built once (with the
 * analysis cache of SITE when given, so a built corpus is not analysed again), its site model
 * made once, and `pageKeys` of each module given (this tree's src/site/page-keys.ts and
 * another version's, for example main's) run on that one model in turn, alternating, so the two
 * meet the same model with the same warm-up.
 *
 *   node --import tsx bench/page-keys.ts --content DIR [--site SITE] [--module PATH]... [--runs N]
 *
 * Prints the pages keyed and, per module, the CPU time (user + system, process.cpuUsage) and
 * wall time of the fastest run, and whether it keys the same pages as the first module (the
 * keys themselves differ between versions: each hashes other inputs).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { AnalysisCache, cacheDirFor } from '../src/analyse/analysis-cache.ts';
import { buildValidTimeline } from '../src/build/build-outputs.ts';
import { buildSiteModel } from '../src/site/site-model.ts';
import type { SiteModel } from '../src/site/site-views.ts';

const { values } = parseArgs({
  options: { content: { type: 'string' }, site: { type: 'string' }, module: { type: 'string', multiple: true }, runs: { type: 'string', default: '3' } },
});
if (values.content === undefined) {
  process.stderr.write('usage: node --import tsx bench/page-keys.ts --content DIR [--site SITE] [--module PATH]... [--runs N]\n');
  process.exit(2);
}
const modules = values.module ?? [path.resolve(import.meta.dirname, '../src/site/page-keys.ts')];
const cache = values.site === undefined ? undefined : await AnalysisCache.open(cacheDirFor(values.site));
const timeline = await buildValidTimeline(values.content, { jobs: 2, cache });
const model = buildSiteModel(timeline);
type PageKeys = (model: SiteModel, version: string) => Array<{ path: string; key: string }>;
const keyers = await Promise.all(modules.map(async (file) => ((await import(pathToFileURL(path.resolve(file)).href)) as { pageKeys: PageKeys }).pageKeys));
const best = modules.map(() => ({ cpu: Infinity, wall: Infinity }));
const keys: Array<Array<{ path: string; key: string }>> = [];
for (let run = 0; run < Number(values.runs); run++) {
  keyers.forEach((pageKeys, m) => {
    const cpu = process.cpuUsage();
    const wall = performance.now();
    keys[m] = pageKeys(model, 'bench');
    const used = process.cpuUsage(cpu);
    const took = { cpu: (used.user + used.system) / 1000, wall: performance.now() - wall };
    if (took.cpu < best[m]!.cpu) best[m] = took;
  });
}
process.stdout.write(`${values.content}: ${timeline.documents.length} documents, ${timeline.events.length} events, ${keys[0]!.length} pages keyed\n`);
modules.forEach((file, m) => {
  const places = keys[m]!.map((k) => k.path).join('\n') === keys[0]!.map((k) => k.path).join('\n');
  process.stdout.write(`${file}: pageKeys ${best[m]!.cpu.toFixed(0)} ms CPU, ${best[m]!.wall.toFixed(0)} ms wall (fastest of ${values.runs}); same pages as the first: ${places ? 'yes' : 'NO'}\n`);
});
