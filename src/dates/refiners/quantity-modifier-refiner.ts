import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { absorbModifier, specOf } from '../timex-spec.ts';

const MODIFIERS: Array<[RegExp, string]> = [
  [/(?:no\s+more\s+than|up\s+to)\s+$/i, 'EQUAL_OR_LESS'],
  [/(?:more\s+than|longer\s+than)\s+$/i, 'MORE_THAN'],
  [/(?:less\s+than|under|fewer\s+than|shorter\s+than)\s+$/i, 'LESS_THAN'],
  [/(?:at\s+least|no\s+less\s+than)\s+$/i, 'EQUAL_OR_MORE'],
  [/nearly\s+$/i, 'APPROX'],
  // "about", "almost", "over" usually stay outside TimeML extents.
];

/** A duration's quantity modifier belongs to the expression: "more than four hours", "nearly two years", "at least 30 days". */
export class QuantityModifierRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      const spec = specOf(result);
      if (!spec || spec.type !== 'DURATION' || spec.mod || /X/.test(spec.kind === 'literal' ? spec.value : 'X')) continue;
      if (/^the\b/i.test(result.text)) continue;
      const before = context.text.slice(Math.max(0, result.index - 16), result.index);
      for (const [pattern, mod] of MODIFIERS) {
        const found = pattern.exec(before);
        if (!found || (found.index > 0 && /\w/.test(before[found.index - 1] ?? ''))) continue;
        absorbModifier(result, context.text, spec, found[0], mod);
        break;
      }
    }
    return results;
  }
}
