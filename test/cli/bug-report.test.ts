import { describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../src/cli/command.ts';
import { OutputError } from '../../src/output/output-error.ts';

/** What the mocked `tag` command throws next. */
const next = vi.hoisted(() => ({ error: new Error('unset') as Error }));
vi.mock('../../src/cli/commands/tag.ts', () => ({
  tagCommand: {
    usage: 'Usage: timeline tag ...',
    run: () => Promise.reject(next.error),
  },
}));

const { runInProcess } = await import('../hostile/run-in-process.ts');

const STACK = /\n\s+at .+:\d+:\d+/;
const BUG_LINE = 'timeline tag: this is a bug in timeline, not a problem with your input or command; please report it with the lines above.';

describe('errors in the tool\'s words; a stack trace only for a bug, with a line saying so (issue 11)', () => {
  it.each<[string, () => Error, RegExp, boolean]>([
    ['a bug (an error no stage expects)', () => new TypeError('cannot read x of undefined'), /TypeError: cannot read x of undefined/, true],
    ['bad usage', () => new UsageError('--dct is required'), /^timeline tag: --dct is required\n\nUsage: timeline tag/, false],
    ['an output error', () => new OutputError('cannot write the site: permission denied'), /^timeline tag: cannot write the site: permission denied\n$/, false],
  ])('%s: exit 2', async (_, error, message, bug) => {
    next.error = error();
    const run = await runInProcess(['tag', 'file.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(STACK.test(run.stderr), run.stderr).toBe(bug);
    expect(run.stderr.includes(BUG_LINE), run.stderr).toBe(bug);
  });
});
