import { buildOutputs } from '../../build/build-outputs.ts';
import { hasErrors } from '../../diagnostics/diagnostic.ts';
import { reportDiagnostics } from '../report-diagnostics.ts';
import { EXIT, JOBS_USAGE, parseCommandArgs, parseJobs, type Command } from '../command.ts';
import { defaultJobs } from '../../analyse/analyse-documents.ts';
import { AnalysisCache, cacheDirFor } from '../../analyse/analysis-cache.ts';
import { terminalProgress } from '../progress.ts';

const DEFAULT_OUT = '_site';

const usage = `Usage: timeline build [--content DIR] [--out DIR] [--jobs N] [--no-cache] [--quiet] [--single-file FILE] [--compare-to OLD] [--fresh-ids]

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
  --compare-to OLD    compare with an older timeline, as "timeline diff OLD" does: OLD is a
                      timeline JSON file, a content folder, git:REV (content/ at a git
                      revision) or git:REV:PATH. Adds a "What changed" page
                      (changes.html; for a large comparison a summary there and lists by
                      kind and year under changes/; a section of its own in the single
                      file), marks new and changed events on the timeline, and adds a
                      "Changed since" filter.
                      The pages name OLD by its label in content/_timeline.yml
                      (version-labels), else "revision REV" for git:REV, else "the
                      previous version": a local path is never published.
  --fresh-ids         make every id from the content alone. Without it, a build into an OUT
                      that holds a previous build keeps the ids that build published
                      (OUT/timeline.json), else the ids of OLD: an event, a statement or a
                      passage still there keeps its permalink; ids that moved anyway are
                      followed by the site's alias map.
The site is built beside OUT and swapped in whole when it is complete: a failed or killed
build leaves the previous site as it was. OUT must be a new or empty folder or a previous
build, never the content folder, the project's own folders, / or the home folder; FILE must
be new or a previous single-file output.
${JOBS_USAGE}
  --no-cache          analyse every document again; without it, each document's analysis
                      is kept in OUT.cache/ beside the site, keyed by the file, the options
                      and the tool's version, and an unchanged file is not analysed again.
                      OUT.cache/ is safe to delete.
  --quiet             no progress line (it is shown only when stderr is a terminal:
                      documents analysed, an estimate of the time left, the site being written)
Exit status: 0 success, 2 when the content had errors (the output is still built), or when
nothing is built: OLD could not be read, the content folder is unreadable or holds no
readable article, or OUT or FILE was refused (the previous output is left as it was).`;

export const buildCommand: Command = {
  usage,
  async run(argv) {
    const args = parseCommandArgs(argv, usage, {
      content: { type: 'string', default: 'content' },
      jobs: { type: 'string' },
      out: { type: 'string' },
      'single-file': { type: 'string' },
      'compare-to': { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      'fresh-ids': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
    });
    if (args === null) return EXIT.ok;
    const { values } = args;
    const singleFile = values['single-file'];
    const outDir = values.out ?? (singleFile === undefined ? DEFAULT_OUT : undefined);
    const stderr = (line: string) => process.stderr.write(line);
    let counts = { error: 0, warning: 0, info: 0 };
    const progress = terminalProgress(process.stderr, { quiet: values.quiet });
    const cache = outDir === undefined || values['no-cache'] ? undefined : await AnalysisCache.open(cacheDirFor(outDir));
    const built = await buildOutputs({
      jobs: parseJobs(values.jobs, defaultJobs()),
      cache,
      progress,
      contentDir: values.content,
      outDir,
      singleFile,
      compareTo: values['compare-to'],
      freshIds: values['fresh-ids'],
      warn: stderr,
      showDiagnostics: (timeline) => void (counts = reportDiagnostics(timeline.diagnostics, stderr, false)),
    });
    if (!built.ok) {
      process.stderr.write(`timeline build: ${built.message}\n`);
      return EXIT.trouble;
    }
    const { timeline, compareTo, written } = built;
    process.stderr.write(
      `Built ${timeline.events.length} events from ${timeline.documents.length} documents into ${written.join(' and ')}` +
        ` (${counts.error} errors, ${counts.warning} warnings; "timeline check" lists everything)` +
        (compareTo === undefined ? '' : `; since ${values['compare-to']}: ${compareTo.diff.summary.added} new, ${compareTo.diff.summary.changed} changed, ${compareTo.diff.summary.removed} removed`) +
        '\n',
    );
    return hasErrors(timeline.diagnostics) ? EXIT.trouble : EXIT.ok;
  },
};

