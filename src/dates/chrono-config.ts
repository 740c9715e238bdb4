/**
 * The one chrono configuration of the date tagger, its stages in explicit order.
 * Chrono's casual English configuration is cloned; we keep its parsers for absolute calendar dates
 * and clock times, and replace everything that reads relative or vague expressions with our own
 * parsers, which record what they understood as a TIMEX spec instead of resolving it against
 * chrono's reference date (we resolve later, against the DCT or the text, never today's date).
 */
import * as chrono from 'chrono-node';
import { YearParser } from './parsers/year-parser.ts';
import { DecadeCenturyParser } from './parsers/decade-century-parser.ts';
import { QuarterHalfParser } from './parsers/quarter-half-parser.ts';
import { SeasonParser } from './parsers/season-parser.ts';
import { MonthParser } from './parsers/month-parser.ts';
import { WeekdayParser } from './parsers/weekday-parser.ts';
import { RelativeDayParser } from './parsers/relative-day-parser.ts';
import { RelativeUnitParser } from './parsers/relative-unit-parser.ts';
import { OffsetParser } from './parsers/offset-parser.ts';
import { DurationParser } from './parsers/duration-parser.ts';
import { ReferenceWordParser } from './parsers/reference-word-parser.ts';
import { SetParser } from './parsers/set-parser.ts';
import { PartOfDayParser } from './parsers/part-of-day-parser.ts';
import { HolidayParser } from './parsers/holiday-parser.ts';
import { SpelledYearParser } from './parsers/spelled-year-parser.ts';
import { ClockPhraseParser } from './parsers/clock-phrase-parser.ts';
import { DayOfMonthParser } from './parsers/day-of-month-parser.ts';
import { ChronoResultSpecRefiner } from './refiners/chrono-result-spec-refiner.ts';
import { YearRangeRefiner } from './refiners/year-range-refiner.ts';
import { ConjoinedYearRefiner } from './refiners/conjoined-year-refiner.ts';
import { ConjoinedDayRefiner } from './refiners/conjoined-day-refiner.ts';
import { WeekdayDateMergeRefiner } from './refiners/weekday-date-merge-refiner.ts';
import { DateTimeMergeRefiner } from './refiners/date-time-merge-refiner.ts';
import { PeriodModifierRefiner } from './refiners/period-modifier-refiner.ts';
import { QuantityModifierRefiner } from './refiners/quantity-modifier-refiner.ts';
import { QuotedTitleRefiner } from './refiners/quoted-title-refiner.ts';
import { OverlapPreferenceRefiner } from './refiners/overlap-preference-refiner.ts';
import { gateChronoParser } from './date-cue-filter.ts';
import { keepChronoParsers } from './keep-chrono-parsers.ts';

export function createDateTagger(): chrono.Chrono {
  const engine = chrono.casual.clone();
  // Chrono's parsers of fully written dates and clock times, known by identity (./keep-chrono-parsers.ts).
  engine.parsers = keepChronoParsers(engine.parsers).map(gateChronoParser);
  engine.parsers.push(
    new YearParser(),
    new SpelledYearParser(),
    new DecadeCenturyParser(),
    new QuarterHalfParser(),
    new SeasonParser(),
    new MonthParser(),
    new WeekdayParser(),
    new RelativeDayParser(),
    new RelativeUnitParser(),
    new OffsetParser(),
    new DurationParser(),
    new ReferenceWordParser(),
    new SetParser(),
    new PartOfDayParser(),
    new HolidayParser(),
    new ClockPhraseParser(),
    new DayOfMonthParser(),
  );
  // Chrono's own refiners assume its relative parsers and drop bare years ("2014"): none is kept.
  // Overlaps between parsers are removed first (longest match wins), as chrono would, and again at the end.
  engine.refiners = [
    new OverlapPreferenceRefiner(),
    new ChronoResultSpecRefiner(),
    new YearRangeRefiner(),
    new ConjoinedDayRefiner(),
    new ConjoinedYearRefiner(),
    new WeekdayDateMergeRefiner(),
    new DateTimeMergeRefiner(),
    new PeriodModifierRefiner(),
    new QuantityModifierRefiner(),
    new OverlapPreferenceRefiner(),
    new QuotedTitleRefiner(),
  ];
  return engine;
}
