/**
 * TempEval-3 (task A) figures of our tagger on every `.tml` under DIR, in-process:
 *   node --import tsx bench/score-timex.ts DIR... [--mode auto|news|narrative] [--verbose] [--weekdays]
 * `--mode auto` (the default) scores the tool as it runs: each document in the mode the pipeline
 * and `timeline tag` choose; the modes chosen are counted on the first line.
 * Same reading of the gold and the same one-to-one pairing as /work/shared/eval/timex_score.py.
 * `--weekdays` lists every gold TIMEX3 whose value depends on a direction (a weekday, "last/next/this
 * X", a month without its year, "the 5th") that gets a wrong value, classed (a week late, a week
 * early, granularity, part of day ...), and counts them by kind and class.
 */
import { readFileSync } from 'node:fs';
import { paragraphSpans, tagDocument } from '../src/dates/index.ts';
import type { ResolutionMode } from '../src/types.ts';
import { parseTimeml, type GoldTimex, tmlFiles } from './timeml.ts';
import { classifyError, DIRECTION_KINDS, directionKind, ERROR_CLASSES, type DirectionKind, type ErrorClass } from './classify-direction-errors.ts';

interface SystemTimex {
  start: number;
  end: number;
  type: string;
  value: string;
}

interface Totals {
  gold: number;
  sys: number;
  relaxed: number;
  strict: number;
  value: number;
  type: number;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Greedy one-to-one pairing in gold order, the system expression with the largest overlap first (as the python scorer). */
function pair(gold: GoldTimex[], sys: SystemTimex[]): Array<[GoldTimex, SystemTimex]> {
  const used = new Set<number>();
  const pairs: Array<[GoldTimex, SystemTimex]> = [];
  for (const g of gold) {
    let best: [number, number] | null = null;
    sys.forEach((s, i) => {
      if (used.has(i) || !overlaps(g, s)) return;
      const ov = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      if (best === null || ov > best[0]) best = [ov, i];
    });
    if (best) {
      used.add(best[1]);
      pairs.push([g, sys[best[1]]!]);
    }
  }
  return pairs;
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** The part-of-day word of a weekday expression ("Wednesday night" -> "night"), or null. */
function partOfDayWord(words: string): string | null {
  return /\b(morning|afternoon|evening|night)\b/i.exec(words)?.[1]?.toLowerCase() ?? null;
}

/** How a value ends: its part of day (TNI), a clock time, a bare day, or another shape. */
function valueEnding(value: string): string {
  const part = /T(MO|AF|EV|NI|DT)$/.exec(value);
  if (part) return `T${part[1]}`;
  if (/T\d/.test(value)) return 'clock';
  if (/^\d{4}-\d\d-\d\d$/.test(value)) return 'day';
  return 'other';
}

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const weekdays = args.includes('--weekdays');
  const directed = new Map<DirectionKind, { gold: number; paired: number; right: number; classes: Map<ErrorClass, number> }>(
    DIRECTION_KINDS.map((k) => [k, { gold: 0, paired: 0, right: 0, classes: new Map() }]),
  );
  /** For a weekday with a part of day ("Wednesday night"): how the gold and we end the value, by word. */
  const partsOfDay = new Map<string, { gold: Map<string, number>; ours: Map<string, number> }>();
  const modeAt = args.indexOf('--mode');
  const modeArg = modeAt >= 0 ? args[modeAt + 1] : 'auto';
  const dirs = args.filter((a, i) => !a.startsWith('--') && !(modeAt >= 0 && i === modeAt + 1));
  if (dirs.length === 0 || (modeArg !== 'auto' && modeArg !== 'news' && modeArg !== 'narrative')) {
    process.stderr.write('usage: score-timex.ts DIR... [--mode auto|news|narrative] [--verbose]\n');
    process.exit(2);
  }
  const given: ResolutionMode | undefined = modeArg === 'auto' ? undefined : modeArg;
  const modes: Record<ResolutionMode, number> = { news: 0, narrative: 0 };
  const files = dirs.flatMap((dir) => tmlFiles(dir).map((file) => ({ dir, file })));
  const tot: Totals = { gold: 0, sys: 0, relaxed: 0, strict: 0, value: 0, type: 0 };
  for (const { dir, file } of files) {
    const { dct, text, gold } = parseTimeml(readFileSync(file, 'utf8'));
    const tagged = tagDocument(text, paragraphSpans(text), /^\d{4}-\d\d-\d\d$/.test(dct) ? dct : null, given);
    modes[tagged.mode]++;
    const sys: SystemTimex[] = tagged.mentions;
    const pairs = pair(gold, sys);
    tot.gold += gold.length;
    tot.sys += sys.length;
    tot.relaxed += pairs.length;
    tot.strict += pairs.filter(([g, s]) => g.start === s.start && g.end === s.end).length;
    tot.value += pairs.filter(([g, s]) => g.value === s.value).length;
    tot.type += pairs.filter(([g, s]) => g.type === s.type).length;
    const name = file.slice(dir.length).replace(/^\//, '');
    if (weekdays) {
      const paired = new Map(pairs);
      for (const g of gold) {
        const words = text.slice(g.start, g.end);
        const kind = directionKind(words);
        if (!kind || (g.type !== 'DATE' && g.type !== 'TIME')) continue;
        const row = directed.get(kind)!;
        row.gold++;
        const s = paired.get(g);
        const part = kind === 'weekday' ? partOfDayWord(words) : null;
        if (part) {
          const counts = partsOfDay.get(part) ?? { gold: new Map(), ours: new Map() };
          partsOfDay.set(part, counts);
          bump(counts.gold, `${g.type}:${valueEnding(g.value)}`);
          if (s) bump(counts.ours, `${s.type}:${valueEnding(s.value)}`);
        }
        if (!s) continue;
        row.paired++;
        if (s.value === g.value) {
          row.right++;
          continue;
        }
        const cls = classifyError(g, s, words);
        row.classes.set(cls, (row.classes.get(cls) ?? 0) + 1);
        const context = text.slice(Math.max(0, g.start - 90), Math.min(text.length, g.end + 50)).replace(/\s+/g, ' ');
        console.log(`  ${name} [${cls}] ${kind}: gold ${JSON.stringify(words)}=${g.type}:${g.value} sys ${JSON.stringify(text.slice(s.start, s.end))}=${s.type}:${s.value} dct=${dct} | ${context}`);
      }
    }
    if (verbose) {
      const show = (x: { start: number; end: number; value: string; type: string }) => `${JSON.stringify(text.slice(x.start, x.end))}=${x.type}:${x.value}`;
      for (const g of gold) {
        const m = sys.filter((s) => overlaps(g, s));
        if (m.length === 0) console.log(`  ${name} MISS ${show(g)}`);
        else if (m[0]!.value !== g.value) console.log(`  ${name} WRONG gold ${show(g)} sys ${m.map(show).join(' ')}`);
        else if (m[0]!.start !== g.start || m[0]!.end !== g.end) console.log(`  ${name} EXTENT gold ${show(g)} sys ${m.map(show).join(' ')}`);
      }
      for (const s of sys) if (!gold.some((g) => overlaps(g, s))) console.log(`  ${name} SPURIOUS ${show(s)}`);
    }
  }
  const ratio = (a: number, b: number) => (b ? a / b : 0);
  const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
  const P = ratio(tot.relaxed, tot.sys);
  const R = ratio(tot.relaxed, tot.gold);
  const sP = ratio(tot.strict, tot.sys);
  const sR = ratio(tot.strict, tot.gold);
  console.log(`docs=${files.length} gold=${tot.gold} sys=${tot.sys}  mode=${modeArg} (news ${modes.news}, narrative ${modes.narrative})`);
  console.log(`relaxed P=${P.toFixed(4)} R=${R.toFixed(4)} F1=${f1(P, R).toFixed(4)}  strict F1=${f1(sP, sR).toFixed(4)}  type_acc=${ratio(tot.type, tot.relaxed).toFixed(4)}`);
  console.log(`value_f1=${ratio(2 * tot.value, tot.sys + tot.gold).toFixed(4)}`);
  if (weekdays) {
    console.log('direction-dependent DATE/TIME gold: kind, gold, paired, right value, wrong by class');
    for (const [kind, row] of directed) {
      const classes = ERROR_CLASSES.filter((c) => row.classes.has(c)).map((c) => `${c} ${row.classes.get(c)}`).join(', ');
      console.log(`  ${kind}: gold=${row.gold} paired=${row.paired} right=${row.right} wrong=${row.paired - row.right}${classes ? ` (${classes})` : ''}`);
    }
    const show = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${k} ${n}`).join(', ');
    console.log('weekday with a part of day: type:value ending in the gold, and ours on the same expressions');
    for (const [part, counts] of [...partsOfDay].sort((a, b) => (a[0] < b[0] ? -1 : 1))) console.log(`  ${part}: gold ${show(counts.gold)}; ours ${show(counts.ours)}`);
  }
}

main();
