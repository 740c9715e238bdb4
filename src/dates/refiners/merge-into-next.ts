import type { ParsingContext, ParsingResult } from 'chrono-node';

/**
 * The loop two refiners share: each result that `absorb` says is one mention with the result
 * after it (given the text between them) is folded into that next result, which then spans
 * both; `absorb` may also change the next result's meaning. The rest pass through in order.
 */
export function mergeIntoNext(
  context: ParsingContext,
  results: ParsingResult[],
  absorb: (current: ParsingResult, next: ParsingResult, gap: string) => boolean,
): ParsingResult[] {
  const out: ParsingResult[] = [];
  for (let i = 0; i < results.length; i++) {
    const current = results[i]!;
    const next = results[i + 1];
    if (next && absorb(current, next, context.text.slice(current.index + current.text.length, next.index))) {
      next.text = context.text.slice(current.index, next.index + next.text.length);
      next.index = current.index;
      continue;
    }
    out.push(current);
  }
  return out;
}
