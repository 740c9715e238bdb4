import { parseArgs } from 'node:util';
import path from 'node:path';
import { buildTimeline } from '../../pipeline.ts';
import { formatDiagnostic, hasErrors } from '../../diagnostics/diagnostic.ts';
import { diffTimelines } from '../../diff/diff-timelines.ts';
import { readTimelineInput } from '../../load/read-timeline-input.ts';
import type { CompareTo } from '../../site/comparison-view.ts';
import { validateTimeline } from '../../timeline/timeline-json.ts';
import { buildSite } from '../../site/build-site.ts';
import { renderSingleFile } from '../../site/build-single-file.ts';
import { checkBuildOutputs } from '../../output/check-out-path.ts';
import { writeFileAtomically, writeSiteAtomically } from '../../output/write-site-atomically.ts';
import { outputErrorFromRender } from '../../output/output-error.ts';
import { readSiteConfig } from '../../load/read-site-config.ts';
import { publicVersionLabel } from '../../site/version-label.ts';
import { reportDiagnostics } from '../report-diagnostics.ts';
import { EXIT, JOBS_USAGE, parseJobs, wantsHelp, type Command } from '../command.ts';
import { defaultJobs } from '../../analyse/analyse-documents.ts';
import { AnalysisCache, cacheDirFor } from '../../analyse/analysis-cache.ts';
import { terminalProgress } from '../progress.ts';

const DEFAULT_OUT = '_site';

const usage = `Usage: timeline build [--content DIR] [--out DIR] [--jobs N] [--no-cache] [--quiet] [--single-file FILE] [--compare-to OLD]

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
                      (changes.html; a section of its own in the single file), marks new and
                      changed events on the timeline, and adds a "Changed since" filter.
                      The pages name OLD by its label in content/_timeline.yml
                      (version-labels), else "revision REV" for git:REV, else "the
                      previous version": a local path is never published.
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
    if (wantsHelp(argv, usage)) return EXIT.ok;
    const { values } = parseArgs({
      args: argv,
      options: {
        content: { type: 'string', default: 'content' },
        jobs: { type: 'string' },
        out: { type: 'string' },
        'single-file': { type: 'string' },
        'compare-to': { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
      },
      strict: true,
    });
    const singleFile = values['single-file'];
    const outDir = values.out ?? (singleFile === undefined ? DEFAULT_OUT : undefined);
    // Every place is checked before anything is read or written.
    const outputs = await checkBuildOutputs(outDir, singleFile, { content: values.content });
    if (!outputs.ok) {
      process.stderr.write(`timeline build: ${outputs.message}; nothing was written\n`);
      return EXIT.trouble;
    }
    const progress = terminalProgress(process.stderr, { quiet: values.quiet });
    const cache = outDir === undefined || values['no-cache'] ? undefined : await AnalysisCache.open(cacheDirFor(outDir));
    const timeline = validateTimeline(await buildTimeline(values.content, { jobs: parseJobs(values.jobs, defaultJobs()), cache, onAnalysed: (done, total) => progress.analysed(done, total) }));
    if (timeline.documents.length === 0) {
      progress.done();
      reportDiagnostics(timeline.diagnostics, (line) => process.stderr.write(line), false);
      process.stderr.write(`timeline build: no readable article in ${values.content}; nothing was written (the previous output is left as it was)\n`);
      return EXIT.trouble;
    }
    // Its diagnostics are the timeline's already (buildTimeline reads it too).
    const { config } = await readSiteConfig(values.content);
    let compareTo: CompareTo | undefined;
    const old = values['compare-to'];
    if (old !== undefined) {
      const loaded = await readTimelineInput(old);
      if (!loaded.ok) {
        process.stderr.write(`timeline build: --compare-to ${loaded.message}\n`);
        return EXIT.trouble;
      }
      for (const note of loaded.notes) process.stderr.write(`${old}: ${note}\n`);
      // The old corpus's own errors are its history: shown, but they do not fail this build.
      for (const d of loaded.diagnostics) if (d.severity === 'error') process.stderr.write(`${old}: ${formatDiagnostic(d)}\n`);
      // OLD may be a local path: the pages get a public label, the terminal below says OLD itself.
      compareTo = { label: publicVersionLabel(old, config), diff: diffTimelines(loaded.timeline, timeline) };
    }
    progress.done();
    const counts = reportDiagnostics(timeline.diagnostics, (line) => process.stderr.write(line), false);
    const written: string[] = [];
    if (outDir !== undefined && outputs.siteOut !== undefined) {
      progress.phase('writing the site pages ...');
      await writeSiteAtomically(outputs.siteOut, (staging) =>
        buildSite(timeline, { outDir: staging, compareTo, config }).catch((error: unknown) => {
          throw outputErrorFromRender(error, outDir);
        }),
      );
      written.push(path.join(outDir, 'index.html'));
    }
    if (singleFile !== undefined && outputs.fileOut !== undefined) {
      progress.phase('writing the single file ...');
      await writeFileAtomically(outputs.fileOut, await renderSingleFile(timeline, { compareTo, config }));
      written.push(singleFile);
    }
    progress.done();
    process.stderr.write(
      `Built ${timeline.events.length} events from ${timeline.documents.length} documents into ${written.join(' and ')}` +
        ` (${counts.error} errors, ${counts.warning} warnings; "timeline check" lists everything)` +
        (compareTo === undefined ? '' : `; since ${old}: ${compareTo.diff.summary.added} new, ${compareTo.diff.summary.changed} changed, ${compareTo.diff.summary.removed} removed`) +
        '\n',
    );
    return hasErrors(timeline.diagnostics) ? EXIT.trouble : EXIT.ok;
  },
};

