import { describe, expect, it } from 'vitest';
import { joinedChunks, jsonObjectChunks, jsonObjectWithListChunks } from '../../src/output/json-chunks.ts';

describe('jsonObjectChunks: JSON.stringify(object, null, 2) and a newline, in pieces', () => {
  it.each([
    { name: 'an empty object', value: {} },
    { name: 'scalars only', value: { a: 1, b: 'two', c: null, d: true } },
    { name: 'empty arrays and objects', value: { items: [], meta: {}, more: [[]] } },
    { name: 'an array of objects', value: { version: 'x', items: [{ id: 1, tags: ['a', 'b'] }, { id: 2, nested: { deep: [1, { e: 'é\n"' }] } }] } },
    { name: 'members JSON leaves out, elements it writes as null', value: { gone: undefined, f: () => 1, items: [undefined, 1, () => 2], kept: 'k' } },
    { name: 'only members JSON leaves out', value: { gone: undefined } },
    { name: 'a member whose toJSON gives nothing, one whose toJSON gives a value', value: { gone: { toJSON: () => undefined }, date: new Date(0), sym: Symbol('s'), kept: 1 } },
    { name: 'text JSON escapes', value: { text: 'line\nbreak </script> \u2028 \u{1F600}', items: ['tab\t', '\\'] } },
  ])('$name', ({ value }) => {
    const chunks = [...jsonObjectChunks(value)];
    expect(chunks.join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('gives each element of an array member a piece of its own', () => {
    const items = Array.from({ length: 50 }, (_, i) => ({ i, text: 'x'.repeat(100) }));
    const chunks = [...jsonObjectChunks({ items })];
    expect(chunks.length).toBeGreaterThanOrEqual(50);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(200);
  });
});

describe('jsonObjectWithListChunks: the same text with a list member made as it is written', () => {
  it.each([
    { name: 'an empty head and an empty list', head: {}, items: [] },
    { name: 'an empty head', head: {}, items: [{ id: 1 }, { id: 2, tags: ['a'] }] },
    { name: 'a head and an empty list', head: { version: 'x', title: 'T' }, items: [] },
    { name: 'a head and one item', head: { version: 'x', nested: { a: [1, 2] } }, items: [{ id: 1, text: 'é\n"' }] },
    { name: 'a head whose members JSON leaves out', head: { gone: undefined, kept: 'k' }, items: [undefined, 'two', [3]] },
    { name: 'a head of left-out members only', head: { gone: undefined }, items: [1, 2] },
  ])('$name', ({ head, items }) => {
    const expected = `${JSON.stringify({ ...head, items }, null, 2)}\n`;
    expect([...jsonObjectWithListChunks(head, 'items', items)].join('')).toBe(expected);
  });

  it('asks for each item only when its piece is taken', () => {
    let made = 0;
    function* items(): Generator<{ n: number }> {
      for (let n = 0; n < 5; n += 1) {
        made += 1;
        yield { n };
      }
    }
    const chunks = jsonObjectWithListChunks({ title: 'T' }, 'items', items());
    chunks.next();
    chunks.next();
    expect(made).toBeLessThanOrEqual(2);
  });

  it('refuses a key the head already has', () => {
    expect(() => [...jsonObjectWithListChunks({ items: 1 }, 'items', [])]).toThrow(/already a member/);
  });
});

describe('joinedChunks: pieces joined into larger ones', () => {
  it.each([
    { name: 'no pieces', chunks: [], size: 4, joined: [] },
    { name: 'small pieces up to the size', chunks: ['ab', 'c', 'de', 'f'], size: 3, joined: ['abc', 'def'] },
    { name: 'a last piece shorter', chunks: ['ab', 'c', 'd'], size: 3, joined: ['abc', 'd'] },
    { name: 'a piece longer than the size alone', chunks: ['abcdef', 'g'], size: 3, joined: ['abcdef', 'g'] },
  ])('$name', ({ chunks, size, joined }) => {
    expect([...joinedChunks(chunks, size)]).toEqual(joined);
  });
});
