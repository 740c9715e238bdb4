import type { ParsingContext } from 'chrono-node';
import { LEFT, RIGHT, TimexPatternParser } from './timex-pattern-parser.ts';
import type { TimexSpec } from '../timex-spec.ts';

/** Prepositions and determiners after which a four-digit number reads as a year. */
const YEAR_CONTEXT = /(?:\b(?:in|since|of|by|until|till|to|from|before|after|during|through|throughout|for|between|and|or|the|early|late|mid|around|about|circa|c\.|fiscal|year|FY|spring|summer|autumn|fall|winter)\s*-?|[(,–—-]\s*)$/i;
/** Identifiers written like numbers ("No. 1990", "PO Box 1990", "Flight 2014", the code point "U+2028"). */
export const IDENTIFIER_BEFORE = /(?:\bU\+|\b(?:no\.?|nos\.?|number|box|flight|route|room|suite|page|pp?\.|highway|resolution|section|article|chapter|model|code|ext\.?|tel\.?|phone|fax|apt\.?|unit|lot|#)\s*)$/i;
/** A measure or count after the number ("2000 km", "1500 troops"). */
export const MEASURE_AFTER = /^\s*(?:km|kms|m|kg|g|lb|lbs|ft|mi|mph|kph|km\/h|cc|mm|cm|hp|mw|kw|gw|t|tons?|tonnes?|metres?|meters?|miles?|feet|dollars?|euros?|pounds?|yen|percent|per\s*cent|points?|%)\b/i;
export const COUNT_NOUN_AFTER = /^\s+(?:[a-z]+s)\b(?!')/;
/** A number glued to an operator or a code sign is part of a code-like token, not a year: "U+2028"
 *  (a Unicode code point), "x=2019", "a+2019", "%2014", "2019+x". */
const CODE_BEFORE = /[+=\\^~*|<>&%_]$/;
const CODE_AFTER = /^[+=\\^~*|<>&%_]\w/;
/** What a year needs: four digits, "'98", an era. Chrono's ISO and year-month-day parsers need four
 *  digits too and are gated by this very RegExp (`KEPT_CHRONO_PARSERS`), so one test answers all three. */
export const YEAR_CUE = /\d{4}|['’]\d\d|\d\s?B\.?C|A\.?D\.?\s?\d/;

/**
 * Bare and qualified years: "2014", "in 2013", "the 2018 ethnic cleansing", "fiscal 1989", "FY1998",
 * "the year 2000", "'98", "490 BC", "AD 70", "the 1988 period" (the quarter the text reports on). Numbers that are
 * counts, identifiers or parts of code-like tokens ("U+2028") are not years.
 */
export class YearParser extends TimexPatternParser {
  protected trigger(): RegExp | null {
    return YEAR_CUE;
  }

  protected regex(): RegExp {
    return new RegExp(
      `${LEFT}(?:(?<bc>\\d{1,4})\\s?(?:BCE?|B\\.C\\.(?:E\\.)?)(?![\\w])|(?:AD|A\\.D\\.)\\s?(?<ad>\\d{1,4})|((?:the\\s+)?fiscal(?:\\s+year)?\\s+|FY\\s?|the\\s+year\\s+)?([12]\\d{3})|[’']([0-9]{2}))${RIGHT}(?!\\s*(?:[ap]\\.?m\\b|o'clock|hours?\\b|GMT|UTC))`,
      'i',
    );
  }

  protected read(match: RegExpMatchArray, context: ParsingContext): { spec: TimexSpec; text?: string; offset?: number } | null {
    const index = match.index ?? 0;
    const before = context.text.slice(Math.max(0, index - 24), index);
    const after = context.text.slice(index + match[0].length, index + match[0].length + 24);
    // Eras: "490 BC", "490 BCE", "AD 70": TIMEX3 writes BC0490 and 0070.
    const era = match.groups?.['bc'] ?? match.groups?.['ad'];
    if (era !== undefined) {
      const n = Number(era);
      if (n < 1) return null;
      return { spec: { kind: 'literal', type: 'DATE', value: match.groups?.['bc'] ? `BC${era.padStart(4, '0')}` : era.padStart(4, '0') } };
    }
    if (match[5]) {
      const short = Number(match[5]);
      if (!/\b(?:in|since|of|class|by|until|from)\s*$/i.test(before)) return null;
      return { spec: { kind: 'literal', type: 'DATE', value: String(short >= 30 ? 1900 + short : 2000 + short) } };
    }
    if (CODE_BEFORE.test(before) || CODE_AFTER.test(after)) return null;
    const year = Number(match[4]);
    const qualified = Boolean(match[3]);
    if (year < 1000 || year > 2099) return null;
    if (year % 10 === 0 && /^[’']s\b/.test(after)) return null; // "the 1990's" is a decade
    if (!qualified) {
      if (IDENTIFIER_BEFORE.test(before) || MEASURE_AFTER.test(after)) return null;
      const inYearContext = YEAR_CONTEXT.test(before);
      if (year < 1800 && !inYearContext) return null;
      if (!inYearContext && COUNT_NOUN_AFTER.test(after)) return null;
      // A number in a list of numbers ("170 2014 35") is not a year.
      if (/\d\s+$/.test(before) || /^\s+\d/.test(after)) return null;
    }
    // "the 1988 period", "the 1989 quarter": the quarter the text reports on, in that year.
    const periodNoun = /^\s+(?:period|quarter)\b/i.exec(after);
    const the = /\bthe\s+$/i.exec(before);
    if (!qualified && periodNoun && the) {
      return { spec: { kind: 'calendar', type: 'DATE', year, textPeriod: true }, text: the[0] + match[0] + periodNoun[0], offset: -the[0].length };
    }
    return { spec: { kind: 'literal', type: 'DATE', value: String(year) } };
  }
}
