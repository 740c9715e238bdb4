import { describe, expect, it } from 'vitest';
import { estimateLeft, terminalProgress } from '../../src/cli/progress.ts';

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; written: string[] } {
  const written: string[] = [];
  const stream = { isTTY, write: (chunk: string) => written.push(chunk) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe('the build progress line', () => {
  it.each([
    [0, 100, 5_000, ''],
    [100, 100, 5_000, ''],
    [10, 100, 1_000, ', about 9 s left'],
    [50, 100, 30_000, ', about 30 s left'],
    [10, 1_000, 10_000, ', about 17 min left'],
  ])('estimates the time left after %i of %i documents in %i ms as "%s"', (done, total, elapsed, words) => {
    expect(estimateLeft(done, total, elapsed)).toBe(words);
  });

  it.each([
    ['stderr is not a terminal', false, false],
    ['--quiet is given', true, true],
  ])('writes nothing when %s', (_name, isTTY, quiet) => {
    const { stream, written } = fakeStream(isTTY);
    const progress = terminalProgress(stream, { quiet });
    progress.analysed(1, 2);
    progress.phase('writing the site pages ...');
    progress.done();
    expect(written).toEqual([]);
  });

  it('on a terminal, rewrites one line: documents analysed with an estimate, then the phase, then clears it', () => {
    const { stream, written } = fakeStream(true);
    let t = 0;
    const progress = terminalProgress(stream, { quiet: false, now: () => t });
    t = 1_000;
    progress.analysed(1, 4);
    t = 1_100;
    progress.analysed(2, 4); // within 200 ms of the last line: not redrawn
    t = 2_000;
    progress.analysed(4, 4);
    progress.phase('writing the site pages ...');
    progress.done();
    expect(written).toEqual([
      '\r\u001b[2Kanalysed 1 of 4 documents, about 3 s left',
      '\r\u001b[2Kanalysed 4 of 4 documents',
      '\r\u001b[2Kwriting the site pages ...',
      '\r\u001b[2K',
    ]);
  });
});
