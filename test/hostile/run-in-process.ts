import { main } from '../../src/cli/main.ts';
import type { Run } from '../support/run-timeline.ts';

/**
 * Runs the CLI's `main` in this process, as bin/timeline does, with its output captured: the
 * same code path a user's command takes, without the second of start-up a new process costs.
 */
export async function runInProcess(args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true)) as typeof process.stderr.write;
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}
