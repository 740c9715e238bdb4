import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BIN = path.join(ROOT, 'bin/timeline');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs bin/timeline as a user would, from `cwd`; never throws on a non-zero exit. */
export async function runTimeline(args: string[], options: { cwd: string; env?: Record<string, string>; timeoutMs?: number }): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(BIN, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      maxBuffer: 64 * 1024 * 1024,
      timeout: options.timeoutMs ?? 0,
      killSignal: 'SIGKILL',
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
