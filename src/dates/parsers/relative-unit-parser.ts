import type { ParsingContext } from 'chrono-node';
import { LEFT, TimexPatternParser } from './timex-pattern-parser.ts';
import type { TimexSpec, TimeUnit } from '../timex-spec.ts';
import { durationValue } from '../english-lexicon.ts';

const UNIT = `(day|week|weekend|month|quarter|year|decade|century|fiscal\\s+year)`;

/**
 * A calendar unit named from a reference, without a count: "last week", "this year", "next month",
 * "the previous year", "the following day", "that year", "earlier this month", "later this week",
 * "the past year" (the previous year), "the past week" (a duration), "the weekend"; in business news
 * "the quarter", "the latest quarter" (the quarter the text speaks of), "the year-earlier quarter",
 * "year-ago", "the corresponding period last year", "last year's quarter", "the quarter a year ago"
 * (comparisons), "the year ended March 31" (a duration), "year-end" (the year, mod END).
 */
export class RelativeUnitParser extends TimexPatternParser {
  protected trigger(): RegExp | null {
    return /[Dd]ay|[Ww]eek|[Mm]onth|[Qq]uarter|[Yy]ear|[Dd]ecade|[Cc]entur|[Pp]eriod/;
  }

  protected regex(): RegExp {
    return new RegExp(
      `${LEFT}(?:(the\\s+)?(last|this|next|coming|current|previous|past|following|same|prior|present)\\s+${UNIT}(?!(?<=[Ll]ast\\s+year)(?:[’']s)?\\s+(?:quarter|period)\\b)(?:[’']s)?` +
        `|(earlier|later|early|late)\\s+(this|last|next)\\s+${UNIT}` +
        `|(that|the\\s+same)\\s+${UNIT}` +
        `|(the\\s+(?:past\\s+)?weekend)` +
        `|(?:the\\s+(?:comparable\\s+|corresponding\\s+)?(?=\\w+[\\s-](?:earlier|ago)\\s+(?:(?:first|second|third|fourth)[\\s-])?(?:quarter|period|month|year|half|nine\\s+months)))?(year|month|quarter)[\\s-](?:earlier|ago)(?:\\s+(?:(?:first|second|third|fourth)[\\s-])?(?:quarter|period|half))?` +
        `|(the\\s+)(latest|last|most\\s+recent|current|same|full|fiscal|whole|entire)?\\s*(quarter|period|year|fiscal\\s+year|month|week)(?!\\s+(?:of|ago|earlier|before|after|later|last\\s+year|a\\s+year\\s+(?:ago|earlier))\\b)` +
        `|(year[-\\s]end|year['’]s\\s+end)` +
        `|((?:the\\s+)?(?:(?:same|corresponding|comparable)\\s+)?(?:quarter|period)\\s+(?:of\\s+)?(?:last\\s+year|a\\s+year\\s+(?:ago|earlier))|last\\s+year['’]s\\s+(?:quarter|period)))(?![\\w-])`,
      'i',
    );
  }

