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
