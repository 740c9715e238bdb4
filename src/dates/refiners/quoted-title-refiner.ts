import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/** An opening quotation mark (straight, curly or doubled backquotes and apostrophes) right before. */
const OPENING_QUOTE = /(?:["“‘`]|'')\s?$/;

/**
 * A title-cased expression that opens a quotation is the name of a programme or a work, not a date:
 * ABC's "This Week", CBS's ''60 Minutes''. A quoted sentence ("Three days later, ...") keeps its
 * lower-case words and is not affected; one capitalised word alone ("Today, ...") is not either.
 */
export class QuotedTitleRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => {
      const words = result.text.trim().split(/\s+/);
      if (words.length < 2 || !words.every((w) => /^[A-Z0-9]/.test(w))) return true;
      return !OPENING_QUOTE.test(context.text.slice(Math.max(0, result.index - 3), result.index));
    });
  }
}
