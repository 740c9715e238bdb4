import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseGitSpec } from '../../src/load/read-git-folder.ts';
import { readTimelineInput } from '../../src/load/read-timeline-input.ts';
import { serialiseTimeline } from '../../src/timeline/timeline-json.ts';
import { ev, timelineOf } from '../diff/timeline-builder.ts';
import { validateTimeline } from '../../src/timeline/validate-timeline.ts';

describe('parseGitSpec', () => {
  it.each([
    ['git:HEAD', { rev: 'HEAD', path: 'content' }],
    ['git:HEAD~1', { rev: 'HEAD~1', path: 'content' }],
    ['git:v1.2:corpus/news', { rev: 'v1.2', path: 'corpus/news' }],
    ['git:main:.', { rev: 'main', path: '.' }],
    ['content', null],
    ['./git:HEAD', null],
  ])('%s', (input, expected) => {
    expect(parseGitSpec(input)).toEqual(expected);
  });

  it.each(['git:', 'git::content', 'git:HEAD:'])('%s is refused with a reason', (input) => {
    expect(parseGitSpec(input)).toHaveProperty('error');
  });
});

describe('readTimelineInput', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'timeline-diff-load-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a timeline JSON file as it was written', async () => {
    const timeline = timelineOf([ev('a.txt', 'The flood came in 2019.', '2019')]);
    await writeFile(path.join(dir, 'good.json'), serialiseTimeline(validateTimeline(timeline)));
    const loaded = await readTimelineInput('good.json', dir);
    expect(loaded).toMatchObject({ ok: true, source: 'json', timeline });
  });

  it.each([
    ['broken.json', '{"events": [', 'broken.json: not valid JSON'],
    ['other.json', '{"events": []}', 'other.json: not a timeline JSON file:\n✖ Invalid input: expected array, received undefined\n  → at documents'],
  ])('names %s and says what is wrong with it', async (name, text, message) => {
    await writeFile(path.join(dir, name), text);
    const loaded = await readTimelineInput(name, dir);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.message).toContain(message);
  });

  it('names a missing input, and a bad revision outside any repository', async () => {
    expect(await readTimelineInput('nowhere', dir)).toMatchObject({ ok: false, message: 'nowhere: no such file or folder' });
    const outside = await readTimelineInput('git:HEAD', path.parse(dir).root);
    expect(outside.ok).toBe(false);
    if (!outside.ok) expect(outside.message).toMatch(/^git:HEAD: not in a git repository/u);
  });
});
