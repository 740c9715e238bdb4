import { describe, expect, it } from 'vitest';
import { analysePageChrome, classifyLine } from '../../src/clean/strip-page-chrome.ts';
import { findArticleHead } from '../../src/clean/find-article-head.ts';

/** A web page as scraped: a menu and a site date above the headline, share counts, related posts and a footer below. */
const PAGE = `  • Home
  • World
  • Politics
  • Sport
Monday, March 2, 2026
Subscribe

Floods leave thousands homeless across the northern provinces

By Jane Roe
4 February 2021
Reading Time: 3 mins
1.2k
SHARES

Heavy rain that began on Sunday swept away bridges and roads in the northern provinces, and the government said that more than 12,000 people had to leave their homes.

Officials said the river rose faster than at any time since records began in 1950, and that the army had been sent to help.

Relief

Aid agencies warned that the coming weeks would be hard for the families who lost everything.

Share on Facebook
Tweet
Related posts
Markets fall as oil prices rise again
10 March 2026
Markets fall as oil prices rise again
Election date set for the autumn
9 March 2026
Election date set for the autumn
© 2026 Example News Ltd, all rights reserved
`;

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));

describe('page chrome', () => {
  const analysis = analysePageChrome(PAGE, 0);
  const chromeLines = analysis.lines.filter((l) => analysis.chrome[l.index]).map((l) => l.text.trim());
  const kept = analysis.lines.filter((l) => !l.blank && !analysis.chrome[l.index]).map((l) => l.text.trim());

  it('keeps the article paragraphs, its closing sentence and its headings', () => {
    expect(kept).toContain('Relief');
    expect(kept.some((l) => l.startsWith('Heavy rain that began'))).toBe(true);
    expect(kept.some((l) => l.startsWith('Aid agencies warned'))).toBe(true);
  });

  it.each(['• Home', 'Monday, March 2, 2026', '1.2k', 'Share on Facebook', 'Markets fall as oil prices rise again', '10 March 2026', '© 2026 Example News Ltd, all rights reserved'])(
    'leaves out %s',
    (line) => {
      expect(chromeLines).toContain(line);
    },
  );

  it('finds the headline and the byline below it, never the site date above it', () => {
    const head = findArticleHead(analysis);
    expect(head.title?.index).toBe(lineOf(PAGE, 'Floods leave'));
    expect(head.published?.value).toBe('2021-02-04');
    expect(PAGE.slice(head.published!.span.start, head.published!.span.end)).toBe('4 February 2021');
    expect(head.author).toBe('Jane Roe');
  });

  it('finds no publication date when only the site header has one', () => {
    const page = PAGE.replace('4 February 2021\n', '');
    expect(findArticleHead(analysePageChrome(page, 0)).published).toBeNull();
  });
});

describe('classifyLine', () => {
  it.each([
    ['A sentence of ordinary prose that is long enough to count and has many of the little words in it.', false, 'good'],
    ['  • Donate', false, 'bad'],
    ['319', false, 'bad'],
    ['170 2', false, 'bad'],
    ['Next Post', true, 'bad'],
    ['Atrocities', false, 'short'],
  ])('%j (repeated: %s) is %s', (line, repeated, expected) => {
    expect(classifyLine(line, repeated).cls).toBe(expected);
  });
});

describe('newswire datelines', () => {
  it.each([
    ['NAIROBI, Kenya (AP) _\n\nSuspected bombs exploded outside the U.S. embassies in the Kenyan and Tanzanian capitals Friday, killing dozens of people, witnesses said.', 'AP', null],
    ['LONDON, Oct 13, 2019 (Reuters) - The government said on Sunday that it would hold an inquiry into the collapse of the bridge over the river.', 'Reuters', '2019-10-13'],
    ['RAQQA, (ST)- New evidence has surfaced to document the close connection between the regime and the terrorist organization in the region.', 'ST', null],
  ])('%j gives agency %s and date %s', (text, agency, published) => {
    const head = findArticleHead(analysePageChrome(text, 0));
    expect(head.agency).toBe(agency);
    expect(head.published?.value ?? null).toBe(published);
  });
});

