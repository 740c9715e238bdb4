import { describe, expect, it } from 'vitest';
import { tagDates } from '../../src/dates/index.ts';
import { chooseStatementDate, nonEventKind, statementDates } from '../../src/events/choose-statement-date.ts';
import { analyseDocument } from '../../src/analyse/analyse-document.ts';
import type { DateMention } from '../../src/types.ts';

/** A Tuesday. */
const DCT = '2026-03-10';

function mentionsOf(sentence: string): DateMention[] {
  return tagDates(sentence, [{ start: 0, end: sentence.length }], { dct: DCT, mode: 'news' });
}

/** What nonEventKind says of the mention whose text is `phrase`. */
function kindOf(sentence: string, phrase: string) {
  const mentions = mentionsOf(sentence);
  const i = mentions.findIndex((m) => m.text === phrase);
  expect(i, `the tagger finds "${phrase}" in ${JSON.stringify(sentence)} (found ${mentions.map((m) => m.text).join(', ')})`).toBeGreaterThanOrEqual(0);
  const previous = i > 0 ? mentions[i - 1]! : null;
  return nonEventKind(sentence, mentions[i]!.start, mentions[i]!, previous, previous ? previous.start : -1);
}

describe('dates that give no event of their own', () => {
  it.each([
    // comparisons
    ['The launch came three days later than originally planned.', 'three days later', 'comparison'],
    ['Sales rose 5% compared with the same month a year ago.', 'the same month', 'comparison'],
    ['Sales rose 5% compared with the same month a year ago.', 'a year ago', 'comparison'],
    ['The new jet is 20% more efficient than aircraft today.', 'today', 'comparison'],
    ['Profit rose to $5.8 million, or 28 cents a share, from $4 million, or 24 cents a share, a year earlier.', 'a year earlier', 'comparison'],
    ['Net sales were $14 million, down from $21.4 million last year.', 'last year', 'comparison'],
    // centuries and decades used as adjectives
    ['They camped near Angkor Wat, the fabled 11th century temple.', '11th century', 'adjective'],
    ['The band played 1960s music all night.', '1960s', 'adjective'],
    // "today" meaning nowadays
    ['Computers today are everywhere.', 'today', 'nowadays'],
    // a time restated in another zone
    ['The rocket lifts off at 12:30 EST (16:30 UTC).', '16:30', 'restatement'],
    // counts of time
    ['There have been three floods in the last 100 years.', 'the last 100 years', 'count-of-time'],
  ])('%j: "%s" is a %s', (sentence, phrase, kind) => {
    expect(kindOf(sentence, phrase)).toBe(kind);
  });

  it.each([
    ['The temple was built in the 11th century.', 'the 11th century'],
    ['In the 1960s music changed.', 'the 1960s'],
    ['The minister resigned today.', 'today'],
    ['Prices rose more than a year ago.', 'more than a year ago'],
    ['Talks resumed on Monday.', 'Monday'],
    ['The plant opened in 2009, and closed in 2011.', '2011'],
  ])('%j: "%s" may date its statement', (sentence, phrase) => {
    expect(kindOf(sentence, phrase)).toBeNull();
  });

  it('reads an age as no date: "aged 45", "45 years old"', () => {
    const sentence = 'The pilot, aged 45, was 12 years old when he first flew.';
    const aged = { start: sentence.indexOf('45'), end: sentence.indexOf('45') + 2, text: '45', type: 'DURATION' as const, value: 'P45Y', anchor: 'absolute' as const };
    const old = { start: sentence.indexOf('12 years'), end: sentence.indexOf('12 years') + 8, text: '12 years', type: 'DURATION' as const, value: 'P12Y', anchor: 'absolute' as const };
    expect(nonEventKind(sentence, aged.start, aged, null)).toBe('age');
    expect(nonEventKind(sentence, old.start, old, null)).toBe('age');
  });
});

describe('the date of a statement', () => {
  it.each([
    // [sentence, the date it is dated by, the end of its period or null]
    ['Workers returned to work on Thursday after a strike that began on 13 May.', 'Thursday', null],
    ['After a strike that began on 13 May, workers returned on Thursday.', 'Thursday', null],
    ['The talks, which began in 2019, failed in March.', 'March', null],
    ['The company, founded in 1950, said on Monday that it will close the plant.', 'Monday', null],
    ['He said on Monday that the plant closed in 2009.', 'Monday', null],
    ['He served from 2009 to 2011, then between 2014 and 2016.', '2009', '2011'],
    ['The plane flew from March 2009 until June 2011.', 'March 2009', 'June 2011'],
    ['Prices rose between 1982 and 1992.', '1982', '1992'],
    ['The bridge was closed in 1999.', '1999', null],
  ])('%j is dated by "%s"', (sentence, phrase, end) => {
    const mentions = mentionsOf(sentence).filter((m, i, all) => {
      const previous = i > 0 ? all[i - 1]! : null;
      return !nonEventKind(sentence, m.start, m, previous, previous ? previous.start : -1);
    });
    const chosen = chooseStatementDate({ start: 0, end: sentence.length, text: sentence }, statementDates(sentence, mentions));
    expect(chosen?.mention.text).toBe(phrase);
    expect(chosen?.end?.text ?? null).toBe(end);
  });
});

describe('one event per statement', () => {
  function eventsOf(body: string) {
    const text = `---\npublished: ${DCT}\n---\nA short headline over the test article\n\n${body}\n`;
    return analyseDocument({ id: 'a', path: 'a.txt', text, bodyStart: text.indexOf('A short'), frontMatter: { published: DCT } }).events;
  }

  it('gives one card per sentence, a period as one event with its range', () => {
    const events = eventsOf('He served from 2009 to 2011, then between 2014 and 2016. Workers returned to work on Thursday after a strike that began on 13 May.');
    expect(events.map((e) => [e.date.value, e.date.rangeEnd ?? null, e.date.start, e.date.end])).toEqual([
      ['2009', '2011', '2009-01-01', '2011-12-31'],
      ['2026-03-05', null, '2026-03-05', '2026-03-05'],
    ]);
  });

  it('makes no event of a sentence whose only dates give none', () => {
    const events = eventsOf('The new jet is 20% more efficient than aircraft today. There have been three floods in the last 100 years. It stands near the fabled 11th century temple.');
    expect(events).toEqual([]);
  });

  it('dates "closed on Monday" in a Tuesday article on the Monday before', () => {
    const [event] = eventsOf('The market closed on Monday.');
    expect(event?.date.value).toBe('2026-03-09');
  });
});
