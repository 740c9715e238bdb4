/**
 * Microsoft Recognizers-Text English date/time cases (MIT), read from ../shared/eval next to the
 * repository (not copied here); the test fails, saying where it looked, when they are missing.
 * Cases marked NotSupported (or NotSupportedByDesign) for JavaScript are skipped. A case passes when
 * every expected expression overlaps one of our mentions and, for parser and model cases, that mention's
 * value is the expected TIMEX (or one of its resolutions against the case's reference date); a case
 * that expects nothing passes when we find nothing. The pass share must not fall below the floor
 * measured when this suite was written.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphSpans, tagDates } from '../../src/dates/index.ts';
import type { DateMention } from '../../src/types.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIR = resolve(ROOT, '../shared/eval/recognizers-text-english');
/** Measured pass share when the suite was written (53.6%), minus a small margin. */
const FLOOR = 0.535;

interface ExpectedResult {
  Text: string;
  Start?: number;
  End?: number;
  Length?: number;
  Value?: { Timex?: string; FutureResolution?: Record<string, string>; PastResolution?: Record<string, string> };
  Resolution?: { values?: Array<Record<string, string>> };
}

interface RecognizerCase {
  Input: string;
  Context?: { ReferenceDateTime?: string };
  NotSupported?: string;
  NotSupportedByDesign?: string;
  Results?: ExpectedResult[];
}

function supportedInJavaScript(c: RecognizerCase): boolean {
  return !`${c.NotSupported ?? ''},${c.NotSupportedByDesign ?? ''}`.toLowerCase().includes('javascript');
}

/** The [start, end) of an expected result: model files give an inclusive End, the others a Length. */
function extentOf(r: ExpectedResult, input: string): { start: number; end: number } {
  const start = r.Start ?? input.toLowerCase().indexOf(r.Text.toLowerCase());
  if (r.Length !== undefined) return { start, end: start + r.Length };
  if (r.End !== undefined) return { start, end: r.End + 1 };
  return { start, end: start + r.Text.length };
}

/** Recognizers writes clock times as "T19" or "2016-10-14 08:00:31"; ours are "T19:00" and "2016-10-14T08:00". */
function normalise(value: string): string {
  return value.replace(' ', 'T').replace(/T(\d\d)$/, 'T$1:00').replace(/(T\d\d:\d\d):00$/, '$1');
}

function acceptedValues(r: ExpectedResult): Set<string> {
  const values = new Set<string>();
  if (r.Value?.Timex) values.add(normalise(r.Value.Timex));
  for (const resolution of [r.Value?.FutureResolution, r.Value?.PastResolution]) {
    for (const v of Object.values(resolution ?? {})) if (/^\d{4}-\d\d(?:-\d\d)?(?: \d\d:\d\d:\d\d)?$/.test(v)) values.add(normalise(v));
  }
  for (const v of r.Resolution?.values ?? []) {
    if (v.timex) values.add(normalise(v.timex));
    if (v.value && /^\d{4}-\d\d(?:-\d\d)?(?: \d\d:\d\d:\d\d)?$/.test(v.value)) values.add(normalise(v.value));
  }
  return values;
}

/** A time-only expectation ("T19:00") is met by our value on the reference day ("2016-11-07T19:00"). */
function valueMatches(value: string, accepted: Set<string>): boolean {
  if (accepted.has(value)) return true;
  const time = /T[\d:]+$/.exec(value)?.[0];
  return time !== undefined && accepted.has(time);
}

function passes(c: RecognizerCase, checkValues: boolean, mentions: DateMention[]): boolean {
  const expected = c.Results ?? [];
  if (expected.length === 0) return mentions.length === 0;
  return expected.every((r) => {
    const { start, end } = extentOf(r, c.Input);
    const overlapping = mentions.filter((m) => m.start < end && start < m.end);
    if (overlapping.length === 0) return false;
    if (!checkValues) return true;
    const accepted = acceptedValues(r);
    return accepted.size === 0 || overlapping.some((m) => valueMatches(m.value, accepted));
  });
}

interface FileScore {
  file: string;
  cases: number;
  passed: number;
}

function scoreFile(file: string): FileScore {
  const raw = readFileSync(join(DIR, file), 'utf8').replace(/^\uFEFF/, '');
  const cases = (JSON.parse(raw) as RecognizerCase[]).filter((c) => typeof c.Input === 'string' && supportedInJavaScript(c));
  const checkValues = !/Extractor/.test(file);
  let passed = 0;
  for (const c of cases) {
    const reference = c.Context?.ReferenceDateTime?.slice(0, 10) ?? null;
    const mentions = tagDates(c.Input, paragraphSpans(c.Input), { dct: reference, mode: 'news' });
    if (passes(c, checkValues, mentions)) passed++;
  }
  return { file, cases: cases.length, passed };
}

describe('Recognizers-Text English cases', () => {
  it('passes at least the measured share', () => {
    expect(existsSync(DIR), `Recognizers-Text cases missing: expected the English JSON files in ${DIR} (../shared/eval next to the repository)`).toBe(true);
    const scores = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort().map(scoreFile);
    const cases = scores.reduce((n, s) => n + s.cases, 0);
    const passed = scores.reduce((n, s) => n + s.passed, 0);
    const share = passed / cases;
    const table = scores.map((s) => `${s.file.padEnd(38)} ${String(s.passed).padStart(4)}/${String(s.cases).padEnd(4)} ${s.cases ? ((100 * s.passed) / s.cases).toFixed(1) : '-'}%`);
    console.log(`${table.join('\n')}\nRecognizers-Text English: ${passed}/${cases} = ${(100 * share).toFixed(1)}% (floor ${(100 * FLOOR).toFixed(1)}%)`);
    expect(cases).toBeGreaterThan(1000);
    expect(share).toBeGreaterThanOrEqual(FLOOR);
  });
});
