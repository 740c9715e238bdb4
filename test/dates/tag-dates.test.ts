import { describe, expect, it } from 'vitest';
import { tagDates, paragraphSpans, dateInterval, chooseMode } from '../../src/dates/index.ts';
import type { DateMention, ResolutionMode } from '../../src/types.ts';

function tag(text: string, dct: string | null, mode: ResolutionMode = 'news'): DateMention[] {
  return tagDates(text, paragraphSpans(text), { dct, mode });
}

function find(mentions: DateMention[], text: string): DateMention | undefined {
  return mentions.find((m) => m.text === text);
}

const RUSSIA = 'These scenes may explain the reason behind the direct and strongly worded statement from the Russian Defense Ministry, on Wednesday, one day before an upcoming meeting between Putin and Erdogan, on Thursday.';

/** [sentence, DCT, mode, expression as tagged, expected type, expected value, expected anchor] */
const RESOLVED: Array<[string, string | null, ResolutionMode, string, string, string, string]> = [
  [RUSSIA, '2020-03-04', 'news', 'Wednesday', 'DATE', '2020-03-04', 'dct'],
  [RUSSIA, '2020-03-04', 'news', 'Thursday', 'DATE', '2020-03-05', 'dct'],
  ['Last November, the US Treasury said that it would act.', '2020-03-04', 'news', 'Last November', 'DATE', '2019-11', 'dct'],
  ['The meeting is due to take place on Thursday.', '2020-03-04', 'news', 'Thursday', 'DATE', '2020-03-05', 'dct'],
  ['Officials met on Monday.', '2020-03-04', 'news', 'Monday', 'DATE', '2020-03-02', 'dct'],
  ['He left yesterday.', '2020-03-04', 'news', 'yesterday', 'DATE', '2020-03-03', 'dct'],
  ['It began two years ago.', '2020-03-04', 'news', 'two years ago', 'DATE', '2018', 'dct'],
  ['Troops arrived in 2014.', '2020-03-04', 'news', '2014', 'DATE', '2014', 'absolute'],
  ['Unicode added U+2028 in 1999.', '2020-03-04', 'news', '1999', 'DATE', '1999', 'absolute'],
  ['It started in January 2014.', '2020-03-04', 'news', 'January 2014', 'DATE', '2014-01', 'absolute'],
  ['the 2018 ethnic cleansing', '2020-03-04', 'news', '2018', 'DATE', '2018', 'absolute'],
  ['It was quiet in 2013.', null, 'news', '2013', 'DATE', '2013', 'absolute'],
  ['Disrupting Power Since 2015', '2020-03-04', 'news', '2015', 'DATE', '2015', 'absolute'],
  ['— pyd rojava (@PYD_Rojava) October 13, 2019', null, 'news', 'October 13, 2019', 'DATE', '2019-10-13', 'absolute'],
  ['— someone (@someone) January 30, 2018', null, 'news', 'January 30, 2018', 'DATE', '2018-01-30', 'absolute'],
  ['posted August 22, 2019', null, 'news', 'August 22, 2019', 'DATE', '2019-08-22', 'absolute'],
  ['on 13 October 2019 they crossed', null, 'news', '13 October 2019', 'DATE', '2019-10-13', 'absolute'],
  ['Saturday, December 14, 2024', null, 'news', 'Saturday, December 14, 2024', 'DATE', '2024-12-14', 'absolute'],
  ['They took the town in just 10 days.', '2020-03-04', 'news', '10 days', 'DURATION', 'P10D', 'absolute'],
  ['after only three days since Turkey invaded', '2020-03-04', 'news', 'three days', 'DURATION', 'P3D', 'absolute'],
  ['Prices rose recently.', '2020-03-04', 'news', 'recently', 'DATE', 'PAST_REF', 'absolute'],
  ['The city is now quiet.', '2020-03-04', 'news', 'now', 'DATE', 'PRESENT_REF', 'absolute'],
  ['It took years.', '2020-03-04', 'news', 'years', 'DURATION', 'PXY', 'absolute'],
  ['The war began in 1939. In March, the front was quiet.', '2020-03-04', 'narrative', 'March', 'DATE', '1939-03', 'text'],
  ['The talks opened on 13 October 2019. Three days later, they failed.', '2020-03-04', 'news', 'Three days later', 'DATE', '2019-10-16', 'text'],
  ['The talks opened on 13 October 2019.\n\nThe army moved in two days after.', '2020-03-04', 'news', 'two days after', 'DATE', '2019-10-15', 'text'],
  ['Sales rose in the third quarter of 2019.', null, 'news', 'the third quarter of 2019', 'DATE', '2019-Q3', 'absolute'],
  ['Prices fell in the 1990s.', null, 'news', 'the 1990s', 'DATE', '199', 'absolute'],
  ['Prices fell in mid-2014.', null, 'news', 'mid-2014', 'DATE', '2014', 'absolute'],
  ['Prices fell in early October.', '2020-11-02', 'news', 'early October', 'DATE', '2020-10', 'dct'],
  ['We met last summer.', '2020-11-02', 'news', 'last summer', 'DATE', '2020-SU', 'dct'],
  ['We met last week.', '2020-03-04', 'news', 'last week', 'DATE', '2020-W09', 'dct'],
  ['The paper comes out daily.', '2020-03-04', 'news', 'daily', 'SET', 'P1D', 'absolute'],
  ['The paper comes out every Tuesday.', '2020-03-04', 'news', 'every Tuesday', 'SET', 'XXXX-WXX-2', 'absolute'],
  ['Sales rose over the past three years.', '2020-03-04', 'news', 'the past three years', 'DURATION', 'P3Y', 'absolute'],
  ['Earnings rose in fiscal 1998.', null, 'news', 'fiscal 1998', 'DATE', '1998', 'absolute'],
  // Financial comparisons count from the quarter the text speaks of.
  ['Profit rose in the third quarter. A year earlier, it was $3.', '1989-11-02', 'news', 'A year earlier', 'DATE', '1988-Q3', 'text'],
  ['Profit rose in the third quarter, up from the year-ago period.', '1989-11-02', 'news', 'the year-ago period', 'DATE', '1988-Q3', 'text'],
  ['Net income fell in the latest quarter.', '1989-11-02', 'news', 'the latest quarter', 'DATE', '1989-Q3', 'dct'],
  ['Revenue was $5 million for the year ended March 31.', '1989-11-02', 'news', 'the year', 'DURATION', 'P1Y', 'absolute'],
  ['Sales fell in the third-quarter report.', '1989-11-02', 'news', 'third-quarter', 'DATE', '1989-Q3', 'dct'],
  // Month and day without a year: the recent past or the near future, or as the tense says.
  ['The dividend is payable Dec. 15.', '1989-10-30', 'news', 'Dec. 15', 'DATE', '1989-12-15', 'dct'],
  ['The deal must be completed by Jan. 14.', '2000-01-06', 'news', 'Jan. 14', 'DATE', '2000-01-14', 'dct'],
  ['Investigators have searched for him since the Oct. 23 slaying.', '1999-05-06', 'news', 'Oct. 23', 'DATE', '1998-10-23', 'dct'],
  ['The rally ended on Thanksgiving Day.', '1999-12-02', 'news', 'Thanksgiving Day', 'DATE', '1999-11-25', 'dct'],
  ['It was in the winter of nineteen ninety-four.', null, 'news', 'the winter of nineteen ninety-four', 'DATE', '1994-WI', 'absolute'],
  ['January nineteen ninety-seven. Atlanta again.', '1998-02-27', 'news', 'January nineteen ninety-seven', 'DATE', '1997-01', 'absolute'],
  ['A hearing is set for the week of March 6.', '2000-02-24', 'news', 'the week of March 6', 'DATE', '2000-W10', 'dct'],
  ['The attack came at 4 in the morning.', '2000-04-06', 'news', '4 in the morning', 'TIME', '2000-04-06T04:00', 'dct'],
  ['The shop closed at mid-afternoon yesterday.', '1989-11-02', 'news', 'mid-afternoon yesterday', 'TIME', '1989-11-01TAF', 'dct'],
  ['Troops arrived at 6 a.m. Friday.', '1989-11-02', 'news', '6 a.m. Friday', 'TIME', '1989-10-27T06:00', 'dct'],
  ['Protesters marched over the weekend.', '2020-03-04', 'news', 'the weekend', 'DATE', '2020-W09-WE', 'dct'],
  ['The company will report next year.', '2020-03-04', 'news', 'next year', 'DATE', '2021', 'dct'],
  ['Rebels held the town for 2 1/2 years.', null, 'news', '2 1/2 years', 'DURATION', 'P2Y6M', 'absolute'],
  ['Talks lasted more than four hours.', null, 'news', 'more than four hours', 'DURATION', 'PT4H', 'absolute'],
  ['The empire lasted two decades.', null, 'news', 'two decades', 'DURATION', 'P20Y', 'absolute'],
  ['The plant closed a few years ago.', '2020-03-04', 'news', 'a few years ago', 'DURATION', 'PXY', 'absolute'],
  ['The 20th century ended.', null, 'news', 'The 20th century', 'DATE', '19', 'absolute'],
  ['Unemployment rose in the first half of 2014.', null, 'news', 'the first half of 2014', 'DATE', '2014-H1', 'absolute'],
  ['I went back Friday the 22nd.', '2017-09-27', 'news', 'Friday the 22nd', 'DATE', '2017-09-22', 'dct'],
  ['We meet on the 30th.', '2017-09-27', 'news', 'the 30th', 'DATE', '2017-09-30', 'dct'],
  // Tense: irregular preterites, abbreviations that end no sentence, "next to", reported plans.
  ['Paribas said Monday that it intends to bid.', '1989-10-27', 'news', 'Monday', 'DATE', '1989-10-23', 'dct'],
  ['Mr. Schwarz will succeed Daniel P. Davison Feb. 1, soon after he retires.', '1989-10-26', 'news', 'Feb. 1', 'DATE', '1990-02-01', 'dct'],
  ['Dozens were wounded in the blasts next to the U.S. embassies on Friday.', '1998-08-08', 'news', 'Friday', 'DATE', '1998-08-07', 'dct'],
  ['The team planned to leave Nairobi on Thursday.', '1998-09-30', 'news', 'Thursday', 'DATE', '1998-10-01', 'dct'],
  ['They said the father would be traveling to the United States Thursday.', '2000-04-05', 'news', 'Thursday', 'DATE', '2000-04-06', 'dct'],
  ['In the fiscal year ended Jan. 31, sales rose.', '1989-10-31', 'news', 'Jan. 31', 'DATE', '1989-01-31', 'dct'],
  ['In September, it announced plans to acquire the unit.', '1989-10-30', 'news', 'September', 'DATE', '1989-09', 'dct'],
  ['He had not signed the agreement, to take effect when the case is heard in May.', '2000-03-29', 'news', 'May', 'DATE', '2000-05', 'dct'],
  ['The father will leave at 4 in the morning (4 a.m. EDT Thursday).', '2000-04-05', 'news', '4 a.m. EDT Thursday', 'TIME', '2000-04-06T04:00', 'dct'],
  // Business news: year-end, the past year, reported periods.
  ['The plan should be complete by year end.', '1989-10-26', 'news', 'year end', 'DATE', '1989', 'dct'],
  ['Hate groups grew over the past year.', '1998-03-03', 'news', 'the past year', 'DATE', '1997', 'dct'],
  ['The charge lifts fourth-quarter costs. Profit fell in the latest quarter.', '1989-11-02', 'news', 'the latest quarter', 'DATE', '1989-Q3', 'dct'],
  ['Profit rose in the third quarter. For the nine months, net was $5, compared with $4 a year earlier.', '1989-11-02', 'news', 'a year earlier', 'DATE', '1988', 'text'],
  ['Profit rose in the third quarter. Kirschner earned $376,000 in the 1988 quarter.', '1989-10-30', 'news', 'the 1988 quarter', 'DATE', '1988-Q3', 'text'],
  ['Net rose in the third quarter, from $2 in the corresponding period last year.', '1989-11-01', 'news', 'the corresponding period last year', 'DATE', '1988-Q3', 'text'],
  ['Net rose in the third quarter. For the quarter a year ago, it earned $3.', '1989-10-26', 'news', 'the quarter a year ago', 'DATE', '1988-Q3', 'text'],
  ['Profit rose in the third quarter from a year earlier. Use was delayed earlier in the year by rain.', '1989-10-26', 'news', 'the year', 'DATE', '1989', 'text'],
  ['Net rose in the third quarter. Sales for last year\'s quarter were $3 million.', '1989-11-01', 'news', "last year's quarter", 'DATE', '1988-Q3', 'text'],
  // References: "now that", "in the past" before a clause.
  ['Aqaba is the only outlet now that the embargo holds.', '1990-08-16', 'news', 'now', 'DATE', 'PRESENT_REF', 'absolute'],
  ['Crane said that in the past it considered a bid.', '1989-10-30', 'news', 'the past', 'DATE', 'PAST_REF', 'absolute'],
  ['Shares fell Friday. Dealers placed heavy buy orders in the morning.', '1989-10-30', 'news', 'the morning', 'TIME', '1989-10-27TMO', 'text'],
  // Tense: the futurate present, postponements, superseded plans, possessive days, the main verb after an opening date.
  ['He and Arafat meet separately Monday with Albright.', '1998-05-01', 'news', 'Monday', 'DATE', '1998-05-04', 'dct'],
  ['Officials postponed until Tuesday morning any action on the permit.', '2000-03-30', 'news', 'Tuesday morning', 'TIME', '2000-04-04TMO', 'dct'],
  ['The bid was extended to Nov. 16. It had been due to expire Friday evening.', '1989-10-30', 'news', 'Friday evening', 'TIME', '1989-10-27TEV', 'dct'],
  ["Relatives said they would look for ways to get around Wednesday's ruling.", '2000-01-07', 'news', 'Wednesday', 'DATE', '2000-01-05', 'dct'],
  ['On Tuesday, the National Abortion and Reproductive Rights Action League plans to hold a news conference.', '1998-10-26', 'news', 'Tuesday', 'DATE', '1998-10-27', 'dct'],
  ['Protesters planned a demonstration on Saturday and were planning to drive around the airport on Monday.', '2000-01-07', 'news', 'Saturday', 'DATE', '2000-01-08', 'dct'],
  ['Two flights would leave from March 30, with the third departing each Thursday from August 6.', '1998-02-13', 'news', 'August 6', 'DATE', '1998-08-06', 'dct'],
  // Tense cues of the date's own clause: a conjunction before a finite verb opens another one.
  ['Schools closed on Monday and will reopen next week.', '2019-10-15', 'news', 'Monday', 'DATE', '2019-10-14', 'dct'],
  ['Schools closed on Monday and the ministry will decide on Thursday.', '2019-10-15', 'news', 'Thursday', 'DATE', '2019-10-17', 'dct'],
  ['The plant will reopen on Monday, but the mine was closed on Friday.', '2019-10-15', 'news', 'Friday', 'DATE', '2019-10-11', 'dct'],
  ['The plant was closed and will reopen on Monday.', '2019-10-15', 'news', 'Monday', 'DATE', '2019-10-21', 'dct'],
  ['The stock is traded in London and is to resume trading in Paris Tuesday.', '1989-10-26', 'news', 'Tuesday', 'DATE', '1989-10-31', 'dct'],
  // Days and periods counted from the text, or from the reported period.
  ['London shares closed lower Friday, down 4.5% from the previous Friday.', '1989-10-30', 'news', 'the previous Friday', 'DATE', '1989-10-20', 'text'],
  ['Shares closed lower Friday after overnight losses in New York.', '1989-10-30', 'news', 'overnight', 'TIME', '1989-10-26TNI', 'text'],
  ['He was arrested on Feb. 22, 2000. He appeared in court the next morning.', '2000-02-24', 'news', 'the next morning', 'TIME', '2000-02-23TMO', 'text'],
  ['AT&T announced an 18 percent drop in profits for the fourth quarter.', '1998-01-26', 'news', 'the fourth quarter', 'DATE', '1997-Q4', 'dct'],
  ['By 1992 it intended to reach a 50% share. He forecast an earnings increase for the full year.', '1989-10-30', 'news', 'the full year', 'DATE', '1989', 'dct'],
  ["It lost $8 million for the third quarter ended Sept. 30. This quarter's loss includes charges.", '1989-11-01', 'news', 'This quarter', 'DATE', '1989-Q3', 'text'],
  ['An accession ceremony will be held on April 24 and 25.', '1999-02-10', 'news', '25', 'DATE', '1999-04-25', 'dct'],
  ['Cease-fire talks broke down a week or so ago.', '1991-02-25', 'news', 'a week or so ago', 'DATE', '1991-W08', 'dct'],
];

