import { describe, expect, it } from 'vitest';
import { attachmentCandidates, eventStatus, factualityFeatures, readEventStatuses, readFactuality, tokenKey } from '../../src/events/read-factuality.ts';
import type { FactualityStatus } from '../../src/types.ts';

/** [sentence, the date phrase it is dated by, its first day, expected status, expected cue words, its last day]. Published 2019-10-13. */
type Case = [string, string, string | null, FactualityStatus, string[], string?];
const PUBLISHED = '2019-10-13';

const CASES: Case[] = [
  // happened: past tense, present perfect, plain present on a past date
  ['Turkey launched its offensive into northern Syria on 9 October.', '9 October', '2019-10-09', 'happened', []],
  ['The Syrian army has entered the town of Manbij on Monday.', 'Monday', '2019-10-07', 'happened', []],
  ['In 2014, the group seized large parts of Iraq.', '2014', '2014-01-01', 'happened', []],
  ['The plant, which opened in 2010, will close next year.', '2010', '2010-01-01', 'happened', []],
  ['He was arrested in March after the raid.', 'March', '2019-03-01', 'happened', []],
  // ongoing: present progressive, "continues to"
  ['Kurdish forces are fighting near Ras al-Ain this week.', 'this week', '2019-10-07', 'ongoing', ['are', 'fighting']],
  ['Since 2011, the war has been raging across the country.', '2011', '2011-01-01', 'ongoing', ['been', 'raging']],
  ['The airline continues to fly the route this month.', 'this month', '2019-10-01', 'ongoing', ['continues']],
  // planned: will, scheduled, due, plans to, to be held, said it would
  ['The first deliveries will take place in 2014.', '2014', '2014-01-01', 'planned', ['will']],
  ['The summit is scheduled for 20 November.', '20 November', '2019-11-20', 'planned', ['scheduled']],
  ['Boeing plans to resume production in January.', 'January', '2020-01-01', 'planned', ['plans']],
  ['The company said it would open the plant in 2021.', '2021', '2021-01-01', 'planned', ['would']],
  ['Elections are due to be held in December.', 'December', '2019-12-01', 'planned', ['due']],
  ['The talks in Geneva on Friday.', 'Friday', '2019-10-18', 'planned', ['Friday']],
  ['The banks must wait at least 30 days before closing the purchase on 1 December.', '1 December', '2019-12-01', 'planned', ['must']],
  ['Then yesterday, he tried to entice Arab leaders with his proposal.', 'yesterday', '2019-10-12', 'happened', []],
  ['The foreign minister sought to soften the words, saying on Friday that Russia feels the US must hold off.', 'Friday', '2019-10-11', 'happened', []],
  // expected: expected to, forecast, predicted
  ['Production is expected to resume in March.', 'March', '2020-03-01', 'expected', ['expected']],
  ['Analysts forecast that sales will fall in 2020.', '2020', '2020-01-01', 'planned', ['will']],
  ['The first flight is anticipated to be around 2020.', '2020', '2020-01-01', 'expected', ['anticipated']],
  ['Economists predicted the recession would end in 2010.', '2010', '2010-01-01', 'planned', ['would']],
  // possible: may, could, would have
  ['The ceasefire may collapse by the end of the month.', 'the end of the month', '2019-10-31', 'possible', ['may']],
  ['Talks could begin as early as next week.', 'next week', '2019-10-14', 'possible', ['could']],
  ['Without the deal, the plant would have closed in 2015.', '2015', '2015-01-01', 'possible', ['would']],
  ['The union cannot stop the strike before Friday.', 'Friday', '2019-10-18', 'possible', ['cannot']],
  ["He estimated that the company wouldn't be profitable until 1994.", '1994', '1994-01-01', 'possible', ['would', "n't"]],
  // denied: did not, denied that, failed to, never, refused to
  ['The minister did not attend the meeting on Monday.', 'Monday', '2019-10-07', 'denied', ['not']],
  ['The ministry denied that troops crossed the border on 9 October.', '9 October', '2019-10-09', 'denied', ['denied']],
  ['The rocket failed to reach orbit in 2018.', '2018', '2018-01-01', 'denied', ['failed']],
  ['The two leaders never met in 2017.', '2017', '2017-01-01', 'denied', ['never']],
  ['The struggle must not stop for one minute!', 'one minute', null, 'denied', ['not']],
  ['The union refused to return to work on Thursday.', 'Thursday', '2019-10-10', 'denied', ['refused']],
  ['The court on Monday neither approved nor rejected the decision.', 'Monday', '2019-10-07', 'denied', ['neither']],
  ['Neither side agreed to talks on Monday.', 'Monday', '2019-10-07', 'happened', []],
  // tricky ones
  ['"We will never forget what happened in 1989," he said.', '1989', '1989-01-01', 'happened', []],
  ['As a boy in the 1950s he would walk to school every day.', 'the 1950s', '1950-01-01', 'happened', ['would']],
  ['The spokesman did not deny that the meeting took place in May.', 'May', '2019-05-01', 'happened', []],
  ['The firm not only cut jobs in 2015 but also closed two plants.', '2015', '2015-01-01', 'happened', []],
  ['The launch was scheduled for 5 May but was cancelled because of the weather.', '5 May', '2019-05-05', 'denied', ['scheduled', 'but', 'cancelled']],
  ['The company did not plan to hire anyone in 2018.', '2018', '2018-01-01', 'denied', ['not', 'plan']],
  // the clause's verb, not an adjective: hyphenated compounds and words after adverbs
  ['Anheuser said the strategy will mean lower-than-anticipated earnings for the last half of 1989.', 'the last half of 1989', '1989-07-01', 'planned', ['will']],
  ['"We will have a reasonably flat year this year," he says.', 'this year', '2019-01-01', 'planned', ['will']],
  ['They are not a happy group of people right now.', 'right now', '2019-10-13', 'denied', ['not']],
  // a governor found as the date's predicate, a forecast whose object holds the date
  ['But now we are going to go back to New York.', 'now', '2019-10-13', 'planned', ['going']],
  ['He forecast an earnings increase for the full year.', 'the full year', '2019-01-01', 'expected', ['forecast']],
  ['He expects revenue in the latest quarter to total about $28 million.', 'the latest quarter', '2019-07-01', 'expected', ['expects']],
  ['The exiles will resist the ruling, Cuba predicted Wednesday.', 'Wednesday', '2019-10-09', 'happened', []],
  ['Analysts forecast 2019 earnings of $2 a share.', '2019', '2019-01-01', 'expected', ['forecast'], '2019-12-31'],
  // periods counted forward from the text's day; from the story's when the verb is past
  ['Managers will face pressure to pay departing investors in the weeks ahead.', 'the weeks ahead', null, 'planned', ['ahead']],
  ['The accord calls for the company to buy the shares within 18 months.', '18 months', null, 'planned', ['within']],
  ['The plan includes disposing of unprofitable units within 18 months.', 'within 18 months', null, 'planned', ['within']],
  ['Over the next three years the empire grew.', 'the next three years', null, 'happened', []],
  ['He spoke of acquisitions to be made during the next 12 to 18 months.', 'the next 12 to 18 months', null, 'planned', ['next']],
  // a date between an auxiliary and its verb, adverbs before a subject, adjectives after a determiner, nouns after "to"
  ['The carrier is now patrolling the Persian Gulf.', 'now', '2019-10-13', 'ongoing', ['is', 'patrolling']],
  ['Now critics of the academy are targeting its owner.', 'Now', '2019-10-13', 'ongoing', ['are', 'targeting']],
  ['They announced plans to travel to an unnamed city next week.', 'next week', '2019-10-14', 'planned', ['plans']],
  ['The company will begin mailing materials to shareholders at the end of this week.', 'the end of this week', '2019-10-19', 'planned', ['will']],
  // a date premodifying a noun dates the noun's event, past when its period is over; else the clause decides
  ['Amir is serving a life sentence for the November 1995 assassination of Rabin.', 'November 1995', '1995-11-01', 'happened', [], '1995-11-30'],
  ['Hadson said it expects to report a third-quarter net loss of $17 million.', 'third-quarter', '2019-07-01', 'happened', [], '2019-09-30'],
  ['The firm is trying to sell itself under a June agreement with its shareholders.', 'June', '2019-06-01', 'happened', [], '2019-06-30'],
  ['The quake will result in a fourth-quarter charge of $10 million.', 'fourth-quarter', '2019-10-01', 'planned', ['will'], '2019-12-31'],
  ['Last year sales will rise.', 'Last year', '2018-01-01', 'planned', ['will'], '2018-12-31'],
  ['The 2018 ethnic cleansing of Kurds in Afrin is still ongoing.', '2018', '2018-01-01', 'ongoing', ['is', 'ongoing'], '2018-12-31'],
  // an adjective in -ing after "be" is a state, not a progressive
  ['"Obviously, it is deeply discouraging for the family after 22 months," he said.', '22 months', null, 'happened', []],
  ['The rebels are attacking the town this week.', 'this week', '2019-10-07', 'ongoing', ['are', 'attacking']],
  // an existential with "no" denies; "not only" still is no negation
  ['While there were no one-time gains in the latest period, there was a gain in 2018.', 'the latest period', '2019-07-01', 'denied', ['no'], '2019-09-30'],
  ['There were only two gains in the latest period.', 'the latest period', '2019-07-01', 'happened', [], '2019-09-30'],
  // quotes around a phrase with no verb do not close the clause
  ['The unit said it would seek to liquidate the maker "as soon as possible," even if no merger is made.', 'as soon as possible', null, 'planned', ['would', 'seek']],
  // a subordinator or preposition followed by a verb opens the date's own clause; followed by no verb, it opens none
  ['The boy will remain in the country even after a federal court Thursday refused to order a hearing.', 'Thursday', '2019-10-10', 'happened', []],
  ['The strike would have gone on until the union on Monday accepted the offer.', 'Monday', '2019-10-07', 'happened', []],
  ['The plant could reopen after two weeks, the union said.', 'two weeks', null, 'possible', ['could']],
  ['The army will not leave before the elections in March.', 'March', '2020-03-01', 'denied', ['not']],
  // a cleft "it was not until ... that" dates what follows it and denies nothing; "will not ... until" still denies
  ['It was not until 1990 after the old plant was closed that the firm opened a new one.', '1990', '1990-01-01', 'happened', []],
  ["It wasn't until Monday after the talks were over that he left.", 'Monday', '2019-10-07', 'happened', []],
  ['The plant will not open until 2021.', '2021', '2021-01-01', 'denied', ['not']],
  // the verb right after "who" or ", which" heads the relative clause that holds the date
  ['People who remain in junk funds now could get hit again.', 'now', '2019-10-13', 'happened', []],
  ['The rights, which expire Nov. 21, can be exercised for $100 each.', 'Nov. 21', '2019-11-21', 'planned', ['Nov. 21']],
  // a date right before a past form is that verb's time ("previously announced"), unless the participle modifies a noun ("based on")
  ['The offer is being launched under a previously announced agreement.', 'previously', null, 'happened', []],
  ['The firm will pay fees during the next four years based on earnings.', 'the next four years', null, 'planned', ['will']],
  // "and"/"or" with a new subject and its verb opens a coordinated clause; "and" in a noun phrase does not
  ['It expects to post a loss for the year and its liabilities currently exceed its assets.', 'currently', '2019-10-13', 'happened', []],
  ['It expects to post a loss in Europe and Asia this year.', 'this year', '2019-01-01', 'expected', ['expects']],
  // a date on a noun that names a happening: the noun's own words decide ("the planned attack on Monday")
  ['The planned attack on Monday was widely reported.', 'Monday', '2019-10-07', 'planned', ['planned']],
  ['The strike on Monday was called off.', 'Monday', '2019-10-07', 'denied', ['called']],
  ['The talks on Monday, which did not take place, had been announced in May.', 'Monday', '2019-10-07', 'denied', ['not']],
  ['A possible merger in 2018 was discussed by the board.', '2018', '2018-01-01', 'possible', ['possible'], '2018-12-31'],
  ['Rebels called off the strike on Monday.', 'Monday', '2019-10-07', 'happened', []],
  // a noun of possibility or expectation governs its "that" clause; after no determiner, or as a verb, it does not
  ['Officials played down the likelihood that either man was involved on Monday.', 'Monday', '2019-10-07', 'possible', ['likelihood']],
  ['There is a chance that the plant closed in May.', 'May', '2019-05-01', 'possible', ['chance']],
  ['Analysts share the expectation that sales rose in September.', 'September', '2019-09-01', 'expected', ['expectation']],
  ['I hope that, whatever happened on Monday, our ties stay strong.', 'Monday', '2019-10-07', 'happened', []],
  ['The plan that the board approved on Monday was sound.', 'Monday', '2019-10-07', 'happened', []],
  ['Third-quarter sales dropped 11% to $1.27 billion.', 'Third-quarter', '2019-07-01', 'happened', [], '2019-09-30'],
];

