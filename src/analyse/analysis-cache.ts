import { createHash, type Hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { SourceFile } from '../types.ts';
import type { DocumentAnalysis } from './analyse-document.ts';
import { LEFT_OUT, packAnalysis, unpackAnalysis } from './pack-analysis.ts';
import type { MergePlan } from '../timeline/merge-events.ts';
import type { MergeMemory } from '../timeline/replan-merge.ts';
import { looksLikeIdTable, type IdTable } from '../timeline/id-table.ts';
import type { PieceTable } from '../output/keyed-pieces.ts';

const SRC = path.resolve(import.meta.dirname, '..');
const PROJECT = path.resolve(SRC, '..');
const PACKAGE_JSON = path.join(PROJECT, 'package.json');

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : e.isFile() ? [path.join(dir, e.name)] : [])),
  );
  return nested.flat();
}

/**
 * The tool version a cached analysis is valid for: the package version, the installed version of
 * every runtime dependency (chrono-node, luxon and the WordNet data shape the analysis, and a
 * `npm update` changes them without touching src/), and a hash of every file under src/ (path
 * and bytes), so an edited stage or an updated library never serves an analysis it did not make.
 */
export async function toolVersion(): Promise<string> {
  const hash = createHash('sha256');
  const pkg = JSON.parse(await readFile(PACKAGE_JSON, 'utf8')) as { version?: unknown; dependencies?: Record<string, string> };
  hash.update(`news-timeline ${String(pkg.version)}\0`);
  for (const name of Object.keys(pkg.dependencies ?? {}).sort()) hash.update(`${name}@${await installedVersion(name, PROJECT)}\0`);
  await hashFiles(hash, SRC);
  return hash.digest('hex');
}

/** The version of dependency `name` as installed for the project in `projectDir` (its package.json), or "not found". */
export async function installedVersion(name: string, projectDir: string): Promise<string> {
  const resolved = [path.resolve(projectDir, 'node_modules', name, 'package.json')];
  try {
    resolved.push(createRequire(path.join(projectDir, 'package.json')).resolve(`${name}/package.json`));
  } catch {
    // A package whose exports hide its package.json: the path beside the project is the one to read.
  }
  for (const file of resolved) {
    try {
      return String((JSON.parse(await readFile(file, 'utf8')) as { version?: unknown }).version);
    } catch {
      continue;
    }
  }
  return 'not found';
}

/** Every file under `dir` into `hash`, in path order: its path (relative, with `/`) and its bytes. */
export async function hashFiles(hash: Hash, dir: string): Promise<void> {
  for (const file of (await listFiles(dir)).sort()) {
    hash.update(`${path.relative(dir, file).split(path.sep).join('/')}\0`);
    hash.update(await readFile(file));
    hash.update('\0');
  }
}

/** The key of one file's analysis: the tool version, the options that shape analysis, and everything the stage reads of the file (id, path, decoded text, front matter). */
export function analysisKey(version: string, file: SourceFile, options: Readonly<Record<string, unknown>> = {}): string {
  return createHash('sha256').update(JSON.stringify([version, options, file.id, file.path, file.bodyStart, file.frontMatter, file.text])).digest('hex');
}

/** A cached analysis (packed: `packAnalysis`) that does not look like one (truncated, edited, another format) is not used. */
function looksLikeAnalysis(value: unknown, file: SourceFile): value is DocumentAnalysis {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Partial<Record<keyof DocumentAnalysis, unknown>>;
  const document = a.document as { id?: unknown; text?: unknown } | undefined;
  return (
    typeof document === 'object' && document !== null && document.id === file.id && document.text === LEFT_OUT &&
    Array.isArray(a.events) && Array.isArray(a.undated) && Array.isArray(a.diagnostics)
  );
}

const MERGE_PLAN_PREFIX = 'merge-plan-';

/** The pairs the last merge found (`MergeMemory`), for the next merge after an edit. */
const MERGE_MEMORY = 'merge-pairs.json';

/** The keys of the last site's pages (src/site/page-keys.ts): the site folder and [site path, key] pairs. */
const PAGE_KEYS = 'site-pages.json';

/** The ids the last site published (src/timeline/id-table.ts), for the next build into it to carry. */
const ID_TABLE = 'site-ids.json';

/** Where each event's piece lies in the last site's per-event downloads (src/site/download-pieces.ts), for the next build into it to copy. */
const DOWNLOAD_PIECES = 'site-downloads.json';

interface DownloadPiecesEntry {
  /** The tool version that wrote it. */
  version: string;
  site: string;
  /** Per file: its site path, which file it is (`stampOf`: the table is of that file's bytes only), and its table. */
  files: Array<{ path: string; file: string; table: PieceTable }>;
}