describe('tagDates: expressions and values (fixed DCTs)', () => {
  it.each(RESOLVED)('%s [dct %s, %s] -> %s', (text, dct, mode, expression, type, value, anchor) => {
    const mentions = tag(text, dct, mode);
    const mention = find(mentions, expression);
    expect(mention, JSON.stringify(mentions)).toBeDefined();
    expect(mention).toMatchObject({ type, value, anchor });
    expect(text.slice(mention!.start, mention!.end)).toBe(expression);
  });
});

/** Without a DCT, relative expressions stay underspecified: never today's date. */
const UNRESOLVED: Array<[string, string, RegExp]> = [
  [RUSSIA, 'Wednesday', /^XXXX-/],
  [RUSSIA, 'Thursday', /^XXXX-/],
  ['Last November, the US Treasury said that it would act.', 'Last November', /^XXXX-11$/],
  ['He left yesterday.', 'yesterday', /^XXXX-XX-XX$/],
  ['It began two years ago.', 'two years ago', /^XXXX$/],
];

const NARRATIVE = 'Germany invaded Poland on 1 September 1939. On 3 September, Britain and France declared war. Two days later, the first convoys sailed. By November, Poland had fallen. The following year, France fell. That summer, the Battle of Britain began. Three years later, the tide turned.';

