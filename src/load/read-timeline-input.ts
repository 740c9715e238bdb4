import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { Diagnostic, Timeline } from '../types.ts';
import { buildTimeline } from '../pipeline.ts';
import { InvalidTimelineError, validateTimeline } from '../timeline/validate-timeline.ts';
import { parseGitSpec, writeGitFolder } from './read-git-folder.ts';

export type TimelineSource = 'json' | 'folder' | 'git';

export type ReadTimeline =
  | {
      ok: true;
      input: string;
      source: TimelineSource;
      timeline: Timeline;
      /** The diagnostics of a built corpus (a JSON file's were reported when it was written). */
      diagnostics: Diagnostic[];
      /** Notes for the user, e.g. git entries left out. */
      notes: string[];
    }
  | { ok: false; input: string; message: string };

function failure(input: string, message: string): ReadTimeline {
  return { ok: false, input, message: `${input}: ${message}` };
}

async function loadJson(input: string, file: string): Promise<ReadTimeline> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return failure(input, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return failure(input, `not valid JSON (${(error as Error).message})`);
  }
  try {
    return { ok: true, input, source: 'json', timeline: validateTimeline(value), diagnostics: [], notes: [] };
  } catch (error) {
    const message = error instanceof InvalidTimelineError && error.cause instanceof z.ZodError ? z.prettifyError(error.cause) : (error as Error).message;
    return failure(input, `not a timeline JSON file:\n${message.split('\n').slice(0, 12).join('\n')}`);
  }
}

async function loadGit(input: string, spec: { rev: string; path: string }, cwd: string): Promise<ReadTimeline> {
  const folder = await mkdtemp(path.join(tmpdir(), 'timeline-diff-git-'));
  try {
    const written = await writeGitFolder(spec, cwd, folder);
    if ('error' in written) return failure(input, written.error);
    const timeline = await buildTimeline(folder);
    const notes = written.skipped.map((p) => `left out ${p}: not a plain file in git`);
    return { ok: true, input, source: 'git', timeline, diagnostics: timeline.diagnostics, notes };
  } catch (error) {
    return failure(input, (error as Error).message);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * Reads one side of a diff: a timeline JSON file, a content folder (built here), or
 * `git:REV[:PATH]`, a content folder at a revision of the repository holding `cwd`, read
 * with git into a temporary folder (removed afterwards) and built like any folder.
 * Unreadable input, a bad revision or invalid JSON come back as a message naming the input.
 */
export async function readTimelineInput(input: string, cwd: string = process.cwd()): Promise<ReadTimeline> {
  const git = parseGitSpec(input);
  if (git && 'error' in git) return failure(input, git.error);
  if (git) return loadGit(input, git, cwd);
  const resolved = path.resolve(cwd, input);
  let kind: 'file' | 'folder';
  try {
    kind = (await stat(resolved)).isDirectory() ? 'folder' : 'file';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return failure(input, code === 'ENOENT' ? 'no such file or folder' : `cannot read it (${code ?? (error as Error).message})`);
  }
  if (kind === 'file') return loadJson(input, resolved);
  const timeline = await buildTimeline(resolved);
  const unreadable = timeline.diagnostics.find((d) => d.code === 'unreadable-folder');
  if (unreadable) return failure(input, unreadable.message);
  return { ok: true, input, source: 'folder', timeline, diagnostics: timeline.diagnostics, notes: [] };
}
