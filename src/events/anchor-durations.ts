import { DateTime, Duration } from 'luxon';
import type { DateMention, Granularity, ResolvedDate } from '../types.ts';

/**
 * A span of time counted back from a reference date dates the start of a state of affairs:
 * "after only three days since Turkey invaded" in a report of 12 October 2019 puts the
 * invasion on 9 October; "has committed war crimes in just 10 days" in a post of 30 January
 * 2018 says the war crimes run since 20 January. The statement holds *since* that day.
 */
const BEFORE_PERIOD = /\b(?:after|in|within|inside)\s+(?:(?:only|just|barely|less than|more than|nearly|almost|about|some)\s+)*$/iu;
const AFTER_PERIOD = /^\s+(?:since|after)\b/iu;
const PERFECT = /\b(?:has|have|had|'s|’s)\s+(?:(?:\p{L}+ly|already|just|now|also|still|since|never|ever|recently)\s+)*(?:been\s+)?\p{L}+(?:ed|en|un|wn|ne|t)\b/iu;

export interface PeriodStart {
  date: ResolvedDate;
}

function granularityOf(duration: Duration): Granularity {
  if (duration.years || duration.months) return duration.years ? 'year' : 'month';
  return 'day';
}

/**
 * The day a period expression counts back to from `reference` (YYYY-MM-DD), or null when the
 * mention is no such expression. `sentence` is the statement's text, `offset` the mention's
 * offset inside it.
 */
export function periodStart(sentence: string, offset: number, mention: DateMention, reference: string): PeriodStart | null {
  if (mention.type !== 'DURATION' || !/^P[\dT]/.test(mention.value) || /X/.test(mention.value)) return null;
  const before = sentence.slice(0, offset);
  const after = sentence.slice(offset + mention.text.length);
  const counted = BEFORE_PERIOD.test(before) && (AFTER_PERIOD.test(after) || PERFECT.test(sentence));
  if (!counted) return null;
  const duration = Duration.fromISO(mention.value);
  if (!duration.isValid) return null;
  const ref = DateTime.fromISO(reference, { zone: 'UTC' });
  if (!ref.isValid) return null;
  const granularity = granularityOf(duration);
  const start = ref.minus(duration);
  const value = granularity === 'year' ? start.toFormat('yyyy') : granularity === 'month' ? start.toFormat('yyyy-MM') : start.toFormat('yyyy-MM-dd');
  const whole = granularity === 'year' ? [start.startOf('year'), start.endOf('year')] : granularity === 'month' ? [start.startOf('month'), start.endOf('month')] : [start, start];
  return { date: { value, start: whole[0]!.toFormat('yyyy-MM-dd'), end: whole[1]!.toFormat('yyyy-MM-dd'), granularity } };
}
