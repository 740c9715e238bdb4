/** Converts string offsets to 1-based line and column, as vfile-location does. */
export interface LineColumn {
  line: number;
  column: number;
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  // A line ends at LF, CRLF or a lone CR, as editors count them.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** The 1-based line and column of `offset` in `text` (column counts UTF-16 code units). */
export function lineColumn(text: string, offset: number, starts: number[] = lineStarts(text)): LineColumn {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}
