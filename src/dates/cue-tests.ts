/**
 * The answers of cue tests on one text, each test run at most once. The date-cue filter and the
 * parsers' own gates test the same cues on the same text; a full scan of the text per cue is a large
 * part of the tagger's cost, so the filter's answers are handed to the parsers with the text, and a
 * `CuePrefilter` answers most of them (every "no") from one scan for all the cues' literals.
 */
import type { ParsingContext, ParsingOption } from 'chrono-node';
import { requiredLiterals } from './required-literals.ts';
import { LiteralScanner } from './literal-scanner.ts';

/** Which of a set of cues cannot match a text, from one scan for the literals they cannot do without. */
export class CuePrefilter {
  /** Each known cue's index, and its literal group (-1: not prefiltered). */
  private readonly index = new Map<RegExp, number>();
  readonly groupOfIndex: number[] = [];
  private readonly scanner: LiteralScanner;

  constructor(cues: readonly RegExp[]) {
    const literals: string[][] = [];
    for (const cue of cues) {
      if (this.index.has(cue)) continue;
      const required = requiredLiterals(cue);
      this.index.set(cue, this.groupOfIndex.length);
      this.groupOfIndex.push(required === null ? -1 : literals.length);
      if (required !== null) literals.push(required);
    }
    this.scanner = new LiteralScanner(literals);
  }

  /** The literal groups found in `text`, for `CueTests`. */
  scan(text: string): Uint8Array {
    return this.scanner.scan(text);
  }

  /** The index of `cue` among the known cues, or undefined. */
  indexOf(cue: RegExp): number | undefined {
    return this.index.get(cue);
  }

  /** The literal group of `cue`, or undefined when it is not prefiltered. */
  groupOf(cue: RegExp): number | undefined {
    const i = this.index.get(cue);
    const group = i === undefined ? -1 : this.groupOfIndex[i]!;
    return group < 0 ? undefined : group;
  }
}

const UNKNOWN = 0;
const NO = 1;
const YES = 2;

export class CueTests {
  /** The answers so far, by the prefilter's index of the cue (UNKNOWN, NO, YES). */
  private readonly answers: Uint8Array;
  private found: Uint8Array | null = null;

  constructor(
    readonly text: string,
    private readonly prefilter: CuePrefilter | null = null,
  ) {
    this.answers = new Uint8Array(prefilter?.groupOfIndex.length ?? 0);
  }

  /** Whether `cue` (not global) matches the text; a cue the prefilter knows is tested at most once. */
  test(cue: RegExp): boolean {
    const i = this.prefilter?.indexOf(cue);
    if (i === undefined || !this.prefilter) return cue.test(this.text);
    const known = this.answers[i]!;
    if (known !== UNKNOWN) return known === YES;
    const group = this.prefilter.groupOfIndex[i]!;
    let answer: boolean;
    if (group >= 0) {
      this.found ??= this.prefilter.scan(this.text);
      answer = this.found[group] !== 0 && cue.test(this.text);
    } else answer = cue.test(this.text);
    this.answers[i] = answer ? YES : NO;
    return answer;
  }
}

/** Chrono's parsing options with the cue tests of the text parsed. */
export interface CueParsingOption extends ParsingOption {
  cueTests?: CueTests;
}

/** Whether `cue` matches the text of `context`: from the tests handed in with it, else tested now. */
export function contextHasCue(context: ParsingContext, cue: RegExp): boolean {
  const tests = (context.option as CueParsingOption).cueTests;
  if (tests === undefined || tests.text !== context.text) return cue.test(context.text);
  return tests.test(cue);
}
