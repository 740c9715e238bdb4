import { LEFT, TimexPatternParser } from './timex-pattern-parser.ts';
import type { TimexSpec } from '../timex-spec.ts';
import { parseCount } from '../english-lexicon.ts';

const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const TWO_DIGITS = `(?:(?:${TENS})(?:[- ](?:${UNITS}))?|${TENS}|${TEENS}|oh[- ](?:${UNITS}))`;

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
    const century = { nineteen: 19, eighteen: 18, twenty: 20 }[(match[2] ?? '').toLowerCase()] ?? 19;
    const rest = (match[3] ?? '').toLowerCase().replace(/^oh[- ]/, '');
    const yy = parseCount(rest);
    if (yy === null || yy > 99) return null;
    // "twenty twenty" is a year; "twenty-five" alone is not (the century word is followed by two digits here).
    return { spec: { kind: 'literal', type: 'DATE', value: String(century * 100 + yy) } };
  }
}
