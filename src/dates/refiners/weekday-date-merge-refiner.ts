import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { specOf } from '../timex-spec.ts';
import { mergeIntoNext } from './merge-into-next.ts';

/** "Saturday, December 14, 2024", "Wednesday Oct. 13": a weekday before a full day is one mention, the day's. */
export class WeekdayDateMergeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return mergeIntoNext(context, results, (current, next, gap) => {
      const spec = specOf(current);
      const nextSpec = specOf(next);
      return spec?.kind === 'calendar' && !!spec.weekday && !spec.partOfDay && nextSpec?.kind === 'calendar' && nextSpec.day !== undefined && /^\s*,?\s*(?:the\s+)?$/.test(gap);
    });
  }
}
