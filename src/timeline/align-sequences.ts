/**
 * Pairs the items of two sequences that stay in their order, as a line diff does: the longest
 * common subsequence of their keys (on ties, the new sequence's earlier items are paired). Used to tell which passage or
 * statement of an article's new version is which of its old one, so that of two equal
 * paragraphs the one left untouched is paired with itself, not with its edited twin.
 *
 * Cost: the common head and tail are paired in one pass; the middle by dynamic programming while
 * it has at most MAX_CELLS cells (4 million: an article of 2,000 paragraphs rewritten throughout),
 * beyond that each key's occurrences pair in order (the content ids' own rule).
 */
export const MAX_CELLS = 4_000_000;

export function alignSequences(before: readonly string[], after: readonly string[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) {
    pairs.push([head, head]);
    head++;
  }
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const n = before.length - head - tail;
  const m = after.length - head - tail;
  if (n > 0 && m > 0) {
    if ((n + 1) * (m + 1) <= MAX_CELLS) pairs.push(...commonSubsequence(before, after, head, n, m));
    else pairs.push(...inOrderOfOccurrence(before, after, head, n, m));
  }
  for (let k = tail; k > 0; k--) pairs.push([before.length - k, after.length - k]);
  return pairs;
}

function commonSubsequence(before: readonly string[], after: readonly string[], from: number, n: number, m: number): Array<[number, number]> {
  // rest[i * (m + 1) + j]: the longest common subsequence of before[from + i ..] and after[from + j ..].
  const width = m + 1;
  const rest = new Int32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      rest[i * width + j] = before[from + i] === after[from + j] ? rest[(i + 1) * width + j + 1]! + 1 : Math.max(rest[(i + 1) * width + j]!, rest[i * width + j + 1]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[from + i] === after[from + j] && rest[i * width + j] === rest[(i + 1) * width + j + 1]! + 1) {
      pairs.push([from + i, from + j]);
      i++;
      j++;
    } else if (rest[(i + 1) * width + j]! >= rest[i * width + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

function inOrderOfOccurrence(before: readonly string[], after: readonly string[], from: number, n: number, m: number): Array<[number, number]> {
  const waiting = new Map<string, number[]>();
  for (let i = n - 1; i >= 0; i--) {
    const key = before[from + i]!;
    const list = waiting.get(key);
    if (list) list.push(from + i);
    else waiting.set(key, [from + i]);
  }
  const pairs: Array<[number, number]> = [];
  for (let j = 0; j < m; j++) {
    const i = waiting.get(after[from + j]!)?.pop();
    if (i !== undefined) pairs.push([i, from + j]);
  }
  return pairs;
}
