import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/site/timeline-csv.ts';
import { escapeControls } from '../../src/diagnostics/diagnostic.ts';
import { lineColumn } from '../../src/diagnostics/location.ts';
import { MAX_ID_LENGTH, documentIdFor, uniqueDocumentIds } from '../../src/load/read-articles.ts';
import { parseFrontMatter } from '../../src/load/parse-front-matter.ts';
import { OutputError, outputErrorFrom, outputErrorFromRender } from '../../src/output/output-error.ts';

// The pure defences behind test/hostile/hostile.test.ts, case by case (issue 11).
describe('CSV cells a spreadsheet would run as a formula are defused (case 10)', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    [' =1+1', "' =1+1"],
    ['\u3000=1+1', "'\u3000=1+1"],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-2+3', "'-2+3"],
    ['\t=1', `"'\t=1"`],
    ['a;=1+1', '"a;=1+1"'],
    ['plain text', 'plain text'],
    ['a, b', '"a, b"'],
  ])('%j -> %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('control characters in diagnostics are escaped (case 10)', () => {
  it.each([
    ['evil\nname.txt', 'evil\\x0aname.txt'],
    ['esc\u001b[31m.txt', 'esc\\x1b[31m.txt'],
    ['bidi\u202e.txt', 'bidi\\u202e.txt'],
    ['Çok güzel.md', 'Çok güzel.md'],
  ])('%j -> %s', (name, shown) => {
    expect(escapeControls(name)).toBe(shown);
  });
});

describe('document ids (cases 3 and 4)', () => {
  it('are unique whatever the names, and do not depend on the order of the paths', () => {
    const paths = ['a-b-txt.md', 'a-b.md', 'a-b.txt', 'a b.md', 'a/b.md', 'a--b.md'];
    const ids = uniqueDocumentIds(paths);
    expect(new Set(ids.values()).size).toBe(paths.length);
    expect(uniqueDocumentIds([...paths].reverse())).toEqual(ids);
  });

  it('a name made to look like another\'s hashed id still gets an id of its own', () => {
    const hashed = documentIdFor('a b.md');
    const ids = uniqueDocumentIds(['a b.md', `${hashed}.md`]);
    expect(new Set(ids.values()).size).toBe(2);
  });

  it.each([`${'n'.repeat(251)}.md`, `${Array.from({ length: 30 }, (_, i) => `folder-${i}`).join('/')}/a.txt`])('a long name or deep path is shortened with a hash', (name) => {
    const id = documentIdFor(name);
    expect(id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    expect(id).toMatch(/-[0-9a-f]{12}$/);
    expect(documentIdFor(`${name.slice(0, -4)}x.md`)).not.toBe(id);
  });
});

describe('line endings (case 8)', () => {
  it.each([
    ['\n', 'LF'],
    ['\r\n', 'CRLF'],
    ['\r', 'lone CR'],
  ])('front matter with %j (%s) is read, its diagnostics on the right line', (eol) => {
    const text = ['---', 'title: Hello', 'mode: bogus', '---', 'Body.'].join(eol);
    const result = parseFrontMatter('a.md', text);
    expect(result.frontMatter.title).toBe('Hello');
    expect(result.diagnostics).toMatchObject([{ code: 'invalid-mode', line: 3, column: 7 }]);
    expect(text.slice(result.bodyStart)).toBe('Body.');
    expect(lineColumn(text, text.indexOf('Body'))).toEqual({ line: 5, column: 1 });
  });
});

/** A system error as Node gives it: an Error with a `code`. */
const systemError = (code: string) => Object.assign(new Error(`${code}: system error`), { code });

describe('a write error is told in the tool\'s words (case 7)', () => {
  it.each([
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['EROFS', 'the file system is read-only'],
    ['ENOSPC', 'no space left on the device'],
    ['ENOTDIR', 'it is not a folder'],
    ['EEXIST', 'a file is in the way'],
  ])('%s -> an OutputError: cannot write the site: %s', (code, words) => {
    const error = outputErrorFrom(systemError(code), 'the site');
    expect(error).toBeInstanceOf(OutputError);
    expect(error.message).toBe(`cannot write the site: ${words}`);
  });

  it('finds the system error at the root of a rendering error; a bug stays a bug', () => {
    const wrapped = Object.assign(new Error('Having trouble writing to "x.html"'), { originalError: Object.assign(new Error('wrapper'), { cause: systemError('EROFS') }) });
    expect(outputErrorFromRender(wrapped, 'the site')).toMatchObject({ name: 'OutputError', message: 'cannot write the site: the file system is read-only' });
    const bug = new TypeError('x is undefined');
    expect(outputErrorFromRender(bug, 'the site')).toBe(bug);
  });
});