describe('tagDates: a narrative threads its own dates forward (DCT 2020-03-04)', () => {
  it.each([
    ['1 September 1939', '1939-09-01', 'absolute'],
    ['3 September', '1939-09-03', 'text'],
    ['Two days later', '1939-09-05', 'text'],
    ['November', '1939-11', 'text'],
    ['The following year', '1940', 'text'],
    ['That summer', '1940-SU', 'text'],
    ['Three years later', '1943', 'text'],
  ])('%s -> %s', (expression, value, anchor) => {
    expect(find(tag(NARRATIVE, '2020-03-04', 'narrative'), expression)).toMatchObject({ value, anchor });
  });
});

describe('tagDates: no DCT and no text date', () => {
  it.each(UNRESOLVED)('%s -> %s', (text, expression, value) => {
    const mention = find(tag(text, null), expression);
    expect(mention).toBeDefined();
    expect(mention!.value).toMatch(value);
    expect(mention!.unresolved).toBeTruthy();
  });
});

/** Text with nothing that is a date (numbers, verbs, chrome). */
const NOT_DATES: string[] = [
  'They held 60,000 inmates.',
  'It cost 3.6 million dollars.',
  'It got 2.5k likes.',
  'Scores: 170 2',
  'Company registration number 09788095',
  'PO Box 71199',
  'They fired 1,000 artillery shells.',
  'They built 24 units.',
  'The border is 45 km away.',
  'They found around 10–15 wooden boxes.',
  '2\nA',
  'it may be that he left',
  'A A',
  '0',
  'The boy is a 6-year-old and his sister is 52 years old.',
  'It paid $2.50 a share.',
  'The twenty second runner finished.',
  'The 1st Battalion reached the 27th floor.',
  'This is VOA Today.',
  'Baker said on ABC\'s "This Week," that the request was legal.',
  "Gonzalez said on CBS's ''60 Minutes.''",
  'For Poland, high noon has come.',
  'He marched at the head of the March of the Combatant Mothers.',
  'The character U+2028 separates lines, and u+2029 paragraphs.',
  'The text "U+2028" is a line separator.',
  'Use U+2014, the em dash, and U+1F600.',
  'Set x=2019 and y=2019+x, or use %2014 in the address.',
];

