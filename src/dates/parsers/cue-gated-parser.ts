import type { Parser, ParsingContext } from 'chrono-node';
import { contextHasCue } from '../cue-tests.ts';

/** Fails at the first position: an anchored pattern is tried only there. */
const NEVER = /^(?!)/;

/**
 * One of chrono's parsers, run only on texts that hold its cue: a text without it gives the
 * parser nothing the tagger keeps, so its pattern (and chrono's retry of every rejected match
 * on the rest of the text) is not run there. What it finds elsewhere is what it finds alone.
 */
export class CueGatedParser implements Parser {
  private lastContext: ParsingContext | null = null;
  private active = true;

  constructor(
    readonly inner: Parser,
    private readonly gate: RegExp,
  ) {}

  cue(): RegExp {
    return this.gate;
  }

  pattern(context: ParsingContext): RegExp {
    if (context !== this.lastContext) {
      this.lastContext = context;
      this.active = contextHasCue(context, this.gate);
    }
    return this.active ? this.inner.pattern(context) : NEVER;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ReturnType<Parser['extract']> {
    return this.inner.extract(context, match);
  }
}
