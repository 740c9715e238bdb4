/**
 * What the factuality reader costs on one long sentence with no sentence end (a list, a table, a
 * scraped page): 50 dates read in sentences of 100, 200 and 400 clauses, CPU printed.
 *   node --import tsx bench/factuality-long-sentence.ts
 */
import { type FactualityInput, readFactuality } from '../src/events/read-factuality.ts';
for (const n of [100, 200, 400]) {
  const unit = 'officials said the attack on Monday was planned and troops will move, ';
  const text = unit.repeat(n);
  const sentence = { start: 0, end: text.length, text };
  const t0 = process.cpuUsage();
  let i = 0;
  for (let at = text.indexOf('Monday'); at >= 0 && i < 50; at = text.indexOf('Monday', at + 1), i++) {
    readFactuality({ text, sentence, published: '2020-01-10', dateStart: '2020-01-06', dateEnd: '2020-01-06', anchor: { start: at, end: at + 6, text: 'Monday' }, anchorIsPredicate: false } satisfies FactualityInput);
  }
  const u = process.cpuUsage(t0);
  console.log(n, 'units', text.length, 'chars', ((u.user + u.system) / 1000).toFixed(0), 'ms for 50 dates');
}
