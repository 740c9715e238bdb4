import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { absorbModifier, replaceSpec, specOf } from '../timex-spec.ts';

const MODIFIERS: Array<[RegExp, string]> = [
  [/(?:the\s+)?(?:very\s+)?(?:early|beginning\s+of|start\s+of|dawn\s+of)\s*-?\s*(?:the\s+)?$/i, 'START'],
  [/(?:the\s+)?(?:mid|middle\s+of)\s*-?\s*(?:the\s+)?$/i, 'MID'],
  [/(?:the\s+)?(?:late|end\s+of|close\s+of)\s*-?\s*(?:the\s+)?$/i, 'END'],
];

const WEEK_OF = /\bthe\s+week\s+of\s+$/i;
/** A word every modifier above holds ("early", "mid", "late", "beginning of", "end of" ...): the
 *  words before an expression without one are not tried against the three end-anchored patterns
 *  (each of which V8 tries at every position of them). */
const MODIFIER_WORD = /early|mid|late|of/i;

/**
 * TimeML keeps a period's modifier inside the extent with a `mod`: "early October", "mid-2014",
 * "the late 1990s", "the end of 1990", "the beginning of next year", "late Tuesday".
 * "The week of March 6" is that day's week, one extent.
 */
export class PeriodModifierRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      const spec = specOf(result);
      if (!spec || spec.type === 'DURATION' || spec.type === 'SET' || spec.mod) continue;
      if (spec.kind === 'literal' && /REF$/.test(spec.value)) continue;
      const before = context.text.slice(Math.max(0, result.index - 24), result.index);
      const weekOf = WEEK_OF.exec(before);
      if (weekOf && spec.kind === 'calendar' && spec.day !== undefined && spec.hour === undefined) {
        result.text = context.text.slice(result.index - weekOf[0].length, result.index + result.text.length);
        result.index -= weekOf[0].length;
        replaceSpec(result, { ...spec, weekOf: true });
        continue;
      }
      if (!MODIFIER_WORD.test(before)) continue;
      for (const [pattern, mod] of MODIFIERS) {
        const found = pattern.exec(before);
        if (!found || !/^(?:\W|$)/.test(before.slice(0, found.index).slice(-1) || ' ')) continue;
        absorbModifier(result, context.text, spec, found[0], mod);
        break;
      }
    }
    return results;
  }
}
