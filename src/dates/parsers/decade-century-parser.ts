import type { ParsingContext } from 'chrono-node';
import { LEFT, TimexPatternParser } from './timex-pattern-parser.ts';
import type { TimexSpec } from '../timex-spec.ts';
import { ORDINALS } from '../english-lexicon.ts';

const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };

/** Decades and centuries: "the 1990s", "the '90s", "the nineties", "the 20th century", "the nineteenth century". */
export class DecadeCenturyParser extends TimexPatternParser {
  protected trigger(): RegExp | null {
    return /\d0['’]?s|ties|entury/;
  }

  protected regex(): RegExp {
    const ordinal = `(\\d{1,2})(?:st|nd|rd|th)|(${Object.keys(ORDINALS).filter((w) => /^[a-z]+$/.test(w) && w !== 'last').join('|')}|twenty-first|twenty-second)`;
    return new RegExp(
      `${LEFT}(?:the\\s+)?(?:([12]\\d{2})0[’']?s|[’']([0-9])0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|(?:${ordinal})[\\s-]+century)(?![\\w])`,
      'i',
    );
  }

  protected read(match: RegExpMatchArray, context: ParsingContext): { spec: TimexSpec } | null {
    if (match[1]) return { spec: { kind: 'literal', type: 'DATE', value: match[1] } };
    if (match[2]) return { spec: { kind: 'literal', type: 'DATE', value: `19${match[2]}` } };
    if (match[3]) {
      // "the sixties" is a decade only with its article ("in their sixties" is an age).
      if (!/^the\s/i.test(match[0]) || /\b(?:their|his|her|its|my|our|your|mid|late|early)\s*-?\s*$/i.test(context.text.slice(0, match.index))) return null;
      return { spec: { kind: 'literal', type: 'DATE', value: `19${DECADE_WORDS[match[3].toLowerCase()] ?? 0}` } };
    }
    const ordinal = match[4] ? Number(match[4]) : (ORDINALS[(match[5] ?? '').toLowerCase()] ?? (/first/i.test(match[5] ?? '') ? 21 : 22));
    if (!ordinal || ordinal > 21) return null;
    return { spec: { kind: 'literal', type: 'DATE', value: String(ordinal - 1).padStart(2, '0') } };
  }
}
