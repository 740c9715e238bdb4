import { describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, readdir, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeSiteAtomically } from '../../src/output/write-site-atomically.ts';

/** A build that writes the given files (relative path -> text). */
const writing = (files: Record<string, string>) => async (staging: string) => {
  for (const [relative, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(staging, relative)), { recursive: true });
    await writeFile(path.join(staging, relative), text);
  }
};

const mtimeOf = async (file: string) => (await stat(file)).mtimeMs;

describe('writeSiteAtomically: unchanged files keep their modification time', () => {
  it('keeps the files whose bytes did not change, writes the others, drops the removed ones', async () => {
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'timeline-keep-')), 'site');
    await writeSiteAtomically(out, writing({ 'index.html': 'front', 'years/1999.html': 'a year', 'old.html': 'gone next time' }));
    // An old time, so that a rewritten file cannot share it by chance.
    const past = new Date(Date.UTC(2001, 0, 1));
    for (const f of ['index.html', 'years/1999.html']) await utimes(path.join(out, f), past, past);
    await writeSiteAtomically(out, writing({ 'index.html': 'front, changed', 'years/1999.html': 'a year', 'new.html': 'new' }));
    expect(await mtimeOf(path.join(out, 'years/1999.html'))).toBe(past.getTime());
    expect(await mtimeOf(path.join(out, 'index.html'))).not.toBe(past.getTime());
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('front, changed');
    expect(await readFile(path.join(out, 'years/1999.html'), 'utf8')).toBe('a year');
    const names = (await readdir(out, { recursive: true })).sort();
    expect(names).toEqual(expect.arrayContaining(['index.html', 'new.html', 'years', 'years/1999.html']));
    expect(names).not.toContain('old.html');
    // Nothing left beside the site but the site itself.
    expect((await readdir(path.dirname(out))).filter((n) => !n.endsWith('.lock'))).toEqual(['site']);
  });

  it('compares files of the same length to the last byte, block by block', async () => {
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'timeline-keep-')), 'site');
    // Larger than one block of the comparison (1 MB), so a difference in the last byte is in a later block.
    const big = 'x'.repeat(3 * 1024 * 1024 + 17);
    const files = { 'same.json': big, 'last.json': big, 'first.json': big, 'short.json': 'ab' };
    await writeSiteAtomically(out, writing(files));
    const past = new Date(Date.UTC(2001, 0, 1));
    for (const f of Object.keys(files)) await utimes(path.join(out, f), past, past);
    await writeSiteAtomically(out, writing({ 'same.json': big, 'last.json': `${big.slice(0, -1)}y`, 'first.json': `y${big.slice(1)}`, 'short.json': 'ac' }));
    expect(await mtimeOf(path.join(out, 'same.json'))).toBe(past.getTime());
    for (const f of ['last.json', 'first.json', 'short.json']) expect(await mtimeOf(path.join(out, f)), f).not.toBe(past.getTime());
    expect((await readFile(path.join(out, 'last.json'), 'utf8')).endsWith('y')).toBe(true);
    expect((await readFile(path.join(out, 'short.json'), 'utf8'))).toBe('ac');
  });
});
