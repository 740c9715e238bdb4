import type { ParsingContext } from 'chrono-node';
import { LEFT, TimexPatternParser } from './timex-pattern-parser.ts';
import type { TimexSpec } from '../timex-spec.ts';
import { SEASONS, SEASON_PATTERN, directionOf } from '../english-lexicon.ts';
import { SPELLED_YEAR, yearOf } from './spelled-year-parser.ts';

/**
 * Seasons: "this summer", "last fall", "next spring", "summer 1998", "the winter of 1941", "in the spring".
 * A bare season word needs a determiner or a preposition: "spring" and "fall" are also verbs and nouns.
 */
export class SeasonParser extends TimexPatternParser {
  protected trigger(): RegExp | null {
    return /[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter/;
  }

  protected regex(): RegExp {
    return new RegExp(
      `${LEFT}(?:(this|last|next|past|coming|the|that)\\s+)?(${SEASON_PATTERN})(?:\\s+(?:of\\s+)?(\\d{4}|${SPELLED_YEAR})|\\s*(?:,\\s*)?(\\d{4}))?(?![\\w])`,
      'i',
    );
  }

  protected read(match: RegExpMatchArray, context: ParsingContext): { spec: TimexSpec; text?: string } | null {
    const det = (match[1] ?? '').toLowerCase();
    const season = SEASONS[(match[2] ?? '').toLowerCase()];
    if (!season) return null;
    const year = match[3] ?? match[4];
    const before = context.text.slice(Math.max(0, (match.index ?? 0) - 12), match.index);
    const after = context.text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 12);
    if (!year) {
      if (!det && !/\b(?:in|during|by|until|since|through|this|early|late|mid|over)\s*-?$/i.test(before)) return null;
      // "the fall of Rome", "the spring of discontent": an event, not a season, unless a year follows.
      if (/^\s+of\s+(?!\d)/i.test(after)) return null;
      if (det === 'the' && season === 'FA' && !/\b(?:in|during|by|until|since|this|early|late|over)\s*$/i.test(before)) return null;
    }
    const spec: TimexSpec = { kind: 'calendar', type: 'DATE', season };
    if (year) spec.year = yearOf(year) ?? undefined;
    else if (det === 'that') {
      spec.direction = 'same';
      spec.fromText = true;
    } else spec.direction = directionOf(det);
    return { spec };
  }
}

