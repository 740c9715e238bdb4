import { describe, expect, it } from 'vitest';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, runTimeline } from '../support/run-timeline.ts';
import { fileTree } from '../site/site-files.ts';

/** The analysis entries of the cache (one per article) and their times; the one merge plan, the merge's pairs, the page keys, the site's id table and its downloads' pieces beside them are counted apart. */
async function entryTimes(cache: string): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  const names = await readdir(cache);
  expect(names.filter((n) => n.startsWith('merge-plan-')), 'one merge plan in the cache').toHaveLength(1);
  expect(names, 'the keys of the pages of the site').toContain('site-pages.json');
  expect(names, 'the pairs the merge found').toContain('merge-pairs.json');
  expect(names, "the ids the site's timeline.json published").toContain('site-ids.json');
  expect(names, "where each event's piece lies in the site's per-event downloads").toContain('site-downloads.json');
  const apart = new Set(['site-pages.json', 'merge-pairs.json', 'site-ids.json', 'site-downloads.json']);
  for (const name of names) if (!name.startsWith('merge-plan-') && !apart.has(name)) times.set(name, (await stat(path.join(cache, name))).mtimeMs);
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
      const [incremental, fresh] = [await fileTree(site), await fileTree(clean)];
      expect([...incremental.keys()]).toEqual([...fresh.keys()]);
      for (const [name, bytes] of fresh) expect(incremental.get(name)?.equals(bytes), name).toBe(true);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }, 600_000);
});

// Made-up places, so that no two sentences tell the same happening (and none is merged).
const SYLLABLES = ['al', 'bor', 'cen', 'dra', 'el', 'fen', 'gor', 'hal', 'ist', 'jor', 'kel', 'lun', 'mar', 'nor', 'oth', 'pel'];
const place = (n: number) => {
  const a = SYLLABLES[n % 16]!;
  const b = SYLLABLES[Math.floor(n / 16) % 16]!;
  return `${a[0]!.toUpperCase()}${a.slice(1)}${b}ton`;
};

/** An article of `count` events in one month (`month` of 2020), each about another place (places `first` on). */
function article(title: string, month: string, first: number, count: number): string {
  const sentences = Array.from({ length: count }, (_, i) => `On ${1 + (i % 28)} ${month} 2020 the council of ${place(first + i)} reopened its bridge after repairs, a spokesperson said.`);
  return `---\ntitle: ${title}\npublished: 2020-12-01\n---\n${title}\n\n${sentences.join('\n\n')}\n`;
}

interface Case {
  name: string;
  /** Changes the corpus (content) or, before the rebuild, the previous site (site). */
  change: (content: string, site: string) => Promise<void>;
  /** Whether some timeline or article page was kept from the previous site rather than rendered. */
  keeps: boolean;
  /** Whether some event's piece of the per-event downloads (timeline.json, feed, TimelineJS, CSV) was copied from the previous site, and whether some was made. */
  pieces: { copied: boolean; made: boolean };
}

/** A change that rewrites the text of one file of `dir` (the corpus or the previous site). */
const rewrite = (name: string, edit: (text: string) => string) => async (dir: string) => {
  const file = path.join(dir, name);
  await writeFile(file, edit(await readFile(file, 'utf8')));
};

/** Each case changes the corpus the case before left; its rebuild is compared with a clean build. */
const CASES: Case[] = [
  { name: 'nothing changed', change: async () => {}, keeps: true, pieces: { copied: true, made: false } },
  {
    name: 'one word of one article edited',
    change: rewrite('b.md', (text) => text.replace('reopened its bridge', 'reopened a bridge')),
    keeps: true,
    pieces: { copied: true, made: true },
  },
  { name: 'an article added', change: (content) => writeFile(path.join(content, 'e.md'), article('Summer works', 'June', 400, 12)), keeps: true, pieces: { copied: true, made: true } },
  // Its 50 March events go, so March's pages are cut elsewhere: the events that move get new links.
  { name: 'an article removed', change: (content) => rm(path.join(content, 'd.md')), keeps: true, pieces: { copied: true, made: true } },
  {
    // 60 more events early in March: March's numbered pages are cut elsewhere, so events move between them and their links in the articles' pages change.
    name: 'an edit that moves the cuts of a month',
    change: rewrite('a.md', (text) => `${text.trimEnd()}\n\n${article('x', 'March', 600, 60).split('---\nx\n\n')[1]!}`),
    keeps: true,
    pieces: { copied: true, made: true },
  },
  {
    // A title of the same length: its events are the same, to the offset; the feed, TimelineJS and the CSV name the article by its title.
    name: "an article's title changed",
    change: rewrite('april.md', (text) => text.replaceAll('April works', 'April tasks')),
    keeps: true,
    pieces: { copied: true, made: true },
  },
  {
    // Every link of the downloads becomes absolute: no piece of the previous files is the same.
    name: 'a base URL configured for the site',
    change: (content) => writeFile(path.join(content, '_timeline.yml'), 'base-url: https://news.example/works/\n'),
    keeps: false,
    pieces: { copied: false, made: true },
  },
  {
    // Another writer changed the previous site's feed: its pieces are not copied from it (the other files' are).
    name: "the previous site's feed edited in place",
    change: (_, site) => rewrite('feed.json', (text) => text.replaceAll('reopened', 'REOPENED'))(site),
    keeps: true,
    pieces: { copied: true, made: true },
  },
];

