import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { replaceSpec, specOf } from '../timex-spec.ts';

/** What joins two dates of one phrase: "April and June 1955", "from April to September 1957", "August/September 1956". */
const JOINED = /^\s*(?:and|or|to|through|until|till|[-–/])\s*$/;

/**
 * A month written without its year takes the year of the month it is joined to: "In April and
 * June 1955" is April 1955, whatever the reference date.
 */
export class ConjoinedYearRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (let i = 0; i + 1 < results.length; i++) {
      const current = results[i]!;
      const next = results[i + 1]!;
      const spec = specOf(current);
      const nextSpec = specOf(next);
      if (spec?.kind !== 'calendar' || spec.month === undefined || spec.year !== undefined || spec.yearShift !== undefined || spec.day !== undefined) continue;
      if (nextSpec?.kind !== 'calendar' || nextSpec.month === undefined || nextSpec.year === undefined || nextSpec.day !== undefined) continue;
      if (!JOINED.test(context.text.slice(current.index + current.text.length, next.index))) continue;
      const { direction: _direction, ...rest } = spec;
      replaceSpec(current, { ...rest, year: nextSpec.year });
    }
    return results;
  }
}
