import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** `JSON.stringify(value, null, 2)` of a value nested `depth` levels deep (JSON strings hold no raw newline, so re-indenting is safe); `null` where JSON.stringify gives nothing, as in an array. */
export function indentedJson(value: unknown, depth: number): string {
  const pad = ' '.repeat(2 * depth);
  return pad + (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${pad}`);
}

/**
 * `JSON.stringify(object, null, 2)` and a newline, in pieces: each element of an array member a
 * piece of its own, so a large document is written without ever being one string (V8 caps a
 * string near 512 MB, and one string of 100 MB is 100-200 MB held at once). Joined, the pieces
 * are exactly that text. Members JSON leaves out (undefined, functions) are left out.
 */
export function* jsonObjectChunks(object: object): Generator<string> {
  const members = Object.entries(object).filter(([, value]) => JSON.stringify(value) !== undefined);
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
    for (const [i, item] of value.entries()) yield `${indentedJson(item, 2)}${i === value.length - 1 ? '\n' : ',\n'}`;
    yield `  ]${last}`;
  }
  yield '}\n';
}

/** Writes text given in pieces to a file as a stream. */
export async function writeChunks(chunks: Iterable<string>, file: string): Promise<void> {
  await pipeline(Readable.from(chunks), createWriteStream(file));
}

/**
 * The pieces of `jsonObjectChunks({ ...object, [key]: [...items] })`, the list made one item at
 * a time as it is written: a download of tens of thousands of items (the feed, TimelineJS) is
 * never held whole. `key` must not be a member of `object`; it is written last.
 */
export function* jsonObjectWithListChunks(object: object, key: string, items: Iterable<unknown>): Generator<string> {
  if (Object.hasOwn(object, key)) throw new Error(`jsonObjectWithListChunks: ${key} is already a member`);
  const iterator = items[Symbol.iterator]();
  let next = iterator.next();
  if (next.done === true) {
    yield* jsonObjectChunks({ ...object, [key]: [] });
    return;
  }
  const head = [...jsonObjectChunks(object)].join('');
  // The object without its closing brace, and a comma when it has members before the list.
  yield head === '{}\n' ? '{\n' : `${head.slice(0, -'\n}\n'.length)},\n`;
  yield `  ${JSON.stringify(key)}: [\n`;
  while (next.done !== true) {
    const item: unknown = next.value;
    next = iterator.next();
    yield `${indentedJson(item, 2)}${next.done === true ? '\n' : ',\n'}`;
  }
  yield '  ]\n}\n';
}
