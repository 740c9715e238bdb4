import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeContent, documentIdFor, firstInvalidUtf8, readArticles } from '../../src/load/read-articles.ts';
import { normalisePublished, parseFrontMatter } from '../../src/load/parse-front-matter.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeContent', () => {
  it.each([
    ['plain text', utf8('Hello\nworld'), { text: 'Hello\nworld' }],
    ['a BOM is dropped', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Hi')]), { text: 'Hi' }],
  ])('%s', (_name, bytes, expected) => {
    expect(decodeContent('a.txt', bytes)).toEqual(expected);
  });

  it.each([
    ['empty', utf8(''), 'empty-file', 1, 1],
    ['only white space', utf8('  \n\n '), 'empty-file', 1, 1],
    ['a NUL byte on line 2', new Uint8Array([...utf8('ok\nab'), 0, 1, 2]), 'binary-file', 2, 3],
    ['a lone continuation byte on line 3', new Uint8Array([...utf8('one\ntwo\nthré'), 0x80, ...utf8('e')]), 'invalid-utf8', 3, 5],
    ['Latin-1 é at the start', new Uint8Array([0xe9, ...utf8('t\u00e9')]), 'invalid-utf8', 1, 1],
  ])('%s is reported with its place', (_name, bytes, code, line, column) => {
    const result = decodeContent('a.txt', bytes);
    expect(result).toHaveProperty('diagnostic');
    if (!('diagnostic' in result)) return;
    expect(result.diagnostic).toMatchObject({ document: 'a.txt', code, line, column, severity: 'error' });
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    ['valid ASCII', [0x41, 0x42], 2],
    ['valid 4-byte', [0xf0, 0x9f, 0x98, 0x80], 4],
    ['truncated 3-byte', [0x41, 0xe2, 0x82], 1],
    ['overlong', [0xc0, 0xaf], 0],
    ['surrogate', [0xed, 0xa0, 0x80], 0],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
  ])('%s', (_name, bytes, expected) => {
    expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(expected);
  });
});

describe('parseFrontMatter', () => {
  it('reads the fields and where the body starts', () => {
    const text = '---\ntitle: A title\npublished: 2020-03-04\nauthor: Jane Roe\nmode: narrative\n---\nBody text.';
    const result = parseFrontMatter('a.md', text);
    expect(result.diagnostics).toEqual([]);
    expect(result.frontMatter).toEqual({ title: 'A title', published: '2020-03-04', author: 'Jane Roe', mode: 'narrative' });
    expect(text.slice(result.bodyStart)).toBe('Body text.');
  });

  it('without front matter the body is the whole file', () => {
    expect(parseFrontMatter('a.txt', 'Just text\n---\nmore')).toEqual({ frontMatter: {}, bodyStart: 0, diagnostics: [] });
  });

  it.each([
    ['invalid published', '---\ntitle: T\npublished: 2020-13-45\n---\nBody', 'invalid-published', 3, 12],
    ['published not a date', '---\npublished: last week\n---\nBody', 'invalid-published', 2, 12],
    ['malformed YAML', '---\ntitle: [unclosed\n---\nBody', 'malformed-front-matter', 3, 1],
    ['a list instead of a mapping', '---\n- a\n- b\n---\nBody', 'malformed-front-matter', 2, 1],
    ['never closed', '---\ntitle: T\nBody', 'unclosed-front-matter', 1, 1],
    ['bad mode', '---\nmode: poetry\n---\nBody', 'invalid-mode', 2, 7],
  ])('%s gives a diagnostic at its place', (_name, text, code, line, column) => {
    const result = parseFrontMatter('x.md', text);
    expect(result.diagnostics[0]).toMatchObject({ document: 'x.md', code, line, column });
  });
});

describe('normalisePublished', () => {
  it.each([
    ['2020-03-04', '2020-03-04'],
    ['2020-03-04T10:00:00Z', '2020-03-04'],
    ['2020-02-30', null],
    ['March 4, 2020', null],
    [20200304, null],
  ])('%s -> %s', (input, expected) => {
    expect(normalisePublished(input)).toBe(expected);
  });
});

describe('documentIdFor', () => {
  it.each([
    ['canary-article.txt', 'canary-article'],
    ['2019/10/a-b.txt', '2019--10--a-b'],
    ['News/Çok Güzel Haber.md', expect.stringMatching(/^news--cok-guzel-haber-[0-9a-f]{6}$/)],
    ['a b.md', expect.stringMatching(/^a-b-[0-9a-f]{6}$/)],
  ])('%s -> %s', (input, expected) => {
    expect(documentIdFor(input)).toEqual(expected);
  });

  it('never gives two paths that slug alike the same id', () => {
    expect(documentIdFor('a b.md')).not.toBe(documentIdFor('a-b.md'));
    expect(documentIdFor('A-B.md')).not.toBe(documentIdFor('a-b.md'));
  });
});

describe('readArticles', () => {
  it('reads good files, reports the others, and goes on', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'timeline-read-'));
    await mkdir(path.join(dir, 'sub'));
    await writeFile(path.join(dir, 'good.txt'), 'An article.\n');
    await writeFile(path.join(dir, 'sub', 'also-good.md'), '---\npublished: 2020-01-02\n---\nText.\n');
    await writeFile(path.join(dir, 'empty.txt'), '');
    await writeFile(path.join(dir, 'image.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0]));
    await writeFile(path.join(dir, 'latin1.txt'), new Uint8Array([0x63, 0x61, 0x66, 0xe9]));
    const { files, diagnostics } = await readArticles(dir);
    expect(files.map((f) => f.path)).toEqual(['good.txt', 'sub/also-good.md']);
    expect(files[1]!.frontMatter.published).toBe('2020-01-02');
    expect(diagnostics.map((d) => [d.document, d.code])).toEqual([
      ['empty.txt', 'empty-file'],
      ['image.png', 'unsupported-file'],
      ['latin1.txt', 'invalid-utf8'],
    ]);
  });
});
