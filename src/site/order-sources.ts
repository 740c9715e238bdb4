import type { EventSource } from '../types.ts';
import { byText } from '../sort-text.ts';

/** An event's sources by document, then by place in the document: the order every output lists them in. */
export function compareSources(a: EventSource, b: EventSource): number {
  return byText(a.document, b.document) || a.passage.start - b.passage.start || a.statement.start - b.statement.start;
}
