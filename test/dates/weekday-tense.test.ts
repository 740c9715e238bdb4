import { describe, expect, it } from 'vitest';
import { paragraphSpans, tagDates } from '../../src/dates/index.ts';
import { classifyError, directionKind } from '../../bench/classify-direction-errors.ts';

/** Wednesday 16 October 2019: the Monday before is the 14th, the next one the 21st; the Friday before the 11th, the next the 18th. */
const DCT = '2019-10-16';

/** [rule, sentence, expression, value] in news mode against DCT (issue 12, item 6). */
const CASES: Array<[string, string, string, string]> = [
  // The past: preterite, past progressive, past and present perfect, reported speech, "last".
  ['preterite', 'Shares rose 3% on Tuesday.', 'Tuesday', '2019-10-15'],
  ['preterite, then a future clause', 'Schools closed on Monday and will reopen next week.', 'Monday', '2019-10-14'],
  ['past progressive', 'The union was striking on Friday.', 'Friday', '2019-10-11'],
  ['past perfect', 'Police had arrested him on Friday.', 'Friday', '2019-10-11'],
  ['present perfect', 'The company has confirmed that it sold the unit on Friday.', 'Friday', '2019-10-11'],
  ['reporting verb before a future complement', 'The company has confirmed on Friday that it will sell the unit.', 'Friday', '2019-10-11'],
  ['reporting verb before "would"', 'The minister said on Monday that talks would resume.', 'Monday', '2019-10-14'],
  ['reporting verb, no "that"', 'Paribas confirmed Friday it would bid.', 'Friday', '2019-10-11'],
  ['reported past', 'He said the plant closed on Friday.', 'Friday', '2019-10-11'],
  ['past participle in an aside', 'The closure, announced on Monday, takes effect on Friday.', 'Monday', '2019-10-14'],
  ['preterite, then "and plan to"', 'Officials closed the road on Friday and plan to reopen it on Monday.', 'Friday', '2019-10-11'],
  ['"last"', 'The plant was shut last Monday.', 'last Monday', '2019-10-14'],
  ['a past deadline', 'Sony completed its offer, with holders tendering 99.3% of the shares by the Monday deadline.', 'Monday', '2019-10-14'],
  // The future: will, present progressive, "is due", "is expected", "takes effect", futurate present, "next".
  ['will', 'The committee will meet on Monday.', 'Monday', '2019-10-21'],
  ['present progressive', 'The committee is meeting on Monday.', 'Monday', '2019-10-21'],
  ['present progressive, contracted', "They're meeting on Monday to discuss it.", 'Monday', '2019-10-21'],
  ['present progressive, date after its object', 'Ministers are flying to Brussels on Friday.', 'Friday', '2019-10-18'],
  ['present progressive, the day after the DCT', 'Parliament is voting on Tuesday.', 'Tuesday', '2019-10-22'],
  ['"is due"', 'He is due in court on Friday.', 'Friday', '2019-10-18'],
  ['"is expected"', 'The vote is expected on Friday.', 'Friday', '2019-10-18'],
  ['"takes effect"', 'The closure, announced on Monday, takes effect on Friday.', 'Friday', '2019-10-18'],
  ['futurate present of a fixture', 'The team plays on Saturday.', 'Saturday', '2019-10-19'],
  ['reported future', 'He said he would resign on Friday.', 'Friday', '2019-10-18'],
  ['"and plan to" opens a future clause', 'Officials closed the road on Friday and plan to reopen it on Monday.', 'Monday', '2019-10-21'],
  ['future main clause, past relative clause', 'The plant, which will reopen on Monday, was closed on Friday.', 'Monday', '2019-10-21'],
  ['past relative clause, future main clause', 'The talks, which began on Monday, will end on Friday.', 'Friday', '2019-10-18'],
  ['"next"', 'The plant will shut next Monday.', 'next Monday', '2019-10-21'],
  // An opening date without a cue in its clause takes the sentence's main verb, past a subordinate clause or an abbreviation.
  ['main verb after an apposition', 'In January, a week after the anniversary of the Roe vs. Wade decision, a bombing in Birmingham killed a guard.', 'January', '2019-01'],
  ['main verb after a subordinate clause', 'On Friday, when the minister set aside her plans for the trip, the department lifted a warning.', 'Friday', '2019-10-11'],
  ['future main verb after an apposition', 'In March, a month after the election, the new parliament will sit.', 'March', '2020-03'],
  // A present state is no plan: the date keeps the tense of its own verb.
  ['present state after a past date', 'The strike that began on Monday is continuing.', 'Monday', '2019-10-14'],
  ['present progressive of the report, date of the saying', 'It said on Friday it is preparing to sell the unit.', 'Friday', '2019-10-11'],
  // Part of day: TimeML's TMO, TAF, TEV, TNI on the day the tense chose.
  ['night, past', 'He was killed Monday night.', 'Monday night', '2019-10-14TNI'],
  ['morning, future', 'He will speak Thursday morning.', 'Thursday morning', '2019-10-17TMO'],
  ['evening, present progressive', 'The band is playing Friday evening.', 'Friday evening', '2019-10-18TEV'],
  ['night, preterite', 'Rescuers worked through Tuesday night.', 'Tuesday night', '2019-10-15TNI'],
];

