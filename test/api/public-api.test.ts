import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { buildValidTimeline } from '../../src/build/build-outputs.ts';
import { serialiseTimeline } from '../../src/timeline/timeline-json.ts';
import type { ValidTimeline } from '../../src/timeline/validate-timeline.ts';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = import.meta.resolve('tsx');
const ELEVENTY = path.join(PROJECT, 'node_modules/@11ty/eleventy/cmd.cjs');
const run = promisify(execFile);

/** The README's example files: fenced blocks whose first line is `// file: NAME`. */
async function readmeExamples(): Promise<Map<string, string>> {
  const readme = await readFile(path.join(PROJECT, 'README.md'), 'utf8');
  const examples = new Map<string, string>();
  for (const [, name, body] of readme.matchAll(/```ts\n\/\/ file: (\S+)[^\n]*\n([\s\S]*?)```/g)) examples.set(name!, body!);
  return examples;
}

/** A user's folder: the README's files, the seed corpus as content/, and this package installed as node_modules/news-timeline. */
let site: string;
let expected: ValidTimeline;

beforeAll(async () => {
  site = await mkdtemp(path.join(tmpdir(), 'timeline-api-'));
  const examples = await readmeExamples();
  for (const name of ['summary.ts', 'eleventy.config.ts', 'pages/events.11ty.ts']) {
    const body = examples.get(name);
    if (body === undefined) throw new Error(`README.md has no example "// file: ${name}" (found: ${[...examples.keys()].join(', ') || 'none'})`);
    await mkdir(path.dirname(path.join(site, name)), { recursive: true });
    await writeFile(path.join(site, name), body);
  }
  // An ES module package, as the README says.
  await writeFile(path.join(site, 'package.json'), `${JSON.stringify({ private: true, type: 'module', dependencies: { 'news-timeline': 'file:../news-timeline' } }, null, 2)}\n`);
  await cp(path.join(PROJECT, 'content'), path.join(site, 'content'), { recursive: true });
  await mkdir(path.join(site, 'node_modules'));
  await symlink(PROJECT, path.join(site, 'node_modules/news-timeline'), 'dir');
  expected = await buildValidTimeline(path.join(site, 'content'));
}, 120_000);

afterAll(async () => {
  if (site) await rm(site, { recursive: true, force: true });
});

describe("the README's library examples, importing 'news-timeline' through its exports", () => {
  it('summary.ts builds the timeline, tags a text and diffs', async () => {
    const { stdout } = await run(process.execPath, ['--import', TSX, 'summary.ts'], { cwd: site });
    const lines = stdout.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual(expected.events.slice(0, 3).map((e) => `${e.date.value}\t${e.headline}`));
    // 16 October 2019 is a Wednesday: "Monday" in the news is the 14th.
    expect(lines[3]).toBe('news Monday = 2019-10-14');
    expect(lines[4]).toBe('0 changed');
    expect(lines).toHaveLength(5);
  }, 120_000);

  it('eleventy.config.ts and pages/events.11ty.ts add the timeline to a site of ones own', async () => {
    await run(process.execPath, ['--import', TSX, ELEVENTY, '--config=eleventy.config.ts', '--quiet'], { cwd: site });
    const page = await readFile(path.join(site, '_site/events/index.html'), 'utf8');
    expect(page).toContain(`<h1>${expected.events.length} events</h1>`);
    expect(page.match(/<li>/g)).toHaveLength(expected.events.length);
    expect(await readFile(path.join(site, '_site/timeline.json'), 'utf8')).toBe(serialiseTimeline(expected));
    await expect(readFile(path.join(site, '_site/assets/site.css'), 'utf8')).resolves.toContain('.events');
  }, 120_000);
});
