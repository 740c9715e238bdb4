/**
 * Each anchored parser's pattern searched from every start (as chrono does) against its anchored
 * search (`src/dates/anchored-search.ts`), on the parts the tagger parses, in one process:
 *   node --import tsx bench/anchored-search.ts [DIR=../shared/eval/tbaq] [MB=5]
 * The text is `tagger-speed.ts`'s, cut and filtered as `findDates` does; each parser is run the way
 * chrono runs it (`Chrono.executeParser`: the parser's own `extract`, retries after a rejected
 * match) on the parts that pass its gate. One untimed round each, then 7 alternating rounds; prints
 * the median and best CPU time of each, and fails when the two give different results.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Chrono, ParsingContext, type Parser, type ParsingResult } from 'chrono-node';
import { paragraphSpans } from '../src/dates/index.ts';
import { createDateTagger } from '../src/dates/chrono-config.ts';
import { dateCuePattern } from '../src/dates/date-cue-filter.ts';
import { cutPassage } from '../src/dates/cut-long-passages.ts';
import { contextHasCue, type CueParsingOption, type CueTests } from '../src/dates/cue-tests.ts';
import { TimexPatternParser } from '../src/dates/parsers/timex-pattern-parser.ts';
import { parseTimeml, tmlFiles } from './timeml.ts';

const dir = process.argv[2] ?? path.resolve(import.meta.dirname, '../../shared/eval/tbaq');
const megabytes = Number(process.argv[3] ?? 5);
const documents = tmlFiles(dir).map((f) => parseTimeml(readFileSync(f, 'utf8')));
if (documents.length === 0) throw new Error(`no .tml files under ${dir}`);
const texts: string[] = [];
let size = 0;
for (let i = 0; size < megabytes * 1e6; i++) {
  const t = documents[i % documents.length]!.text.trim();
  texts.push(t);
  size += t.length + 2;
}
const text = texts.join('\n\n');
const engine = createDateTagger();
const cue = dateCuePattern(engine);
const parts: CueTests[] = [];
for (const span of paragraphSpans(text)) for (const piece of cutPassage(text, span, cue)) for (const part of piece.parts) parts.push(part.cues);
const reference = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };
const executeParser = (Chrono as unknown as { executeParser(c: ParsingContext, p: Parser): ParsingResult[] }).executeParser;
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

console.log(`${parts.length} parts, ${(parts.reduce((s, p) => s + p.text.length, 0) / 1e6).toFixed(2)} M characters; 7 rounds, CPU ms: median (best)`);
for (const parser of engine.parsers) {
  if (!(parser instanceof TimexPatternParser) || parser.anchoring() === null) continue;
  const gate = parser.cue();
  // The parts that pass the gate, with a context each (the gate answered before the clock starts).
  const contexts = parts
    .map((t) => new ParsingContext(t.text, reference, { cueTests: t } as CueParsingOption))
    .filter((c) => gate === null || contextHasCue(c, gate));
  // The parser as it is (its anchored search, located by the prefilter's scan of each part), and
  // the same parser with its full pattern searched from every start.
  const full = parser.fullPattern();
  const fullParser: Parser = { pattern: () => full, extract: (c, m) => parser.extract(c, m) };
  const run = (p: Parser): string[] => contexts.flatMap((c) => executeParser(c, p).map((r) => `${r.index}:${r.text}`));
  const [a, b] = [run(fullParser), run(parser)];
  if (a.join('\n') !== b.join('\n')) throw new Error(`${parser.constructor.name}: the anchored search gives other results (${a.length} against ${b.length})`);
  const times: [number[], number[]] = [[], []];
  for (let round = 0; round < 7; round++) {
    for (const [i, p] of [fullParser, parser].entries()) {
      const start = cpu();
      run(p);
      times[i]!.push(cpu() - start);
    }
  }
  const show = (xs: number[]) => `${median(xs).toFixed(1).padStart(6)} (${Math.min(...xs).toFixed(1)})`;
  console.log(`${parser.constructor.name.padEnd(22)} ${String(contexts.length).padStart(6)} parts  ${String(a.length).padStart(5)} results  every start ${show(times[0])}  anchored ${show(times[1])}`);
}
