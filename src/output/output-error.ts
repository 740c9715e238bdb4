import { describeFsError } from '../load/list-content-files.ts';

/** An expected failure to write the output, told in the tool's words: the CLI prints it and exits 2, with no stack. */
export class OutputError extends Error {
  override name = 'OutputError';
}

/** A system error while writing `what`, as an OutputError that says where and why. */
export function outputErrorFrom(error: unknown, what: string): OutputError {
  if (error instanceof OutputError) return error;
  return new OutputError(`cannot write ${what}: ${describeFsError(error)}`);
}

/** An error from rendering the site: an OutputError when a system error (disk full, permission) is at its root, else itself (a bug). */
export function outputErrorFromRender(error: unknown, what: string): unknown {
  for (let e = error as { code?: unknown; originalError?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code)) return outputErrorFrom(e, what);
    e = (e.originalError ?? e.cause) as typeof e;
  }
  return error;
}
