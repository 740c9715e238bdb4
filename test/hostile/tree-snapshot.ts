import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';

/**
 * Every entry below `dir` (links not followed, pipes and sockets not opened) with a digest of
 * what it is: two equal snapshots mean nothing in the tree was created, removed or changed.
 */
export async function snapshotTree(dir: string): Promise<Map<string, string>> {
  const tree = new Map<string, string>();
  async function walk(absolute: string, relative: string): Promise<void> {
    let names: string[];
    try {
      names = await readdir(absolute);
    } catch (error) {
      tree.set(`${relative}/`, `unreadable ${(error as NodeJS.ErrnoException).code}`);
      return;
    }
    for (const name of names.sort()) {
      const childAbsolute = path.join(absolute, name);
      const childRelative = relative === '' ? name : `${relative}/${name}`;
      const stats = await lstat(childAbsolute).catch(() => null);
      if (stats === null) tree.set(childRelative, 'unstatable');
      else if (stats.isDirectory()) {
        tree.set(`${childRelative}/`, 'folder');
        await walk(childAbsolute, childRelative);
      } else if (stats.isSymbolicLink()) tree.set(childRelative, `link ${await readlink(childAbsolute)}`);
      else if (stats.isFile() && stats.size <= 16 * 1024 * 1024) {
        tree.set(childRelative, createHash('sha256').update(await readFile(childAbsolute)).digest('hex'));
      } else tree.set(childRelative, `${stats.mode} ${stats.size} ${stats.mtimeMs}`);
    }
  }
  await walk(dir, '');
  return tree;
}

/** The entries that differ between two snapshots, as `+ path`, `- path`, `~ path`. */
export function treeChanges(before: Map<string, string>, after: Map<string, string>): string[] {
  const changes: string[] = [];
  for (const [entry, digest] of after) {
    if (!before.has(entry)) changes.push(`+ ${entry}`);
    else if (before.get(entry) !== digest) changes.push(`~ ${entry}`);
  }
  for (const entry of before.keys()) if (!after.has(entry)) changes.push(`- ${entry}`);
  return changes.sort();
}