describe('tagDates: things that are not dates', () => {
  it.each(NOT_DATES)('%j has no date', (text) => {
    expect(tag(text, '2020-03-04').filter((m) => m.type !== 'DURATION')).toEqual([]);
    expect(tag(text, '2020-03-04')).toEqual([]);
  });

  it('"Reading Time: 6 mins read" is at most a duration, never a date', () => {
    const mentions = tag('Reading Time: 6 mins read', '2020-03-04');
    expect(mentions.filter((m) => m.type === 'DATE' || m.type === 'TIME')).toEqual([]);
  });

  it('one mention for "Saturday, December 14, 2024"', () => {
    expect(tag('Saturday, December 14, 2024', null)).toHaveLength(1);
  });
});

describe('tagDates: offsets into the whole text, spans tagged separately', () => {
  it('keeps text.slice(start, end) === text and sorts by start', () => {
    const text = 'Header\n\nOn 13 October 2019 the army crossed.\n\nTwo days later, in 2019, it stopped. Yesterday it left.';
    const mentions = tag(text, '2020-03-04');
    expect(mentions.length).toBeGreaterThanOrEqual(3);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions.map((m) => m.start)).toEqual([...mentions.map((m) => m.start)].sort((a, b) => a - b));
  });

  it('splits paragraphs at blank lines and very long paragraphs at sentence ends', () => {
    const text = 'One.\n\n  Two.  \n\n\nThree.';
    expect(paragraphSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['One.', 'Two.', 'Three.']);
    const long = Array.from({ length: 200 }, (_, i) => `Sentence number ${i} is here.`).join(' ');
    const spans = paragraphSpans(long);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(1300);
    expect(spans.map((s) => long.slice(s.start, s.end)).join(' ')).toBe(long);
  });
});

