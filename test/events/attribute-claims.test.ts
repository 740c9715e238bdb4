import { describe, expect, it } from 'vitest';
import { findHedge, findSpeaker } from '../../src/events/attribute-claims.ts';

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