describe('readFactuality', () => {
  it.each(CASES)('%s', (sentence, phrase, dateStart, status, cues, dateEnd) => {
    const start = sentence.indexOf(phrase);
    expect(start, `"${phrase}" is in the sentence`).toBeGreaterThanOrEqual(0);
    const result = readFactuality({
      text: sentence,
      sentence: { start: 0, end: sentence.length, text: sentence },
      anchor: { start, end: start + phrase.length, text: phrase },
      dateStart,
      dateEnd: dateEnd ?? null,
      published: PUBLISHED,
    });
    expect({ status: result.status, cues: result.cues.map((c) => c.text) }).toEqual({ status, cues });
    for (const cue of result.cues) expect(sentence.slice(cue.start, cue.end)).toBe(cue.text);
  });
});

/**
 * [sentence, the date phrase it is dated by, its first day, its last day, an event word of it, its
 * kind, its expected status, expected cue words]. Published 2019-10-13.
 */
type WordCase = [string, string, string, string, string, 'verb' | 'noun', FactualityStatus, string[]];
const WORD_CASES: WordCase[] = [
  // a noun's own words: premodifiers, "no", "without"
  ['The planned attack on Monday was widely reported.', 'Monday', '2019-10-07', '2019-10-07', 'attack', 'noun', 'planned', ['planned']],
  ['A possible merger was discussed on Monday.', 'Monday', '2019-10-07', '2019-10-07', 'merger', 'noun', 'possible', ['possible']],
  ['The proposed law was debated on Monday.', 'Monday', '2019-10-07', '2019-10-07', 'law', 'noun', 'planned', ['proposed']],
  ['The expected decline in sales came in March.', 'March', '2019-03-01', '2019-03-31', 'decline', 'noun', 'expected', ['expected']],
  ['There was no vote on Monday.', 'Monday', '2019-10-07', '2019-10-07', 'vote', 'noun', 'denied', ['no']],
  ['The bill passed without a debate in May.', 'May', '2019-05-01', '2019-05-31', 'debate', 'noun', 'denied', ['without']],
  ['The aborted invasion of 1961 still haunts the exiles.', '1961', '1961-01-01', '1961-12-31', 'invasion', 'noun', 'denied', ['aborted']],
  // a governing noun through "of", "for"
  ['Plans for talks were announced on Monday.', 'Monday', '2019-10-07', '2019-10-07', 'talks', 'noun', 'planned', ['Plans']],
  ['The threat of a strike hung over the port in September.', 'September', '2019-09-01', '2019-09-30', 'strike', 'noun', 'possible', ['threat']],
  ['There were no plans for an election in 2018.', '2018', '2018-01-01', '2018-12-31', 'election', 'noun', 'denied', ['no', 'plans']],
  // what the noun's own clause says of it: a relative clause, a verb of occurring, a passive of cancelling
  ['The attack, which did not occur, was planned for Monday.', 'Monday', '2019-10-07', '2019-10-07', 'attack', 'noun', 'denied', ['not']],
  ['Talks on a ceasefire that never happened were announced in May.', 'May', '2019-05-01', '2019-05-31', 'ceasefire', 'noun', 'denied', ['never']],
  ['The strike on Monday was called off.', 'Monday', '2019-10-07', '2019-10-07', 'strike', 'noun', 'denied', ['called']],
  ['The summit will take place in Geneva next month.', 'next month', '2019-11-01', '2019-11-30', 'summit', 'noun', 'planned', ['will']],
  ['Third-quarter sales dropped 11% to $1.27 billion.', 'Third-quarter', '2019-07-01', '2019-09-30', 'sales', 'noun', 'happened', []],
  // a noun object takes its verb's status: "will hold talks", "plans to complete the merger"; of a past verb it happened
  ['The government will hold talks with the rebels next week.', 'next week', '2019-10-14', '2019-10-20', 'talks', 'noun', 'planned', ['will']],
  ['The company plans to complete the merger in 2020.', '2020', '2020-01-01', '2020-12-31', 'merger', 'noun', 'planned', ['plans']],
  ['Analysts expect a decline in sales in 2020.', '2020', '2020-01-01', '2020-12-31', 'decline', 'noun', 'expected', ['expect']],
  ['The union threatened a strike on Monday.', 'Monday', '2019-10-07', '2019-10-07', 'strike', 'noun', 'possible', ['threatened']],
  ['Rebels called off the strike on Monday.', 'Monday', '2019-10-07', '2019-10-07', 'strike', 'noun', 'denied', ['called', 'off']],
  ['The army did not launch an attack on Monday.', 'Monday', '2019-10-07', '2019-10-07', 'attack', 'noun', 'denied', ['not']],
  ['The army launched an attack on the town on Monday.', 'Monday', '2019-10-07', '2019-10-07', 'attack', 'noun', 'happened', []],
  ['The quake will result in a fourth-quarter charge.', 'fourth-quarter', '2019-10-01', '2019-12-31', 'charge', 'noun', 'planned', ['will']],
  // ... unless the date's period is over: the income was earned, what is to come is its report
  ['The company expects to report net income for the third quarter.', 'the third quarter', '2019-07-01', '2019-09-30', 'income', 'noun', 'happened', []],
  // a noun with no cue of its own in the date's clause takes the date; outside it, no date
  ['The summit in Geneva opens on Friday.', 'Friday', '2019-10-18', '2019-10-18', 'summit', 'noun', 'planned', ['Friday']],
  ['The summit in Geneva opens on Friday; the minister spoke after the strike.', 'Friday', '2019-10-18', '2019-10-18', 'strike', 'noun', 'happened', []],
  // every verb its own reading, not the date's one status: "said Thursday he has sent a team ... he hopes to recover"
  ['The commander said Thursday he has sent a team to recover the remains.', 'Thursday', '2019-10-10', '2019-10-10', 'said', 'verb', 'happened', []],
  ['The commander said Thursday he hopes to recover the remains.', 'Thursday', '2019-10-10', '2019-10-10', 'recover', 'verb', 'planned', ['hopes']],
  ['The company said on Monday that it would close the plant.', 'Monday', '2019-10-07', '2019-10-07', 'close', 'verb', 'planned', ['would']],
  ['The ministry denied on Monday that the troops never crossed the border.', 'Monday', '2019-10-07', '2019-10-07', 'crossed', 'verb', 'denied', ['never']],
  ['The firm said in May that it was accused of engaging in fraud.', 'May', '2019-05-01', '2019-05-31', 'engaging', 'verb', 'happened', []],
  ['"I want to be clear," he said on Friday.', 'Friday', '2019-10-11', '2019-10-11', 'want', 'verb', 'happened', []],
  // a governor in -ing governs as its other forms do: "were trying to attend", "was hoping to win"
  ['They were trying to attend a vigil on Friday.', 'Friday', '2019-10-11', '2019-10-11', 'attend', 'verb', 'planned', ['trying']],
  ['She was hoping to win the race on Sunday.', 'Sunday', '2019-10-06', '2019-10-06', 'win', 'verb', 'planned', ['hoping']],
  ['They were trying to attend a vigil on Friday.', 'Friday', '2019-10-11', '2019-10-11', 'trying', 'verb', 'happened', []],
  // "no longer" negates its verb group: "would no longer become" is a possibility denied, "is no longer" a denial
  ['The minister said on Friday that the country would no longer become a victim.', 'Friday', '2019-10-11', '2019-10-11', 'become', 'verb', 'possible', ['would', 'no longer']],
  ['The plant is no longer open this week.', 'this week', '2019-10-07', '2019-10-13', 'open', 'verb', 'denied', ['no longer']],
  // a verb coordinated with a verb group in the same form shares its auxiliaries
  ['The team is investigating and prosecuting the bombings this week.', 'this week', '2019-10-07', '2019-10-13', 'prosecuting', 'verb', 'ongoing', ['is', 'investigating']],
  ['The board will review and approve the deal next week.', 'next week', '2019-10-14', '2019-10-20', 'approve', 'verb', 'planned', ['will']],
  ['He did not see and hear the blast on Monday.', 'Monday', '2019-10-07', '2019-10-07', 'hear', 'verb', 'denied', ['not']],
  ['Police arrested and charged him on Monday.', 'Monday', '2019-10-07', '2019-10-07', 'charged', 'verb', 'happened', []],
  // nouns WordNet files as acts, events, processes or phenomena are event words, with their own cues
  ['Analysts warned of the expected boom in 2020.', '2020', '2020-01-01', '2020-12-31', 'boom', 'noun', 'expected', ['expected']],
  ['There was no walkout at the plant on Monday.', 'Monday', '2019-10-07', '2019-10-07', 'walkout', 'noun', 'denied', ['no']],
  ['Workers resumed work on the plant on Monday after the fiasco.', 'Monday', '2019-10-07', '2019-10-07', 'fiasco', 'noun', 'happened', []],
  // a date after a governor's infinitive dates what it governs: the expecting holds now, the release is to come
  ['The company said it expects to release results in mid-November.', 'mid-November', '2019-11-10', '2019-11-20', 'expects', 'verb', 'happened', []],
  ['The company said it expects to release results in mid-November.', 'mid-November', '2019-11-10', '2019-11-20', 'release', 'verb', 'expected', ['expects']],
  ['On Tuesday, the league plans to hold a news conference.', 'Tuesday', '2019-10-15', '2019-10-15', 'plans', 'verb', 'planned', ['plans']],
  // "expects X to Y": a governor before the infinitive's subject, past its dates and commas; no verb between
  ['Elco said it expects net income in the year ending June 30, 1990, to fall below the estimate.', 'June 30, 1990', '2019-06-30', '2019-06-30', 'fall', 'verb', 'expected', ['expects']],
  ['He expects revenue in the latest quarter to total about $28 million.', 'the latest quarter', '2019-07-01', '2019-09-30', 'total', 'verb', 'expected', ['expects']],
  ['The union said on Monday that the strike, which began in May, forced the plant to close.', 'Monday', '2019-10-07', '2019-10-07', 'close', 'verb', 'happened', []],
  // a noun coordinated with a noun phrase opened by "no" shares its negation
  ['There were no one-time gains or losses in the latest period.', 'the latest period', '2019-07-01', '2019-09-30', 'losses', 'noun', 'denied', ['no']],
  ['The firm reported gains and losses in the latest period.', 'the latest period', '2019-07-01', '2019-09-30', 'losses', 'noun', 'happened', []],
  // "pending" opening a phrase is a preposition ("until"); after a determiner, a premodifier
  ['Adams kept his party out pending meetings with Blair 10 days ago.', '10 days ago', '2019-10-03', '2019-10-03', 'meetings', 'noun', 'happened', []],
  ['The pending sale of the unit was approved on Monday.', 'Monday', '2019-10-07', '2019-10-07', 'sale', 'noun', 'planned', ['pending']],
  // "be" and a participle that puts the noun's happening to come: "the closing, which is expected in December"
  ['Holders will get $35 a share at closing, which is expected in December.', 'December', '2019-12-01', '2019-12-31', 'closing', 'noun', 'expected', ['expected']],
  ['The election, which was scheduled for March, drew few voters.', 'March', '2019-03-01', '2019-03-31', 'election', 'noun', 'planned', ['scheduled']],
  ['The attack was reported on Monday.', 'Monday', '2019-10-07', '2019-10-07', 'attack', 'noun', 'happened', []],
  // a participle right after the noun, before a preposition, is a reduced relative clause: "a service planned for Saturday"
  ['The talks scheduled for May opened in Geneva.', 'May', '2019-05-01', '2019-05-31', 'talks', 'noun', 'planned', ['scheduled']],
  ['A memorial service planned at the university for Saturday was canceled after the plans leaked.', 'Saturday', '2019-10-12', '2019-10-12', 'service', 'noun', 'denied', ['planned', 'canceled']],
  ['An election expected in March will decide the matter.', 'March', '2019-03-01', '2019-03-31', 'election', 'noun', 'expected', ['expected']],
  ['The strike threatened to close the port on Monday.', 'Monday', '2019-10-07', '2019-10-07', 'strike', 'noun', 'happened', []],
];