function looksLikeDownloadPieces(value: unknown): value is DownloadPiecesEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { version, site, files } = value as Partial<Record<keyof DownloadPiecesEntry, unknown>>;
  const isTable = (t: unknown) =>
    Array.isArray(t) && t.every((row) => Array.isArray(row) && row.length === 3 && typeof row[0] === 'string' && Number.isSafeInteger(row[1]) && Number.isSafeInteger(row[2]) && row[1] >= 0 && row[2] >= 0);
  return (
    typeof version === 'string' &&
    typeof site === 'string' &&
    Array.isArray(files) &&
    files.every((f: unknown) => typeof f === 'object' && f !== null && typeof (f as { path?: unknown }).path === 'string' && typeof (f as { file?: unknown }).file === 'string' && isTable((f as { table?: unknown }).table))
  );
}

interface IdTableEntry {
  /** The tool version that wrote it. */
  version: string;
  site: string;
  /** Which file is the site's `timeline.json` (`stampOf`): the table is of that file's ids only. */
  file: string;
  table: IdTable;
}

/**
 * What tells the file or folder at `at` apart from another one put there, or from itself edited
 * (null when it is not there): a file by device, inode, size, modification and change time (the
 * change time because a copy with kept times, `cp -p` or `rsync -t`, can forge the other four);
 * a folder by device, inode and change time, since a site is swapped in as a new folder.
 */
async function stampOf(at: string, kind: 'file' | 'folder'): Promise<string | null> {
  try {
    const s = await stat(at);
    if (kind === 'folder') return `${s.dev}:${s.ino}:${s.ctimeMs}`;
    return s.isFile() ? `${s.dev}:${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}` : null;
  } catch {
    return null;
  }
}

interface PageKeysEntry {
  site: string;
  /** Which folder was at `site` (`stampOf`): a site is swapped in as a new folder. */
  folder: string;
  pages: Array<[string, string]>;
}

function looksLikePageKeys(value: unknown): value is PageKeysEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { site, folder, pages } = value as Partial<Record<keyof PageKeysEntry, unknown>>;
  return typeof site === 'string' && typeof folder === 'string' && Array.isArray(pages) && pages.every((pair) => Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string' && typeof pair[1] === 'string');
}

/** A kept merge plan that does not look like one is not used (`applyMergePlan` checks that it fits the events). */
function looksLikePlan(value: unknown): value is MergePlan {
  if (typeof value !== 'object' || value === null) return false;
  const { groups, conflicts } = value as Partial<Record<keyof MergePlan, unknown>>;
  const lists = (v: unknown) => Array.isArray(v) && v.every((list) => Array.isArray(list) && list.every((i) => Number.isInteger(i)));
  return lists(groups) && lists(conflicts);
}

/** A kept merge memory that does not look like one is not used (`replanMerge` checks its version and that it fits). */
function looksLikeMemory(value: unknown): value is MergeMemory {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Partial<Record<keyof MergeMemory, unknown>>;
  const strings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
  const tuples = (v: unknown, n: number) => Array.isArray(v) && v.every((t) => Array.isArray(t) && t.length === n && t.every((x) => typeof x === 'number' && Number.isFinite(x)));
  const total = Array.isArray(m.files) ? m.files.reduce((sum: number, run: unknown) => sum + (Array.isArray(run) && Number.isInteger(run[1]) && run[1] > 0 ? (run[1] as number) : Number.NaN), 0) : Number.NaN;
  const inRange = (v: unknown) => (v as number[][]).every((t) => Number.isInteger(t[0]) && Number.isInteger(t[1]) && t[0]! >= 0 && t[0]! < t[1]! && t[1]! < total);
  return (
    typeof m.version === 'string' && Array.isArray(m.files) && m.files.every((run) => Array.isArray(run) && run.length === 2 && typeof run[0] === 'string') &&
    strings(m.facts) && (m.facts as string[]).length === total && strings(m.commonWords) && strings(m.commonInYear) &&
    tuples(m.pairs, 3) && tuples(m.conflicts, 2) && inRange(m.pairs) && inRange(m.conflicts)
  );
}

/**
 * Each document's analysis kept as a JSON file in a folder of its own (README: "The analysis
 * cache"): `<dir>/<key>.json`. Safe to delete at any time; an unreadable or corrupt entry is
 * a miss, never an error.
 */
export class AnalysisCache {
  private readonly used = new Set<string>();
  /** The folder is made once per build, not once per entry (10,000 entries: 10,000 mkdir calls). */
  private made: Promise<unknown> | null = null;

  private constructor(
    readonly dir: string,
    /** The tool version every entry is keyed by (`toolVersion`). */
    readonly version: string,
  ) {}

  static async open(dir: string): Promise<AnalysisCache> {
    return new AnalysisCache(dir, await toolVersion());
  }

  private entry(key: string): string {
    return path.join(this.dir, `${key}.json`);
  }

