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

/** Bad usage: the CLI prints the message and the command's usage, and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
