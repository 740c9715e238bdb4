import { describe, expect, it } from 'vitest';
import { eventIdFor, headlineFor, statementWithoutDate, postHeadline, relationOf, sentenceSpans } from '../../src/events/extract-events.ts';

/** A mention span for `phrase` inside `sentence` (at offset 0 of a file). */
function mentionIn(sentence: string, phrase: string) {
  const start = sentence.indexOf(phrase);
  return { start, end: start + phrase.length, text: phrase };
}

describe('headlineFor', () => {
  it.each([
    ['And in January 2014, MIT was caught red-handed.', 'January 2014', 'MIT was caught red-handed.'],
    ['In 2014, a former technician told Newsweek what he saw.', '2014', 'A former technician told Newsweek what he saw.'],
    ['The army entered the town on 3 March 2021, officials said.', '3 March 2021', 'The army entered the town on 3 March 2021.'],
    ['Bombs exploded outside the embassies on Friday, killing dozens, witnesses said.', 'Friday', 'Bombs exploded outside the embassies on Friday, killing dozens.'],
    ['The camp was shelled in 2019, according to SANA.', '2019', 'The camp was shelled in 2019.'],
    ['The talks, which began in 2019, failed.', '2019', 'The talks, which began in 2019, failed.'],
    ['Turkish bombardment on civilians. pic.twitter.com/XnAa4oT3bR', 'civilians', 'Turkish bombardment on civilians.'],
    ['the  bridge\nwas closed in 1999.', '1999', 'The bridge was closed in 1999.'],
  ])('%j -> %j', (sentence, phrase, expected) => {
    expect(headlineFor(sentence, 0, mentionIn(sentence, phrase))).toBe(expected);
  });

  it('completes a statement that introduces a quotation with its first sentence', () => {
    expect(headlineFor('In 2014, a technician told Newsweek:', 0, mentionIn('In 2014, a technician told Newsweek:', '2014'), 'We feared nothing.')).toBe(
      'A technician told Newsweek: “We feared nothing.”',
    );
  });

  it('shortens a long headline at a word boundary', () => {
    const long = `${'word '.repeat(80)}end.`;
    const headline = headlineFor(long, 0, null);
    expect(headline.length).toBeLessThanOrEqual(242);
    expect(headline.endsWith(' …')).toBe(true);
  });
});

describe('relationOf', () => {
  it.each([
    ['Fighting has gone on since 2011.', '2011', false, 'since'],
    ['Parties campaigned ahead of the 2018 elections.', '2018', false, 'before'],
    ['Talks resumed after 2015.', '2015', false, 'after'],
    ['The camp stayed open until March 2019.', 'March 2019', false, 'until'],
    ['The bridge was closed in 1999.', '1999', false, 'in'],
    ['The army entered the town on 3 March 2021.', '3 March 2021', true, 'on'],
    ['The 2018 ethnic cleansing of Kurds.', '2018', false, 'in'],
    ['Turkey declared war, January 30, 2018', 'January 30, 2018', true, 'on'],
  ])('%j -> %s', (sentence, phrase, isDay, expected) => {
    expect(relationOf(sentence, mentionIn(sentence, phrase), isDay)).toBe(expected);
  });
});

