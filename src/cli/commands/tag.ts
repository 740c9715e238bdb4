import { paragraphSpans, tagDocument } from '../../dates/index.ts';
import { normalisePublished } from '../../load/parse-front-matter.ts';
import { decodeContent, readContentBytes } from '../../load/read-articles.ts';
import { formatDiagnostic } from '../../diagnostics/diagnostic.ts';
import { lineColumn, lineStarts } from '../../diagnostics/location.ts';
import { EXIT, parseCommandArgs, UsageError, type Command } from '../command.ts';

const usage = `Usage: timeline tag --dct YYYY-MM-DD [--mode auto|news|narrative] [--json] FILE

Tags the temporal expressions of one plain-text file, paragraph by paragraph, resolving
them against the document creation time (DCT).
  --dct DATE     required: the document creation time (publication date), YYYY-MM-DD
  --mode MODE    auto (default: as \`timeline build\` reads the file, news or narrative by its
                 dates, background paragraphs of news as narrative), news (relative dates
                 against the DCT) or narrative (against the last date the text established)
The mode used is reported on stderr ("mode: narrative (chosen)"), so stdout stays the
mentions alone.
  --json         a JSON array of {start, end, text, type, value}, offsets being JavaScript
                 string indices into FILE's text (the contract of ../shared/eval/timex_score.py)
Exit status: 0 success, 2 errors.`;

export const tagCommand: Command = {
  usage,
  async run(argv) {
    const args = parseCommandArgs(argv, usage, { dct: { type: 'string' }, mode: { type: 'string', default: 'auto' }, json: { type: 'boolean', default: false } }, true);
    if (args === null) return EXIT.ok;
    const { values, positionals } = args;
    if (values.dct === undefined) throw new UsageError('--dct is required: the date the text was published, YYYY-MM-DD');
    const dct = normalisePublished(values.dct);
    if (dct === null) throw new UsageError(`--dct must be an ISO date such as 2020-03-04, not "${values.dct}"`);
    const given = values.mode === 'auto' ? undefined : values.mode;
    if (given !== undefined && given !== 'news' && given !== 'narrative') throw new UsageError('--mode must be auto, news or narrative');
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new UsageError(`give exactly one FILE`);
    const read = readContentBytes(file, file);
    if ('diagnostic' in read) {
      process.stderr.write(`${formatDiagnostic(read.diagnostic)}\n`);
      return EXIT.trouble;
    }
    const decoded = decodeContent(file, read.bytes);
    if ('diagnostic' in decoded) {
      process.stderr.write(`${formatDiagnostic(decoded.diagnostic)}\n`);
      return EXIT.trouble;
    }
    const text = decoded.text;
    const spans = paragraphSpans(text);
    const tagged = tagDocument(text, spans, dct, given);
    const mentions = tagged.mentions;
    const background = tagged.mode === 'news' && tagged.narrativeSpans > 0 ? `, ${tagged.narrativeSpans} of ${spans.length} paragraphs as narrative` : '';
    process.stderr.write(`mode: ${tagged.mode} (${tagged.chosen ? 'chosen' : 'given'}${background})\n`);
    if (values.json) {
      process.stdout.write(`${JSON.stringify(mentions.map(({ start, end, text: t, type, value }) => ({ start, end, text: t, type, value })))}\n`);
    } else {
      const starts = lineStarts(text);
      for (const m of mentions) {
        const { line, column } = lineColumn(text, m.start, starts);
        process.stdout.write(`${file}:${line}:${column}\t${m.type}\t${m.value}\t${JSON.stringify(m.text)}${m.unresolved ? `\t(${m.unresolved})` : ''}\n`);
      }
    }
    return EXIT.ok;
  },
};