describe('a rebuild that renders only the pages whose view data changed (issue 14)', () => {
  it('gives byte for byte a clean build, case by case, and keeps pages it did not render', async () => {
    const { buildOutputs } = await import('../../src/build/build-outputs.ts');
    const { AnalysisCache } = await import('../../src/analyse/analysis-cache.ts');
    const work = await mkdtemp(path.join(tmpdir(), 'timeline-page-keys-'));
    try {
      const content = path.join(work, 'content');
      await mkdir(content);
      // A March of 200 events (more than one page holds) over four articles, and an April.
      for (const [i, name] of ['a', 'b', 'c', 'd'].entries()) await writeFile(path.join(content, `${name}.md`), article(`Works ${name}`, 'March', i * 50, 50));
      await writeFile(path.join(content, 'april.md'), article('April works', 'April', 300, 10));
      const site = path.join(work, 'site');
      const build = async (out: string, cached: boolean) => {
        const result = await buildOutputs({
          contentDir: content,
          outDir: out,
          jobs: 1,
          cache: cached ? await AnalysisCache.open(`${out}.cache`) : undefined,
          warn: () => {},
          showDiagnostics: () => {},
        });
        if (!result.ok) throw new Error(result.message);
        return result;
      };
      const first = await build(site, true);
      expect(first.pages?.kept, 'a first build has nothing to keep').toBe(0);
      const march = (await readdir(path.join(site, 'years'))).filter((n) => n.startsWith('2020-03'));
      expect(march.length, `March on more than one page: ${march.join(', ')}`).toBeGreaterThan(1);
      // The clean build is made from a copy of the site as it was before the rebuild: a rebuild
      // keeps the ids the previous build published (src/timeline/carry-ids.ts), so "clean" means
      // every page rendered from the same previous build, not a build into a new folder.
      const clean = path.join(work, 'clean');
      const snapshot = async () => {
        await rm(clean, { recursive: true, force: true });
        await cp(site, clean, { recursive: true });
      };
      const sameAsClean = async (name: string) => {
        await build(clean, false);
        const [incremental, fresh] = [await fileTree(site), await fileTree(clean)];
        expect([...incremental.keys()], name).toEqual([...fresh.keys()]);
        for (const [file, bytes] of fresh) expect(incremental.get(file)?.equals(bytes), `${name}: ${file}`).toBe(true);
      };
      for (const c of CASES) {
        await c.change(content, site);
        await snapshot();
        const rebuilt = await build(site, true);
        if (c.keeps) expect(rebuilt.pages?.kept, `${c.name}: pages kept`).toBeGreaterThan(0);
        expect({ copied: (rebuilt.pieces?.kept ?? 0) > 0, made: (rebuilt.pieces?.made ?? 0) > 0 }, `${c.name}: events' pieces of the downloads (${JSON.stringify(rebuilt.pieces)})`).toEqual(c.pieces);
        await sameAsClean(c.name);
      }
      // A build without the cache writes the site but not the keys: the keys left in the cache
      // are of the site before it, and must not be used (else the article put back below would keep the page of its edit).
      const file = path.join(content, 'c.md');
      const original = await readFile(file, 'utf8');
      await writeFile(file, original.replace('reopened its bridge', 'closed its bridge'));
      await build(site, false);
      await writeFile(file, original);
      await snapshot();
      const after = await build(site, true);
      expect(after.pages?.kept, 'no page kept from a site the keys do not describe').toBe(0);
      await sameAsClean('after a build without the cache');
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }, 600_000);
});