describe('weekdays follow the tense of their own clause (news, DCT Wednesday 2019-10-16)', () => {
  it.each(CASES)('%s: %s -> %s = %s', (_rule, text, expression, value) => {
    const mentions = tagDates(text, paragraphSpans(text), { dct: DCT, mode: 'news' });
    const at = text.indexOf(expression);
    const mention = mentions.find((m) => m.start === at && m.text === expression);
    expect(mention, `no mention "${expression}" in ${JSON.stringify(mentions.map((m) => m.text))}`).toBeDefined();
    expect(mention?.value).toBe(value);
  });
});

/** [words, kind] for bench/score-timex.ts --weekdays. */
const KINDS: Array<[string, ReturnType<typeof directionKind>]> = [
  ['Wednesday night', 'weekday'],
  ['last Tuesday', 'weekday'],
  ['next week', 'last/next/this'],
  ['this spring', 'last/next/this'],
  ['March', 'month'],
  ['Aug. 6', 'month'],
  ['Aug. 6, 1990', null],
  ['the 5th', 'day of month'],
  ['three years', null],
];

/** [gold, system, words, class]. */
const CLASSES: Array<[string, string, string, ReturnType<typeof classifyError>]> = [
  ['1990-08-07', '1990-08-14', 'Tuesday', 'a week late'],
  ['1989-11-06', '1989-10-30', 'Monday', 'a week early'],
  ['1998-02-22', '1998-03-22', 'Sunday', 'a month late'],
  ['1990-03', '1991-03', 'March', 'a year late'],
  ['1990-03-02', '1989-03-02', 'March 2', 'a year early'],
  ['2000-01-05', '2000-01-05TNI', 'Wednesday night', 'part of day'],
  ['2000-01-05TEV', '2000-01-05TNI', 'Wednesday night', 'part of day'],
  ['1998-W10', '1998-03-02', 'this week', 'granularity'],
  ['1999-02-09', '1999-02-10', 'Wednesday', 'gold day is not its weekday'],
  ['2000-02-21', '2000-02-22', 'day before last Tuesday', 'other'],
];

describe('bench/classify-direction-errors: kinds and error classes', () => {
  it.each(KINDS)('%s is %s', (words, kind) => {
    expect(directionKind(words)).toBe(kind);
  });
  it.each(CLASSES)('gold %s, system %s (%s): %s', (gold, sys, words, cls) => {
    expect(classifyError({ type: 'DATE', value: gold }, { type: 'DATE', value: sys }, words)).toBe(cls);
  });
});
