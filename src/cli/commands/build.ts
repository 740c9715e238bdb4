import { parseArgs } from 'node:util';
import path from 'node:path';
import { buildTimeline } from '../../pipeline.ts';
import { hasErrors } from '../../diagnostics/diagnostic.ts';
import { validateTimeline } from '../../timeline/timeline-json.ts';
import { buildSite } from '../../site/build-site.ts';
import { reportDiagnostics } from '../report-diagnostics.ts';
import { EXIT, wantsHelp, type Command } from '../command.ts';

const usage = `Usage: timeline build [--content DIR] [--out DIR]

Builds the timeline site from the content folder: open OUT/index.html straight from disk.
Errors and warnings are printed one a line (path:line:column severity code message); files
with errors are left out and the rest of the corpus is built.

Options:
  --content DIR  the content folder (default: content)
  --out DIR      the site folder (default: _site)
Exit status: 0 success, 2 when the content had errors (the site is still built).`;

export const buildCommand: Command = {
  usage,
  async run(argv) {
    if (wantsHelp(argv, usage)) return EXIT.ok;
    const { values } = parseArgs({
      args: argv,
      options: { content: { type: 'string', default: 'content' }, out: { type: 'string', default: '_site' } },
      strict: true,
    });
    const timeline = validateTimeline(await buildTimeline(values.content));
    const counts = reportDiagnostics(timeline.diagnostics, (line) => process.stderr.write(line), false);
    await buildSite(timeline, { outDir: values.out });
    process.stderr.write(
      `Built ${timeline.events.length} events from ${timeline.documents.length} documents into ${path.join(values.out, 'index.html')}` +
        ` (${counts.error} errors, ${counts.warning} warnings; "timeline check" lists everything)\n`,
    );
    return hasErrors(timeline.diagnostics) ? EXIT.trouble : EXIT.ok;
  },
};
