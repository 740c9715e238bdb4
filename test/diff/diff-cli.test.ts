import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BIN, runTimeline, type Run } from '../support/run-timeline.ts';
import { COUNCIL as SHARED_COUNCIL } from '../support/news-articles.ts';
import { buildTimeline } from '../../src/pipeline.ts';
import { serialiseTimeline } from '../../src/timeline/timeline-json.ts';
import { validateDiff } from '../../src/diff/diff-json.ts';
import { validateTimeline } from '../../src/timeline/validate-timeline.ts';

let repo: string;
let scratch: string;
/** The temporary folder the command is given, to see that it cleans up after itself. */
let childTmp: string;

function timeline(args: string[], cwd = repo, env: Record<string, string> = {}): Promise<Run> {
  return runTimeline(args, { cwd, env: { TMPDIR: childTmp, ...env } });
}

const FLOODS = `---
title: Floods in the north
published: 2021-02-04
publisher: Example Wire
---
Floods in the north

Heavy rain that began on Sunday swept away bridges and roads in the northern provinces.

The river last rose this high in March 1950, when the old bridge was lost. A new bridge was opened in 1962.

The government promised a new dam in 2015, but work has not started.
`;

/** The council article without its second paragraph. */
const COUNCIL = SHARED_COUNCIL.replace('\nWork is expected to start in June 2022, the mayor said.\n', '');

/** The second commit: one date corrected, one told more precisely, one sentence added. */
const FLOODS_EDITED = FLOODS.replace('opened in 1962', 'opened in 1963')
  .replace('a new dam in 2015', 'a new dam in May 2015')
  .replace('has not started.', 'has not started.\n\nEngineers warned about the levees in October 2019.');

function git(args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, stdio: 'pipe' });
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'timeline-diff-cli-'));
  repo = path.join(scratch, 'repo');
  childTmp = path.join(scratch, 'tmp');
  await mkdir(path.join(repo, 'content'), { recursive: true });
  await mkdir(childTmp);
  await writeFile(path.join(repo, 'content/floods.md'), FLOODS);
  await writeFile(path.join(repo, 'content/council.md'), COUNCIL);
  git(['init', '-q']);
  git(['add', 'content']);
  git(['commit', '-q', '-m', 'first corpus']);
  await writeFile(path.join(repo, 'content/floods.md'), FLOODS_EDITED);
  git(['commit', '-q', '-a', '-m', 'corrections']);
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('timeline diff', () => {
  it('diffs two git revisions of the content folder without a checkout, and cleans up', async () => {
    const run = await timeline(['diff', 'git:HEAD~1', 'git:HEAD']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('1 added, 0 removed, 2 changed');
    expect(run.stdout).toMatch(/Added \(1\)\n {2}\+ 2019-10 {2}Engineers warned about the levees in October 2019\. {2}\(floods\)/u);
    expect(run.stdout).toMatch(/Redated \(1\)\n {2}~ 1962 -> 1963 {2}A new bridge was opened in 1963\./u);
    expect(run.stdout).toMatch(/Refined \(1\)\n {2}~ 2015 -> 2015-05 {2}The government promised a new dam in May 2015/u);
    expect(run.stdout).not.toContain('\u001b[');
    // tsx keeps its cache there too; the command's own folders are timeline-diff-*.
    expect((await readdir(childTmp)).filter((name) => name.startsWith('timeline-diff-'))).toEqual([]);
  });

  it('writes JSON that follows the schema, and Markdown with a summary table', async () => {
    const json = await timeline(['diff', '--format', 'json', 'git:HEAD~1', 'git:HEAD:content']);
    expect(json.code).toBe(1);
    const diff = validateDiff(JSON.parse(json.stdout));
    expect(diff.summary).toMatchObject({ added: 1, removed: 0, changed: 2, redated: 1, refined: 1, reworded: 2 });
    expect(diff.changed.map((c) => [c.before.date.value, c.after.date.value, c.kinds])).toEqual([
      ['1962', '1963', ['redated', 'reworded']],
      ['2015', '2015-05', ['refined', 'reworded']],
    ]);
    const markdown = await timeline(['diff', '--format', 'markdown', 'git:HEAD~1', 'git:HEAD']);
    expect(markdown.code).toBe(1);
    expect(markdown.stdout).toContain('| Added | 1 |');
    expect(markdown.stdout).toContain('- **1962 → 1963** A new bridge was opened in 1963.');
  });

  it('exits 0 when nothing changed: a revision against a timeline JSON file of the same files', async () => {
    const jsonFile = path.join(scratch, 'head.json');
    await writeFile(jsonFile, serialiseTimeline(validateTimeline(await buildTimeline(path.join(repo, 'content')))));
    const run = await timeline(['diff', 'git:HEAD', jsonFile]);
    expect(run.code).toBe(0);
    const events = (await buildTimeline(path.join(repo, 'content'))).events.length;
    expect(events).toBeGreaterThan(3);
    expect(run.stdout).toBe(`0 added, 0 removed, 0 changed, ${events} unchanged\n`);
  });

  it('exits 2 naming the input for a bad revision, a missing path and a file that is not a timeline', async () => {
    const bad = await timeline(['diff', 'git:no-such-branch', 'git:HEAD:articles']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('git:no-such-branch: "no-such-branch" is not a commit');
    expect(bad.stderr).toContain('git:HEAD:articles: no folder "articles" at HEAD');
    expect(bad.stdout).toBe('');
    const notJson = path.join(scratch, 'broken.json');
    await writeFile(notJson, '{"documents": [');
    const invalid = await timeline(['diff', notJson, 'no-such-folder']);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain(`${notJson}: not valid JSON`);
    expect(invalid.stderr).toContain('no-such-folder: no such file or folder');
  });

  const hasScript = (() => {
    try {
      execFileSync('script', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  // `script` gives the command a terminal, where it colours its report unless NO_COLOR is set.
  it.skipIf(!hasScript)('colours the report on a terminal, and not with NO_COLOR', async () => {
    const onTerminal = async (extra: Record<string, string>) => {
      const env = { ...process.env, ...extra };
      if (!('NO_COLOR' in extra)) delete env.NO_COLOR;
      const command = `${BIN} diff git:HEAD~1 git:HEAD 2>/dev/null`;
      return promisify(execFile)('script', ['-qec', command, '/dev/null'], { cwd: repo, env }).then(
        ({ stdout }) => stdout,
        (error: { stdout: string }) => error.stdout,
      );
    };
    expect(await onTerminal({})).toContain('\u001b[32m+ 2019-10');
    const plain = await onTerminal({ NO_COLOR: '1' });
    expect(plain).toContain('+ 2019-10');
    expect(plain).not.toContain('\u001b[');
  });
});
