import { open, readFile, unlink } from 'node:fs/promises';
import { OutputError, outputErrorFrom } from './output-error.ts';

/** Whether a process with this id is running (a process of another user counts). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the lock file at `lockPath` (created exclusively, holding this process's id), or
 * refuses: another build is running. A lock left by a process that is gone (killed) is taken
 * over. Returns the release function.
 */
export async function acquireBuildLock(lockPath: string, what: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return async () => {
        await unlink(lockPath).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw outputErrorFrom(error, `the lock file ${lockPath}`);
    }
    const holder = Number.parseInt(await readFile(lockPath, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
      throw new OutputError(`another build (process ${holder}) is writing ${what}; wait for it to finish (if no build is running, remove ${lockPath})`);
    }
    // The holder is gone (or the file was never completed): the lock is stale.
    await unlink(lockPath).catch(() => undefined);
  }
  throw new OutputError(`cannot take the lock ${lockPath}: other builds keep taking it`);
}
