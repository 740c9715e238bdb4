/** The English words our parsers share: numbers, units, months, weekdays, seasons, parts of the day. */
import type { Direction, PartOfDay, Season, TimeUnit } from './timex-spec.ts';

const SMALL_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** Number words and vague quantities ("a few" -> null = X). */
const VAGUE = ['a few', 'a couple of', 'a couple', 'couple of', 'few', 'several', 'many', 'some', 'a number of', 'numerous'];
const words = [...Object.keys(SMALL_NUMBERS), ...Object.keys(TENS)].sort((a, b) => b.length - a.length);
const WORD_NUMBER = `(?:(?:${Object.keys(TENS).join('|')})(?:[- ](?:${Object.keys(SMALL_NUMBERS).slice(0, 9).join('|')}))?|${words.join('|')})(?:[- ](?:hundred|thousand))?`;
/** A count: digits (no thousands separators: "60,000" is not a count of years), a number word, "a"/"an", a vague quantity. */
export const COUNT_PATTERN = `(?:\\d{1,4}(?:\\.\\d+|\\s+1/2|\\s?½)?|(?:a|one)\\s+hundred|half\\s+an?|${WORD_NUMBER}|${VAGUE.join('|')}|an?|one)`;

/** The value of a count, null when vague. */
export function parseCount(raw: string): number | null {
  const text = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  const half = /^(\d+)\s?(?:1\/2|½)$/.exec(text);
  if (half) return Number(half[1]) + 0.5;
  if (/^(?:a|one) hundred$/.test(text)) return 100;
  if (/^half an?$/.test(text)) return 0.5;
  if (/^\d/.test(text)) return Number(text);
  if (text === 'a' || text === 'an') return 1;
  if (/couple/.test(text)) return 2;
  if (VAGUE.includes(text)) return null;
  let total = 0;
  for (const part of text.split(/[- ]/)) {
    if (part in SMALL_NUMBERS) total += SMALL_NUMBERS[part] ?? 0;
    else if (part in TENS) total += TENS[part] ?? 0;
    else if (part === 'hundred') total = (total || 1) * 100;
    else if (part === 'thousand') total = (total || 1) * 1000;
  }
  return total || null;
}

export const UNIT_WORDS: Record<string, TimeUnit> = {
  second: 'second', sec: 'second', minute: 'minute', min: 'minute', hour: 'hour', hr: 'hour',
  day: 'day', week: 'week', weekend: 'weekend', month: 'month', mo: 'month', quarter: 'quarter', year: 'year', yr: 'year',
  decade: 'decade', century: 'century', centurie: 'century', fortnight: 'week',
};
/** A unit word, singular or plural ("centuries"). */
export const UNIT_PATTERN = `(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|weekends?|fortnights?|months?|quarters?|years?|yrs?|decades?|century|centuries)`;

export function parseUnit(raw: string): TimeUnit {
  const w = raw.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  return UNIT_WORDS[w] ?? 'day';
}

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
/** Month names, abbreviations with an optional dot; "May"/"March" only capitalised (else a verb). */
export const MONTH_PATTERN = `(?:[Jj]anuary|[Ff]ebruary|March|April|May|[Jj]une|[Jj]uly|[Aa]ugust|[Ss]eptember|[Oo]ctober|[Nn]ovember|[Dd]ecember|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.)`;

export function parseMonth(raw: string): number {
  return MONTHS[raw.toLowerCase().replace(/\.$/, '')] ?? 1;
}

export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};
export const WEEKDAY_PATTERN = `(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\\.)`;

export function parseWeekday(raw: string): number {
  return WEEKDAYS[raw.toLowerCase().replace(/\.$/, '')] ?? 1;
}

export const SEASONS: Record<string, Season> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
export const SEASON_PATTERN = `(?:spring|summer|fall|autumn|winter)`;

export const PARTS_OF_DAY: Record<string, PartOfDay> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', tonight: 'NI', daytime: 'DT',
};
export const PART_OF_DAY_PATTERN = `(?:morning|afternoon|evening|night)`;

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, last: 4,
};

/** TIMEX3 duration value of an amount of a unit ("P3D", "PT4H", "PXY"). */
export function durationValue(unit: TimeUnit, amount: number | null): string {
  // TIMEX3 amounts are integers: "2 1/2 years" is P2Y6M, "a minute and a half" PT1M30S.
  if (amount !== null && !Number.isInteger(amount)) {
    const smaller: Partial<Record<TimeUnit, [TimeUnit, number]>> = { year: ['month', 12], month: ['day', 30], week: ['day', 7], day: ['hour', 24], hour: ['minute', 60], minute: ['second', 60] };
    const next = smaller[unit];
    if (next) {
      const whole = Math.floor(amount);
      const rest = durationValue(next[0], Math.round((amount - whole) * next[1]));
      if (whole === 0) return rest;
      const head = durationValue(unit, whole);
      // Join "P2Y" and "P6M", "PT1M" and "PT30S", "P1D" and "PT12H".
      return rest.startsWith('PT') && !head.startsWith('PT') ? `${head}${rest.slice(1)}` : `${head}${rest.replace(/^PT?/, '')}`;
    }
  }
  // TimeML writes decades and centuries in years: "two decades" is P20Y, "decades" PXY.
  if (unit === 'decade') return amount === null ? 'PXY' : `P${amount * 10}Y`;
  if (unit === 'century') return amount === null ? 'PXC' : `P${amount * 100}Y`;
  const n = amount === null ? 'X' : String(amount);
  switch (unit) {
    case 'second': return `PT${n}S`;
    case 'minute': return `PT${n}M`;
    case 'hour': return `PT${n}H`;
    case 'day': return `P${n}D`;
    case 'week': return `P${n}W`;
    case 'weekend': return `P${n}WE`;
    case 'month': return `P${n}M`;
    case 'quarter': return `P${n}Q`;
    case 'half': return `P${n}H`;
    case 'year': return `P${n}Y`;
  }
}

/** Which occurrence a determiner picks: "last"/"past" before, "next"/"coming" after, "this" the same, none: the tense decides. */
export function directionOf(determiner: string): Direction {
  if (determiner === 'last' || determiner === 'past') return 'past';
  if (determiner === 'next' || determiner === 'coming') return 'future';
  if (determiner === 'this') return 'same';
  return 'tense';
}
