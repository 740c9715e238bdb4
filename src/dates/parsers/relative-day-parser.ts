import type { ParsingContext } from 'chrono-node';
import { LEFT, TimexPatternParser } from './timex-pattern-parser.ts';
import type { PartOfDay, TimexSpec } from '../timex-spec.ts';
import { PARTS_OF_DAY } from '../english-lexicon.ts';

const DAY_SHIFT: Record<string, number> = { today: 0, tonight: 0, this: 0, yesterday: -1, last: -1, tomorrow: 1 };

/**
 * Days named from the reference: "today", "yesterday", "tomorrow", "tonight", "this morning",
 * "yesterday afternoon", "last night", "the day before yesterday", "the day after tomorrow", "overnight";
 * "the next morning", "the following evening" (the day after the last date in the text).
 */
export class RelativeDayParser extends TimexPatternParser {
  protected trigger(): RegExp | null {
    return /[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|[Oo]vernight|morning|afternoon|evening|night/;
  }

  protected regex(): RegExp {
    return new RegExp(
      `${LEFT}(?:the\\s+day\\s+(before\\s+yesterday|after\\s+tomorrow)|(today|tonight|yesterday|tomorrow|overnight)(?:\\s+(morning|afternoon|evening|night))?|(this|last)\\s+(morning|afternoon|evening|night)|the\\s+(?:next|following)\\s+(morning|afternoon|evening|night))(?![\\w])`,
      'i',
    );
  }

  protected read(match: RegExpMatchArray, context: ParsingContext): { spec: TimexSpec } | null {
    // "USA Today", "VOA Today": a title after an acronym, not the day.
    if (/^To/.test(match[0]) && /(?:^|[^\w])[A-Z]{2,6}\s+$/.test(context.text.slice(Math.max(0, (match.index ?? 0) - 8), match.index))) return null;
    if (match[1]) {
      return { spec: { kind: 'shift', type: 'DATE', unit: 'day', amount: /before/i.test(match[1]) ? -2 : 2, base: 'dct' } };
    }
    if (match[6]) {
      return { spec: { kind: 'shift', type: 'TIME', unit: 'day', amount: 1, base: 'text', partOfDay: PARTS_OF_DAY[match[6].toLowerCase()] as PartOfDay } };
    }
    const word = (match[2] ?? match[4] ?? '').toLowerCase();
    const partWord = (match[3] ?? match[5] ?? (word === 'tonight' || word === 'overnight' ? 'night' : '')).toLowerCase();
    const part = partWord ? (PARTS_OF_DAY[partWord] as PartOfDay) : undefined;
    // "last night" is the night before the reference day; "this morning" the reference day's.
    const amount = word === 'overnight' ? -1 : word === 'last' ? (partWord === 'night' ? -1 : 0) : (DAY_SHIFT[word] ?? 0);
    // "Overnight" is the night before the day the text speaks of ("closed lower Friday ... by overnight losses in New York").
    const spec: TimexSpec = { kind: 'shift', type: part ? 'TIME' : 'DATE', unit: 'day', amount, base: word === 'overnight' ? 'text' : 'dct' };
    if (part) spec.partOfDay = part;
    return { spec };
  }
}
