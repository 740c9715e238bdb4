import type { ParsingContext } from 'chrono-node';
import { LEFT, TimexPatternParser } from './timex-pattern-parser.ts';
import type { TimexSpec } from '../timex-spec.ts';

/**
 * Words that point at the present, the past or the future without a date: "now", "currently",
 * "at present", "nowadays", "these days", "recently", "lately", "previously", "in the past",
 * "in the future", "the current" (before a noun); "now" also in "now that" (TimeML marks it there
 * too). Values PRESENT_REF, PAST_REF, FUTURE_REF.
 * Not "recent", "soon", "previously", "eventually": TimeML corpora rarely mark them.
 */
export class ReferenceWordParser extends TimexPatternParser {
  protected trigger(): RegExp | null {
    return /[Nn]ow|[Cc]urrent|[Pp]resent|these days|moment|[Rr]ecently|[Ll]ately|[Ff]ormerly|past|future|term/;
  }

  protected regex(): RegExp {
    return new RegExp(
      `${LEFT}(?:(now|currently|at\\s+present|presently|nowadays|these\\s+days|at\\s+the\\s+moment|current)` +
        `|(recently|lately|formerly|the\\s+past)` +
        `|(the\\s+future|future|the\\s+near\\s+future|the\\s+near\\s+term|the\\s+short\\s+term))(?![\\w-])`,
      'i',
    );
  }

  protected read(match: RegExpMatchArray, context: ParsingContext): { spec: TimexSpec } | null {
    const index = match.index ?? 0;
    const word = match[0].toLowerCase();
    const before = context.text.slice(Math.max(0, index - 20), index);
    const after = context.text.slice(index + match[0].length, index + match[0].length + 20);
    if (word === 'current') {
      // The adjective: "the current quarter", "current prices"; not "the current" (electricity) or "current account".
      if (!/^\s+[a-z]/.test(after) || /^\s+(?:account|accounts|affairs|events|issue|issues)\b/i.test(after)) return null;
    }
    if (word === 'the past') {
      // Not the start of "the past three years" or "the past week" (other parsers); a clause may follow.
      if (!/\b(?:in|of|from|into|than|to)\s*$/i.test(before)) return null;
      if (/^\s+[a-z]/.test(after) && !/^\s+(?:that|it|he|she|they|we|i|you|there|this|and|but|or|as|when)\b/i.test(after)) return null;
    }
    if (word === 'future') {
      // Only "the near future" and the like; the adjective ("future earnings") is seldom marked.
      if (!/\b(?:near|distant|immediate)\s*$/i.test(before)) return null;
    }
    if (word === 'the future' && /^\s+(?:of|for)\b/i.test(after) && !/\bin\s*$/i.test(before)) return null;
    const value = match[1] ? 'PRESENT_REF' : match[2] ? 'PAST_REF' : 'FUTURE_REF';
    return { spec: { kind: 'literal', type: 'DATE', value } };
  }
}
