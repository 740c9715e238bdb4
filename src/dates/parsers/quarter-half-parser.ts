import type { ParsingContext } from 'chrono-node';
import { LEFT, TimexPatternParser } from './timex-pattern-parser.ts';
import type { TimexSpec } from '../timex-spec.ts';
import { ORDINALS } from '../english-lexicon.ts';

const ORDINAL = `first|second|third|fourth|1st|2nd|3rd|4th|final|last`;
const YEAR_REF = `(\\d{4})|(this|last|next|the\\s+previous|the\\s+current|the\\s+same)\\s+(?:fiscal\\s+)?year`;

/**
 * Quarters and halves: "the third quarter", "third-quarter", "the fiscal first quarter of 1998",
 * "this year's third quarter", "Q4 2019", "the first half of 2014", "the second half".
 */
export class QuarterHalfParser extends TimexPatternParser {
  protected trigger(): RegExp | null {
    return /[Qq]uarter|[Hh]alf|\dQ|Q\d/;
  }

  protected regex(): RegExp {
    return new RegExp(
      `${LEFT}(?:(?:(${YEAR_REF.replace(/\((?!\?)/g, '(?:')})(?:[’']s)\\s+)|(the\\s+))?(?:[12]\\d{3}\\s+)?(?:fiscal[\\s-]+)?(${ORDINAL})[\\s-]+(?:fiscal[\\s-]+)?(quarter|half|quarters)(?:\\s+of\\s+(?:the\\s+)?(?:fiscal\\s+)?(?:year\\s+)?(?:${YEAR_REF}))?(?![\\w-])` +
        `|${LEFT}(?:Q([1-4])|([1-4])Q)(?:\\s*(?:of\\s+)?(\\d{4}))?(?![\\w])` +
        `|${LEFT}(\\d{4})\\s*[-/ ]?\\s*(?:Q([1-4])|([1-4])Q)(?![\\w])`,
      'i',
    );
  }

  protected read(match: RegExpMatchArray, context: ParsingContext): { spec: TimexSpec; text?: string; offset?: number } | null {
    if (match[7] || match[8]) return { spec: quarterSpec(Number(match[7] ?? match[8]), match[9] ? Number(match[9]) : undefined) };
    if (match[10]) return { spec: quarterSpec(Number(match[11] ?? match[12]), Number(match[10])) };
    const text = match[0];
    const ordinalWord = (match[3] ?? '').toLowerCase();
    const unit = (match[4] ?? '').toLowerCase();
    if (unit === 'quarters') return null; // "three quarters" of something, "the first quarters" are not a date
    const number = ordinalWord === 'final' || ordinalWord === 'last' ? (unit === 'half' ? 2 : 4) : (ORDINALS[ordinalWord] ?? 0);
    if (unit === 'half' && number > 2) return null;
    // "the second half" of a match or a film is no date: a half needs a year or a possessive year.
    const yearDigits = /\b(\d{4})\b/.exec(text)?.[1];
    const relativeYear = /\b(this|last|next|previous|current|same)\b/i.exec(text)?.[1]?.toLowerCase();
    const yearShift = relativeYear === 'last' || relativeYear === 'previous' ? -1 : relativeYear === 'next' ? 1 : relativeYear ? 0 : undefined;
    const spec: TimexSpec = unit === 'half'
      ? { kind: 'calendar', type: 'DATE', half: number }
      : { kind: 'calendar', type: 'DATE', quarter: number };
    if (yearDigits) spec.year = Number(yearDigits);
    else if (yearShift !== undefined) spec.yearShift = yearShift;
    else spec.direction = 'same';
    // "the third-quarter loss": the article belongs to the noun, the date is the adjective.
    const after = context.text.slice((match.index ?? 0) + text.length);
    const article = /^the\s+/i.exec(text);
    if (article && /[\s-]quarter$|[\s-]half$/i.test(text) && /-(?:quarter|half)$/i.test(text) && /^\s+[a-z]/.test(after)) {
      return { spec, text: text.slice(article[0].length), offset: article[0].length };
    }
    return { spec };
  }
}

function quarterSpec(quarter: number, year: number | undefined): TimexSpec {
  return year ? { kind: 'calendar', type: 'DATE', quarter, year } : { kind: 'calendar', type: 'DATE', quarter, direction: 'same' };
}
