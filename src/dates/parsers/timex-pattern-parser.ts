import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { attachSpec, type TimexSpec } from '../timex-spec.ts';
import { contextHasCue } from '../cue-tests.ts';

/**
 * Base of our parsers: one regular expression (word boundaries included) and a function that
 * reads a match into a TIMEX spec, or rejects it with null. The spec travels on the chrono result.
 */
export abstract class TimexPatternParser implements Parser {
  private cached: RegExp | null = null;
  private cachedTrigger: RegExp | null | undefined = undefined;
  private lastContext: ParsingContext | null = null;
  private active = true;
  protected abstract regex(): RegExp;
  /** A cheap test for the words the parser needs; a span without them skips the full pattern.
   *  Null when most spans have them anyway (the test would only add a scan). */
  protected abstract trigger(): RegExp | null;
  /** Reads the match; may return a shorter extent via `text`, and must return null to reject. */
  protected abstract read(match: RegExpMatchArray, context: ParsingContext): { spec: TimexSpec; text?: string; offset?: number } | null;

  /** The parser's trigger: a text without a match of it gives this parser nothing (null: no such test). */
  cue(): RegExp | null {
    if (this.cachedTrigger === undefined) this.cachedTrigger = this.trigger();
    return this.cachedTrigger;
  }

  pattern(context: ParsingContext): RegExp {
    this.cached ??= this.regex();
    if (context !== this.lastContext) {
      this.lastContext = context;
      const cue = this.cue();
      this.active = cue === null || contextHasCue(context, cue);
    }
    return this.active ? this.cached : NEVER;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    // Chrono retries a rejected match on a substring, where a lookbehind cannot see the text before
    // it ("1988" retried as "988"): check the left boundary against the whole text.
    const at = match.index ?? 0;
    if (/^[\w']/.test(match[0]) && at > 0 && LEFT_BLOCKER.test(context.text.slice(Math.max(0, at - 2), at))) return null;
    const read = this.read(match, context);
    if (!read) return null;
    const index = at + (read.offset ?? 0);
    // A possessive stays outside the extent: "Friday's", "last year's".
    const text = (read.text ?? match[0]).replace(/(?<!\d)[’']s$/, '');
    const result = context.createParsingResult(index, text);
    attachSpec(result, read.spec);
    result.start.addTag(`parser/${this.constructor.name}`);
    return result;
  }
}

/** Left and right word boundaries that also refuse digits glued by separators ("1,000", "3.6", "09788095"). */
export const LEFT = `(?<![\\w$£€#@/.,:])(?<!\\d-)`;
/** Fails at the first position: an anchored pattern is tried only there. */
const NEVER = /^(?!)/;
const LEFT_BLOCKER = /(?:[\w$£€#@/.,:]|\d-)$/;
export const RIGHT = `(?![\\w]|[.,:/-]\\d|%)`;
