import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Runs `run` with the path `name` inside a fresh temporary folder (not made), removed afterwards whatever happens. */
export async function withTempPath(prefix: string, name: string, run: (place: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  try {
    await run(path.join(dir, name));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
