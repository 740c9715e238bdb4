import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { attachSpec } from '../timex-spec.ts';
import { COUNT_NOUN_AFTER, IDENTIFIER_BEFORE, MEASURE_AFTER } from '../parsers/year-parser.ts';

const ERA = `\\s?(?:BCE?|B\\.C\\.(?:E\\.)?)(?![\\w])`;
/** "1861-1865", "1914–18", "(1947-54)", "499–493 BC": two years joined by a dash. */
const DASHED = new RegExp(`(?<![\\w$£€#@/.,:-])(\\d{3,4})\\s?[-–—]\\s?(\\d{2,4})(${ERA})?(?![\\w]|[.,:/-]\\d|%)`, 'g');
/** "from 499 to 493 BC", "between 490 and 480 BC": the era written once, after the second year. */
const SPELLED_BC = new RegExp(`\\b(?:from|between)\\s+(\\d{1,4})\\s+(?:to|and|until|till)\\s+(\\d{1,4})(${ERA})`, 'gi');

interface YearMention {
  index: number;
  text: string;
  value: string;
}

/**
 * Year ranges: TimeML marks each end as a year of its own ("1861-65" is 1861 and 1865). A BC range
 * counts down ("499-493 BC"); a common-era one counts up, within a century, its second year maybe
 * written with two digits ("1914–18"). Numbers that are identifiers or counts ("pp. 1200-1250",
 * "1500-1600 troops") are not ranges. Results overlapping a range's year give way to it, unless
 * they take the year in a longer expression of their own ("the winter of 1863-64").
 */
export class YearRangeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const text = context.text;
    const years: YearMention[] = [];
    if (/\d\s?[-–—]\s?\d/.test(text)) {
      for (const m of text.matchAll(DASHED)) {
        const [whole, first = '', second = '', era] = m;
        const at = m.index ?? 0;
        const before = text.slice(Math.max(0, at - 24), at);
        const after = text.slice(at + whole.length, at + whole.length + 24);
        if (IDENTIFIER_BEFORE.test(before) || (!era && (MEASURE_AFTER.test(after) || COUNT_NOUN_AFTER.test(after)))) continue;
        const a = Number(first);
        let b = Number(second);
        const secondAt = at + whole.lastIndexOf(second, whole.length - (era ?? '').length);
        if (era) {
          if (!(b >= 1 && a > b && a - b <= 200)) continue;
          years.push({ index: at, text: first, value: bcValue(a) }, { index: secondAt, text: second + era, value: bcValue(b) });
          continue;
        }
        if (first.length !== 4 || a < 1000 || a > 2099 || second.length === 3) continue;
        if (second.length === 2) b = a - (a % 100) + b + (b <= a % 100 ? 100 : 0);
        if (!(b > a && b - a <= 100)) continue;
        years.push({ index: at, text: first, value: String(a) }, { index: secondAt, text: second, value: String(b) });
      }
    }
    if (/B\.?C/.test(text)) {
      for (const m of text.matchAll(SPELLED_BC)) {
        const [whole, first = ''] = m;
        const a = Number(first);
        const b = Number(m[2]);
        if (!(b >= 1 && a > b)) continue;
        years.push({ index: (m.index ?? 0) + whole.indexOf(first, whole.search(/\s/)), text: first, value: bcValue(a) });
      }
    }
    if (years.length === 0) return results;
    // A longer expression that takes in a range's year keeps it ("the winter of 1863-64"); shorter readings give way.
    const covers = (r: ParsingResult, y: YearMention) => r.index <= y.index && r.index + r.text.length >= y.index + y.text.length && r.text.length > y.text.length;
    const overlaps = (r: ParsingResult, y: YearMention) => r.index < y.index + y.text.length && y.index < r.index + r.text.length;
    const added = years.filter((y) => !results.some((r) => covers(r, y) && !/\d\s?[-–—]\s?\d/.test(r.text)));
    const kept = results.filter((r) => !added.some((y) => overlaps(r, y)));
    for (const y of added) {
      const result = context.createParsingResult(y.index, y.text);
      attachSpec(result, { kind: 'literal', type: 'DATE', value: y.value });
      kept.push(result);
    }
    return kept.sort((x, y) => x.index - y.index);
  }
}

function bcValue(year: number): string {
  return `BC${String(year).padStart(4, '0')}`;
}
