import { describe, expect, it } from 'vitest';
import { articleVoice, findHedge, findSpeaker, speakerPhrase } from '../../src/events/attribute-claims.ts';

describe('findSpeaker', () => {
  it.each([
    ['According to SANA, a supervisor of the camp uncovered that the camp was shelled.', 'SANA', false],
    ['Last November, the US Treasury said that there are entities who finance ISIS.', 'the US Treasury', false],
    ['In 2014, a former communications technician told Newsweek:', 'a former communications technician', false],
    ['Abdul Karim Omar explained that the operation is evidence.', 'Abdul Karim Omar', false],
    ['Moscow has openly accused Turkey of violating international law.', 'Moscow', false],
    ['"We will not leave," said Maria Lopez, a resident.', 'Maria Lopez', false],
    ['He said: "The border was open."', 'He', true],
    ['For example, it was revealed that Turkey bussed in hundreds of fighters.', null, false],
    ['It’s claimed that the ethnic cleansing is still ongoing.', null, false],
    ['The storm reached the coast late in the evening.', null, false],
    // A speaker is a noun phrase, never a function word or a gerund.
    ['Deliveries will resume in March, although industry experts said the date may slip.', 'industry experts', false],
    ['Boeing, having said in January that production would resume, stayed silent on Friday.', null, false],
    ['According to having reviewed the data, the airline grounded the fleet.', null, false],
    ['Production will resume in May, according to a Boeing spokesman.', 'a Boeing spokesman', false],
    ['According to officials who spoke on condition of anonymity, the talks failed on Monday.', 'officials', false],
    ['Airbus told Reuters on Tuesday that deliveries would resume in 2014.', 'Airbus', false],
    ['While the union said the strike would end on Friday, talks stalled.', 'the union', false],
    // A place set off by commas stays in its noun phrase; a fallback to the last clause when the whole does not read as one.
    ['The Rockford, Ill., maker of fasteners also said it expects to post sales.', 'The Rockford, Ill., maker of fasteners', false],
    ['A spokesman for the Stamford, Conn.based company said operations had a loss.', 'A spokesman for the Stamford, Conn.based company', false],
    ['The giant foods, tobacco and brewing company said it will issue rights.', 'The giant foods, tobacco and brewing company', false],
    ['In the Hague, Dutch officials said the plant would close.', 'Dutch officials', false],
    ['In Paris, police said the plant would close.', 'police', false],
    // Words in -s that are as often nouns speak only before "that", a quote or a comma.
    ['Carnival presented claims for $1.5 billion damages in the bankruptcy court this week.', null, false],
    ['Hertz Corp. -- $100 million of senior notes due Nov. 1, 2009, priced at par to yield 9%.', null, false],
    ['The newspaper, quoting ``secret reports,\'\' said Syria had indicated its interest.', null, false],
    ['The company reports that sales fell.', 'The company', false],
    // No clause, no pronoun with more words, no sentence period as a speaker.
    ['It was not immediately known if the arrest announced today stemmed from the indictment.', null, false],
    ['He also rejected the offer and said he would stay.', null, false],
    ['"Then go back to normal," says Mr. Litvack.', 'Mr. Litvack', false],
    ['"We anticipate a decline," said Bethlehem Chairman Walter F. Williams.', 'Bethlehem Chairman Walter F. Williams', false],
    ['Savin Corp. said it would close the plant.', 'Savin Corp.', false],
    ['The mayor has allocated funds, according to a news agency report Friday.', 'a news agency report', false],
  ])('%s -> %s', (sentence, speaker, pronoun) => {
    expect(findSpeaker(sentence)).toEqual({ speaker, pronoun });
  });
});

describe('findHedge', () => {
  it.each([
    ['Cumhuriyet posted a video allegedly showing trucks.', 'allegedly'],
    ['These arms were reportedly destined for Ansar al-Islam.', 'reportedly'],
    ['It appears that many of the troops are jihadists.', 'It appears'],
    ['The bus drivers claimed the operation was organised by MIT.', 'claimed'],
    ['Then it may be that massacres become the norm.', 'may'],
    ['The meeting is set for May 5.', null],
    ['The army entered the town on Tuesday.', null],
  ])('%s -> %s', (sentence, hedge) => {
    expect(findHedge(sentence)).toBe(hedge);
  });
});

describe('speakerPhrase', () => {
  it.each([
    ['the European Aviation Safety Agency', 'the European Aviation Safety Agency'],
    ['although industry experts', 'industry experts'],
    ['having', null],
    ['although', null],
    ['of the', null],
    ['he', 'he'],
    ['Last week Control Data', 'Control Data'],
    ['President Bush on Tuesday', 'President Bush'],
    ['Mr. Fournier also', 'Mr. Fournier'],
    ['Earlier AT and T', 'AT and T'],
    ['CBS News first', 'CBS News'],
    ['AP)_ The Organization of African Unity', 'The Organization of African Unity'],
    ['000 employees that Unisys', 'Unisys'],
    ['earlier this month', null],
    ['It\'s no secret that she\'s', null],
    ['The less-than-robust third-quarter results came amid', null],
    ['individuals familiar with Mr', null],
    ['the company’s chief executive', 'the company’s chief executive'],
  ])('%s -> %s', (raw, phrase) => {
    expect(speakerPhrase(raw)).toBe(phrase);
  });
});

describe('articleVoice', () => {
  const base = { author: null, publisher: null, url: null, title: 'Airbus delays A350 deliveries' };
  it.each([
    [{ ...base, author: 'Jane Roe', publisher: 'Wikinews' }, 'Jane Roe'],
    [{ ...base, publisher: 'Wikinews' }, 'Wikinews'],
    [{ ...base, url: 'https://www.example.org/2014/airbus' }, 'example.org'],
    [base, 'the article “Airbus delays A350 deliveries”'],
  ])('%j -> %s', (document, voice) => {
    expect(articleVoice(document)).toBe(voice);
  });
});
