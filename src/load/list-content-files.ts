import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../types.ts';

/** A file the walk found: its path relative to the content folder (POSIX) and where to read it. */
export interface ContentEntry {
  relativePath: string;
  absolutePath: string;
}

export interface ContentListing {
  entries: ContentEntry[];
  diagnostics: Diagnostic[];
  /** False when the content folder itself could not be read (then nothing is listed). */
  readable: boolean;
}

/** The kind of a file that is no regular file or folder, in a user's words. */
export function specialKind(stats: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string | null {
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return null;
}

const at = (document: string, severity: Diagnostic['severity'], code: string, message: string): Diagnostic => ({
  document, line: 1, column: 1, severity, code, message,
});

/** A system error in a user's words: what went wrong, not a Node stack. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'it does not exist';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ENOTDIR': return 'it is not a folder';
    case 'EISDIR': return 'it is a folder';
    case 'ENAMETOOLONG': return 'its path is longer than the system allows';
    case 'ELOOP': return 'too many levels of symbolic links';
    case 'EMFILE': case 'ENFILE': return 'too many open files';
    case 'EIO': return 'input/output error';
    case 'EEXIST': return 'a file is in the way';
    case 'ENOSPC': return 'no space left on the device';
    case 'EROFS': return 'the file system is read-only';
    default: return code ?? (error as Error).message;
  }
}

/**
 * Every file below `dir`, sorted by relative path. Nothing is followed out of the folder: a
 * symbolic link is listed only when it resolves to a regular file inside it (a link to a folder
 * is never walked, so no loop); links elsewhere, dangling links, pipes, sockets and devices are
 * each a diagnostic, and so is a subfolder that cannot be read (the rest is still listed).
 * The walk is synchronous, as the reading of the files is (`readContentBytes` says why).
 */
export async function listContentFiles(dir: string): Promise<ContentListing> {
  const entries: ContentEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  let root: string;
  try {
    root = realpathSync(dir);
    if (!statSync(root).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (error) {
    return { entries, readable: false, diagnostics: [at(dir, 'error', 'unreadable-folder', `cannot read the content folder: ${describeFsError(error)}`)] };
  }
  const inside = (target: string) => target === root || target.startsWith(root + path.sep);

  function walk(absolute: string, relative: string): void {
    let names: string[];
    try {
      names = readdirSync(absolute);
    } catch (error) {
      if (relative === '') throw error;
      diagnostics.push(at(relative, 'error', 'unreadable-folder', `cannot read this folder, its files are left out: ${describeFsError(error)}`));
      return;
    }
    names.sort();
    for (const name of names) {
      const childAbsolute = path.join(absolute, name);
      const childRelative = relative === '' ? name : `${relative}/${name}`;
      let stats;
      try {
        stats = lstatSync(childAbsolute);
      } catch (error) {
        diagnostics.push(at(childRelative, 'error', 'unreadable-file', `cannot read it, it is left out: ${describeFsError(error)}`));
        continue;
      }
      if (stats.isDirectory()) {
        walk(childAbsolute, childRelative);
      } else if (stats.isFile()) {
        entries.push({ relativePath: childRelative, absolutePath: childAbsolute });
      } else if (stats.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(childAbsolute);
        } catch (error) {
          diagnostics.push(at(childRelative, 'error', 'broken-link', `left out: a symbolic link that leads nowhere (${describeFsError(error)})`));
          continue;
        }
        if (!inside(target)) {
          diagnostics.push(at(childRelative, 'error', 'link-outside-content', 'left out: a symbolic link to a file outside the content folder (links are followed only inside it)'));
          continue;
        }
        let targetStats;
        try {
          targetStats = statSync(target);
        } catch {
          targetStats = null;
        }
        const special = targetStats ? specialKind(targetStats) : null;
        if (targetStats?.isFile()) entries.push({ relativePath: childRelative, absolutePath: target });
        else if (targetStats?.isDirectory()) diagnostics.push(at(childRelative, 'warning', 'link-to-folder', 'left out: a symbolic link to a folder (folders are walked only where they are, never through links)'));
        else diagnostics.push(at(childRelative, 'error', 'special-file', `left out: a symbolic link to ${special ?? 'something that is no regular file'}`));
      } else {
        diagnostics.push(at(childRelative, 'error', 'special-file', `left out: ${specialKind(stats) ?? 'no regular file'}, not a content file`));
      }
    }
  }

  try {
    walk(root, '');
  } catch (error) {
    return { entries: [], readable: false, diagnostics: [at(dir, 'error', 'unreadable-folder', `cannot read the content folder: ${describeFsError(error)}`)] };
  }
  entries.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
  return { entries, diagnostics, readable: true };
}
