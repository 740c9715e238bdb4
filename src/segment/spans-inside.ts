/**
 * The spans of `sorted` (ordered by start) that lie inside `outer` (start >= outer.start and
 * end <= outer.end), in their order: a binary search to the first that starts inside, then a
 * walk to the end of `outer`. Called once per passage or sentence of a document, it costs what
 * it returns, where `filter` over all of a document's mentions made a long article quadratic.
 */
export function spansInside<T extends { start: number; end: number }>(sorted: readonly T[], outer: { start: number; end: number }): T[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]!.start < outer.start) low = middle + 1;
    else high = middle;
  }
  const inside: T[] = [];
  for (let i = low; i < sorted.length && sorted[i]!.start <= outer.end; i++) if (sorted[i]!.end <= outer.end) inside.push(sorted[i]!);
  return inside;
}
