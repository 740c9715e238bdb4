import type { ParsingContext } from 'chrono-node';
import { LEFT, TimexPatternParser } from './timex-pattern-parser.ts';
import type { TimexSpec } from '../timex-spec.ts';
import { ORDINALS } from '../english-lexicon.ts';

const ERA_AFTER = /^\s?(?:BCE?|B\.C\.(?:E\.)?)(?![\w])/;
const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };

/** Decades and centuries: "the 1990s", "the '90s", "the nineties", "the 20th century", "the nineteenth century",
 *  "the 460s BC", "the 4th century BC". */
export class DecadeCenturyParser extends TimexPatternParser {
  protected trigger(): RegExp | null {
    return /\d0['’]?s|ties|entury/;
  }

  protected regex(): RegExp {
    const ordinal = `(\\d{1,2})(?:st|nd|rd|th)|(${Object.keys(ORDINALS).filter((w) => /^[a-z]+$/.test(w) && w !== 'last').join('|')}|twenty-first|twenty-second)`;
    return new RegExp(
      `${LEFT}(?:the\\s+)?(?:([12]\\d{2})0[’']?s|[’']([0-9])0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|(?:${ordinal})[\\s-]+century|(\\d{1,2})0[’']?s(?=\\s?(?:BCE?|B\\.C\\.)))(?![\\w])`,
      'i',
    );
  }

  protected read(match: RegExpMatchArray, context: ParsingContext): { spec: TimexSpec; text?: string } | null {
    // Before the common era: "the 460s BC" (BC046), "the 4th century BC" (BC03).
    const era = ERA_AFTER.exec(context.text.slice((match.index ?? 0) + match[0].length));
    if (era) {
      const bc = this.bcValue(match);
      return bc ? { spec: { kind: 'literal', type: 'DATE', value: bc }, text: match[0] + era[0] } : null;
    }
    if (match[1]) return { spec: { kind: 'literal', type: 'DATE', value: match[1] } };
    if (match[2]) return { spec: { kind: 'literal', type: 'DATE', value: `19${match[2]}` } };
    if (match[3]) {
      // "the sixties" is a decade only with its article ("in their sixties" is an age).
      if (!/^the\s/i.test(match[0]) || /\b(?:their|his|her|its|my|our|your|mid|late|early)\s*-?\s*$/i.test(context.text.slice(Math.max(0, (match.index ?? 0) - 40), match.index))) return null;
      return { spec: { kind: 'literal', type: 'DATE', value: `19${DECADE_WORDS[match[3].toLowerCase()] ?? 0}` } };
    }
    const ordinal = this.ordinalOf(match);
    if (!ordinal || ordinal > 21) return null;
    return { spec: { kind: 'literal', type: 'DATE', value: String(ordinal - 1).padStart(2, '0') } };
  }

  private ordinalOf(match: RegExpMatchArray): number | undefined {
    return match[4] ? Number(match[4]) : (ORDINALS[(match[5] ?? '').toLowerCase()] ?? (/first/i.test(match[5] ?? '') ? 21 : 22));
  }

  private bcValue(match: RegExpMatchArray): string | null {
    if (match[6]) return `BC${match[6].padStart(3, '0')}`;
    if (match[1]) return `BC${match[1]}`;
    if (match[2] || match[3]) return null;
    const ordinal = this.ordinalOf(match);
    return ordinal && ordinal <= 99 ? `BC${String(ordinal - 1).padStart(2, '0')}` : null;
  }
}
