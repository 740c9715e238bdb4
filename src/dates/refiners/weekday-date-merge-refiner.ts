import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { specOf } from '../timex-spec.ts';

/** "Saturday, December 14, 2024", "Wednesday Oct. 13": a weekday before a full day is one mention, the day's. */
export class WeekdayDateMergeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const current = results[i]!;
      const next = results[i + 1];
      const spec = specOf(current);
      const nextSpec = next ? specOf(next) : null;
      if (next && spec?.kind === 'calendar' && spec.weekday && !spec.partOfDay && nextSpec?.kind === 'calendar' && nextSpec.day !== undefined) {
        const gap = context.text.slice(current.index + current.text.length, next.index);
        if (/^\s*,?\s*(?:the\s+)?$/.test(gap)) {
          next.text = context.text.slice(current.index, next.index + next.text.length);
          next.index = current.index;
          continue;
        }
      }
      out.push(current);
    }
    return out;
  }
}
