import { describe, expect, it } from 'vitest';
import { jsonObjectChunks } from '../../src/output/json-chunks.ts';

describe('jsonObjectChunks: JSON.stringify(object, null, 2) and a newline, in pieces', () => {
  it.each([
    { name: 'an empty object', value: {} },
    { name: 'scalars only', value: { a: 1, b: 'two', c: null, d: true } },
    { name: 'empty arrays and objects', value: { items: [], meta: {}, more: [[]] } },
    { name: 'an array of objects', value: { version: 'x', items: [{ id: 1, tags: ['a', 'b'] }, { id: 2, nested: { deep: [1, { e: 'é\n"' }] } }] } },
    { name: 'members JSON leaves out, elements it writes as null', value: { gone: undefined, f: () => 1, items: [undefined, 1, () => 2], kept: 'k' } },
    { name: 'only members JSON leaves out', value: { gone: undefined } },
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