  protected read(match: RegExpMatchArray, context: ParsingContext): { spec: TimexSpec } | null {
    if (match[2] && match[3]) {
      const the = Boolean(match[1]);
      const word = match[2].toLowerCase();
      const unit = unitOf(match[3]);
      // "the past year" is the previous calendar year, as TimeBank and HeidelTime read it; "the past
      // week" or "the last decade" are rather the span up to now.
      if (the && (word === 'last' || word === 'past') && unit === 'year') return { spec: shift(unit, -1, 'dct') };
      if (the && (word === 'last' || word === 'past' || word === 'coming')) {
        return { spec: { kind: 'literal', type: 'DURATION', value: durationValue(unit, 1) } };
      }
      if (word === 'previous' || word === 'prior') return { spec: shift(unit, -1, 'text') };
      if (word === 'following' || (the && word === 'next')) return { spec: shift(unit, 1, 'text') };
      if (word === 'same') return { spec: shift(unit, 0, 'text') };
      if (word === 'last' || word === 'past') return { spec: shift(unit, -1, 'dct') };
      if (word === 'next' || word === 'coming') return { spec: shift(unit, 1, 'dct') };
      // "This quarter's loss" reports on a quarter: the one the text speaks of, else the current one.
      if (word === 'this' && unit === 'quarter' && /[’']s$/.test(match[0])) return { spec: { ...shift(unit, 0, 'text'), dctAmount: 0 } };
      if (unit === 'day') return null; // "this day" is rhetorical more often than a date
      return { spec: shift(unit, 0, 'dct') };
    }
    if (match[4] && match[5] && match[6]) {
      const amount = /last/i.test(match[5]) ? -1 : /next/i.test(match[5]) ? 1 : 0;
      const spec = shift(unitOf(match[6]), amount, 'dct');
      if (/^early$/i.test(match[4])) spec.mod = 'START';
      if (/^late$/i.test(match[4])) spec.mod = 'END';
      return { spec };
    }
    if (match[7] && match[8]) return { spec: shift(unitOf(match[8]), 0, 'text') };
    if (match[9]) return { spec: { kind: 'calendar', type: 'DATE', weekend: true, direction: /past/i.test(match[9]) ? 'past' : 'tense' } };
    if (match[11] && match[13]) {
      const word = (match[12] ?? '').toLowerCase().replace(/\s+/g, ' ');
      const unit = unitOf(match[13] === 'period' ? 'quarter' : match[13]);
      if (word === 'last' || word === 'same' || (match[13] === 'period' && !/latest|recent|current/.test(word))) return null;
      // "the year ended March 31": the length of the period, whose end is the next expression.
      if (unit === 'year' && /^\s+(?:ended|ending|to\s+date)\b/i.test(context.text.slice((match.index ?? 0) + match[0].length))) {
        return { spec: { kind: 'literal', type: 'DURATION', value: durationValue(unit, 1) } };
      }
      if (unit === 'year' && word !== 'full' && word !== 'fiscal' && word !== 'current' && word !== 'latest' && word !== 'whole' && word !== 'entire' && !/\bfiscal\b/.test(match[13])) return { spec: shift('year', 0, 'text') };
      // "the current quarter", "the full year": the period of the publication date, not of the last date named
      // (often a target: "by 1992 it intended to ... forecast an increase for the full year").
      if (word === 'current' || (unit === 'year' && /^(?:full|whole|entire)$/.test(word))) return { spec: shift(unit, 0, 'dct') };
      if (unit === 'month' || unit === 'week') return word ? null : { spec: shift(unit, 0, 'text') };
      // "the quarter", "the latest quarter": the quarter the text speaks of, else the last completed one.
      return { spec: { ...shift(unit, 0, 'text'), dctAmount: unit === 'quarter' ? -1 : 0 } };
    }
    // "year-end" is the end of the year, which TimeML writes as the year with mod END (as "the end of 1990").
    if (match[14]) return { spec: { ...shift('year', 0, 'dct'), mod: 'END' } };
    // "the corresponding period last year", "last year's quarter", "the quarter a year ago": a comparison.
    if (match[15]) return { spec: { ...shift('quarter', -4, 'text'), comparison: true } };
    if (match[10]) return { spec: { ...shift(unitOf(match[10]), -1, 'text'), comparison: true } };
    return null;
  }
}

function unitOf(raw: string): TimeUnit {
  const w = raw.toLowerCase().replace(/^fiscal\s+/, '');
  return (['day', 'week', 'weekend', 'month', 'quarter', 'year', 'decade', 'century'].includes(w) ? w : 'year') as TimeUnit;
}

function shift(unit: TimeUnit, amount: number, base: 'dct' | 'text'): TimeSpecShift {
  return { kind: 'shift', type: 'DATE', unit, amount, base };
}

type TimeSpecShift = Extract<TimexSpec, { kind: 'shift' }>;
