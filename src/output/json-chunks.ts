import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pieceTexts, type Piece } from './keyed-pieces.ts';

/** `JSON.stringify(value, null, 2)` of a value nested `depth` levels deep (JSON strings hold no raw newline, so re-indenting is safe); `null` where JSON.stringify gives nothing, as in an array. */
export function indentedJson(value: unknown, depth: number): string {
  const pad = ' '.repeat(2 * depth);
  return pad + (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${pad}`);
}

/**
 * Whether JSON.stringify leaves an object member out: undefined, a function, a symbol, or a value
 * whose `toJSON` gives one of those. Told without serialising the value (at 10,000 articles the
 * feed's items alone are 90 MB of JSON, which a test by JSON.stringify wrote once more).
 */
function leftOut(key: string, value: unknown): boolean {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return true;
  if (typeof value !== 'object' || value === null) return false;
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  return typeof toJSON === 'function' && leftOut(key, (toJSON as (key: string) => unknown).call(value, key));
}

/**
 * `JSON.stringify(object, null, 2)` and a newline, in pieces: each element of an array member a
 * piece of its own, so a large document is written without ever being one string (V8 caps a
 * string near 512 MB, and one string of 100 MB is 100-200 MB held at once). Joined, the pieces
 * are exactly that text. Members JSON leaves out (undefined, functions) are left out.
 */
export function* jsonObjectChunks(object: object): Generator<string> {
  yield* pieceTexts(jsonObjectPieces(object));
}

/**
 * The pieces of `jsonObjectChunks(object)`, an element of an array member named in `keys` a
 * keyed piece (src/output/keyed-pieces.ts) whose key is `keys[member](element, index)`: that
 * function must give the same key only for elements of the same JSON.
 */
export function* jsonObjectPieces(object: object, keys: Readonly<Record<string, (item: unknown, index: number) => string>> = {}): Generator<Piece> {
  const members = Object.entries(object).filter(([key, value]) => !leftOut(key, value));
  if (members.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (const [k, [key, value]] of members.entries()) {
    const last = k === members.length - 1 ? '\n' : ',\n';
    if (!Array.isArray(value) || value.length === 0) {
      yield `  ${JSON.stringify(key)}: ${indentedJson(value, 1).slice(2)}${last}`;
      continue;
    }
    yield `  ${JSON.stringify(key)}: [\n`;
    const keyOf = Object.hasOwn(keys, key) ? keys[key] : undefined;
    for (const [i, item] of value.entries()) {
      const text = (): string => indentedJson(item, 2);
      yield keyOf === undefined ? text() : { key: keyOf(item, i), text };
      yield i === value.length - 1 ? '\n' : ',\n';
    }
    yield `  ]${last}`;
  }
  yield '}\n';
}

/** Pieces joined into pieces of about `size` characters at least (the last may be shorter): a stream writes one large piece more cheaply than many small ones. */
export function* joinedChunks(chunks: Iterable<string>, size = 1 << 20): Generator<string> {
  let batch: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    batch.push(chunk);
    length += chunk.length;
    if (length >= size) {
      yield batch.join('');
      batch = [];
      length = 0;
    }
  }
  if (batch.length > 0) yield batch.join('');
}

/** Writes text given in pieces to a file as a stream, in pieces of about a megabyte. */
export async function writeChunks(chunks: Iterable<string>, file: string): Promise<void> {
  await pipeline(Readable.from(joinedChunks(chunks)), createWriteStream(file));
}

/**
 * The pieces of `jsonObjectChunks({ ...object, [key]: [...items] })`, the list made one item at
 * a time as it is written: a download of tens of thousands of items (the feed, TimelineJS) is
 * never held whole. `key` must not be a member of `object`; it is written last.
 */
export function* jsonObjectWithListChunks(object: object, key: string, items: Iterable<unknown>): Generator<string> {
  yield* pieceTexts(jsonObjectWithListPieces(object, key, items, (item) => indentedJson(item, 2)));
}

/**
 * The pieces of `jsonObjectWithListChunks(object, key, items made of the elements)`: each
 * element of `elements` gives its item's piece through `piece`, a keyed piece (whose text is
 * `indentedJson(item, 2)`) or that text itself.
 */
export function* jsonObjectWithListPieces<T>(object: object, key: string, elements: Iterable<T>, piece: (element: T) => Piece): Generator<Piece> {
  if (Object.hasOwn(object, key)) throw new Error(`jsonObjectWithListChunks: ${key} is already a member`);
  const iterator = elements[Symbol.iterator]();
  let next = iterator.next();
  if (next.done === true) {
    yield* jsonObjectPieces({ ...object, [key]: [] });
    return;
  }
  const head = [...jsonObjectChunks(object)].join('');
  // The object without its closing brace, and a comma when it has members before the list.
  yield head === '{}\n' ? '{\n' : `${head.slice(0, -'\n}\n'.length)},\n`;
  yield `  ${JSON.stringify(key)}: [\n`;
  while (next.done !== true) {
    const element: T = next.value;
    next = iterator.next();
    yield piece(element);
    yield next.done === true ? '\n' : ',\n';
  }
  yield '  ]\n}\n';
}
