import type { ParsingContext } from 'chrono-node';
import { LEFT, TimexPatternParser } from './timex-pattern-parser.ts';
import type { TimexSpec } from '../timex-spec.ts';

/** Named times of day: "noon", "midnight", "midday", "in the morning" of the reference day ("the morning");
 *  not "high noon" (an idiom, and a film). */
export class PartOfDayParser extends TimexPatternParser {
  protected trigger(): RegExp | null {
    return /[Nn]oon|[Mm]idday|[Mm]idnight|[Mm]id[- ]?(?:afternoon|morning)|the (?:morning|afternoon|evening)/;
  }

  protected regex(): RegExp {
    // "the morning" only after a preposition of time ("orders in the morning"), not as a noun ("the morning papers").
    return new RegExp(`${LEFT}(noon|midday|midnight|mid[- ]?afternoon|mid[- ]?morning|(?<=\\b(?:in|during|by|until|through|throughout)\\s+)the\\s+(?:morning|afternoon|evening)(?!\\s+(?:of|after|before)\\b))(?![\\w'’-])`, 'i');
  }

  protected read(match: RegExpMatchArray, context: ParsingContext): { spec: TimexSpec } | null {
    const word = match[0].toLowerCase();
    if (word === 'noon' && /\bhigh\s+$/i.test(context.text.slice(Math.max(0, (match.index ?? 0) - 6), match.index))) return null;
    if (word === 'midnight') return { spec: { kind: 'calendar', type: 'TIME', hour: 24, minute: 0 } };
    if (/evening/.test(word)) return { spec: { kind: 'calendar', type: 'TIME', partOfDay: 'EV' } };
    if (/afternoon/.test(word)) return { spec: { kind: 'calendar', type: 'TIME', partOfDay: 'AF' } };
    if (/morning/.test(word)) return { spec: { kind: 'calendar', type: 'TIME', partOfDay: 'MO' } };
    return { spec: { kind: 'calendar', type: 'TIME', hour: 12, minute: 0 } };
  }
}
