import { readFactuality } from './src/events/read-factuality.ts';
const cases: Array<[string, string, string | null, string | null]> = [
  ['Those included costs associated with the potential Valley Federal Savings and Loan Association acquisition, which was terminated on Sept. 27, 1989.', 'Sept. 27, 1989', '1989-09-27', '1989-09-27'],
];
for (const [s, phrase, ds, de] of cases) {
  const start = s.indexOf(phrase);
  const r = readFactuality({ text: s, sentence: { start: 0, end: s.length, text: s }, anchor: { start, end: start + phrase.length, text: phrase }, dateStart: ds, dateEnd: de, published: '1989-11-01' });
  console.log(r.status, r.cues.map((c) => c.text), '|', s);
}
