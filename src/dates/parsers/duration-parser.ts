import type { ParsingContext } from 'chrono-node';
import { LEFT, TimexPatternParser } from './timex-pattern-parser.ts';
import type { TimexSpec } from '../timex-spec.ts';
import { COUNT_PATTERN, UNIT_PATTERN, durationValue, parseCount, parseUnit } from '../english-lexicon.ts';

/** Words before a bare plural unit that make it an amount of time ("for years", "in recent months"). */
const BARE_UNIT_CUE = /\b(?:for|in|over|within|recent|coming|ensuing|following|previous|past|next|several|few|many|the|those|these|after|of|hours|days|weeks|months|years|decades|and|or)\s*$/i;

/**
 * Amounts of time: "three days", "10 days", "a five-year low" ("five-year"), "the past two months",
 * "the next few years", "the first nine months", "two and a half years", "recent years", "for years",
 * "6 mins". Values are TIMEX3 durations (P3D, P2M, PXY, PT6M).
 */
export class DurationParser extends TimexPatternParser {
  protected trigger(): RegExp | null {
    return /[Ss]ec|[Mm]in|[Hh]our|hrs?\b|[Dd]ay|[Ww]eek|[Ff]ortnight|[Mm]onth|[Qq]uarter|[Yy]ear|yrs?\b|[Dd]ecade|[Cc]entur/;
  }

  protected regex(): RegExp {
    return new RegExp(
      `${LEFT}(the\\s+)?(?:(past|last|next|first|coming|previous|final|following|recent|remaining|initial|ensuing|latest|better\\s+part\\s+of\\s+the)\\s+)?` +
        `(?:(${COUNT_PATTERN})(?:\\s+and\\s+a\\s+half)?(?:[\\s-]+(?:to|or|and)[\\s-]+(${COUNT_PATTERN}))?(?:\\s+(?:more|additional|further|straight|consecutive|long))?[\\s-]+|(recent|coming|ensuing|many|several)\\s+)?` +
        `(?:(?:trading|business|working|calendar|school)\\s+)?(${UNIT_PATTERN})(?:\\s+and\\s+a\\s+half)?(?:-long)?(?![\\w-])(?!\\s+old\\b)`,
      'i',
    );
  }

  protected read(match: RegExpMatchArray, context: ParsingContext): { spec: TimexSpec; text?: string; offset?: number } | null {
    const the = match[1];
    const qualifier = (match[2] ?? '').toLowerCase();
    const count = match[3];
    const secondCount = match[4];
    const vague = match[5];
    const unitWord = match[6] ?? '';
    const unit = parseUnit(unitWord);
    const plural = /s$/i.test(unitWord);
    const index = match.index ?? 0;
    const before = context.text.slice(Math.max(0, index - 16), index);
    if (!count && !vague) {
      if (!qualifier) {
        if (!plural || unit === 'weekend') return null;
        // "years", "months", "decades" alone are amounts of time; "days", "hours" need a cue ("for days").
        if (!/^(?:years|months|weeks|centuries)$/i.test(unitWord) && !BARE_UNIT_CUE.test(before)) return null;
        return { spec: { kind: 'literal', type: 'DURATION', value: durationValue(unit, null) } };
      }
      if (!plural) return null; // "the past week" and "last year" are the relative-unit parser's
      return { spec: { kind: 'literal', type: 'DURATION', value: durationValue(unit, null) } };
    }
    let amount = count ? parseCount(count) : null;
    if (secondCount) amount = null; // "12 to 18 months" is a vague amount
    if (count && /and\s+a\s+half/i.test(match[0]) && amount !== null) amount += 0.5;
    // "a" / "one" needs a singular unit, a number above one a plural ("two-year" adjectives excepted).
    if (count && /^(?:a|an)$/i.test(count) && plural) return null;
    // "three-quarters of" is a fraction; "a second time" an ordinal.
    if (/^quarters?$/i.test(unitWord) && /^\s+of\b/i.test(context.text.slice(index + match[0].length))) return null;
    if (/^second$/i.test(unitWord) && /^an?$/i.test(count ?? '') && !/^\s+(?:or|and|later|earlier|before|after)\b/i.test(context.text.slice(index + match[0].length))) return null;
    // "the twenty second" is an ordinal, not twenty seconds.
    if (/^second$/i.test(unitWord) && amount !== null && amount > 1 && !/-/.test(match[0])) return null;
    if (count && /^\d/.test(count) && (/^\d+\.\d+$/.test(count) ? false : Number(count) > 999 && unit !== 'year')) return null;
    // "the first quarter" is a date, "the first nine months" a duration: an ordinal qualifier needs a count.
    if (unit === 'quarter' && (!count || /^(?:a|an|one)$/i.test(count)) && !qualifier) return null;
    if (unit === 'weekend' && !count) return null;
    if (the && !qualifier && !count) return null;
    if (the && count && /^(?:a|an)$/i.test(count)) return null;
    // "the two-week strike": the article belongs to the noun the adjective qualifies.
    if (the && !qualifier && count && /-\s*\w+$/.test(match[0]) && !/\s/.test(match[0].slice(the.length).trim().replace(/-/g, ''))) {
      const offset = the.length;
      return { spec: { kind: 'literal', type: 'DURATION', value: durationValue(unit, amount) }, text: match[0].slice(offset), offset };
    }
    return { spec: { kind: 'literal', type: 'DURATION', value: durationValue(unit, amount) } };
  }
}
