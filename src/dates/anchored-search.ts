/**
 * A parser's pattern searched only near the places a match can be, not from every position.
 *
 * Chrono runs a parser's pattern with `exec` on the text, which tries every start from the first
 * character. Many of our patterns cannot match without a word of a small set (a unit word, a
 * direction word, a weekday name): the anchor. `AnchoredSearch` finds the anchor's occurrences
 * (one cheap scan) and tries the pattern, sticky, only at the starts a match holding that
 * occurrence can have: from the occurrence back over what may stand before it in a match
 * (`Anchor.before`, a bounded number of words), to the occurrence itself.
 *
 * Why it is the match `exec` gives: `exec` returns the match at the leftmost start where the
 * pattern matches, and a sticky run at a start gives the match a search gives there (same
 * pattern, same string: lookbehinds and lookaheads see what they saw). Every match holds an
 * anchor occurrence at some u, and starts at p with u - p no more than `before` reaches back
 * from u, so p is among the starts tried; starts are tried in increasing order, each once, so
 * the first match found is the leftmost. What the promise rests on (`Anchor`) is the parser's to
 * keep; test/dates/anchored-search.test.ts compares the two searches on each parser.
 */
import { LiteralScanner } from './literal-scanner.ts';

/** What a parser promises of its pattern for `AnchoredSearch`. */
export interface Anchor {
  /** Lower-case ASCII literals: every match holds one of them (ASCII letters in any case). */
  literals: readonly string[];
  /** Matched backwards from a literal's start (as a lookbehind, greedy): reaches at least as far
   *  back as the start of any match of the pattern that holds that occurrence. */
  before: RegExp;
  /** True when no match starts right after a word character (the pattern begins with a
   *  lookbehind that refuses one): those starts are not tried. */
  leftBounded: boolean;
}

/** Fails at the first position. */
const NEVER_SOURCE = '^(?!)';

/** Whether the UTF-16 code is one `\w` matches (ASCII letters, digits, underscore). */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/**
 * A RegExp whose `exec` (all chrono calls) gives what `pattern.exec` gives, trying fewer starts.
 * Where the literals start in a text is found by its own scan, or handed in with `locate` (the
 * cue prefilter's scan, which finds them with the cues' literals in the same pass); chrono calls
 * `exec` on the text and then on what remains of it after each match, a suffix of the text,
 * where the same starts serve, moved.
 */
export class AnchoredSearch extends RegExp {
  private readonly atStart: RegExp;
  private readonly back: RegExp;
  private readonly leftBounded: boolean;
  private readonly scanner: LiteralScanner;
  private located: { text: string; starts: readonly number[]; windows: number[] | null } | null = null;

  constructor(
    readonly pattern: RegExp,
    spec: Anchor,
  ) {
    super(NEVER_SOURCE);
    if (pattern.global || pattern.sticky) throw new Error(`AnchoredSearch wants a plain pattern, not /${pattern.flags}/`);
    this.atStart = new RegExp(pattern.source, pattern.flags + 'y');
    this.back = new RegExp(`(?<=(${spec.before.source}))`, spec.before.flags.replace(/[gy]/g, '') + 'y');
    this.leftBounded = spec.leftBounded;
    this.scanner = new LiteralScanner([spec.literals], [0]);
  }

  /** Where the literals start in `text` (increasing), for the `exec` calls on it and its suffixes;
   *  null: not known (each `exec` scans for them). */
  locate(text: string, starts: readonly number[] | null): void {
    this.located = starts === null ? null : { text, starts, windows: null };
  }

  /** The windows for `text` and where they are in it: those of the located text when `text` is
   *  it or a suffix of it (the text after `shift` characters), else its own. */
  private windowsFor(text: string): { windows: readonly number[]; shift: number } {
    const located = this.located;
    if (located !== null) {
      const shift = located.text.length - text.length;
      if (text === located.text || (shift > 0 && located.text.endsWith(text))) {
        located.windows ??= this.windowsOf(located.text, located.starts);
        return { windows: located.windows, shift };
      }
    }
    // Not located: scanned here, and kept for the calls on what remains of it.
    const starts: number[][] = [[]];
    this.scanner.scan(text, starts);
    const windows = this.windowsOf(text, starts[0]!);
    this.located = { text, starts: starts[0]!, windows };
    return { windows, shift: 0 };
  }

  /**
   * The window of each occurrence in `text`, as [from, to] pairs in increasing order of `from`:
   * the starts a match holding it can have. A later occurrence's window may begin before an
   * earlier one's ("three" holds "hr", "days" reaches back over it). In a suffix of `text`, a
   * window is cut at the suffix's start: `before`, a repetition of words and separators, reaches
   * as far there as in the whole text, or to the suffix's start.
   */
  private windowsOf(text: string, starts: readonly number[]): number[] {
    const windows: number[] = [];
    for (const at of starts) {
      this.back.lastIndex = at;
      windows.push(at - (this.back.exec(text)?.[1]?.length ?? 0), at);
    }
    if (!isSortedPairs(windows)) sortPairs(windows);
    return windows;
  }

  override exec(text: string): RegExpExecArray | null {
    const { windows, shift } = this.windowsFor(text);
    const atStart = this.atStart;
    // Starts are tried in increasing order, each once (positions in the located text; `text` begins at `shift`).
    let next = shift;
    for (let w = 0; w < windows.length; w += 2) {
      const to = windows[w + 1]!;
      for (let start = Math.max(next, windows[w]!); start <= to; start++) {
        const at = start - shift;
        if (this.leftBounded && at > 0 && isWordCode(text.charCodeAt(at - 1))) continue;
        atStart.lastIndex = at;
        const match = atStart.exec(text);
        if (match !== null) return match;
      }
      next = Math.max(next, to + 1);
    }
    return null;
  }
}

/** Whether the [from, to] pairs are in increasing order of `from`. */
function isSortedPairs(pairs: number[]): boolean {
  for (let i = 2; i < pairs.length; i += 2) if (pairs[i]! < pairs[i - 2]!) return false;
  return true;
}

/** Sorts [from, to] pairs by `from`, in place. */
function sortPairs(pairs: number[]): void {
  const sorted: [number, number][] = [];
  for (let i = 0; i < pairs.length; i += 2) sorted.push([pairs[i]!, pairs[i + 1]!]);
  sorted.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  sorted.forEach(([from, to], i) => {
    pairs[2 * i] = from;
    pairs[2 * i + 1] = to;
  });
}
