import { LEFT, TimexPatternParser } from './timex-pattern-parser.ts';
import type { TimexSpec } from '../timex-spec.ts';
import { parseCount } from '../english-lexicon.ts';

const HOUR = `(?:1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const MERIDIEM = `(?:\\s*([ap])\\.?\\s?m\\b\\.?|\\s+in\\s+the\\s+(morning|afternoon|evening|night)|\\s+(tonight|at\\s+night))?`;

/**
 * Clock times written as words, which chrono does not read: "4 in the morning", "seven o'clock",
 * "half past eight", "a quarter to nine p.m.", "ten minutes past six".
 */
export class ClockPhraseParser extends TimexPatternParser {
  protected trigger(): RegExp | null {
    return /o['’]clock|in the (?:morning|afternoon|evening|night)|(?:half|quarter|minutes?|five|ten|twenty|\d) (?:past|after|to|before) /;
  }

  protected regex(): RegExp {
    return new RegExp(
      `${LEFT}(?:(half|(?:a\\s+)?quarter|\\d{1,2}|five|ten|twenty|twenty-five)(?:\\s+minutes?)?\\s+(past|after|to|before)\\s+(${HOUR})(?:\\s+o['’]clock)?` +
        `|(${HOUR})(?:\\s+(o['’]clock)|(?=\\s+in\\s+the\\s+(?:morning|afternoon|evening|night))))${MERIDIEM}(?![\\w])`,
      'i',
    );
  }

  protected read(match: RegExpMatchArray): { spec: TimexSpec } | null {
    const [, amountWord, relation, hourWord1, hourWord2, , ampm, part, night] = match;
    let hour = hourOf(hourWord1 ?? hourWord2 ?? '');
    if (hour === null) return null;
    let minute = 0;
    if (amountWord) {
      const w = amountWord.toLowerCase();
      const minutes = w === 'half' ? 30 : /quarter/.test(w) ? 15 : (parseCount(w) ?? 0);
      if (minutes <= 0 || minutes >= 60) return null;
      if (/to|before/i.test(relation ?? '')) {
        hour = (hour + 11) % 12 || 12;
        minute = 60 - minutes;
      } else minute = minutes;
    }
    const afternoon = (ampm ?? '').toLowerCase() === 'p' || /afternoon|evening/i.test(part ?? '') || ((/night/i.test(part ?? '') || night) && hour >= 5);
    if (afternoon && hour < 12) hour += 12;
    if ((ampm ?? '').toLowerCase() === 'a' && hour === 12) hour = 0;
    return { spec: { kind: 'calendar', type: 'TIME', hour, minute } };
  }
}

function hourOf(raw: string): number | null {
  const n = /^\d/.test(raw) ? Number(raw) : parseCount(raw);
  return n !== null && n >= 1 && n <= 12 ? n : null;
}
