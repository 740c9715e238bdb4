import { parseArgs } from 'node:util';
import path from 'node:path';
import { buildTimeline } from '../../pipeline.ts';
import { hasErrors } from '../../diagnostics/diagnostic.ts';
import { validateTimeline } from '../../timeline/timeline-json.ts';
import { buildSite } from '../../site/build-site.ts';
import { buildSingleFile } from '../../site/build-single-file.ts';
import { reportDiagnostics } from '../report-diagnostics.ts';
import { EXIT, wantsHelp, type Command } from '../command.ts';

const DEFAULT_OUT = '_site';

const usage = `Usage: timeline build [--content DIR] [--out DIR] [--single-file FILE]

Builds the timeline site from the content folder: open OUT/index.html straight from disk.
Errors and warnings are printed one a line (path:line:column severity code message); files
with errors are left out and the rest of the corpus is built.

Options:
  --content DIR       the content folder (default: content)
  --out DIR           the site folder (default: ${DEFAULT_OUT})
  --single-file FILE  write the whole timeline as one self-contained HTML file (styles,
                      script, search, every event and the full text of every article inside;
                      it loads nothing else), to mail or archive. Given alone, it writes only
                      that file: add --out DIR to build the site as well.
Exit status: 0 success, 2 when the content had errors (the output is still built).`;

export const buildCommand: Command = {
  usage,
  async run(argv) {
    if (wantsHelp(argv, usage)) return EXIT.ok;
    const { values } = parseArgs({
      args: argv,
      options: { content: { type: 'string', default: 'content' }, out: { type: 'string' }, 'single-file': { type: 'string' } },
      strict: true,
    });
    const singleFile = values['single-file'];
    const outDir = values.out ?? (singleFile === undefined ? DEFAULT_OUT : undefined);
    const timeline = validateTimeline(await buildTimeline(values.content));
    const counts = reportDiagnostics(timeline.diagnostics, (line) => process.stderr.write(line), false);
    const written: string[] = [];
    if (outDir !== undefined) {
      await buildSite(timeline, { outDir });
      written.push(path.join(outDir, 'index.html'));
    }
    if (singleFile !== undefined) {
      await buildSingleFile(timeline, { file: singleFile });
      written.push(singleFile);
    }
    process.stderr.write(
      `Built ${timeline.events.length} events from ${timeline.documents.length} documents into ${written.join(' and ')}` +
        ` (${counts.error} errors, ${counts.warning} warnings; "timeline check" lists everything)\n`,
    );
    return hasErrors(timeline.diagnostics) ? EXIT.trouble : EXIT.ok;
  },
};
