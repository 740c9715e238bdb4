/**
 * How `timeline build` holds up on a newsroom archive (issue 14): corpora of N articles of real
 * news text made by bench/make-corpus.ts, each built end to end with the CLI as a user runs it.
 *
 *   node --import tsx bench/scale.ts [--sizes 1000,10000,100000] [--runs 3] [--timeout 1800]
 *                                    [--no-browser] [--no-tagger] [--keep] [--dir DIR]
 *
 * For each N it prints
 * - `timeline build` wall time and CPU time (user + system) of the whole run, and the peak RSS
 *   of the whole process tree (the RSS of the CLI and of every descendant, summed, read from
 *   /proc every 50 ms: a peak shorter than that can be missed);
 * - the rebuild with nothing changed (every analysis in OUT.cache/), then after editing one
 *   article (one word of a paragraph), adding one and removing one, each with the cache the
 *   build before left (the first build starts without one);
 * - the largest page of the site (by bytes): its DOM element count and first contentful paint
 *   from file:// in headless Chromium (median over --runs);
 * and once, the tagger's cost against plain chrono (bench/tagger-speed.ts's ratio line).
 * A size whose build fails or passes --timeout seconds is reported as such and the next size is
 * tried. Corpora go to DIR/corpus-N (made when missing), sites to DIR/scale-site-N and their
 * caches to DIR/scale-site-N.cache (DIR: .cache by default).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from '../test/browser/chromium.ts';
import { articlePath, articleText, makeCorpus, readSources } from './make-corpus.ts';
import { median, PAINT_TIMING, type PaintTiming } from './bench-kit.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const TBAQ = path.resolve(ROOT, '../shared/eval/tbaq');
const SEED_ARTICLES = path.resolve(ROOT, '../shared/corpus/seed-articles');
const SEED = 20261202;
const CLOCK_TICKS = 100;

interface RunFigures {
  ok: boolean;
  status: string;
  wallSeconds: number;
  cpuSeconds: number;
  peakRssMb: number;
}

async function procFile(pid: number, name: string): Promise<string | null> {
  try {
    return await readFile(`/proc/${pid}/${name}`, 'utf8');
  } catch {
    return null;
  }
}

/** The pid and every descendant's pid (from /proc/PID/task/TID/children). */
async function processTree(root: number): Promise<number[]> {
  const seen: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    seen.push(pid);
    let tasks: string[] = [];
    try {
      tasks = await readdir(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      const children = await procFile(pid, `task/${tid}/children`);
      for (const child of (children ?? '').split(/\s+/u).filter(Boolean)) queue.push(Number(child));
    }
  }
  return seen;
}

async function treeRssKb(root: number): Promise<number> {
  let total = 0;
  for (const pid of await processTree(root)) {
    const status = await procFile(pid, 'status');
    const rss = status ? /^VmRSS:\s+(\d+) kB/mu.exec(status) : null;
    if (rss) total += Number(rss[1]);
  }
  return total;
}

/** CPU seconds of the process and of its waited-for children (fields 14-17 of /proc/PID/stat). */
async function treeCpuSeconds(root: number): Promise<number> {
  let ticks = 0;
  for (const pid of await processTree(root)) {
    const stat = await procFile(pid, 'stat');
    if (!stat) continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
  }
  return ticks / CLOCK_TICKS;
}

/** Runs the CLI, polling the tree's RSS and CPU until it exits. */
async function runCli(args: string[], timeoutSeconds: number): Promise<RunFigures> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'timeline'), ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });
  let peakKb = 0;
  let cpu = 0;
  let exited = false;
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => {
      exited = true;
      resolve({ code, signal });
    });
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutSeconds * 1000);
  while (!exited) {
    const pid = child.pid!;
    const [rss, seconds] = await Promise.all([treeRssKb(pid), treeCpuSeconds(pid)]);
    if (!exited) {
      peakKb = Math.max(peakKb, rss);
      cpu = Math.max(cpu, seconds);
    }
    await Promise.race([exit, new Promise((resolve) => setTimeout(resolve, 50))]);
  }
  clearTimeout(timer);
  const { code, signal } = await exit;
  const wallSeconds = (performance.now() - started) / 1000;
  const ok = code === 0 || code === 2;
  const lastLines = stderr.trim().split('\n').slice(-2).join(' | ');
  const status = ok ? `exit ${code}` : signal ? `killed (${signal}${wallSeconds >= timeoutSeconds ? ', timeout' : ''})` : `exit ${code}: ${lastLines}`;
  return { ok, status, wallSeconds, cpuSeconds: cpu, peakRssMb: peakKb / 1024 };
}

async function largestPage(dir: string): Promise<{ file: string; bytes: number }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  let best = { file: '', bytes: -1 };
  for (const e of entries.filter((x) => x.isFile() && x.name.endsWith('.html'))) {
    const file = path.join(e.parentPath, e.name);
    const bytes = (await stat(file)).size;
    if (bytes > best.bytes || (bytes === best.bytes && file < best.file)) best = { file, bytes };
  }
  return best;
}