describe('readEventStatuses', () => {
  it.each(WORD_CASES)('%s (%s: %s)', (sentence, phrase, dateStart, dateEnd, word, kind, status, cues) => {
    const start = sentence.indexOf(phrase);
    expect(start, `"${phrase}" is in the sentence`).toBeGreaterThanOrEqual(0);
    const words = readEventStatuses({
      text: sentence,
      sentence: { start: 0, end: sentence.length, text: sentence },
      anchor: { start, end: start + phrase.length, text: phrase },
      dateStart,
      dateEnd,
      published: PUBLISHED,
    });
    const found = words.find((w) => w.span.text === word);
    expect(found, `"${word}" is read as an event word`).toBeDefined();
    expect({ kind: found!.kind, status: found!.status, cues: found!.cues.map((c) => c.text) }).toEqual({ kind, status, cues });
    for (const w of words) {
      expect(sentence.slice(w.span.start, w.span.end)).toBe(w.span.text);
      for (const cue of w.cues) expect(sentence.slice(cue.start, cue.end)).toBe(cue.text);
    }
  });

  it('reads no word of the date phrase itself and no function word as an event', () => {
    const sentence = 'The vote on Monday was held in the capital.';
    const start = sentence.indexOf('Monday');
    const words = readEventStatuses({ text: sentence, sentence: { start: 0, end: sentence.length, text: sentence }, anchor: { start, end: start + 6, text: 'Monday' }, dateStart: '2019-10-07', dateEnd: '2019-10-07', published: PUBLISHED });
    expect(words.map((w) => w.span.text)).toEqual(['vote', 'held']);
  });
});

