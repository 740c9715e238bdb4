import { lstat, readdir, readFile, realpath } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_MANIFEST, SINGLE_FILE_MARK, isBuildManifest } from './build-manifest.ts';

/** The project's own folder, from this module's place (never the process's cwd). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Folders of the project a build must never write into or over. */
const PROJECT_FOLDERS = ['_site-template', 'src', 'test', 'bin', 'bench', 'scripts', 'docs', 'node_modules', '.git', '.ci'];

export type OutCheck = { ok: true; out: string } | { ok: false; message: string };

export interface OutPlaces {
  content: string;
  projectRoot?: string;
  home?: string;
}

/** `target` with every existing ancestor's links resolved (the rest as written), so a link cannot hide where it writes. */
async function resolveAsFarAsExists(target: string): Promise<string> {
  const absolute = path.resolve(target);
  const rest: string[] = [];
  let at = absolute;
  for (;;) {
    try {
      return path.join(await realpath(at), ...rest);
    } catch {
      const parent = path.dirname(at);
      if (parent === at) return absolute;
      rest.unshift(path.basename(at));
      at = parent;
    }
  }
}

const within = (child: string, parent: string) => child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);

/** Why `out` may not be written at all, whatever it holds: a place that is not a site's to take. */
async function forbiddenPlace(out: string, places: OutPlaces, what: string): Promise<string | null> {
  const content = await resolveAsFarAsExists(places.content);
  const projectRoot = await resolveAsFarAsExists(places.projectRoot ?? PROJECT_ROOT);
  const home = await resolveAsFarAsExists(places.home ?? homedir());
  if (out === path.parse(out).root) return `${what} cannot be the root folder`;
  if (out === home) return `${what} cannot be the home folder`;
  if (within(out, content)) return `${what} cannot be the content folder or lie inside it (${places.content})`;
  if (within(content, out)) return `${what} cannot contain the content folder (${places.content})`;
  if (within(projectRoot, out)) return `${what} cannot be the project's folder or contain it`;
  for (const folder of PROJECT_FOLDERS) {
    if (within(out, path.join(projectRoot, folder))) return `${what} cannot lie in the project's own ${folder}/ folder`;
  }
  if (within(out, '/proc') || within(out, '/sys') || within(out, '/dev')) return `${what} cannot lie in a system folder (${out.split(path.sep).slice(0, 2).join(path.sep)})`;
  return null;
}

/**
 * Whether a site may be built into `out`: a folder that does not exist yet, an empty one, or a
 * previous build (it holds the manifest a build writes); never a place listed in forbiddenPlace.
 */
export async function checkSiteOut(outDir: string, places: OutPlaces): Promise<OutCheck> {
  const out = await resolveAsFarAsExists(outDir);
  const forbidden = await forbiddenPlace(out, places, `--out ${outDir}`);
  if (forbidden) return { ok: false, message: forbidden };
  const stats = await lstat(out).catch(() => null);
  if (stats === null) return { ok: true, out };
  if (!stats.isDirectory()) return { ok: false, message: `--out ${outDir} is not a folder` };
  const names = await readdir(out).catch(() => null);
  if (names === null) return { ok: false, message: `--out ${outDir} cannot be read` };
  if (names.length === 0) return { ok: true, out };
  const manifest = await readFile(path.join(out, BUILD_MANIFEST), 'utf8').catch(() => null);
  if (manifest !== null && isBuildManifest(manifest)) return { ok: true, out };
  return { ok: false, message: `--out ${outDir} is a folder with other files in it, not a previous build (it has no ${BUILD_MANIFEST}); give a new or empty folder, or remove it first` };
}

/** Whether the single-file page may be written to `file`: a new file, or a previous single-file output. */
export async function checkSingleFileOut(file: string, places: OutPlaces): Promise<OutCheck> {
  const out = await resolveAsFarAsExists(file);
  const forbidden = await forbiddenPlace(out, places, `--single-file ${file}`);
  if (forbidden) return { ok: false, message: forbidden };
  const stats = await lstat(out).catch(() => null);
  if (stats === null) return { ok: true, out };
  if (!stats.isFile()) return { ok: false, message: `--single-file ${file} exists and is not a regular file` };
  const head = await readFile(out).then((bytes) => bytes.subarray(0, 4096).toString('utf8')).catch(() => null);
  if (head !== null && head.includes(SINGLE_FILE_MARK)) return { ok: true, out };
  return { ok: false, message: `--single-file ${file} exists and is not a timeline this tool wrote; give a new file name, or remove it first` };
}

/** Whether a data file (`extract --out`) may be written to `file`: never in the content folder or the project's own folders. */
export async function checkDataFileOut(file: string, places: OutPlaces): Promise<OutCheck> {
  const out = await resolveAsFarAsExists(file);
  const forbidden = await forbiddenPlace(out, places, `--out ${file}`);
  if (forbidden) return { ok: false, message: forbidden };
  const stats = await lstat(out).catch(() => null);
  if (stats !== null && !stats.isFile()) return { ok: false, message: `--out ${file} exists and is not a regular file` };
  return { ok: true, out };
}

/**
 * The places a build writes, each checked (checkSiteOut, checkSingleFileOut), resolved; or the
 * first reason to write nothing. A single file inside the site folder is refused too: the next
 * build's swap would remove it.
 */
export async function checkBuildOutputs(
  outDir: string | undefined,
  singleFile: string | undefined,
  places: OutPlaces,
): Promise<{ ok: true; siteOut?: string; fileOut?: string } | { ok: false; message: string }> {
  const [site, file] = await Promise.all([
    outDir === undefined ? undefined : checkSiteOut(outDir, places),
    singleFile === undefined ? undefined : checkSingleFileOut(singleFile, places),
  ]);
  if (site && !site.ok) return site;
  if (file && !file.ok) return file;
  const siteOut = site?.ok ? site.out : undefined;
  const fileOut = file?.ok ? file.out : undefined;
  if (siteOut !== undefined && fileOut !== undefined && within(fileOut, siteOut)) {
    return { ok: false, message: `--single-file ${singleFile} cannot lie inside --out ${outDir}: the next build would remove it` };
  }
  return { ok: true, siteOut, fileOut };
}
