import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runTimeline, type Run } from '../support/run-timeline.ts';
import { writeHostileCorpus, type HostileCorpus } from './hostile-corpus.ts';
import { runInProcess } from './run-in-process.ts';
import { snapshotTree, treeChanges } from './tree-snapshot.ts';
import { BUILD_MANIFEST, SINGLE_FILE_MARK } from '../../src/output/build-manifest.ts';
import { MAX_ID_LENGTH } from '../../src/load/read-articles.ts';

const ARTICLE = (title: string, day: number) => `---
title: ${title}
published: 2020-03-${String(day).padStart(2, '0')}
---
${title}

On ${day} March 2020 the council of ${title} reopened the bridge after repairs, a spokesperson said.
`;

let root: string;
let hostile: HostileCorpus;
let hostileCheck: Run;

/** No stack trace: every failure here is an expected one, told in the tool's words. */
function expectNoStack(run: Run) {
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(run.stderr).not.toContain('this is a bug');
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'timeline-hostile-'));
  hostile = await writeHostileCorpus(path.join(root, 'hostile'), path.join(root, 'outside'));
  // A real process, with a time limit: a pipe or a device in the corpus must never hang it.
  hostileCheck = await runTimeline(['check', '--content', path.join(root, 'hostile')], { cwd: root, timeoutMs: 45_000 });
});

afterAll(async () => {
  await hostile?.close();
  // rm(1) walks with openat: it removes the folder whose path is longer than the system allows.
  if (root) execFileSync('rm', ['-rf', root]);
});

describe('every input is a document or a diagnostic', () => {
  it('check finishes, exits 2 and names every hostile file', () => {
    expect(hostileCheck.code).toBe(2);
    expectNoStack(hostileCheck);
    const lines = hostileCheck.stdout.split('\n').filter(Boolean);
    for (const expected of hostile.diagnostics) {
      const shown = expected.document.replace(/[\u0000-\u001f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
      const line = lines.find((l) => l.startsWith(expected.document.endsWith('/') ? shown : `${shown}:`) && / error | warning /.test(l) && l.includes(` ${expected.code} `) || (expected.document.endsWith('/') && l.startsWith(shown) && /unreadable-(folder|file)/.test(l)));
      expect(line, `${expected.document} ${expected.code}`).toBeDefined();
      if (expected.line !== undefined) expect(line!.slice(shown.length).startsWith(`:${expected.line}:`), line).toBe(true);
    }
  });

  it('a newline or terminal escape in a name can neither forge nor colour a line', () => {
    expect(hostileCheck.stdout).not.toContain('\u001b');
    expect(hostileCheck.stdout.split('\n').filter((l) => l.startsWith('name.txt'))).toEqual([]);
    expect(hostileCheck.stdout).toContain('evil\\x0aname.txt:1:1 error empty-file');
  });

  it('a YAML timestamp is quoted as written, free of any zone or locale', () => {
    const line = hostileCheck.stdout.split('\n').find((l) => l.startsWith('timestamp.md:'))!;
    expect(line).toContain('"2020-01-02"');
    expect(line).not.toMatch(/GMT|UTC|Time\)|\d\d:\d\d/);
  });

  it('nothing from outside the content folder is read: the linked secret appears nowhere', async () => {
    const extract = await runInProcess(['extract', '--content', path.join(root, 'hostile')]);
    expect(extract.code).toBe(2);
    expect(extract.stdout).not.toContain('root:x:0:0');
    const timeline = JSON.parse(extract.stdout) as { documents: Array<{ id: string; path: string; title: string; published: string | null; text: string }> };
    expect(timeline.documents.map((d) => d.path).sort()).toEqual([...hostile.documents].sort());
    // 3. unique ids whatever the names; 4. long names and deep paths shortened.
    const ids = timeline.documents.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of timeline.documents) expect(d.id.length, d.path).toBeLessThanOrEqual(MAX_ID_LENGTH);
    // 8. lone-CR and CRLF front matter is read; UTF-16 with a BOM is decoded.
    const byPath = new Map(timeline.documents.map((d) => [d.path, d]));
    for (const name of ['eol-cr.md', 'eol-crlf.md']) expect(byPath.get(name)).toMatchObject({ title: 'Line endings', published: '2020-01-02' });
    for (const name of ['utf16-le.txt', 'utf16-be.txt']) expect(byPath.get(name)!.text.startsWith('Çok güzel: UTF-16 article\n'), name).toBe(true);
    // 10. a year out of range is no publication date (its relative dates then wait for one).
    expect(byPath.get('year-zero.md')!.published).not.toBe('0000-01-01');
  });

  it('builds a site from the hostile corpus: every page written, whatever the names', async () => {
    const out = path.join(root, 'hostile-site');
    const before = await snapshotTree(root);
    const run = await runInProcess(['build', '--content', path.join(root, 'hostile'), '--out', out]);
    // Nothing outside --out and its analysis cache (OUT.cache/, README "Large corpora") touched: the corpus, the linked-to files, the folder around it.
    const changes = treeChanges(before, await snapshotTree(root));
    expect(changes).toContain('+ hostile-site/');
    expect(changes).toContain('+ hostile-site.cache/');
    expect(changes.filter((change) => !change.startsWith('+ hostile-site/') && !change.startsWith('+ hostile-site.cache/'))).toEqual([]);
    expect(run.code, run.stderr).toBe(2);
    expectNoStack(run);
    const pages = await readdir(path.join(out, 'documents'));
    expect(pages.length).toBe(hostile.documents.length);
  });
});