  /** Each file's key, computed once (it hashes the whole text). */
  private readonly keys = new WeakMap<SourceFile, string>();

  keyOf(file: SourceFile): string {
    let key = this.keys.get(file);
    if (key === undefined) this.keys.set(file, (key = analysisKey(this.version, file)));
    return key;
  }

  /** The key of the merge of these files' events: the tool version and every file's analysis key, in order. */
  private planKey(files: readonly SourceFile[]): string {
    const hash = createHash('sha256').update(`merge-plan\0${this.version}\0`);
    for (const file of files) hash.update(`${this.keyOf(file)}\0`);
    return hash.digest('hex');
  }

  private planEntry(key: string): string {
    return path.join(this.dir, `${MERGE_PLAN_PREFIX}${key}.json`);
  }

  /** The merge plan kept for exactly these files (same contents, same order, same tool), if any. */
  async getMergePlan(files: readonly SourceFile[]): Promise<MergePlan | undefined> {
    return this.read(this.planEntry(this.planKey(files)), looksLikePlan);
  }

  /** Keeps the merge plan of these files, as the only plan in the cache (an older one is of another corpus). */
  async setMergePlan(files: readonly SourceFile[], plan: MergePlan): Promise<void> {
    // A build that read no article (a typo in --content) leaves the cache as it was, as `prune` does.
    if (files.length === 0) return;
    const entry = this.planEntry(this.planKey(files));
    if (!(await this.write(entry, plan))) return;
    try {
      const own = path.basename(entry);
      const names = await readdir(this.dir);
      await Promise.all(names.filter((n) => n.startsWith(MERGE_PLAN_PREFIX) && n !== own).map((n) => rm(path.join(this.dir, n), { force: true })));
    } catch {
      // An older plan left behind is never read: its key is another corpus's.
    }
  }

  /** The pairs the last merge found, with what they depended on (`replanMerge` uses only what is still valid). */
  async getMergeMemory(): Promise<MergeMemory | undefined> {
    return this.read(path.join(this.dir, MERGE_MEMORY), looksLikeMemory);
  }

  async setMergeMemory(memory: MergeMemory): Promise<void> {
    if (memory.files.length > 0) await this.write(path.join(this.dir, MERGE_MEMORY), memory);
  }

  private get pagesEntry(): string {
    return path.join(this.dir, PAGE_KEYS);
  }

  /**
   * The keys of the pages of `site` (site path to key) as the build that wrote it kept them,
   * if that build finished and `site` is still the folder it swapped in (a build without the
   * cache, or any other writer, puts another folder there); see `dropPageKeys`.
   */
  async getPageKeys(site: string): Promise<Map<string, string> | undefined> {
    const kept = await this.read(this.pagesEntry, looksLikePageKeys);
    if (kept === undefined || kept.site !== path.resolve(site) || kept.folder !== (await stampOf(site, 'folder'))) return undefined;
    return new Map(kept.pages);
  }

  /** Keeps the keys of the pages of `site`, just written (after it was swapped in). */
  async setPageKeys(site: string, keys: ReadonlyMap<string, string>): Promise<void> {
    const folder = await stampOf(site, 'folder');
    if (folder !== null) await this.write(this.pagesEntry, { site: path.resolve(site), folder, pages: [...keys] });
  }

  /**
   * Forgets the page keys before a site is written: until the new site is in place and its
   * keys kept, no keys are there to match, so a build killed half way never lets the next one
   * keep a page the keys do not describe.
   */
  async dropPageKeys(): Promise<void> {
    await rm(this.pagesEntry, { force: true }).catch(() => undefined);
  }

  /**
   * The id table of the timeline `file` holds (a site's `timeline.json`), as the build that
   * wrote it kept it: only when it was kept by this tool version, for this site, and `file` is
   * still the very file it was kept for (not replaced nor edited since); else undefined, and
   * the caller reads `file` itself.
   */
  async getIdTable(site: string, file: string): Promise<IdTable | undefined> {
    const looks = (v: unknown): v is IdTableEntry => {
      if (typeof v !== 'object' || v === null) return false;
      const e = v as Partial<Record<keyof IdTableEntry, unknown>>;
      return typeof e.version === 'string' && typeof e.site === 'string' && typeof e.file === 'string' && looksLikeIdTable(e.table);
    };
    const kept = await this.read(path.join(this.dir, ID_TABLE), looks);
    if (kept === undefined || kept.version !== this.version || kept.site !== path.resolve(site)) return undefined;
    const stamp = await stampOf(file, 'file');
    return stamp !== null && kept.file === stamp ? kept.table : undefined;
  }

