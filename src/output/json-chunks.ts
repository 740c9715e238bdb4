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
