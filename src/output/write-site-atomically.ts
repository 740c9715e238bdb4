import { closeSync, linkSync, openSync, readdirSync, renameSync, statSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { acquireBuildLock } from './build-lock.ts';
import { readRange } from './keyed-pieces.ts';
import { BUILD_MANIFEST, BUILD_MANIFEST_TEXT } from './build-manifest.ts';
import { OutputError, outputErrorFrom } from './output-error.ts';

/** The places beside `out` that a build uses: its lock, its staging folder, the previous site during the swap. */
export function sitePlaces(out: string) {
  const parent = path.dirname(out);
  const base = path.basename(out);
  return {
    parent,
    lock: path.join(parent, `.${base}.lock`),
    stagingPrefix: `.${base}.staging-`,
    staging: path.join(parent, `.${base}.staging-${process.pid}`),
    previous: path.join(parent, `.${base}.previous`),
  };
}

const exists = (p: string) => stat(p).then(() => true, () => false);

/** Puts right what a killed build left beside `out`: a site moved aside but not replaced, a stale previous site, staging folders. */
async function recover(out: string, places: ReturnType<typeof sitePlaces>): Promise<void> {
  if (await exists(places.previous)) {
    if (await exists(out)) await rm(places.previous, { recursive: true, force: true });
    else await rename(places.previous, out);
  }
  for (const name of await readdir(places.parent)) {
    if (name.startsWith(places.stagingPrefix)) await rm(path.join(places.parent, name), { recursive: true, force: true });
  }
}

/** Bytes compared at a time by `sameBytes`. */
const COMPARE_BLOCK = 1 << 20;

/**
 * Whether two files of `size` bytes hold the same bytes, read a block at a time and stopped at
 * the first block that differs: at 10,000 articles `timeline.json` is 155 MB, and an edit that
 * keeps its length (one digit changed) made both copies be read whole into memory to find that.
 */
function sameBytes(a: string, b: string, size: number): boolean {
  const [fa, fb] = [openSync(a, 'r'), openSync(b, 'r')];
  try {
    for (let at = 0; at < size; at += COMPARE_BLOCK) {
      const n = Math.min(COMPARE_BLOCK, size - at);
      const [x, y] = [readRange(fa, at, n), readRange(fb, at, n)];
      if (x === null || y === null || !x.equals(y)) return false;
    }
    return true;
  } finally {
    closeSync(fa);
    closeSync(fb);
  }
}

/**
 * Each file of `staging` whose bytes equal the same path's in `out` is replaced by a hard link to
 * the file in `out`, so a page the build did not change keeps its inode and modification time
 * (a deploy by rsync or by modification time sends only the pages that changed). `out` itself is
 * never touched, so a build killed here still leaves the previous site whole; where hard links
 * are not possible (another file system, a file system without them) the new file stays.
 * Returns how many files were kept. Synchronous, file after file, as the corpus is read
 * (`readContentBytes`): at 10,000 articles this is 10,000 files, and promise-based calls spent
 * seconds waiting on the thread pool for what takes a fraction of a second.
 */
export function keepUnchanged(staging: string, out: string): number {
  let entries;
  try {
    entries = readdirSync(staging, { recursive: true, withFileTypes: true });
  } catch {
    return 0;
  }
  const files = entries.filter((e) => e.isFile()).map((e) => path.relative(staging, path.join(e.parentPath, e.name)));
  let kept = 0;
  for (const relative of files) {
    const fresh = path.join(staging, relative);
    const old = path.join(out, relative);
    try {
      const a = statSync(fresh);
      const b = statSync(old);
      if (!b.isFile() || a.size !== b.size) continue;
      // Already the previous site's file (a page the build kept rather than rendered): nothing to compare.
      if (a.ino === b.ino && a.dev === b.dev) {
        kept++;
        continue;
      }
      if (!sameBytes(fresh, old, a.size)) continue;
      const temporary = `${fresh}.keep-${process.pid}`;
      linkSync(old, temporary);
      renameSync(temporary, fresh);
      kept++;
    } catch {
      // No previous file, or no hard link: the new file stays.
    }
  }
  return kept;
}

/**
 * Builds a site as a transaction. `build` writes the whole site into a fresh staging folder
 * beside `out`; only when it has finished is the staging folder renamed to `out`, the previous
 * site (if any) having been renamed aside a moment before and removed after. So a build that
 * fails or is killed leaves the previous site as it was, and no page of an earlier build
 * survives. A lock beside `out` refuses a second build at the same time.
 *
 * Files whose bytes did not change keep their modification time (`keepUnchanged`).
 *
 * What remains: POSIX has no rename that swaps two folders, so between the two renames `out`
 * is briefly absent (never half-written); a build killed right there leaves the previous site
 * at `.<out>.previous`, and the next build puts it back first.
 */
export async function writeSiteAtomically(out: string, build: (stagingDir: string) => Promise<void>): Promise<void> {
  const places = sitePlaces(out);
  try {
    await mkdir(places.parent, { recursive: true });
  } catch (error) {
    throw outputErrorFrom(error, `the folder ${places.parent}`);
  }
  const release = await acquireBuildLock(places.lock, out);
  try {
    try {
      await recover(out, places);
      await mkdir(places.staging);
    } catch (error) {
      throw outputErrorFrom(error, `beside ${out}`);
    }
    await build(places.staging);
    try {
      await writeFile(path.join(places.staging, BUILD_MANIFEST), BUILD_MANIFEST_TEXT);
      const hadPrevious = await exists(out);
      if (hadPrevious) keepUnchanged(places.staging, out);
      if (hadPrevious) await rename(out, places.previous);
      await rename(places.staging, out);
      if (hadPrevious) await rm(places.previous, { recursive: true, force: true });
    } catch (error) {
      throw outputErrorFrom(error, out);
    }
  } finally {
    await rm(places.staging, { recursive: true, force: true }).catch(() => undefined);
    await release();
  }
}

/** Writes `file` whole or not at all: into a temporary file beside it, then renamed over it. */
export async function writeFileAtomically(file: string, data: string | Iterable<string>): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}`);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temporary, data);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw outputErrorFrom(error, file);
  }
}

export { OutputError };