describe('datelines without an agency or a year', () => {
  it.each([
    ['WASHINGTON _\n\nThe Senate voted on Tuesday to approve the budget after a long debate that lasted well into the night, officials said.'],
    ['JOHANNESBURG, August 7 (Xinhua) --\n\nSouth Africa condemned the bombings of the embassies in Nairobi and Dar es Salaam on Friday, the foreign ministry said.'],
  ])('%j is a dateline, kept out of the chrome', (text) => {
    const analysis = analysePageChrome(text, 0);
    const head = findArticleHead(analysis);
    expect(head.byline.map((l) => l.text)).toEqual([text.split('\n')[0]]);
    expect(head.published).toBeNull();
  });
});

/** Written for these tests in the shape of a Wikinews file: headline, blank line, dateline, body. */
const PLAIN_BODY = `The city library reopened on Saturday after a two-year renovation that doubled its reading rooms and added a children's wing.

The mayor said the project came in under budget. Visitors praised the new lighting.
`;

describe('plain news files: headline, blank line, dateline, body', () => {
  it.each([
    ['a two-word headline', `Library reopens\n\nSunday, June 3, 2012\n\n${PLAIN_BODY}`, '2012-06-03'],
    ['a four-word headline', `City library reopens doors\n\nSunday, June 3, 2012\n\n${PLAIN_BODY}`, '2012-06-03'],
    ['a date without its weekday', `City library reopens its doors after renovation\n\nJune 3, 2012\n\n${PLAIN_BODY}`, '2012-06-03'],
    ['a day-month-year date', `Regional airline orders twelve turboprops\n\nFriday, 9 October 2009\n\nA regional airline has ordered twelve new turboprop aircraft. Deliveries will start in 2011.\n`, '2009-10-09'],
    ['a one-sentence body', `City library reopens\n\nSunday, June 3, 2012\n\nThe city library reopened on Saturday.\n`, '2012-06-03'],
    ['a headline the text repeats', `Library reopened\n\nSunday, June 3, 2012\n\nLibrary reopened on Saturday after a two-year renovation that doubled its reading rooms and added a wing.\n`, '2012-06-03'],
    ['a sources section after the body', `Storm cuts power to homes\n\nSunday, November 18, 2007\n\nAbout 20,000 homes lost power overnight as winds brought down lines.\n\nSources\n\n "Storm leaves thousands without power" — County Courier, November 18, 2007\n`, '2007-11-18'],
  ])('%s: keeps headline and dateline, reads the date, keeps every body line', (_, text, published) => {
    const analysis = analysePageChrome(text, 0);
    const head = findArticleHead(analysis);
    const lines = text.split('\n');
    expect(head.title?.text).toBe(lines[0]);
    expect(head.byline.map((l) => l.text)).toEqual([lines[2]]);
    expect(head.published?.value).toBe(published);
    // The first paragraph of the body stays body text: neither chrome nor mistaken for the headline.
    expect(analysis.chrome[4]).toBe(false);
  });

  it('keeps headline, date and a wire dateline standing on its own line before the body', () => {
    const text = `Abortion Rights Doctor Remembered\n\nSunday, October 24, 1999\n\nBUFFALO, N.Y. (AP) --\n\n${PLAIN_BODY}`;
    const analysis = analysePageChrome(text, 0);
    const head = findArticleHead(analysis);
    expect(head.title?.text).toBe('Abortion Rights Doctor Remembered');
    expect(head.published?.value).toBe('1999-10-24');
    expect(head.byline.map((l) => l.text)).toEqual(['Sunday, October 24, 1999', 'BUFFALO, N.Y. (AP) --']);
    expect(head.agency).toBe('AP');
    expect(analysis.chrome[6]).toBe(false);
  });

  it('keeps a wire dateline that names no place, "(Undated)"', () => {
    const text = '(Undated)\n\nThe appeals court refused on Thursday to order an asylum hearing for the boy, and his relatives said they would consider an appeal.\n';
    const head = findArticleHead(analysePageChrome(text, 0));
    expect(head.byline.map((l) => l.text)).toEqual(['(Undated)']);
  });
});