describe('readFactuality of a statement dated from outside it', () => {
  it('reads an embedded post, dated by its signature, from its first clause', () => {
    const text = 'Turkish troops will cross the border tonight. More soon.\n— A Reporter (@reporter) October 9, 2019';
    const post = text.indexOf('\n');
    const signature = text.indexOf('October');
    const result = readFactuality({
      text,
      sentence: { start: 0, end: post, text: text.slice(0, post) },
      anchor: { start: signature, end: text.length, text: text.slice(signature) },
      dateStart: '2019-10-09',
      published: '2019-10-13',
    });
    expect({ status: result.status, cues: result.cues.map((c) => c.text) }).toEqual({ status: 'planned', cues: ['will'] });
  });
});

function dated(sentence: string, phrase: string, dateStart: string | null) {
  const start = sentence.indexOf(phrase);
  return { text: sentence, sentence: { start: 0, end: sentence.length, text: sentence }, anchor: { start, end: start + phrase.length, text: phrase }, dateStart, dateEnd: null, published: PUBLISHED };
}

/** [sentence, date phrase, its first day, the predicates it may anchor, the one the rules take]: what bench/score-attachment.ts ranks. */
const ATTACHMENTS: Array<[string, string, string, string[], string]> = [
  ['Ritter, who arrived Thursday with 50 inspectors, had been allowed to inspect.', 'Thursday', '2019-10-10', ['arrived', 'allowed', 'inspect'], 'arrived'],
  ['The city could have used protection in 1979 when the Soviet Union invaded Afghanistan.', '1979', '1979-01-01', ['used', 'invaded'], 'used'],
  ['The company said on Friday it will close the plant.', 'Friday', '2019-10-11', ['said', 'close'], 'said'],
];

