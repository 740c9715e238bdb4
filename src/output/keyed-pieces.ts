import { closeSync, createWriteStream, openSync, readSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * A piece of a file that is a pure function of its key: the same key, the same bytes. Its text
 * is made only when the previous file holds no piece of that key.
 */
export interface KeyedPiece {
  key: string;
  text: () => string;
}

/** A file's text in pieces: plain text (separators, heads), written as it is, and keyed pieces. */
export type Piece = string | KeyedPiece;

/** Where each keyed piece of a written file lies in it: key, byte offset, byte length, in file order. */
export type PieceTable = Array<[string, number, number]>;

/** The previous file and where its keyed pieces lie (its `PieceTable`, by key): a piece found here is copied from it, not made. */
export interface KeptPieces {
  file: string;
  pieces: ReadonlyMap<string, readonly [number, number]>;
}

export const pieceText = (piece: Piece): string => (typeof piece === 'string' ? piece : piece.text());

/** The texts of `pieces`, each made as it is reached: a file in pieces, written with nothing kept. */
export function* pieceTexts(pieces: Iterable<Piece>): Generator<string> {
  for (const piece of pieces) yield pieceText(piece);
}

/** `length` bytes at `start` of the open file, or null when the file ends before them. */
export function readRange(fd: number, start: number, length: number): Buffer | null {
  const bytes = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, bytes, done, length - done, start + done);
    if (n === 0) return null;
    done += n;
  }
  return bytes;
}

const BATCH_BYTES = 1 << 20;

/**
 * The bytes of `pieces` in batches of about a megabyte: plain text encoded, a keyed piece copied
 * from the previous file when it holds that key, else made and encoded. Fills `table` with
 * where each keyed piece lands and counts the copied ones in `counts.kept`.
 */
function* pieceBytes(pieces: Iterable<Piece>, kept: KeptPieces | undefined, table: PieceTable, counts: { kept: number }): Generator<Buffer> {
  let fd: number | null = null;
  if (kept !== undefined && kept.pieces.size > 0) {
    try {
      fd = openSync(kept.file, 'r');
    } catch {
      // A previous file that cannot be read keeps nothing: every piece is made.
    }
  }
  let offset = 0;
  let text: string[] = [];
  let batch: Buffer[] = [];
  let batchBytes = 0;
  const add = (bytes: Buffer): void => {
    batch.push(bytes);
    batchBytes += bytes.length;
    offset += bytes.length;
  };
  const flushText = (): void => {
    if (text.length > 0) add(Buffer.from(text.join('')));
    text = [];
  };
  try {
    for (const piece of pieces) {
      if (typeof piece === 'string') {
        text.push(piece);
        // Plain text lands where the bytes before it end; the offset of what follows needs them counted.
        if (text.length >= 64) flushText();
      } else {
        const at = fd === null ? undefined : kept!.pieces.get(piece.key);
        const copied = at === undefined ? null : readRange(fd!, at[0], at[1]);
        flushText();
        const bytes = copied ?? Buffer.from(piece.text());
        if (copied !== null) counts.kept += 1;
        table.push([piece.key, offset, bytes.length]);
        add(bytes);
      }
      if (batchBytes >= BATCH_BYTES) {
        flushText();
        yield Buffer.concat(batch);
        batch = [];
        batchBytes = 0;
      }
    }
    flushText();
    if (batch.length > 0) yield Buffer.concat(batch);
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * Writes a file given in pieces as a stream, copying each keyed piece the previous file holds
 * (by its byte range there) instead of making it again: the file is the same bytes as the
 * pieces' texts joined. Returns where the keyed pieces lie in the new file, for the next build,
 * and how many were copied.
 */
export async function writePieces(pieces: Iterable<Piece>, file: string, kept?: KeptPieces): Promise<{ table: PieceTable; kept: number }> {
  const table: PieceTable = [];
  const counts = { kept: 0 };
  await pipeline(Readable.from(pieceBytes(pieces, kept, table, counts)), createWriteStream(file));
  return { table, kept: counts.kept };
}
