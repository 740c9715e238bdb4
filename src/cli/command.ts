import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Exit statuses, as diff(1): 1 is kept for "differences found". */
export const EXIT = { ok: 0, differences: 1, trouble: 2 } as const;

export interface Command {
  usage: string;
  run(argv: string[]): Promise<number>;
}

/** True (after printing the usage) when the arguments ask for help. */
export function wantsHelp(argv: readonly string[], usage: string): boolean {
  if (!argv.includes('--help') && !argv.includes('-h')) return false;
  process.stdout.write(`${usage}\n`);
  return true;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * A command's arguments, parsed strictly (an unknown option, or a positional where none is
 * taken, is a usage error); null, after printing the usage, when they ask for help.
 */
export function parseCommandArgs<const O extends Options>(argv: string[], usage: string, options: O, allowPositionals = false) {
  if (wantsHelp(argv, usage)) return null;
  return parseArgs({ args: argv, options, allowPositionals, strict: true });
}

/** Bad usage: the CLI prints the message and the command's usage, and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The `--jobs N` option: a whole number of documents analysed at once, 1 or more; absent, one per core. */
export function parseJobs(value: string | undefined, cores: number): number {
  if (value === undefined) return cores;
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`--jobs must be a whole number of 1 or more, not "${value}"`);
  return Number(value);
}

export const JOBS_USAGE = `  --jobs N            how many documents are analysed at once, each in a worker thread
                      (default: the machine's cores); 1 analyses them one by one.
                      The output is the same byte for byte whatever N.`;
