import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** `git:REV` (the `content` folder) or `git:REV:PATH`. The first colon after the revision ends it. */
export interface GitFolderSpec {
  rev: string;
  path: string;
}

export const DEFAULT_CONTENT_FOLDER = 'content';

/** Reads `git:REV[:PATH]`; null when the input is not a git input at all. */
export function parseGitSpec(input: string): GitFolderSpec | { error: string } | null {
  if (!input.startsWith('git:')) return null;
  const rest = input.slice('git:'.length);
  const colon = rest.indexOf(':');
  const rev = colon === -1 ? rest : rest.slice(0, colon);
  const folder = colon === -1 ? DEFAULT_CONTENT_FOLDER : rest.slice(colon + 1);
  if (!rev) return { error: 'no revision after "git:" (write git:REV or git:REV:PATH)' };
  if (!folder) return { error: 'no folder after the revision (write git:REV or git:REV:PATH)' };
  return { rev, path: folder };
}

interface GitRun {
  ok: boolean;
  stdout: Buffer;
  stderr: string;
  /** git itself could not be started. */
  missing: boolean;
}

/** Runs git without a shell; a failure is a value carrying git's own message. */
function git(args: string[], cwd: string, input?: string): Promise<GitRun> {
  return new Promise((resolve) => {
    const child = execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024 }, (error, stdout, stderr) => {
      const message = stderr.toString('utf8').trim() || (error ? error.message : '');
      const missing = (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
      resolve({ ok: !error, stdout, stderr: message, missing });
    });
    child.stdin?.on('error', () => {}); // git may exit before reading all of stdin; its own error is what counts.
    if (input !== undefined) child.stdin?.end(input);
  });
}

interface TreeEntry {
  mode: string;
  type: string;
  object: string;
  /** Relative to the folder read, POSIX separators. */
  path: string;
}

/** `git ls-tree -r -z` output: `<mode> SP <type> SP <object> TAB <path> NUL`, paths relative to the working directory. */
function parseTree(output: Buffer, folder: string): TreeEntry[] {
  const base = path.posix.normalize(folder.split(path.sep).join('/'));
  return output
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((record) => {
      const tab = record.indexOf('\t');
      const [mode = '', type = '', object = ''] = record.slice(0, tab).split(' ');
      return { mode, type, object, path: path.posix.relative(base, path.posix.normalize(record.slice(tab + 1))) };
    });
}

/** `git cat-file --batch` output: per object `<oid> SP <type> SP <size> LF <bytes> LF`. */
function parseBatch(output: Buffer, count: number): Buffer[] {
  const blobs: Buffer[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const eol = output.indexOf(0x0a, at);
    const header = output.subarray(at, eol).toString('utf8').split(' ');
    const size = Number(header[2]);
    if (header[1] !== 'blob' || !Number.isInteger(size)) throw new Error(`unexpected git cat-file output: ${header.join(' ')}`);
    blobs.push(output.subarray(eol + 1, eol + 1 + size));
    at = eol + 1 + size + 1;
  }
  return blobs;
}

export interface WrittenFolder {
  /** The commit the revision names. */
  commit: string;
  files: number;
  /** Entries that are not plain files (symbolic links, submodules): left out, as a note for the user. */
  skipped: string[];
}

/**
 * Writes the files of `spec.path` at `spec.rev` into `into`, reading the repository that
 * holds `cwd` without checking anything out. PATH is relative to `cwd`, as git reads it.
 */
export async function writeGitFolder(spec: GitFolderSpec, cwd: string, into: string): Promise<WrittenFolder | { error: string }> {
  const resolved = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${spec.rev}^{commit}`], cwd);
  if (resolved.missing) return { error: 'git was not found on the PATH' };
  if (!resolved.ok) {
    const inRepo = await git(['rev-parse', '--git-dir'], cwd);
    if (!inRepo.ok) return { error: `not in a git repository (${inRepo.stderr || 'git rev-parse failed'})` };
    return { error: `"${spec.rev}" is not a commit of the repository` };
  }
  const commit = resolved.stdout.toString('utf8').trim();
  const tree = await git(['ls-tree', '-r', '-z', commit, '--', spec.path], cwd);
  if (!tree.ok) return { error: `cannot list ${spec.path} at ${spec.rev}: ${tree.stderr}` };
  const entries = parseTree(tree.stdout, spec.path);
  const files = entries.filter((e) => e.type === 'blob' && (e.mode === '100644' || e.mode === '100755'));
  const skipped = entries.filter((e) => !files.includes(e)).map((e) => e.path);
  if (entries.length === 0) return { error: `no folder "${spec.path}" at ${spec.rev} (paths are relative to the current folder)` };
  if (entries.some((e) => e.path === '' || e.path.startsWith('..'))) return { error: `"${spec.path}" at ${spec.rev} is a file, not a folder` };
  const blobs = files.length === 0 ? { ok: true, stdout: Buffer.alloc(0), stderr: '', missing: false } : await git(['cat-file', '--batch'], cwd, files.map((f) => `${f.object}\n`).join(''));
  if (!blobs.ok) return { error: `cannot read the files of ${spec.path} at ${spec.rev}: ${blobs.stderr}` };
  const contents = parseBatch(blobs.stdout, files.length);
  for (const [i, file] of files.entries()) {
    const target = path.join(into, ...file.path.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, contents[i]!);
  }
  return { commit, files: files.length, skipped };
}
