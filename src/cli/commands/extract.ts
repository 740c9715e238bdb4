import { once } from 'node:events';
import { buildValidTimeline } from '../../build/build-outputs.ts';
import { hasErrors } from '../../diagnostics/diagnostic.ts';
import { timelineJsonChunks } from '../../timeline/timeline-json.ts';
import { writeFileAtomically } from '../../output/write-site-atomically.ts';
import { checkDataFileOut } from '../../output/check-out-path.ts';
import { reportDiagnostics } from '../report-diagnostics.ts';
import { EXIT, JOBS_USAGE, parseCommandArgs, parseJobs, type Command } from '../command.ts';
import { defaultJobs } from '../../analyse/analyse-documents.ts';
import { readPreviousDataFile } from '../../load/read-previous-ids.ts';

const usage = `Usage: timeline extract [--content DIR] [--out FILE] [--fresh-ids]

Writes the timeline JSON (schema in the README) of the content folder to FILE, or to stdout.
Diagnostics go to stderr.

Options:
  --content DIR  the content folder (default: content)
  --out FILE     where to write the JSON (default: stdout). When FILE holds a timeline
                 already, the ids it has are kept wherever the same event, statement or
                 passage is still there (ids that moved are listed in formerIds)
  --fresh-ids    make every id from the content alone, even when FILE holds a timeline
${JOBS_USAGE}
Exit status: 0 success, 2 when the content had errors (the JSON is still written).`;

export const extractCommand: Command = {
  usage,
  async run(argv) {
    const args = parseCommandArgs(argv, usage, {
      content: { type: 'string', default: 'content' },
      jobs: { type: 'string' },
      out: { type: 'string' },
      'fresh-ids': { type: 'boolean', default: false },
    });
    if (args === null) return EXIT.ok;
    const { values } = args;
    if (values.out !== undefined) {
      const check = await checkDataFileOut(values.out, { content: values.content });
      if (!check.ok) {
        process.stderr.write(`timeline extract: ${check.message}; nothing was written\n`);
        return EXIT.trouble;
      }
    }
    const previous = values.out === undefined || values['fresh-ids'] ? {} : await readPreviousDataFile(values.out);
    if (previous.note !== undefined) process.stderr.write(`timeline extract: ${previous.note}\n`);
    const timeline = await buildValidTimeline(values.content, { jobs: parseJobs(values.jobs, defaultJobs()), previous: previous.timeline });
    reportDiagnostics(timeline.diagnostics, (line) => process.stderr.write(line), false);
    // Written in pieces, never as one string (V8 caps a string near 512 MB).
    if (values.out) await writeFileAtomically(values.out, timelineJsonChunks(timeline));
    else for (const chunk of timelineJsonChunks(timeline)) if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
    return hasErrors(timeline.diagnostics) ? EXIT.trouble : EXIT.ok;
  },
};
