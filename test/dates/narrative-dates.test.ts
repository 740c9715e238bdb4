import { describe, expect, it } from 'vitest';
import { paragraphSpans, tagDates } from '../../src/dates/index.ts';
import type { DateMention, ResolutionMode } from '../../src/types.ts';

function tag(text: string, dct: string | null, mode: ResolutionMode): DateMention[] {
  return tagDates(text, paragraphSpans(text), { dct, mode });
}

/** One case per narrative rule (bench/README.md, issue 13): [rule, text, mode, expression, value]. */
const RULES: Array<[string, string, ResolutionMode, string, string]> = [
  ['a month takes the year of the text date, before or after its month', 'Italy entered the war in June 1940. In April, Germany had invaded Norway.', 'narrative', 'April', '1940-04'],
  ['a day of the month takes the month of the text date', 'The siege ended on 28 May 1942. It had begun on the 3rd.', 'narrative', 'the 3rd', '1942-05-03'],
  ['a year before the common era', 'The first campaign, in 492 BC, failed.', 'narrative', '492 BC', 'BC0492'],
  ['a year of the common era', 'Jerusalem fell in AD 70.', 'narrative', 'AD 70', '0070'],
  ['a decade before the common era', 'In the 460s BC, Athens rose.', 'narrative', 'the 460s BC', 'BC046'],
  ['a century before the common era', 'During the 4th century BC, Sparta declined.', 'narrative', 'the 4th century BC', 'BC03'],
  ['centuries and decades of the common era', 'In the late 18th century the town grew; by the 1920s it was a city.', 'news', 'the late 18th century', '17'],
  ['BC years count down as the story moves on', 'The first campaign, in 492 BC, failed. The following year, Darius sent envoys.', 'narrative', 'The following year', 'BC0491'],
  ['and up when it looks back', 'Marathon was fought in 490 BC. Two years earlier, Mardonius had failed.', 'narrative', 'Two years earlier', 'BC0492'],
  ['a year range is two years', 'The Diem era, 1955-1963, ended in a coup.', 'news', '1963', '1963'],
  ['a range may write its second year with two digits', 'During the Indochina War (1947-54), officers learned.', 'news', '54', '1954'],
  ['a range inside a longer expression leaves it whole', 'In the winter of 1863-64, the army camped.', 'news', 'the winter of 1863', '1863-WI'],
  ['a BC range counts down', 'The Ionian Revolt (499-493 BC) failed.', 'news', '499', 'BC0499'],
  ['a BC range written out', 'The revolt lasted from 499 to 493 BC.', 'news', '499', 'BC0499'],
  ['a date in a parenthesis does not move the story', 'The raid came on 2 August 1964 (a report declassified in 2005 doubted it). On 4 August, a second attack was reported.', 'narrative', '4 August', '1964-08-04'],
  ['nor one in a quotation', 'In June 1968 Nixon said: "we will withdraw by 1970." In July, troops left.', 'narrative', 'July', '1968-07'],
  ['a date after "since" starts a state, it does not move the story', 'In 1944 the front held; the city had been occupied since 1941. The following year, it was freed.', 'narrative', 'The following year', '1945'],
  ['a month joined to a month with a year takes that year', 'The war began in 1954. In April and June 1955, Diem attacked the sects.', 'narrative', 'April', '1955-04'],
  ['in news too', 'Fighting raged from April to September 1957, officials said on Monday.', 'news', 'April', '1957-04'],
  ['a range of days is two dates (first)', 'In 1915 the battle was fought on April 13-15.', 'narrative', 'April 13', '1915-04-13'],
  ['a range of days is two dates (second)', 'In 1915 the battle was fought on April 13-15.', 'narrative', '15', '1915-04-15'],
  ['a range of days before its month', 'In 1920 Kolchak was shot on 6-7 February.', 'narrative', '7 February', '1920-02-07'],
  ['a decade is no text date for a month', 'The war of 1955 echoed one of two decades earlier. In March, troops landed.', 'narrative', 'March', '1955-03'],
];

describe('narrative rules', () => {
  it.each(RULES)('%s', (_rule, text, mode, expression, value) => {
    const mention = tag(text, '2009-12-19', mode).find((m) => m.text === expression);
    expect(mention, `"${expression}" not tagged in: ${text}`).toBeDefined();
    expect(mention?.value).toBe(value);
  });
});

/** Dashes between numbers that are not year ranges. */
const NOT_RANGES: string[] = ['See pp. 1200-1250 of the report.', 'They sent 1500-1600 troops.', 'The score was 1861-1865 points.'];

describe('year ranges: not every dash', () => {
  it.each(NOT_RANGES)('%s', (text) => {
    expect(tag(text, '2009-12-19', 'news').filter((m) => m.type === 'DATE')).toEqual([]);
  });
});

/** Weekdays follow the clause's tense in both modes: [text, DCT, mode, expected value of the weekday]. */
const WEEKDAYS: Array<[string, string, ResolutionMode, string, string]> = [
  // From TimeBank: a past clause takes the day just past (or the DCT's own day), a future one the next.
  ['Peter Costello and Daryl Williams all voted to support the republic Friday.', '1998-02-13', 'news', 'Friday', '1998-02-13'],
  ['King Hussein met Saddam Monday.', '1990-08-09', 'news', 'Monday', '1990-08-06'],
  ['The monarch will meet Bush on Thursday in Kennebunkport.', '1990-08-06', 'news', 'Thursday', '1990-08-09'],
  // A narrative tells its story onwards in the simple past and looks back in the past perfect.
  ['Germany invaded Poland on 1 September 1939. On Sunday, Britain declared war.', '2009-12-19', 'narrative', 'Sunday', '1939-09-03'],
  ['Britain declared war on 3 September 1939. On Friday, German troops had crossed the border.', '2009-12-19', 'narrative', 'Friday', '1939-09-01'],
  ['Britain declared war on 3 September 1939; France was to follow on Monday.', '2009-12-19', 'narrative', 'Monday', '1939-09-04'],
];

describe('weekdays follow tense', () => {
  it.each(WEEKDAYS)('%s', (text, dct, mode, expression, value) => {
    expect(tag(text, dct, mode).find((m) => m.text === expression)?.value).toBe(value);
  });
});
