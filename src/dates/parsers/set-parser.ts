import type { ParsingContext } from 'chrono-node';
import { LEFT, TimexPatternParser } from './timex-pattern-parser.ts';
import type { TimexSpec } from '../timex-spec.ts';
import { durationValue, parseUnit } from '../english-lexicon.ts';

const ADVERBS: Record<string, string> = {
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', annually: 'P1Y', quarterly: 'P1Q', hourly: 'PT1H',
  nightly: 'XXXX-XX-XXTNI', biweekly: 'P2W', biannually: 'P6M', semiannually: 'P6M',
};

/** Recurrences: "daily", "annually", "every day", "each week", "every other month", "twice a year", "per year". */
export class SetParser extends TimexPatternParser {
  protected trigger(): RegExp | null {
    return /[Dd]aily|[Ww]eekly|[Mm]onthly|[Yy]early|[Hh]ourly|[Nn]ightly|[Bb]i|[Ss]emi|[Ee]very|[Ee]ach|[Oo]nce|[Tt]wice|times|per /;
  }

  protected regex(): RegExp {
    return new RegExp(
      `${LEFT}(?:(daily|weekly|monthly|yearly|hourly|nightly|biweekly|biannually|semiannually)` +
        `|(?:every|each)\\s+(other\\s+|(?:two|three|four|five|six|\\d+)\\s+)?(day|week|month|quarter|year|hour|minute|morning|night|evening|afternoon|weekend|summer|winter|spring|fall)s?` +
        `|(?:(?:once|twice|(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+times)\\s+)(?:a|an|per|each|every)\\s+(day|week|month|quarter|year|hour|minute)` +
        `|per\\s+(day|week|month|quarter|year|hour|annum))(?![\\w])`,
      'i',
    );
  }

  protected read(match: RegExpMatchArray, context: ParsingContext): { spec: TimexSpec; text?: string; offset?: number } | null {
    const index = match.index ?? 0;
    if (match[1]) {
      const word = match[1].toLowerCase();
      // "daily" / "weekly" as a noun ("the daily", "a weekly") is a newspaper.
      if (/\b(?:a|the)\s+$/i.test(context.text.slice(Math.max(0, index - 5), index)) && /^\s+[A-Z.,;]|^\s*$/.test(context.text.slice(index + match[0].length, index + match[0].length + 3))) return null;
      return { spec: { kind: 'literal', type: 'SET', value: ADVERBS[word] ?? 'P1D' } };
    }
    if (match[3]) {
      const word = match[3].toLowerCase();
      const parts: Record<string, string> = { morning: 'MO', night: 'NI', evening: 'EV', afternoon: 'AF' };
      const seasons: Record<string, string> = { summer: 'SU', winter: 'WI', spring: 'SP', fall: 'FA' };
      if (parts[word]) return { spec: { kind: 'literal', type: 'SET', value: `XXXX-XX-XXT${parts[word]}` } };
      if (seasons[word]) return { spec: { kind: 'literal', type: 'SET', value: `XXXX-${seasons[word]}` } };
      const every = match[2] ? (/other/i.test(match[2]) ? 2 : Number(match[2]) || ({ two: 2, three: 3, four: 4, five: 5, six: 6 } as Record<string, number>)[match[2].trim().toLowerCase()] || 1) : 1;
      return { spec: { kind: 'literal', type: 'SET', value: durationValue(parseUnit(word), every) } };
    }
    const unitWord = (match[4] ?? match[5] ?? '').toLowerCase();
    if (unitWord === 'annum') return { spec: { kind: 'literal', type: 'SET', value: 'P1Y' } };
    // "twice a year": TimeML marks "a year" only as the set; keep the frequency phrase out of the extent.
    const unitAt = match[0].search(/(?:a|an|per|each|every)\s+\w+$/i);
    return {
      spec: { kind: 'literal', type: 'SET', value: durationValue(parseUnit(unitWord), 1) },
      ...(match[4] ? { text: match[0].slice(unitAt), offset: unitAt } : {}),
    };
  }
}
