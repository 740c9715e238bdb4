import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/**
 * After the refiners widened and merged results, overlapping ones are resolved again:
 * the longer extent wins, on a tie the earlier one. Results come back sorted by start.
 */
export class OverlapPreferenceRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const sorted = [...results].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
    const out: ParsingResult[] = [];
    for (const result of sorted) {
      const last = out[out.length - 1];
      if (last && result.index < last.index + last.text.length) {
        if (result.text.length > last.text.length) out[out.length - 1] = result;
        continue;
      }
      out.push(result);
    }
    return out;
  }
}
