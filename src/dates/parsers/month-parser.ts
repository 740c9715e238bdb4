import type { ParsingContext } from 'chrono-node';
import { LEFT, TimexPatternParser } from './timex-pattern-parser.ts';
import type { TimexSpec } from '../timex-spec.ts';
import { MONTH_PATTERN, parseMonth, directionOf } from '../english-lexicon.ts';
import { SPELLED_YEAR, yearOf } from './spelled-year-parser.ts';

/**
 * A month without a day: "January 2014", "in March", "last November", "next June",
 * "November of last year", "March, 1998", "January nineteen ninety-seven" (transcripts). Days after the month are chrono's (longer) matches.
 * Case-sensitive on purpose: "may" and "march" in lower case are verbs.
 */
export class MonthParser extends TimexPatternParser {
  protected trigger(): RegExp | null {
    return /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|[Jj]anuary|[Ff]ebruary|[Jj]une|[Jj]uly|[Aa]ugust|[Ss]eptember|[Oo]ctober|[Nn]ovember|[Dd]ecember/;
  }

  protected regex(): RegExp {
    return new RegExp(
      `${LEFT}(?:([Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming|[Ee]arly|[Ll]ate|[Mm]id-?)\\s*)?(${MONTH_PATTERN})(?:\\s*,?\\s*(?:of\\s+)?([12]\\d{3}|${SPELLED_YEAR})(?![\\w])|\\s+(?:of\\s+)?(this|last|next)\\s+year)?(?![\\w])(?!\\s*\\d{1,2}(?:st|nd|rd|th)?\\b(?!\\d))`,
    );
  }

  protected read(match: RegExpMatchArray, context: ParsingContext): { spec: TimexSpec } | null {
    const modifier = (match[1] ?? '').toLowerCase();
    const monthWord = match[2] ?? '';
    const month = parseMonth(monthWord);
    const after = context.text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 20);
    const before = context.text.slice(Math.max(0, (match.index ?? 0) - 20), match.index);
    // "May" at the start of a sentence can still be the modal verb ("May I ...", "May be").
    if (monthWord === 'May' && !match[3] && !modifier && !/\b(?:in|since|until|till|by|of|from|to|through|during|early|late|mid|last|this|next|and|or)\s*-?$/i.test(before)) return null;
    // "the March of the Combatant Mothers", "March of Dimes": a name.
    if (/^(?:March|May)$/.test(monthWord) && !match[3] && !modifier && /^\s+of\s+(?:the\s+)?[A-Z]/.test(after)) return null;
    if (monthWord === 'March' && !match[3] && !modifier && /^\s+(?:on|to|through|against|in|for|past|into|from|along|down|up)\b/.test(after) && !/\b(?:in|since|until|by|of|from|early|late|mid)\s*-?$/i.test(before)) return null;
    const spec: TimexSpec = { kind: 'calendar', type: 'DATE', month };
    if (match[3]) {
      const year = yearOf(match[3]);
      if (year === null) return null;
      spec.year = year;
    } else if (match[4]) spec.yearShift = match[4] === 'last' ? -1 : match[4] === 'next' ? 1 : 0;
    else spec.direction = directionOf(modifier);
    if (modifier === 'early') spec.mod = 'START';
    else if (modifier === 'late') spec.mod = 'END';
    else if (modifier.startsWith('mid')) spec.mod = 'MID';
    return { spec };
  }
}

