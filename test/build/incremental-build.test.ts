import { describe, expect, it } from 'vitest';
import { cp, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, runTimeline } from '../support/run-timeline.ts';

/** Every file under `dir`, relative, sorted, with its bytes. */
async function tree(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
  const files = new Map<string, Buffer>();
  for (const name of names.sort()) files.set(name, await readFile(path.join(dir, name)));
  return files;
}

/** The analysis entries of the cache (one per article) and their times; the one merge plan beside them is counted apart. */
async function entryTimes(cache: string): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  const names = await readdir(cache);
  expect(names.filter((n) => n.startsWith('merge-plan-')), 'one merge plan in the cache').toHaveLength(1);
  for (const name of names) if (!name.startsWith('merge-plan-')) times.set(name, (await stat(path.join(cache, name))).mtimeMs);
  return times;
}

describe('a rebuild with the analysis cache and the previous site', () => {
  it('gives byte for byte the site a clean build gives, after an edit, an addition and a removal, and again with nothing changed', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'timeline-incremental-'));
    try {
      const content = path.join(work, 'content');
      await cp(path.join(ROOT, 'content'), content, { recursive: true });
      const articles = (await readdir(content)).filter((n) => /\.(?:txt|md)$/.test(n)).sort();
      expect(articles.length, `too few articles in ${path.join(ROOT, 'content')}`).toBeGreaterThanOrEqual(3);
      const site = path.join(work, 'site');
      const first = await runTimeline(['build', '--quiet', '--content', content, '--out', site], { cwd: work });
      expect(first.code, first.stderr).not.toBe(1);
      const before = await entryTimes(`${site}.cache`);
      expect(before.size).toBe(articles.length);

      const [edited, removed, copied] = articles as [string, string, string];
      await writeFile(path.join(content, edited), `${await readFile(path.join(content, edited), 'utf8')}\nOn 4 May 2001 the council met again, officials said.\n`);
      await rm(path.join(content, removed));
      await writeFile(path.join(content, `added-${copied}`), await readFile(path.join(content, copied), 'utf8'));
      const second = await runTimeline(['build', '--quiet', '--content', content, '--out', site], { cwd: work });
      expect(second.code, second.stderr).not.toBe(1);
      // The unchanged articles were served from the cache: their entries were not written again.
      const after = await entryTimes(`${site}.cache`);
      const reused = [...before].filter(([name, time]) => after.get(name) === time);
      expect(reused.length).toBe(articles.length - 2);
      // Nothing changed since: every analysis and the merge plan are read back, none written again.
      const [plan] = (await readdir(`${site}.cache`)).filter((n) => n.startsWith('merge-plan-'));
      const planTime = (await stat(path.join(`${site}.cache`, plan!))).mtimeMs;
      const unchanged = await runTimeline(['build', '--quiet', '--content', content, '--out', site], { cwd: work });
      expect(unchanged.code, unchanged.stderr).not.toBe(1);
      expect(await entryTimes(`${site}.cache`)).toEqual(after);
      expect((await stat(path.join(`${site}.cache`, plan!))).mtimeMs).toBe(planTime);

      const clean = path.join(work, 'clean');
      const third = await runTimeline(['build', '--quiet', '--no-cache', '--content', content, '--out', clean], { cwd: work });
      expect(third.code, third.stderr).not.toBe(1);
      const [incremental, fresh] = [await tree(site), await tree(clean)];
      expect([...incremental.keys()]).toEqual([...fresh.keys()]);
      for (const [name, bytes] of fresh) expect(incremental.get(name)?.equals(bytes), name).toBe(true);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }, 600_000);
});