  /** Keeps the id table of the timeline `file` holds, just written into `site` (after the site was swapped in). */
  async setIdTable(site: string, file: string, table: IdTable): Promise<void> {
    const stamp = await stampOf(file, 'file');
    if (stamp === null) await rm(path.join(this.dir, ID_TABLE), { force: true }).catch(() => undefined);
    else await this.write(path.join(this.dir, ID_TABLE), { version: this.version, site: path.resolve(site), file: stamp, table } satisfies IdTableEntry);
  }

  /**
   * Where each event's piece lies in the per-event downloads of `site` (site path to key to
   * byte offset and length), as the build that wrote them kept it: only tables kept by this
   * tool version, for this site, of files still the very files they were kept for (not
   * replaced nor edited since). A file without one is made whole.
   */
  async getDownloadPieces(site: string): Promise<Map<string, Map<string, [number, number]>>> {
    const found = new Map<string, Map<string, [number, number]>>();
    const kept = await this.read(path.join(this.dir, DOWNLOAD_PIECES), looksLikeDownloadPieces);
    if (kept === undefined || kept.version !== this.version || kept.site !== path.resolve(site)) return found;
    for (const { path: sitePath, file, table } of kept.files) {
      if ((await stampOf(path.join(site, sitePath), 'file')) !== file) continue;
      found.set(sitePath, new Map(table.map(([key, start, length]) => [key, [start, length]])));
    }
    return found;
  }

  /** Keeps the tables of the per-event downloads just written into `site` (after it was swapped in), by site path. */
  async setDownloadPieces(site: string, tables: ReadonlyMap<string, PieceTable>): Promise<void> {
    const files: DownloadPiecesEntry['files'] = [];
    for (const [sitePath, table] of tables) {
      const file = await stampOf(path.join(site, sitePath), 'file');
      if (file !== null) files.push({ path: sitePath, file, table });
    }
    await this.write(path.join(this.dir, DOWNLOAD_PIECES), { version: this.version, site: path.resolve(site), files } satisfies DownloadPiecesEntry);
  }

  async get(file: SourceFile): Promise<DocumentAnalysis | undefined> {
    const key = this.keyOf(file);
    this.used.add(key);
    const packed = await this.read(this.entry(key), (value): value is DocumentAnalysis => looksLikeAnalysis(value, file));
    return packed && unpackAnalysis({ packed }, file.text);
  }

  /**
   * The value kept in `entry` when it parses and passes `looks`; else undefined (missing,
   * unreadable, corrupt). Read synchronously, as the articles are (`readContentBytes`): a
   * rebuild reads one entry per article while nothing else runs.
   */
  private async read<T>(entry: string, looks: (value: unknown) => value is T): Promise<T | undefined> {
    try {
      const value: unknown = JSON.parse(readFileSync(entry, 'utf8'));
      return looks(value) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Written to a temporary file and renamed, so a killed build never leaves half an entry. The
   * cache only saves time: a folder that cannot be written (read-only, under a file) leaves
   * the build to go on, and to report its own output's trouble in its own words.
   */
  async set(file: SourceFile, analysis: DocumentAnalysis): Promise<void> {
    const key = this.keyOf(file);
    this.used.add(key);
    // Kept packed, without the texts the file holds (a sixth of the bytes); unpacked again at once, so the caller's analysis is unchanged.
    const json = JSON.stringify(packAnalysis(analysis).packed);
    unpackAnalysis({ packed: analysis }, file.text);
    await this.writeText(this.entry(key), json);
  }

  /** `value` as JSON in `entry`, through a temporary file renamed into place; false when the folder cannot be written. */
  private async write(entry: string, value: unknown): Promise<boolean> {
    return this.writeText(entry, JSON.stringify(value));
  }

  /** `json` (a value's JSON) in `entry`, as `write` puts it there. */
  private async writeText(entry: string, json: string): Promise<boolean> {
    const temporary = path.join(this.dir, `.${path.basename(entry, '.json')}.tmp-${process.pid}`);
    try {
      this.made ??= mkdir(this.dir, { recursive: true });
      await this.made;
      await writeFile(temporary, json);
      await rename(temporary, entry);
      return true;
    } catch {
      await rm(temporary, { force: true }).catch(() => undefined);
      return false;
    }
  }

  /** Removes the entries this build did not use (edited, removed or renamed files, an older tool), so the cache stays the size of the corpus. */
  async prune(): Promise<void> {
    // A build that read no article (a typo in --content) leaves the cache as it was.
    if (this.used.size === 0) return;
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return;
    }
    await Promise.all(
      names.filter((n) => /^[0-9a-f]{64}\.json$/.test(n) && !this.used.has(n.slice(0, -5))).map((n) => rm(path.join(this.dir, n), { force: true })),
    );
  }
}

/** Where `timeline build --out DIR` keeps its cache: beside the site, never inside it (the site folder is replaced whole). */
export function cacheDirFor(out: string): string {
  return `${path.resolve(out)}.cache`;
}
