import { LEFT, TimexPatternParser } from './timex-pattern-parser.ts';
import type { TimexSpec } from '../timex-spec.ts';
import { parseCount } from '../english-lexicon.ts';

const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const TWO_DIGITS = `(?:(?:${TENS})(?:[- ](?:${UNITS}))?|${TENS}|${TEENS}|oh[- ](?:${UNITS}))`;
/** A year in words after a month or a season ("January nineteen ninety-seven"), for patterns without the `i` flag. */
export const SPELLED_YEAR = `(?:[Nn]ineteen|[Ee]ighteen|[Tt]wenty)[- ]${TWO_DIGITS}(?![\\w-])`;

/** The year of "1997" or "nineteen ninety-seven": the year group of the month and season patterns. */
export function yearOf(raw: string): number | null {
  return /^\d/.test(raw) ? Number(raw) : spelledYear(raw);
}

/** The year of "nineteen ninety-six", "twenty-oh-one"; null when the words are no year. */
export function spelledYear(words: string): number | null {
  const m = /^(nineteen|eighteen|twenty)[- ](.+)$/i.exec(words.trim());
  if (!m) return null;
  const century = { nineteen: 19, eighteen: 18, twenty: 20 }[(m[1] ?? '').toLowerCase()] ?? 19;
  const yy = parseCount((m[2] ?? '').toLowerCase().replace(/^oh[- ]/, ''));
  return yy === null || yy > 99 ? null : century * 100 + yy;
}

/** Years in words, as broadcast transcripts write them: "nineteen ninety-six", "two thousand", "the year two thousand one". */
export class SpelledYearParser extends TimexPatternParser {
  protected trigger(): RegExp | null {
    return /[Nn]ineteen|[Ee]ighteen|[Tt]wenty|[Tt]housand/;
  }

  protected regex(): RegExp {
    return new RegExp(
      `${LEFT}(?:(the\\s+year\\s+)?(nineteen|eighteen|twenty)[- ](${TWO_DIGITS})|(?:the\\s+year\\s+)(two\\s+thousand(?:\\s+(?:and\\s+)?(?:${UNITS}|${TEENS}))?))(?![\\w-])`,
      'i',
    );
  }

  protected read(match: RegExpMatchArray): { spec: TimexSpec } | null {
    if (match[4]) {
      const rest = match[4].replace(/^two\s+thousand\s*(?:and\s+)?/i, '');
      return { spec: { kind: 'literal', type: 'DATE', value: String(2000 + (rest ? (parseCount(rest) ?? 0) : 0)) } };
    }
    // "twenty twenty" is a year; "twenty-five" alone is not (the century word is followed by two digits here).
    const year = spelledYear(`${match[2]} ${match[3]}`);
    return year === null ? null : { spec: { kind: 'literal', type: 'DATE', value: String(year) } };
  }
}
