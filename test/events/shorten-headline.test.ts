import { describe, expect, it } from 'vitest';
import { HEADLINE_LENGTH, shortenHeadline } from '../../src/events/shorten-headline.ts';

describe('shortenHeadline', () => {
  it.each([
    // short statements stay as they are
    ['The bridge was closed in 1999.', 'The bridge was closed in 1999.'],
    ['The talks, which began in 2019, failed.', 'The talks, which began in 2019, failed.'],
    // parentheses, relative clauses and appositions go first
    [
      'Police found more than 1,300 pounds (600 kgs) of fertilizer-based explosives Sunday in a shed in Dundalk, 50 miles (80 kms) south of Belfast.',
      'Police found more than 1,300 pounds of fertilizer-based explosives Sunday in a shed in …',
    ],
    [
      'Ogden Projects, whose shares began trading on the New York Stock Exchange in August, closed yesterday at $26.875, down 75 cents.',
      'Ogden Projects closed yesterday at $26.875, down 75 cents.',
    ],
    [
      'Alex Henderson, an analyst at a large securities firm in the city, said the company would be sold to a rival next year.',
      'Alex Henderson said the company would be sold to a rival next year.',
    ],
    // a place written "City, State," is one piece
    [
      'First of America Bankcorp., a Kalamazoo, Mich., bank holding company, completed the acquisition of a small bank in January.',
      'First of America Bankcorp. completed the acquisition of a small bank in January.',
    ],
    // a closing clause that only adds goes next
    [
      'Secretary of State Madeleine Albright headed Tuesday to East Africa, seeking to demonstrate American support after the bombings.',
      'Secretary of State Madeleine Albright headed Tuesday to East Africa.',
    ],
    // a short phrase before the subject goes; the main clause after it is never taken for an insertion
    [
      'Unveiled last April, the chip crams 1.2 million transistors on a sliver of silicon, more than four times as many as before.',
      'The chip crams 1.2 million transistors on a sliver of silicon …',
    ],
    ['In 45 states, the number of doctors who performed abortions declined between 1982 and 1992.', 'The number of doctors who performed abortions declined between 1982 and 1992.'],
    // a comparison is meaning, not detail
    [
      'The company had a net loss of $46.9 million, or 91 cents a share, compared with a restated loss of $9 million, or 18 cents a share, a year ago.',
      'The company had a net loss of $46.9 million compared with a restated loss of $9 …',
    ],
    // who did what: a long opening phrase, dashes and a long subject give way to the verb and its object
    [
      'In a massive demonstration demanding the boy’s return, tens of thousands of women -- many carrying small children -- marched along the boulevard on Friday to the U.S. mission, waving flags.',
      'Tens of thousands of women marched along the boulevard on Friday to the U.S. mission.',
    ],
    [
      'The almost simultaneous attacks Aug. 7 at the U.S. embassies in Nairobi, Kenya, and Dar es Salaam, Tanzania, killed 257 people and injured more than 5,500.',
      'The almost simultaneous attacks Aug. 7 killed 257 people and injured more than 5,500.',
    ],
  ])('%j', (statement, expected) => {
    const headline = shortenHeadline(statement);
    expect(headline).toBe(expected);
    expect(headline.length).toBeLessThan(HEADLINE_LENGTH);
  });

  it('never leaves only the phrase before the subject', () => {
    const statement = 'In New York Stock Exchange composite trading yesterday, Example Holdings shares closed at $23.25, down 50 cents, on heavy volume.';
    expect(shortenHeadline(statement)).toBe('Example Holdings shares closed at $23.25, down 50 cents, on heavy volume.');
  });

  it.each([
    [
      'There are many Syrian-based jihadist and Islamist groups, identified from earlier collusion with Turkey’s March 2018 invasion into the Kurdish enclave of Afrin.',
      'March 2018',
      'Turkey’s March 2018 invasion into the Kurdish enclave of Afrin',
    ],
    [
      'Amir is serving a life sentence for the crime, which came a year after Yigal Amir’s November 1995 attack on Rabin at a Tel Aviv peace rally in the city.',
      'November 1995',
      'Yigal Amir’s November 1995 attack on Rabin at a Tel Aviv peace rally in the city',
    ],
    // the date already in the headline, or no possessor before it: the main clause stays
    [
      'The company said its profit fell in 1989, and it expects a recovery in the next year after a long strike at its plant in Ohio.',
      '1989',
      'The company said its profit fell in 1989, and it expects a recovery in the next year …',
    ],
  ])('%j dated by %j: the date’s own event when the main clause would lose it', (statement, date, expected) => {
    expect(shortenHeadline(statement, date)).toBe(expected);
  });

  it('cuts what still does not fit at a word, never inside one', () => {
    const long = `${'word '.repeat(80)}end.`;
    const headline = shortenHeadline(long);
    expect(headline.length).toBeLessThan(HEADLINE_LENGTH);
    expect(headline).toMatch(/^(?:word )+…$/u);
  });
});