const INTERVALS: Array<[string, string | null, string | null, string | null]> = [
  ['2014', '2014-01-01', '2014-12-31', 'year'],
  ['2014-01', '2014-01-01', '2014-01-31', 'month'],
  ['2019-10-13', '2019-10-13', '2019-10-13', 'day'],
  ['2013-W11', '2013-03-11', '2013-03-17', 'week'],
  ['2019-Q4', '2019-10-01', '2019-12-31', 'quarter'],
  ['2019-SU', '2019-06-01', '2019-08-31', 'season'],
  ['2019-WI', '2019-12-01', '2020-02-29', 'season'],
  ['199', '1990-01-01', '1999-12-31', 'decade'],
  ['19', '1900-01-01', '1999-12-31', 'century'],
  ['2019-10-13T14:00', '2019-10-13', '2019-10-13', 'time'],
  ['P3D', null, null, null],
  ['PAST_REF', null, null, null],
  ['XXXX-11', null, null, null],
  ['XXXX-WXX-2', null, null, null],
];

describe('dateInterval', () => {
  it.each(INTERVALS)('%s', (value, start, end, granularity) => {
    if (start === null) expect(dateInterval(value)).toBeNull();
    else expect(dateInterval(value)).toEqual({ value, start, end, granularity });
  });
});

describe('chooseMode', () => {
  const history = tag('The war began in 1939. In 1941 it spread. By 1945 it was over.', '2020-03-04');
  const news = tag('On Wednesday, March 4, 2020, the ministry spoke. In 2019 it was quiet.', '2020-03-04');
  it.each([
    ['history text with a DCT', history, '2020-03-04', 'narrative'],
    ['history text without a DCT', history, null, 'narrative'],
    ['news text', news, '2020-03-04', 'news'],
    ['no absolute dates', tag('He left yesterday.', '2020-03-04'), '2020-03-04', 'news'],
  ] as const)('%s', (_name, mentions, dct, mode) => {
    expect(chooseMode([...mentions], dct)).toBe(mode);
  });
});