async function paint(file: string, runs: number): Promise<{ fcp: number[]; nodes: number }> {
  const browser = await launchChromium();
  try {
    const fcp: number[] = [];
    let nodes = 0;
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 300_000 });
      const figures = (await page.evaluate(PAINT_TIMING)) as PaintTiming;
      fcp.push(figures.fcp);
      nodes = figures.nodes;
      await context.close();
    }
    return { fcp, nodes };
  } finally {
    await browser.close();
  }
}

const line = (label: string, r: RunFigures): string =>
  `  ${label.padEnd(26)} ${r.wallSeconds.toFixed(1).padStart(7)} s wall  ${r.cpuSeconds.toFixed(1).padStart(7)} s CPU  peak RSS ${r.peakRssMb.toFixed(0).padStart(6)} MB  (${r.status})`;

async function taggerRatio(): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'tagger-speed.ts')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('exit', () => resolve(/ratio ours\/chrono(?: \(CPU\))?: ([\d.]+)/u.exec(out)?.[1] ?? `not printed: ${out.trim().split('\n').slice(-1)[0] ?? ''}`));
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000,100000' },
      runs: { type: 'string', default: '3' },
      timeout: { type: 'string', default: '1800' },
      'no-browser': { type: 'boolean', default: false },
      'no-tagger': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      dir: { type: 'string', default: path.join(ROOT, '.cache') },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 2)) throw new Error(`--sizes takes whole numbers above 1, as 1000,10000: not ${values.sizes}`);
  const runs = Number(values.runs);
  const timeout = Number(values.timeout);
  const sources = await readSources(TBAQ, SEED_ARTICLES);
  process.stdout.write(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}; corpora from ${sources.length} source articles (bench/make-corpus.ts, seed ${SEED})\n`);
  for (const n of sizes) {
    const corpus = path.resolve(values.dir, `corpus-${n}`);
    const out = path.resolve(values.dir, `scale-site-${n}`);
    if (!existsSync(path.join(corpus, articlePath(n - 1))) || existsSync(path.join(corpus, articlePath(n)))) {
      await makeCorpus({ articles: n, out: corpus, seed: SEED, tbaq: TBAQ, seedArticles: SEED_ARTICLES });
    }
    const bytes = (await readdir(corpus, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;
    process.stdout.write(`\n${n} articles (${bytes} files in ${path.relative(ROOT, corpus)})\n`);
    await rm(out, { recursive: true, force: true });
    await rm(`${out}.cache`, { recursive: true, force: true });
    const build = ['build', '--content', corpus, '--out', out];
    const full = await runCli(build, timeout);
    process.stdout.write(`${line('timeline build', full)}\n`);
    if (!full.ok) continue;
    process.stdout.write(`${line('rebuild, nothing changed', await runCli(build, timeout))}\n`);

    // One edit, one addition, one removal, each rebuilt; the corpus is put back afterwards.
    const edited = path.join(corpus, articlePath(Math.floor(n / 2)));
    const original = await readFile(edited, 'utf8');
    const at = original.indexOf(' the ', original.indexOf('\n---\n') + 5);
    await writeFile(edited, at === -1 ? `${original}\nEdited.\n` : `${original.slice(0, at)} a ${original.slice(at + 5)}`);
    process.stdout.write(`${line('rebuild, one article edited', await runCli(build, timeout))}\n`);
    await writeFile(edited, original);
    const added = path.join(corpus, articlePath(n));
    await mkdir(path.dirname(added), { recursive: true });
    await writeFile(added, articleText(sources, n, SEED));
    process.stdout.write(`${line('rebuild, one article added', await runCli(build, timeout))}\n`);
    await rm(added);
    if ((await readdir(path.dirname(added))).length === 0) await rm(path.dirname(added), { recursive: true });
    const removed = path.join(corpus, articlePath(0));
    const removedText = await readFile(removed, 'utf8');
    await rm(removed);
    process.stdout.write(`${line('rebuild, one removed', await runCli(build, timeout))}\n`);
    await writeFile(removed, removedText);

    const largest = await largestPage(out);
    const files = (await readdir(out, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;
    process.stdout.write(`  site: ${files} files; largest page ${path.relative(out, largest.file)} (${(largest.bytes / 1e6).toFixed(1)} MB)\n`);
    if (!values['no-browser']) {
      const { fcp, nodes } = await paint(largest.file, runs);
      process.stdout.write(
        `  largest page: ${nodes} DOM elements, first contentful paint median ${Math.round(median(fcp))} ms (${Math.round(Math.min(...fcp))}-${Math.round(Math.max(...fcp))} ms over ${runs} runs)\n`,
      );
    }
    if (!values.keep) {
      await rm(out, { recursive: true, force: true });
      await rm(`${out}.cache`, { recursive: true, force: true });
    }
  }
  if (!values['no-tagger']) process.stdout.write(`\ntagger ratio ours/chrono (bench/tagger-speed.ts): ${await taggerRatio()}\n`);
}

await main();
