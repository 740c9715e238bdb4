/**
 * Progress of a long build on a terminal: documents analysed of all, an estimate of the time
 * left, then the phase at work. One line, rewritten in place on stderr; nothing at all when
 * stderr is not a terminal or the user asked for quiet.
 */
export interface Progress {
  analysed(done: number, total: number): void;
  phase(words: string): void;
  done(): void;
}

const SILENT: Progress = { analysed() {}, phase() {}, done() {} };

/** The estimate: time so far per document analysed, times the documents left. */
export function estimateLeft(done: number, total: number, elapsedMs: number): string {
  if (done === 0 || done >= total) return '';
  const seconds = Math.round(((total - done) * elapsedMs) / done / 1000);
  return seconds < 60 ? `, about ${seconds} s left` : `, about ${Math.round(seconds / 60)} min left`;
}

export function terminalProgress(stream: NodeJS.WriteStream, options: { quiet: boolean; now?: () => number }): Progress {
  if (options.quiet || !stream.isTTY) return SILENT;
  const now = options.now ?? Date.now;
  const started = now();
  let last = 0;
  let shown = false;
  const show = (line: string) => {
    stream.write(`\r\u001b[2K${line}`);
    shown = true;
  };
  return {
    analysed(done, total) {
      const t = now();
      if (done < total && t - last < 200) return;
      last = t;
      show(`analysed ${done} of ${total} documents${estimateLeft(done, total, t - started)}`);
    },
    phase(words) {
      show(words);
    },
    done() {
      if (shown) stream.write('\r\u001b[2K');
    },
  };
}
