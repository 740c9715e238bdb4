import { formatDiagnostic } from '../../diagnostics/diagnostic.ts';
import { diffTimelines, hasDifferences } from '../../diff/diff-timelines.ts';
import { DIFF_FORMATS, formatDiff, type DiffFormat } from '../../diff/format-diff.ts';
import { readTimelineInput } from '../../load/read-timeline-input.ts';
import { EXIT, parseCommandArgs, UsageError, type Command } from '../command.ts';

const usage = `Usage: timeline diff [--format text|markdown|json] OLD NEW

Shows what changed between two timelines, event by event: added, removed, redated, refined
or coarsened (the same date, told more or less precisely), relation changed, sources added
or removed, attribution or hedging changed, reworded. Events are matched by their stable id,
then by statement similarity within the same document (docs/diff.md).

OLD and NEW are each
  FILE            a timeline JSON file (timeline extract)
  DIR             a content folder
  git:REV         the content folder at a git revision, read without a checkout
  git:REV:PATH    another folder at a git revision (PATH relative to the current folder)

Options:
  --format FORMAT  text (default; coloured on a terminal unless NO_COLOR is set),
                   markdown (for a pull-request comment) or json (schema in docs/diff.md)
Errors and warnings of the corpora built go to stderr.
Exit status: 0 no differences, 1 differences, 2 trouble (unreadable input, bad revision,
invalid JSON).`;

function isFormat(value: string): value is DiffFormat {
  return (DIFF_FORMATS as readonly string[]).includes(value);
}

export const diffCommand: Command = {
  usage,
  async run(argv) {
    const args = parseCommandArgs(argv, usage, { format: { type: 'string', default: 'text' } }, true);
    if (args === null) return EXIT.ok;
    const { values, positionals } = args;
    if (!isFormat(values.format)) throw new UsageError(`--format must be one of ${DIFF_FORMATS.join(', ')}, not "${values.format}"`);
    if (positionals.length !== 2) throw new UsageError(`give exactly two timelines, OLD and NEW`);
    const [before, after] = await Promise.all([readTimelineInput(positionals[0]!), readTimelineInput(positionals[1]!)]);
    if (!before.ok || !after.ok) {
      const messages = new Set([before, after].flatMap((loaded) => (loaded.ok ? [] : [loaded.message])));
      for (const message of messages) process.stderr.write(`timeline diff: ${message}\n`);
      return EXIT.trouble;
    }
    for (const loaded of [before, after]) {
      for (const note of loaded.notes) process.stderr.write(`${loaded.input}: ${note}\n`);
      for (const d of loaded.diagnostics) if (d.severity !== 'info') process.stderr.write(`${loaded.input}: ${formatDiagnostic(d)}\n`);
    }
    const diff = diffTimelines(before.timeline, after.timeline);
    const color = values.format === 'text' && process.stdout.isTTY === true && !process.env.NO_COLOR;
    process.stdout.write(formatDiff(diff, values.format, { color }));
    return hasDifferences(diff) ? EXIT.differences : EXIT.ok;
  },
};
