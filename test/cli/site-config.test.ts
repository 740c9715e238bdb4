import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTimeline } from '../support/run-timeline.ts';

const ARTICLE = `---
title: Council backs the river bridge
published: 2020-03-20
publisher: The River Courier
url: https://courier.example/bridge
---
The town council approved the plan for a new river bridge on 3 March 2020, after two years of debate.
`;

const CONFIG = `title: The river town
description: How the new bridge came about.
language: en-GB
base-url: https://courier.example/timelines/bridge
publisher: The River Courier
`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'timeline-config-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function corpus(name: string, config: string): Promise<string> {
  const content = path.join(dir, name);
  await rm(content, { recursive: true, force: true });
  await mkdir(content, { recursive: true });
  await writeFile(path.join(content, 'bridge.md'), ARTICLE);
  await writeFile(path.join(content, '_timeline.yml'), config);
  return content;
}

describe('content/_timeline.yml', () => {
  it('titles, describes and addresses the site, its downloads and its feed; it is no article', async () => {
    await corpus('good', CONFIG);
    const run = await runTimeline(['build', '--content', 'good', '--out', 'site', '--single-file', 'one.html'], { cwd: dir });
    expect(run.stderr).not.toContain('_timeline.yml');
    expect(run.code).toBe(0);
    const index = await readFile(path.join(dir, 'site/index.html'), 'utf8');
    expect(index).toContain('<html lang="en-GB">');
    expect(index).toContain('<title>Timeline · The river town</title>');
    expect(index).toContain('<meta name="description" content="How the new bridge came about.">');
    expect(index).toContain('<p class="lede">How the new bridge came about.</p>');
    expect(index).toContain('<link rel="alternate" type="application/feed+json" href="feed.json"');
    const timelineJs = JSON.parse(await readFile(path.join(dir, 'site/timelinejs.json'), 'utf8'));
    expect(timelineJs.title.text.headline).toBe('The river town');
    expect(timelineJs.events[0].text.text).toContain('href="https://courier.example/timelines/bridge/documents/bridge.html#');
    const feed = JSON.parse(await readFile(path.join(dir, 'site/feed.json'), 'utf8'));
    expect(feed).toMatchObject({ title: 'The river town', feed_url: 'https://courier.example/timelines/bridge/feed.json', authors: [{ name: 'The River Courier' }] });
    const csv = await readFile(path.join(dir, 'site/timeline.csv'), 'utf8');
    expect(csv).toContain(',https://courier.example/timelines/bridge/documents/bridge.html#');
    const single = await readFile(path.join(dir, 'one.html'), 'utf8');
    expect(single).toContain('<html lang="en-GB">');
    expect(single).toContain('<title>The river town</title>');
    expect(single).toContain('<link rel="alternate" type="application/feed+json" href="https://courier.example/timelines/bridge/feed.json"');
    const extracted = JSON.parse((await runTimeline(['extract', '--content', 'good'], { cwd: dir })).stdout);
    expect(extracted.documents.map((d: { path: string }) => d.path)).toEqual(['bridge.md']);
  });

  it('bad values are diagnostics with file, line and column; the build goes on with the defaults', async () => {
    await corpus('bad', 'title: The river town\nbase-url: /timelines/bridge\nlanguage: [en]\n');
    const check = await runTimeline(['check', '--content', 'bad'], { cwd: dir });
    expect(check.stdout).toContain('_timeline.yml:2:11 error invalid-config-field "base-url" must be an absolute http or https URL');
    expect(check.stdout).toContain('_timeline.yml:3:11 error invalid-config-field "language" must be text');
    expect(check.code).toBe(2);
    const build = await runTimeline(['build', '--content', 'bad', '--out', 'bad-site'], { cwd: dir });
    expect(build.code).toBe(2);
    expect(build.stderr).toContain('_timeline.yml:2:11 error invalid-config-field');
    const index = await readFile(path.join(dir, 'bad-site/index.html'), 'utf8');
    expect(index).toContain('<title>Timeline · The river town</title>');
    expect(index).toContain('<html lang="en">');
  });
});
