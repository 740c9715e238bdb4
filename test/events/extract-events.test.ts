import { describe, expect, it } from 'vitest';
import { eventIdFor, headlineFor, postHeadline, relationOf, sentenceSpans } from '../../src/events/extract-events.ts';

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
  it('depends on the path and the statement, not on where it stands', () => {
    const id = eventIdFor('a.txt', 'MIT was caught  red-handed.', 'January 2014', 0);
    expect(eventIdFor('a.txt', 'MIT was caught red-handed.', 'January 2014', 0)).toBe(id);
    expect(eventIdFor('b.txt', 'MIT was caught red-handed.', 'January 2014', 0)).not.toBe(id);
    expect(eventIdFor('a.txt', 'MIT was caught red-handed.', 'January 2014', 1)).not.toBe(id);
    expect(id).toMatch(/^e-[0-9a-f]{12}$/);
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
