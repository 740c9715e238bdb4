import { describe, expect, it } from 'vitest';
import { headlineWithSubject } from '../../src/events/extract-events.ts';
import { readDocumentNames, subjectReader, type Entity } from '../../src/events/name-subject.ts';
import { HEADLINE_LENGTH } from '../../src/events/shorten-headline.ts';
import type { Span } from '../../src/types.ts';

/** The headline of the last line, the lines before it read in order as extract-events reads an article's sentences (the first line as the title when `title`). */
function headlineAfter(lines: string[], title = false): { headline: string; subject: Span | null; text: string } {
  const text = lines.join('\n');
  const spans: Span[] = [];
  let start = 0;
  for (const line of lines) {
    spans.push({ start, end: start + line.length, text: line });
    start += line.length + 1;
  }
  const reader = subjectReader(text, title ? spans[0]! : null);
  let referent: Entity | null = null;
  for (const span of spans.slice(title ? 1 : 0)) referent = reader.read(span);
  const last = spans[spans.length - 1]!;
  return { ...headlineWithSubject(last.text, last.start, null, null, referent), text };
}

describe('headline subjects', () => {
  // Each case: the sentences of an article in order, and the headline of the last one; named when it shows a name in brackets or before a colon.
  it.each([
    // a pronoun, named from the subject of the sentence before
    [['Airbus A350 completed its first test program in Toulouse.', 'It will enter service with Qatar Airways in 2014.'], '[Airbus A350] will enter service with Qatar Airways in 2014.'],
    [['Mr. Nadir bought the company in 1980.', 'He took it and used it as a base to build a conglomerate.'], '[Mr. Nadir] took it and used it as a base to build a conglomerate.'],
    // he: the one person of the sentence before when its subject is no person
    [['Such risk taking is an everyday matter for Mr. Nadir.', 'He took Polly Peck and built a conglomerate.'], '[Mr. Nadir] took Polly Peck and built a conglomerate.'],
    // a definite description, with or without words before its noun
    [['Xerox Corp. said its third-quarter net income fell.', 'The company earned $17.3 million in the year-earlier quarter.'], '[Xerox Corp.] earned $17.3 million in the year-earlier quarter.'],
    [['Du Pont Co. reported higher profit.', 'In the year-earlier period, the Wilmington, Del., company earned $461 million.'], 'In the year-earlier period, [Du Pont Co.] earned $461 million.'],
    // a noun that needs an owner, from the company the article is about
    [['Innopac Inc. reported a fourth-quarter loss of C$2.6 million.', 'The results made net income C$2.7 million.', 'Revenue was C$291.6 million, up from C$252 million in 1988.'], 'Innopac Inc.: revenue was C$291.6 million, up from C$252 million in 1988.'],
    // they: people in the plural, or names joined, and a plural description that refers back to them
    [['Traders said selling pressure was not enormous.', 'They said the index dropped on Friday.'], '[Traders] said the index dropped on Friday.'],
    [['Ratners Group and Weisfield Inc. said they reached an agreement.', 'The companies said the deal would close by Dec. 15.'], '[Ratners Group and Weisfield Inc.] said the deal would close by Dec. 15.'],
    // he: a name with an age after it is a person's
    [['Kopp, 44, of St. Albans, Vt., became the subject of a manhunt.', 'He was charged on Thursday.'], '[Kopp] was charged on Thursday.'],
    // the company a sentence is about when its subject is what the company owns
    [['Kellogg Co.’s third-quarter profit fell 16%.', 'Sales rose 4.8% to $1.20 billion in the quarter.'], 'Kellogg Co.: sales rose 4.8% to $1.20 billion in the quarter.'],
    // the subject from the title, for the article's first sentence
    [['Boeing 787 Dreamliner makes maiden flight', 'It landed at Paine Field near Seattle on Tuesday.'], '[Boeing 787 Dreamliner] landed at Paine Field near Seattle on Tuesday.'],
    // unsure: two companies in the sentence before, a person for "it", no name, a gender that disagrees
    [['Xerox Corp. agreed to buy Foo Inc. for $5 million.', 'The company makes copiers.'], 'The company makes copiers.'],
    [['Mr. Smith said the plan would work.', 'It will cost $5 million in 2014.'], 'It will cost $5 million in 2014.'],
    [['The government probably would not give in to a hostile bid.', 'It has relinquished a golden share only once, in 1987.'], 'It has relinquished a golden share only once, in 1987.'],
    [['Mrs. Thatcher spoke in London.', 'He said the talks failed in 1989.'], 'He said the talks failed in 1989.'],
    // a name opens the sentence before without being read as its subject: "he" may be that name, not another person's
    [['Mr. Villa with his army of Villistas joined the ranks of the Madero movement led by Mr. Madero.', 'He led the Villistas in many battles in 1911.'], 'He led the Villistas in many battles in 1911.'],
    // a name the headline could not show whole
    [
      [
        'The Mensheviks and Socialist-Revolutionaries supported peasant fighting against Soviet control of food supplies.',
        'In May 1918, with the support of the Czechoslovak Legion, they took Samara and Saratov, establishing the Committee of Members of the Constituent Assembly.',
      ],
      'With the support of the Czechoslovak Legion, they took Samara and Saratov.',
    ],
    // "it" that stands for nothing
    [['Airbus A350 flew on Tuesday.', 'It is unclear whether deliveries will begin in 2014.'], 'It is unclear whether deliveries will begin in 2014.'],
    [['Airbus A350 flew on Tuesday.', 'It was the first time the jet had flown in 2013.'], 'It was the first time the jet had flown in 2013.'],
    // a reporting clause inside the sentence
    [['Mr. Fournier spoke on Monday.', 'If holders avoid tendering, he added, they can expect dividends next year.'], 'If holders avoid tendering, he added, they can expect dividends next year.'],
    // a subject that already names what it is about, an owned noun with its owner
    [['Xerox Corp. reported a loss.', 'Xerox shares fell 5% on Monday.'], 'Xerox shares fell 5% on Monday.'],
    [['Xerox Corp. reported a loss.', 'Sales of copiers fell 5% in 1989.'], 'Sales of copiers fell 5% in 1989.'],
    [['Xerox Corp. reported a loss.', 'First of America announced an agreement in 1989.'], 'First of America announced an agreement in 1989.'],
  ])('%j', (lines, expected) => {
    const { headline, subject, text } = headlineAfter(lines, lines[0] === 'Boeing 787 Dreamliner makes maiden flight');
    expect(headline).toBe(expected);
    expect(headline.length).toBeLessThan(HEADLINE_LENGTH);
    if (/^(?:.*\[[^\]]+\]|[^:]+: )/u.test(expected)) {
      expect(subject).not.toBeNull();
      expect(text.slice(subject!.start, subject!.end)).toBe(subject!.text);
    } else {
      expect(subject).toBeNull();
    }
  });

  it('reads what the document says of a name: a title, a company suffix', () => {
    const names = readDocumentNames('Mr. Nadir spoke. Mrs. Thatcher spoke. Xerox Corp. fell. Kellogg\'s shares rose.');
    expect(names.persons.get('Nadir')).toBe('male');
    expect(names.persons.get('Thatcher')).toBe('female');
    expect(names.orgs.has('Xerox')).toBe(true);
    expect(names.orgs.has('Kellogg')).toBe(true);
  });

  // Each scan runs only when its closing words are in the text: with them it finds the name, without them there is none.
  it.each([
    ['Gonzalez said he would stay.', [['Gonzalez', 'male']], []],
    ['Maria Lopez told reporters she left.', [], []],
    ['Maria Lopez says she left.', [['Lopez', 'female']], []],
    ['Gonzalez said, he would stay.', [], []],
    ['Shares of Delta Air Lines fell.', [], ['Delta Air']],
    ['Delta Air Lines’ stock fell.', [], ['Delta Air']],
    ['The Home Depot Company sold Acme Cos units.', [], ['The Home Depot', 'Acme']],
    ['The Companyx grew.', [], []],
    ['Acme’s chief executive resigned; Acme\'s board met.', [], ['Acme']],
    ['Acme’s chiefs resigned.', [], []],
  ] as Array<[string, Array<[string, string]>, string[]]>)('%s', (text, persons, orgs) => {
    const names = readDocumentNames(text);
    expect([...names.persons]).toEqual(persons);
    expect([...names.orgs]).toEqual(orgs);
  });
});