describe('sentenceSpans', () => {
  it('splits a passage into sentences with exact offsets', () => {
    const text = 'Intro line.\n\nFirst sentence here. Second one, with 3.6 million people! Third?';
    const passage = { start: 13, end: text.length, text: text.slice(13) };
    const spans = sentenceSpans(text, passage);
    expect(spans.map((s) => s.text)).toEqual(['First sentence here.', 'Second one, with 3.6 million people!', 'Third?']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('eventIdFor', () => {
  const at = (text: string, start = 100) => ({ start, end: start + text.length, text });
  const mentionIn = (statement: { start: number; text: string }, date: string, nth = 0) => {
    let from = -1;
    for (let i = 0; i <= nth; i++) from = statement.text.indexOf(date, from + 1);
    return { start: statement.start + from, end: statement.start + from + date.length, text: date };
  };
  const id = (path: string, text: string, date: string, occurrence = 0, nth = 0) => {
    const statement = at(text);
    return eventIdFor(path, statement, mentionIn(statement, date, nth), occurrence);
  };

  it('depends on the path and the statement, not on where it stands', () => {
    const first = eventIdFor('a.txt', at('MIT was caught  red-handed in January 2014.', 10), mentionIn(at('MIT was caught  red-handed in January 2014.', 10), 'January 2014'), 0);
    expect(id('a.txt', 'MIT was caught red-handed in January 2014.', 'January 2014')).toBe(first);
    expect(id('b.txt', 'MIT was caught red-handed in January 2014.', 'January 2014')).not.toBe(first);
    expect(id('a.txt', 'MIT was caught red-handed in January 2014.', 'January 2014', 1)).not.toBe(first);
    expect(id('a.txt', 'MIT was caught red-handed in Boston in January 2014.', 'January 2014')).not.toBe(first);
    expect(first).toMatch(/^e-[0-9a-f]{12}$/);
  });

  it.each([
    ['a corrected day', 'The bridge opened on June 18, officials said.', 'June 18', 'The bridge opened on June 19, officials said.', 'June 19'],
    ['a corrected year', 'A new bridge was opened in 1962.', '1962', 'A new bridge was opened in 1963.', '1963'],
    ['a relative date said otherwise', 'Rain began on Sunday in the north.', 'Sunday', 'Rain began on Saturday in the north.', 'Saturday'],
  ])('does not depend on the date that dates the statement: %s', (_, before, beforeDate, after, afterDate) => {
    expect(id('a.txt', after, afterDate)).toBe(id('a.txt', before, beforeDate));
  });

  it('keeps two dates of one sentence apart, though the sentence is the same', () => {
    const text = 'The dam was promised in 2015 and again in 2019.';
    expect(id('a.txt', text, '2015')).not.toBe(id('a.txt', text, '2019'));
    const twice = 'It rained in 2015 and flooded in 2015.';
    expect(id('a.txt', twice, '2015', 0, 0)).not.toBe(id('a.txt', twice, '2015', 0, 1));
  });

  it('keeps a date outside the statement (a post dated by its signature) as part of the id', () => {
    const statement = at('The post said the march would go ahead.', 100);
    const signature = (text: string) => ({ start: 300, end: 300 + text.length, text });
    expect(statementWithoutDate(statement, signature('5 March 2021'))).toContain('5 March 2021');
    expect(eventIdFor('a.txt', statement, signature('5 March 2021'), 0)).not.toBe(eventIdFor('a.txt', statement, signature('6 March 2021'), 0));
  });
});

describe('sentenceSpans and abbreviations', () => {
  it.each([
    ['In the quarter ended Oct. 12, Provigo posted net income. Sales rose.', ['In the quarter ended Oct. 12, Provigo posted net income.', 'Sales rose.']],
    ['Gen. Smith arrived on Monday. He left.', ['Gen. Smith arrived on Monday.', 'He left.']],
    // initials
    ['John F. Kennedy was shot in 1963. The nation mourned.', ['John F. Kennedy was shot in 1963.', 'The nation mourned.']],
    ['Then Prof. A. B. Smith spoke. He left.', ['Then Prof. A. B. Smith spoke.', 'He left.']],
    // place-name prefixes, but a street name may end a sentence
    ['He lived at 12 St. James Street in 2010. He left.', ['He lived at 12 St. James Street in 2010.', 'He left.']],
    ['The St. Louis Cardinals won. They celebrated.', ['The St. Louis Cardinals won.', 'They celebrated.']],
    ['They climbed Mt. Kenya in May. It was cold.', ['They climbed Mt. Kenya in May.', 'It was cold.']],
    ['He lives on Main St. He left.', ['He lives on Main St.', 'He left.']],
    // titles
    ['She met Messrs. Drabinsky and Gottlieb. They left.', ['She met Messrs. Drabinsky and Gottlieb.', 'They left.']],
    // acronyms still end a sentence before a capital
    ['Prices rose in the U.S. Officials said so.', ['Prices rose in the U.S.', 'Officials said so.']],
  ])('%j', (text, expected) => {
    expect(sentenceSpans(text, { start: 0, end: text.length, text }).map((s) => s.text)).toEqual(expected);
  });
});

describe('headlines of wire copy', () => {
  it('drop the dateline', () => {
    const s = 'MOSCOW (AP)_ Presidents Leonid Kuchma and Boris Yeltsin signed an economic pact on Friday.';
    expect(headlineFor(s, 0, mentionIn(s, 'Friday'))).toBe('Presidents Leonid Kuchma and Boris Yeltsin signed an economic pact on Friday.');
  });
});

describe('postHeadline', () => {
  it.each([
    ['Turkish bombardment on civilians on the road to serikaniye. pic.twitter.com/XnAa4oT3bR', 'Turkish bombardment on civilians on the road to serikaniye.'],
    [
      'Watch how families moved in after the town was bombed. The region is set to be emptied. pic.twitter.com/x',
      'Watch how families moved in after the town was bombed.',
    ],
    ['Update on the last 24 hours:\n\n– 190,000 now displaced\n– Some regions emptied', 'Update on the last 24 hours: “– 190,000 now displaced”'],
  ])('%j -> %j', (text, expected) => {
    expect(postHeadline(text, { start: 0, end: text.length, text })).toBe(expected);
  });
});
