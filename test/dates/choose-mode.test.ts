import { describe, expect, it } from 'vitest';
import { chooseMode, paragraphSpans, tagDates, tagDocument } from '../../src/dates/index.ts';

const tag = (text: string, dct: string) => tagDates(text, paragraphSpans(text), { dct, mode: 'news' });

describe('chooseMode: a news report with background years', () => {
  it.each([
    [
      'stays news when it speaks from its date',
      'Officials said yesterday that the talks would resume. The border was closed in 2011, reopened in 2014 and closed again in 2016.',
      'news',
    ],
    ['is history without such words', 'The border was closed in 2011, reopened in 2014 and closed again in 2016.', 'narrative'],
    ['is history when "now" is the story\'s now', 'The border was closed in 2011 and reopened in 2014. The army now held the pass, and the next year it closed again in 2016.', 'narrative'],
    ['is the history of a recent war when it names many dates over a year old', 'The crisis began in August 2017. Elections were held in January 2018. The invasion began on March 20, 2018, the capital fell on April 9, 2018, and the last brigade left in October 2018.', 'narrative'],
    ['is history with years before the common era', 'In 492 BC the fleet sailed. In 490 BC it sailed again.', 'narrative'],
  ])('%s', (_name, text, mode) => {
    expect(chooseMode(tag(text, '2020-03-04'), '2020-03-04')).toBe(mode);
  });
});

describe('tagDocument: a news document reads its background paragraphs as a narrative', () => {
  const text = 'Officials said yesterday that the talks would resume in March.\n\nThe border was closed in 2011 and reopened in 2014. In March, it closed again.';
  const tagged = tagDocument(text, paragraphSpans(text), '2020-03-04');
  const march = tagged.mentions.filter((m) => m.text === 'March').map((m) => m.value);
  it('the document stays news', () => expect(tagged.mode).toBe('news'));
  it('one paragraph reads as a narrative', () => expect(tagged.narrativeSpans).toBe(1));
  it('"March" in the news paragraph is near the DCT, in the background one the year the text set', () => expect(march).toEqual(['2020-03', '2014-03']));
});
