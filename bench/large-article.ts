// How `timeline extract` copes with one very large article (issue 11, case 9): builds one
// article of each size from ordinary news paragraphs, runs the command in its own process
// under /usr/bin/time with a time limit, and prints wall time, peak memory and JSON size.
//   node --import tsx bench/large-article.ts [MB ...] [--limit SECONDS]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : 900;
const sizes = args.filter((a, i) => i !== limitAt && i !== limitAt + 1).map(Number);
const BIN = path.resolve(import.meta.dirname, '../bin/timeline');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Paragraphs of news prose with a date each, none alike, until `bytes`. */
function article(bytes: number): string {
  const parts = ['---\ntitle: A very large article\npublished: 2020-03-04\n---\nA very large article\n\nBy Jane Roe\n'];
  let size = parts[0]!.length;
  for (let i = 0; size < bytes; i++) {
    const paragraph = `\nOn ${(i % 28) + 1} ${MONTHS[i % 12]} ${1990 + (i % 30)} the council of district ${i} reopened the bridge after repairs lasting ${(i % 9) + 2} weeks, a spokesperson said. Residents had waited since ${MONTHS[(i + 5) % 12]} for the crossing, and traders said on Wednesday that business had recovered.\n`;
    parts.push(paragraph);
    size += paragraph.length;
  }
  return parts.join('');
}

const dir = mkdtempSync(path.join(tmpdir(), 'timeline-large-'));
try {
  console.log(`limit ${limit} s per run; one article of each size, ordinary paragraphs of about 270 bytes`);
  console.log('MB\twall s\tpeak RSS MB\tJSON MB\texit');
  for (const mb of sizes.length > 0 ? sizes : [1, 2, 4]) {
    const content = path.join(dir, `content-${mb}`);
    mkdirSync(content);
    writeFileSync(path.join(content, 'large.md'), article(mb * 1024 * 1024));
    const out = path.join(dir, `timeline-${mb}.json`);
    const started = process.hrtime.bigint();
    // time(1) reports the command's peak memory; timeout(1) kills both at the limit (then no peak is known).
    const run = spawnSync('timeout', ['-s', 'KILL', String(limit), '/usr/bin/time', '-f', '%M', BIN, 'extract', '--content', content, '--out', out], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const wall = Number(process.hrtime.bigint() - started) / 1e9;
    const rssKb = run.status === 137 ? NaN : Number(/(\d+)\s*$/.exec(run.stderr ?? '')?.[1] ?? NaN);
    const json = existsSync(out) ? (statSync(out).size / 1024 / 1024).toFixed(1) : '-';
    const status = run.status === 137 ? `killed at the ${limit} s limit` : String(run.status);
    console.log(`${mb}\t${wall.toFixed(1)}\t${Number.isNaN(rssKb) ? '-' : (rssKb / 1024).toFixed(0)}\t${json}\t${status}`);
    rmSync(content, { recursive: true, force: true });
    rmSync(out, { force: true });
  }
} finally {
  execFileSync('rm', ['-rf', dir]);
}
