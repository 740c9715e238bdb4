import type { ParsingContext } from 'chrono-node';
import { LEFT, TimexPatternParser } from './timex-pattern-parser.ts';
import type { TimexSpec } from '../timex-spec.ts';
import { COUNT_PATTERN, UNIT_PATTERN, durationValue, parseCount, parseUnit } from '../english-lexicon.ts';

/**
 * An amount of time counted from a reference (a vague amount, "months ago", stays a duration PXM): "two years ago", "three days later", "a year earlier", "a week or so ago",
 * "months ago", "the day before", "two days after" (at the end of a clause: followed by a noun phrase,
 * "two days after the attack" counts from an event, and only "two days" is a duration).
 * "ago" counts from the publication date; "later", "earlier", "before", "after" from the last date in the text.
 */
export class OffsetParser extends TimexPatternParser {
  protected trigger(): RegExp | null {
    return /ago\b|earlier|later|before|after|hence|from now|previously|back\b/;
  }

  protected regex(): RegExp {
    return new RegExp(
      `${LEFT}(?:(?:(?:about|almost|nearly|some|more\\s+than|less\\s+than|over|only|just)\\s+)?(${COUNT_PATTERN})[\\s-]+(?:and\\s+a\\s+half\\s+)?|(the\\s+))?(${UNIT_PATTERN})\\s+(?:or\\s+so\\s+)?(ago|earlier|later|before|after|hence|from\\s+now|previously|back)(?![\\w])`,
      'i',
    );
  }

  protected read(match: RegExpMatchArray, context: ParsingContext): { spec: TimexSpec } | null {
    const countWord = match[1];
    const the = Boolean(match[2]);
    const unitWord = match[3] ?? '';
    const direction = (match[4] ?? '').toLowerCase();
    if (!countWord && !the && !/s$/i.test(unitWord)) return null; // "year earlier" without a count is the adjective rule's
    if (the && /s$/i.test(unitWord)) return null;
    const after = context.text.slice((match.index ?? 0) + match[0].length);
    if ((direction === 'before' || direction === 'after') && !/^\s*(?:[,.;:!?)"”]|$|and\b|when\b|that\b)/.test(after)) return null;
    if (direction === 'back' && !/^\s*(?:[,.;:!?)"”]|$|when\b|in\b)/.test(after)) return null;
    let amount = countWord ? parseCount(countWord) : the ? 1 : null;
    // A vague amount ("a few years ago", "months later") only says past or future.
    if (amount === null) return { spec: { kind: 'literal', type: 'DURATION', value: durationValue(parseUnit(unitWord), null) } };
    if (countWord && /and\s+a\s+half/i.test(match[0]) && amount !== null) amount += 0.5;
    const unit = parseUnit(unitWord);
    const sign = /ago|earlier|before|previously|back/.test(direction) ? -1 : 1;
    const base = direction === 'ago' || direction === 'back' || direction === 'hence' || /from/.test(direction) ? 'dct' : 'text';
    const spec: TimexSpec = {
      kind: 'shift', type: unit === 'hour' || unit === 'minute' || unit === 'second' ? 'TIME' : 'DATE', unit,
      amount: amount === null ? null : sign * amount, base,
    };
    if (sign < 0 && amount === 1 && unit === 'year') spec.comparison = true;
    return { spec };
  }
}
