import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pieceText, writePieces, type Piece, type PieceTable } from '../../src/output/keyed-pieces.ts';

/** Pieces of texts by key, and separators between them. */
const pieces = (items: Array<[string, string]>, made: string[] = []): Piece[] =>
  items.flatMap(([key, text], i): Piece[] => [
    {
      key,
      text: () => {
        made.push(key);
        return text;
      },
    },
    i === items.length - 1 ? '\n' : ',\n',
  ]);

const tableMap = (table: PieceTable) => new Map(table.map(([key, start, length]): [string, [number, number]] => [key, [start, length]]));

async function withDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'keyed-pieces-'));
  try {
    return await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const BEFORE: Array<[string, string]> = [
  ['a', 'first "é" piece'],
  ['b', 'second 😀 piece'],
  ['c', 'third'],
];

describe('writePieces: a file of pieces, each keyed piece copied from the previous file when it holds the key', () => {
  it.each([
    { name: 'nothing changed', after: BEFORE, copied: ['a', 'b', 'c'] },
    { name: 'one piece changed (a new key)', after: [BEFORE[0]!, ['b2', 'second, edited'], BEFORE[2]!] as Array<[string, string]>, copied: ['a', 'c'] },
    { name: 'a piece added first, one removed', after: [['z', 'new ü'], BEFORE[0]!, BEFORE[2]!] as Array<[string, string]>, copied: ['a', 'c'] },
    { name: 'pieces in another order', after: [BEFORE[2]!, BEFORE[1]!, BEFORE[0]!], copied: ['c', 'b', 'a'] },
  ])('$name: the same bytes as the texts joined, the copied pieces not made', ({ after, copied }) =>
    withDir(async (dir) => {
      const previous = path.join(dir, 'previous.json');
      const first = await writePieces(['[\n', ...pieces(BEFORE), ']\n'], previous);
      expect(first.kept).toBe(0);
      const file = path.join(dir, 'file.json');
      const made: string[] = [];
      const written = await writePieces(['[\n', ...pieces(after, made), ']\n'], file, { file: previous, pieces: tableMap(first.table) });
      const bytes = await readFile(file);
      expect(bytes.toString('utf8')).toBe(`[\n${after.map(([, t]) => t).join(',\n')}\n]\n`);
      expect(written.kept).toBe(copied.length);
      expect(made.sort()).toEqual(after.map(([k]) => k).filter((k) => !copied.includes(k)).sort());
      // The table is where each piece lies, in bytes.
      expect(written.table.map(([key, start, length]) => [key, bytes.subarray(start, start + length).toString('utf8')])).toEqual(after);
    }),
  );

  it('makes every piece when the previous file is missing or shorter than its table says', () =>
    withDir(async (dir) => {
      const previous = path.join(dir, 'previous.json');
      const first = await writePieces(pieces(BEFORE), previous);
      const made: string[] = [];
      const missing = await writePieces(pieces(BEFORE, made), path.join(dir, 'a.json'), { file: path.join(dir, 'gone.json'), pieces: tableMap(first.table) });
      expect([missing.kept, made.length]).toEqual([0, 3]);
      await writeFile(previous, (await readFile(previous)).subarray(0, 5));
      const short: string[] = [];
      const cut = await writePieces(pieces(BEFORE, short), path.join(dir, 'b.json'), { file: previous, pieces: tableMap(first.table) });
      // The first piece's bytes are still there; the others lie past the end.
      expect(cut.kept).toBe(0);
      expect(await readFile(path.join(dir, 'b.json'), 'utf8')).toBe(pieces(BEFORE).map(pieceText).join(''));
    }),
  );

  it('joins more than a batch of pieces (about a megabyte) exactly', () =>
    withDir(async (dir) => {
      const many = Array.from({ length: 3000 }, (_, i): [string, string] => [`k${i}`, `${'x'.repeat(500)}${i}`]);
      const first = await writePieces(pieces(many), path.join(dir, 'p.json'));
      const again = await writePieces(pieces(many), path.join(dir, 'f.json'), { file: path.join(dir, 'p.json'), pieces: tableMap(first.table) });
      expect(again.kept).toBe(3000);
      expect(await readFile(path.join(dir, 'f.json'), 'utf8')).toBe(pieces(many).map(pieceText).join(''));
    }),
  );
});
