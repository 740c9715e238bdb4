/**
 * What copying the events' pieces of the per-event downloads saves (src/site/download-pieces.ts),
 * on a site built of CORPUS with the cache by this tree:
 *
 *   node --import tsx bench/download-pieces.ts --content CORPUS --site SITE [--runs N]
 *
 * Reads SITE/timeline.json (the site's own timeline), then writes `timeline.json` and the site's
 * downloads (writeSiteDownloads) into two scratch folders beside SITE: once with every event's
 * piece made, once with the pieces copied from SITE's files by the tables kept in SITE.cache.
 * Search shards are linked from SITE in both (their keys are the same), so the two differ only
 * in the per-event files. Prints CPU (process.cpuUsage, user + system) and wall time of each
 * (fastest of --runs), the pieces copied, and checks that the four files are byte for byte the
 * ones in SITE (the process exits 1 if not).
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AnalysisCache, cacheDirFor } from '../src/analyse/analysis-cache.ts';
import { readSiteConfig } from '../src/load/read-site-config.ts';
import { readTimelineInput } from '../src/load/read-timeline-input.ts';
import { downloadPieces, eventPieceKeys } from '../src/site/download-pieces.ts';
import type { PageReuse } from '../src/site/eleventy-plugin.ts';
import { siteVersion } from '../src/site/page-keys.ts';
import { timelineSiteLinks } from '../src/site/site-links.ts';
import { writeSiteDownloads } from '../src/site/write-downloads.ts';
import { writeTimelineJson } from '../src/timeline/timeline-json.ts';
import { validateTimeline } from '../src/timeline/validate-timeline.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, site: { type: 'string' }, runs: { type: 'string', default: '1' } } });
if (values.site === undefined || values.content === undefined) throw new Error('--content CORPUS and --site SITE are required (a site built of CORPUS by `timeline build` with its cache)');
const site = path.resolve(values.site);
const runs = Number(values.runs);
const read = await readTimelineInput(path.join(site, 'timeline.json'));
if (!read.ok) throw new Error(read.message);
const timeline = validateTimeline(read.timeline);
const cache = await AnalysisCache.open(cacheDirFor(site));
const tables = await cache.getDownloadPieces(site);
const keys = (await cache.getPageKeys(site)) ?? new Map<string, string>();
if (tables.size === 0 || keys.size === 0) throw new Error(`no tables or page keys of ${site} in ${cacheDirFor(site)} for this tool version: build SITE with this tree first`);
const config = (await readSiteConfig(values.content)).config;
const version = await siteVersion(cache.version);
const FILES = ['timeline.json', 'feed.json', 'timelinejs.json', 'timeline.csv'];

async function write(out: string, copy: boolean): Promise<{ cpu: number; wall: number; copied: number; made: number }> {
  await rm(out, { recursive: true, force: true });
  const counts = { copied: 0, made: 0 };
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const reuse: PageReuse = {
    version,
    previous: { dir: site, keys },
    onKeys: () => {},
    ...(copy ? { pieces: { dir: site, tables } } : {}),
    onPieces: (_, table, kept) => {
      counts.copied += kept;
      counts.made += table.length - kept;
    },
  };
  const links = timelineSiteLinks(timeline);
  const keyOf = eventPieceKeys(timeline, config, links, version);
  await mkdir(out, { recursive: true });
  await writeTimelineJson(timeline, path.join(out, 'timeline.json'), downloadPieces(reuse, 'timeline.json', keyOf));
  await writeSiteDownloads(timeline, out, config, { reuse, links, pieces: (sitePath) => downloadPieces(reuse, sitePath, keyOf) });
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / 1e6, wall: (performance.now() - wall) / 1000, ...counts };
}

let same = true;
process.stdout.write(`${timeline.documents.length} articles, ${timeline.events.length} events; ${FILES.length} per-event files\n`);
for (const copy of [false, true]) {
  const out = `${site}.bench-pieces-${copy ? 'copied' : 'made'}`;
  let best: Awaited<ReturnType<typeof write>> | undefined;
  for (let run = 0; run < runs; run += 1) {
    const result = await write(out, copy);
    if (best === undefined || result.cpu < best.cpu) best = result;
  }
  for (const file of FILES) {
    const [a, b] = await Promise.all([readFile(path.join(site, file)), readFile(path.join(out, file))]);
    if (!a.equals(b)) {
      same = false;
      process.stdout.write(`  ${file}: NOT the bytes of the site's\n`);
    }
  }
  process.stdout.write(`${copy ? 'pieces copied' : 'pieces made  '}: ${best!.cpu.toFixed(2)} s CPU, ${best!.wall.toFixed(2)} s wall; ${best!.copied} pieces copied, ${best!.made} made (with the search shards linked)\n`);
  await rm(out, { recursive: true, force: true });
}
process.stdout.write(same ? 'every file the same bytes as the site\'s\n' : 'FILES DIFFER\n');
process.exitCode = same ? 0 : 1;