describe('attachmentCandidates', () => {
  it.each(ATTACHMENTS)('%s', (sentence, phrase, dateStart, words, chosen) => {
    const candidates = attachmentCandidates(dated(sentence, phrase, dateStart));
    expect(candidates.map((c) => c.span.text)).toEqual(words);
    expect(candidates.filter((c) => c.chosen).map((c) => c.span.text)).toEqual([chosen]);
    for (const c of candidates) expect(sentence.slice(c.span.start, c.span.end)).toBe(c.span.text);
  });
  it('gives none for an event word', () => {
    expect(attachmentCandidates({ ...dated('He left on Monday.', 'left', '2019-10-07'), anchorIsPredicate: true })).toEqual([]);
  });
});

describe('factualityFeatures', () => {
  it('carries the rules reading and words of the clause, each word feature a span of the text', () => {
    const input = dated('Production is expected to resume in March.', 'March', '2020-03-01');
    const features = factualityFeatures(input, readFactuality(input));
    const names = features.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['bias', 'rule=expected', 'rulecue=expected:expected', 'rel=future', 'b1=in', 'a1=.', 'cb=resume', 'gov=expected@before:in', 'd=march']));
    for (const f of features) if (f.cue) expect(input.text.slice(f.cue.start, f.cue.end)).toBe(f.cue.text);
  });
});

describe('eventStatus', () => {
  it.each([
    [['happened'], 'happened'],
    [['planned', 'happened', 'happened'], 'happened'],
    [['happened', 'denied'], 'denied'],
    [['planned', 'expected'], 'expected'],
    [['ongoing', 'happened'], 'ongoing'],
  ] as Array<[FactualityStatus[], FactualityStatus]>)('%j gives %s', (statuses, status) => {
    expect(eventStatus(statuses)).toBe(status);
  });
});

describe('tokenKey', () => {
  it.each([
    ['Said', 'said'],
    ['WON’T', "won't"],
    ['’s', "'s"],
    ["n't", "n't"],
    ['No longer', 'no longer'],
    ['no \t  longer', 'no longer'],
    ['İstanbul', 'i̇stanbul'],
    ['-', '-'],
  ])('%j gives %j', (word, key) => {
    expect(tokenKey(word)).toBe(key);
  });
});
