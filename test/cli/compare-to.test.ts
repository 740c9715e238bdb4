import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';
import { listFiles } from '../site/site-files.ts';
import { buildTimeline } from '../../src/pipeline.ts';
import { diffTimelines } from '../../src/diff/diff-timelines.ts';
import { buildSingleFile } from '../../src/site/build-single-file.ts';
import { validateTimeline } from '../../src/timeline/validate-timeline.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../../bin/timeline');
const run = promisify(execFile);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function timeline(args: string[], cwd: string): Promise<Run> {
  try {
    const { stdout, stderr } = await run(BIN, args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const BRIDGE = `---
title: Council backs the river bridge
published: 2020-03-20
---
The town council approved the plan for a new river bridge on 3 March 2020, after two years of debate.
`;

const MARKET = `---
title: Market reopens
published: 2020-04-02
---
The covered market reopened on 1 April 2020 with forty stalls.
`;

async function writeFolder(dir: string, files: Record<string, string>): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
}

/** The visible text of a page's main part, tags dropped. */
async function mainText(file: string): Promise<string> {
  const html = await readFile(file, 'utf8');
  return /<main[^>]*>([\s\S]*)<\/main>/.exec(html)![1]!.replace(/<span class="visually-hidden">[^<]*<\/span>/g, '').replace(/<[^>]+>/g, '');
}

let root: string;
let repo: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'timeline-cli-compare-'));
  await writeFolder(path.join(root, 'old'), { 'bridge.md': BRIDGE });
  await writeFolder(path.join(root, 'new'), { 'bridge.md': BRIDGE.replace('3 March 2020', '5 March 2020'), 'market.md': MARKET });
  // A repository of its own: content/ committed, then edited in the working folder.
  repo = path.join(root, 'repo');
  await writeFolder(path.join(repo, 'content'), { 'bridge.md': BRIDGE });
  const git = (...args: string[]) => run('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: repo });
  await git('init', '--quiet');
  await git('add', 'content');
  await git('commit', '--quiet', '-m', 'the corpus');
  await writeFile(path.join(repo, 'content/bridge.md'), BRIDGE.replace('3 March 2020', '5 March 2020'));
  await writeFile(path.join(repo, 'content/market.md'), MARKET);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('timeline build --compare-to', () => {
  it('documents the option in its usage', async () => {
    const help = await timeline(['build', '--help'], root);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--compare-to OLD');
  });

  it('against a content folder: exits 0 and writes changes.html, and the single file gets the section too', async () => {
    const result = await timeline(['build', '--compare-to', 'old', '--content', 'new', '--out', 'site', '--single-file', 'one.html'], root);
    expect(result.stderr).toContain('since old: 1 new, 1 changed, 0 removed');
    expect(result.code).toBe(0);
    const changes = await mainText(path.join(root, 'site/changes.html'));
    expect(changes).toContain('What changed since the previous version');
    expect(changes).toContain('The covered market reopened on 1 April 2020 with forty stalls.');
    expect(changes).toContain('3 March 2020 → 5 March 2020');
    const single = await readFile(path.join(root, 'one.html'), 'utf8');
    expect(single).toContain('<h2 id="site-changes">What changed since <span class="change-label">the previous version</span></h2>');
    expect(single).toContain('<span class="badge badge-new">New</span>');
  });

  it('against git:HEAD: the working folder compared with its last commit', async () => {
    const result = await timeline(['build', '--compare-to', 'git:HEAD', '--out', 'site'], repo);
    expect(result.stderr).toContain('since git:HEAD: 1 new, 1 changed, 0 removed');
    expect(result.code).toBe(0);
    const changes = await mainText(path.join(repo, 'site/changes.html'));
    expect(changes).toContain('What changed since revision HEAD');
    expect(changes).toMatch(/New events \(1\)\s+1 April 2020\s+The covered market reopened/);
    expect(changes).toMatch(/Redated \(1 event\)\s+3 March 2020 → 5 March 2020/);
  });

  it('publishes no local path: neither the content folder, nor OLD (in a temp folder of its own), nor the home folder appears in any file of the site or the single file (also lazy)', async () => {
    const content = path.join(root, 'new');
    const elsewhere = await mkdtemp(path.join(tmpdir(), 'timeline-cli-old-'));
    try {
      const old = path.join(elsewhere, 'old');
      await writeFolder(old, { 'bridge.md': BRIDGE });
      const out = path.join(root, 'private-site');
      const single = path.join(root, 'private.html');
      const result = await timeline(['build', '--compare-to', old, '--content', content, '--out', out, '--single-file', single], tmpdir());
      expect(result.code).toBe(0);
      // The terminal may say where OLD is; the pages may not.
      expect(result.stderr).toContain(`since ${old}:`);
      // The lazy single file (chosen by size, so not by this small corpus) carries the timeline as data: built from the same folders.
      const lazy = path.join(root, 'private-lazy.html');
      const after = await buildTimeline(content);
      await buildSingleFile(validateTimeline(after), { file: lazy, lazy: true, compareTo: { label: 'the previous version', diff: diffTimelines(await buildTimeline(old), after) } });
      expect(await readFile(lazy, 'utf8')).toContain('id="site-chunks"');
      const files = [single, lazy, ...(await listFiles(out)).map((f) => path.join(out, f))];
      expect(files.map((f) => path.relative(root, f))).toEqual(
        expect.arrayContaining(['private-site/changes.html', 'private-site/index.html', 'private-site/timeline.csv', 'private-site/feed.json', 'private-site/timeline.json']),
      );
      // The folders, the temporary roots (also as URLs), the folder the command ran in and the home folder.
      const home = homedir();
      const locals = [content, old, root, elsewhere, pathToFileURL(root).href, pathToFileURL(elsewhere).href, tmpdir(), ...(home.length > 1 ? [home, pathToFileURL(home).href] : [])];
      const leaks: string[] = [];
      for (const file of files) {
        const text = await readFile(file, 'utf8');
        for (const local of locals) if (text.includes(local)) leaks.push(`${path.relative(root, file)} contains ${local}`);
      }
      expect(leaks).toEqual([]);
      expect(await mainText(path.join(out, 'changes.html'))).toContain('What changed since the previous version');
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });

  it('names OLD by its label in the configuration, content/_timeline.yml', async () => {
    const labelled = path.join(root, 'labelled');
    await writeFolder(labelled, {
      'bridge.md': BRIDGE.replace('3 March 2020', '5 March 2020'),
      '_timeline.yml': 'title: The river town\nversion-labels:\n  old: the edition of 20 March\n',
    });
    const result = await timeline(['build', '--compare-to', 'old', '--content', 'labelled', '--out', 'labelled-site'], root);
    expect(result.stderr).not.toContain('_timeline.yml');
    expect(result.code).toBe(0);
    expect(await mainText(path.join(root, 'labelled-site/changes.html'))).toContain('What changed since the edition of 20 March');
    expect(await readFile(path.join(root, 'labelled-site/index.html'), 'utf8')).toContain('<title>Timeline · The river town</title>');
  });

  it('exits 2 with a message naming the input for a bad revision or a missing folder, and builds nothing', async () => {
    const badRevision = await timeline(['build', '--compare-to', 'git:no-such-revision', '--out', 'bad-site'], repo);
    expect(badRevision.code).toBe(2);
    expect(badRevision.stderr).toContain('--compare-to git:no-such-revision:');
    expect(existsSync(path.join(repo, 'bad-site'))).toBe(false);

    const missing = await timeline(['build', '--compare-to', 'no-such-folder', '--content', 'new', '--out', 'bad-site'], root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--compare-to no-such-folder: no such file or folder');
    expect(existsSync(path.join(root, 'bad-site'))).toBe(false);
  });
});
