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
  private readonly groups = new Map<RegExp, number>();
  private readonly scanner: LiteralScanner;

  constructor(cues: readonly RegExp[]) {
    const literals: string[][] = [];
    for (const cue of cues) {
      const required = requiredLiterals(cue);
      if (required === null || this.groups.has(cue)) continue;
      this.groups.set(cue, literals.length);
      literals.push(required);
    }
    this.scanner = new LiteralScanner(literals);
  }

  /** The literal groups found in `text`, for `CueTests`. */
  scan(text: string): Uint8Array {
    return this.scanner.scan(text);
  }

  /** The group of `cue`, or undefined when it is not prefiltered. */
  groupOf(cue: RegExp): number | undefined {
    return this.groups.get(cue);
  }
}

export class CueTests {
  private readonly answers = new Map<RegExp, boolean>();
  private found: Uint8Array | null = null;

  constructor(
    readonly text: string,
    private readonly prefilter: CuePrefilter | null = null,
  ) {}

  /** Whether `cue` (not global) matches the text; remembered by the RegExp's identity. */
  test(cue: RegExp): boolean {
    let answer = this.answers.get(cue);
    if (answer === undefined) {
      const group = this.prefilter?.groupOf(cue);
      if (group !== undefined && this.prefilter) {
        this.found ??= this.prefilter.scan(this.text);
        if (this.found[group] === 0) answer = false;
      }
      answer ??= cue.test(this.text);
      this.answers.set(cue, answer);
    }
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
  return tests !== undefined && tests.text === context.text ? tests.test(cue) : cue.test(context.text);
}
