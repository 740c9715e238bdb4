/**
 * Calls `visit` with every object of a plain-data value (objects and arrays, as JSON gives
 * them) that has numeric `start` and `end`, the object itself before what it holds; the value
 * of a `text` key is not looked into. How an analysis's `{start, end, text}` spans are found.
 */
export function forEachSpan(value: unknown, visit: (span: Record<string, unknown>, start: number, end: number) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) forEachSpan(item, visit);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const o = value as Record<string, unknown>;
  const { start, end } = o;
  if (typeof start === 'number' && typeof end === 'number') visit(o, start, end);
  for (const key in o) if (key !== 'text') forEachSpan(o[key], visit);
}