describe('output is a transaction', () => {
  let work: string;
  let content: string;
  let site: string;

  beforeAll(async () => {
    work = path.join(root, 'work');
    content = path.join(work, 'content');
    site = path.join(work, 'site');
    await mkdir(content, { recursive: true });
    for (const [i, name] of ['harbour', 'bridge', 'retracted'].entries()) await writeFile(path.join(content, `${name}.md`), ARTICLE(name, i + 2));
    await writeFile(path.join(work, 'notes.txt'), 'not a build\n');
    const run = await runInProcess(['build', '--content', content, '--out', site]);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(path.join(site, BUILD_MANIFEST))).toBe(true);
  });

  /** Runs a build that must be refused: exit 2, the message, and nothing anywhere touched. */
  async function expectRefused(args: string[], message: RegExp) {
    const before = await snapshotTree(work);
    const template = await snapshotTree(path.join(ROOT, '_site-template'));
    const run = await runInProcess(args);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(message);
    expectNoStack(run);
    expect(treeChanges(before, await snapshotTree(work))).toEqual([]);
    expect(treeChanges(template, await snapshotTree(path.join(ROOT, '_site-template')))).toEqual([]);
  }

  it.each([
    ['the project\'s _site-template', () => path.join(ROOT, '_site-template'), /project's own _site-template/],
    ['the project\'s src', () => path.join(ROOT, 'src', 'x'), /project's own src/],
    ['the project itself', () => ROOT, /project's folder/],
    ['/', () => '/', /root folder/],
    ['the home folder', () => homedir(), /home folder/],
    ['the content folder', () => content, /content folder/],
    ['a folder inside the content folder', () => path.join(content, 'site'), /content folder/],
    ['a folder that contains the content folder', () => work, /contain the content folder/],
    ['a non-empty folder that is no build', () => path.join(work, 'notes-folder'), /not a previous build/],
    ['/proc/x', () => '/proc/x', /system folder/],
    ['a file', () => path.join(work, 'notes.txt'), /not a folder/],
  ])('1. --out %s is refused, nothing touched', async (_, out, message) => {
    if (out().endsWith('notes-folder')) {
      await mkdir(out(), { recursive: true });
      await writeFile(path.join(out(), 'keep.txt'), 'mine\n');
    }
    await expectRefused(['build', '--content', content, '--out', out()], message);
  });

  it('1. --out . from inside the content\'s parent is refused', async () => {
    const cwd = process.cwd();
    process.chdir(work);
    try {
      await expectRefused(['build', '--content', 'content', '--out', '.'], /contain the content folder/);
    } finally {
      process.chdir(cwd);
    }
  });

  it('1. --single-file never overwrites an article or a file it did not write', async () => {
    await expectRefused(['build', '--content', content, '--single-file', path.join(content, 'harbour.md')], /content folder/);
    await expectRefused(['build', '--content', content, '--single-file', path.join(work, 'notes.txt')], /not a timeline this tool wrote/);
    await expectRefused(['build', '--content', content, '--out', site, '--single-file', path.join(site, 'all.html')], /cannot lie inside --out/);
    const file = path.join(work, 'timeline.html');
    expect((await runInProcess(['build', '--content', content, '--single-file', file])).code).toBe(0);
    expect(await readFile(file, 'utf8')).toContain(SINGLE_FILE_MARK);
    expect((await runInProcess(['build', '--content', content, '--single-file', file])).code).toBe(0);
    await rm(file);
  });

  it('2. a typo in --content, an empty or unreadable content folder never replaces the site', async () => {
    await mkdir(path.join(work, 'empty'), { recursive: true });
    await expectRefused(['build', '--content', path.join(work, 'contnet'), '--out', site], /no readable article/);
    await expectRefused(['build', '--content', path.join(work, 'empty'), '--out', site], /no readable article/);
    await expectRefused(['build', '--content', path.join(work, 'notes.txt'), '--out', site], /no readable article/);
  });

  it('7. a write error is a message and exit 2, never a stack trace', async () => {
    const run = await runInProcess(['build', '--content', content, '--out', path.join(work, 'notes.txt', 'site')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot write .*notes\.txt/);
    expectNoStack(run);
  });

  it('7. --out in a read-only folder is a message and exit 2, never a stack trace', async () => {
    const readOnly = path.join(work, 'read-only');
    await mkdir(readOnly);
    // chmod stops everyone but root; root is stopped only by the immutable attribute (ext4, xfs, btrfs).
    await chmod(readOnly, 0o555);
    if (process.getuid?.() === 0) spawnSync('chattr', ['+i', readOnly]);
    try {
      const writable = await writeFile(path.join(readOnly, 'probe'), '').then(() => true, () => false);
      expect(writable, `cannot make ${readOnly} read-only here (chmod 555, and chattr +i as root): this case needs a folder nobody may write`).toBe(false);
      const run = await runInProcess(['build', '--content', content, '--out', path.join(readOnly, 'site')]);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(/cannot write .*read-only.*: (?:permission denied|the file system is read-only)/);
      expectNoStack(run);
      expect(await readdir(readOnly)).toEqual([]);
    } finally {
      if (process.getuid?.() === 0) spawnSync('chattr', ['-i', readOnly]);
      await chmod(readOnly, 0o755);
      await rm(readOnly, { recursive: true, force: true });
    }
  });

  it('2. a retracted article\'s page does not survive a rebuild, and nothing is left beside the site', async () => {
    expect(existsSync(path.join(site, 'documents', 'retracted.html'))).toBe(true);
    await rm(path.join(content, 'retracted.md'));
    const run = await runInProcess(['build', '--content', content, '--out', site]);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(path.join(site, 'documents', 'retracted.html'))).toBe(false);
    expect(await readFile(path.join(site, 'timeline.json'), 'utf8')).not.toContain('retracted');
    expect((await readdir(work)).filter((n) => n.startsWith('.site'))).toEqual([]);
  });

  it('2. a second build at the same time is refused; a lock left by a killed build is taken over', async () => {
    const sleeper = spawn('sleep', ['30']);
    await writeFile(path.join(work, '.site.lock'), `${sleeper.pid}\n`);
    try {
      await expectRefused(['build', '--content', content, '--out', site], new RegExp(`another build \\(process ${sleeper.pid}\\)`));
    } finally {
      sleeper.kill('SIGKILL');
      await new Promise((resolve) => sleeper.once('exit', resolve));
    }
    // The holder is gone now: its lock is stale.
    const run = await runInProcess(['build', '--content', content, '--out', site]);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(path.join(work, '.site.lock'))).toBe(false);
  });

  it('2. a site left aside by a build killed between its two renames is put back, then replaced', async () => {
    const { rename } = await import('node:fs/promises');
    await rename(site, path.join(work, '.site.previous'));
    const run = await runInProcess(['build', '--content', content, '--out', site]);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(path.join(site, 'index.html'))).toBe(true);
    expect((await readdir(work)).filter((n) => n.startsWith('.site'))).toEqual([]);
  });

  it('2. kill -9 in the middle of a build leaves the previous site as it was', async () => {
    for (let i = 0; i < 40; i++) await writeFile(path.join(content, `more-${i}.md`), ARTICLE(`town${i}`, (i % 27) + 1));
    const before = await snapshotTree(site);
    const child = spawn(BIN, ['build', '--content', content, '--out', site], { cwd: work, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_, signal) => resolve(signal)));
    // Killed once it has started writing the new site into its staging folder.
    const deadline = Date.now() + 40_000;
    while (Date.now() < deadline && !(await readdir(work)).some((n) => n.startsWith('.site.staging-') && existsSync(path.join(work, n, 'documents')))) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill('SIGKILL');
    expect(await exited, 'the build was killed before it finished').toBe('SIGKILL');
    expect(treeChanges(before, await snapshotTree(site))).toEqual([]);
    const run = await runInProcess(['build', '--content', content, '--out', site]);
    expect(run.code, run.stderr).toBe(0);
    expect((await readdir(work)).filter((n) => n.startsWith('.site'))).toEqual([]);
    expect(existsSync(path.join(site, 'documents', 'more-39.html'))).toBe(true);
  });
});

describe('errors in the tool\'s words (issue 15)', () => {
  it.each([
    [['tag', path.join(tmpdir(), 'no-such-file.txt')], /--dct is required/],
    [['tag', '--dct', '2020-03-04', path.join(tmpdir(), 'no-such-file.txt')], /no-such-file\.txt:1:1 error unreadable-file cannot read the file: it does not exist/],
    [['tag', '--dct', '0000-01-01', path.join(tmpdir(), 'no-such-file.txt')], /--dct must be an ISO date/],
    [['diff', path.join(tmpdir(), 'no-such-old'), path.join(tmpdir(), 'no-such-new')], /no-such-old: no such file or folder/],
  ])('%j: exit 2 and a message, no stack', async (args, message) => {
    const run = await runInProcess(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/ENOENT/);
    expectNoStack(run);
  });

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await runInProcess(['--version'])).toEqual({ code: 0, stdout: `timeline ${version}\n`, stderr: '' });
  });
});
