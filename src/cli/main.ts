import { readFileSync } from 'node:fs';
import { EXIT, UsageError, type Command } from './command.ts';
import { OutputError } from '../output/output-error.ts';

/** The package's version, from its own package.json. */
export const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Each command is loaded when it runs, so `timeline tag` never pays for Eleventy. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  build: { summary: 'build the timeline site', load: async () => (await import('./commands/build.ts')).buildCommand },
  extract: { summary: 'write the timeline JSON', load: async () => (await import('./commands/extract.ts')).extractCommand },
  tag: { summary: 'tag the temporal expressions of one text file', load: async () => (await import('./commands/tag.ts')).tagCommand },
  check: { summary: 'print the diagnostics of the content folder', load: async () => (await import('./commands/check.ts')).checkCommand },
  diff: { summary: 'show what changed between two timelines', load: async () => (await import('./commands/diff.ts')).diffCommand },
};

const USAGE = `Usage: timeline <command> [options]

Turns a folder of news articles into a chronological, source-linked timeline.

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(9)}${command.summary}`)
  .join('\n')}

Run "timeline <command> --help" for a command's options, "timeline --version" for the version.
Exit status: 0 success, 2 errors (diagnostics or bad usage).`;

/** Parses the command word and hands off; returns the exit status. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V' || name === 'version') {
    process.stdout.write(`timeline ${VERSION}\n`);
    return EXIT.ok;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return name ? EXIT.ok : EXIT.trouble;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    process.stderr.write(`timeline: unknown command "${name}"\n\n${USAGE}\n`);
    return EXIT.trouble;
  }
  const command = await entry.load();
  try {
    return await command.run(rest);
  } catch (error) {
    const usageError = error instanceof UsageError || String((error as NodeJS.ErrnoException).code ?? '').startsWith('ERR_PARSE_ARGS');
    if (usageError || error instanceof OutputError) {
      process.stderr.write(`timeline ${name}: ${(error as Error).message}\n${usageError ? `\n${command.usage}\n` : ''}`);
      return EXIT.trouble;
    }
    // Every expected failure is a diagnostic or one of the errors above: anything else is a bug.
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n\ntimeline ${name}: this is a bug in timeline, not a problem with your input or command; please report it with the lines above.\n`);
    return EXIT.trouble;
  }
}
