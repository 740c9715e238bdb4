import { buildTimeline } from '../../pipeline.ts';
import { hasErrors } from '../../diagnostics/diagnostic.ts';
import { reportDiagnostics } from '../report-diagnostics.ts';
import { EXIT, JOBS_USAGE, parseCommandArgs, parseJobs, type Command } from '../command.ts';
import { defaultJobs } from '../../analyse/analyse-documents.ts';

const usage = `Usage: timeline check [--content DIR]

Reads the content folder and prints its diagnostics, one a line:
  path:line:column severity code message
Errors (unreadable, binary or empty files, invalid UTF-8, malformed front matter, invalid
"published"), warnings (articles without a publication date whose relative dates cannot be
resolved, files that are not content) and infos (page chrome left out).

Options:
  --content DIR  the content folder (default: content)
${JOBS_USAGE}
Exit status: 0 when there is no error, 2 otherwise.`;

export const checkCommand: Command = {
  usage,
  async run(argv) {
    const args = parseCommandArgs(argv, usage, { content: { type: 'string', default: 'content' }, jobs: { type: 'string' } });
    if (args === null) return EXIT.ok;
    const { values } = args;
    const timeline = await buildTimeline(values.content, { jobs: parseJobs(values.jobs, defaultJobs()) });
    const counts = reportDiagnostics(timeline.diagnostics, (line) => process.stdout.write(line), true);
    process.stderr.write(`${timeline.documents.length} documents, ${counts.error} errors, ${counts.warning} warnings, ${counts.info} infos\n`);
    return hasErrors(timeline.diagnostics) ? EXIT.trouble : EXIT.ok;
  },
};
