import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, runTimeline } from '../support/run-timeline.ts';

/** Runs bin/timeline from another folder than the project, as a user would. */
const timeline = (args: string[], cwd = tmpdir()) => runTimeline(args, { cwd });

const GOOD = `---
title: Floods in the north
published: 2021-02-04
---
Heavy rain that began on Sunday swept away bridges and roads in the northern provinces, and officials said that more than 12,000 people had to leave their homes.

The river last rose this high in March 1950, when the old bridge was lost.
`;

let badCorpus: string;
beforeAll(async () => {
  badCorpus = await mkdtemp(path.join(tmpdir(), 'timeline-bad-'));
  await writeFile(path.join(badCorpus, 'good.md'), GOOD);
  await writeFile(path.join(badCorpus, 'binary.txt'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
  await writeFile(path.join(badCorpus, 'latin1.txt'), new Uint8Array([...new TextEncoder().encode('Line one\nCaf'), 0xe9, 0x0a]));
  await writeFile(path.join(badCorpus, 'empty.txt'), '');
  await writeFile(path.join(badCorpus, 'bad-yaml.md'), '---\ntitle: [oops\n---\nThe text of an article that still has to be read.\n');
  await writeFile(path.join(badCorpus, 'bad-date.md'), '---\npublished: 4 March 2020\n---\nThe text of an article that still has to be read.\n');
});

describe('bin/timeline', () => {
  it.each(['build', 'extract', 'tag', 'check'])('%s --help prints its usage', async (command) => {
    const run = await timeline([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: timeline ${command}`);
  });

  it('lists its commands and fails on an unknown one', async () => {
    expect((await timeline(['--help'])).stdout).toMatch(/build[\s\S]*extract[\s\S]*tag[\s\S]*check/);
    const run = await timeline(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command');
  });

  it('fails with the usage on a bad option', async () => {
    const run = await timeline(['check', '--no-such-option']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: timeline check');
  });

  it('tag --json prints {start, end, text, type, value} with exact offsets', async () => {
    const file = path.join(badCorpus, '..', `tag-${path.basename(badCorpus)}.txt`);
    const text = 'The talks began on Wednesday.\n\nIn January 2014 the trucks were stopped, and in 2016 the evidence came out.';
    await writeFile(file, text);
    const run = await timeline(['tag', '--dct', '2020-03-04', '--json', file]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('mode: news (chosen, 1 of 2 paragraphs as narrative)\n');
    const mentions = JSON.parse(run.stdout) as Array<{ start: number; end: number; text: string; type: string; value: string }>;
    expect(mentions.map((m) => [m.text, m.type, m.value])).toEqual([
      ['Wednesday', 'DATE', '2020-03-04'],
      ['January 2014', 'DATE', '2014-01'],
      ['2016', 'DATE', '2016'],
    ]);
    for (const m of mentions) {
      expect(Object.keys(m).sort()).toEqual(['end', 'start', 'text', 'type', 'value']);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('tag chooses the mode as the pipeline does and says which on stderr', async () => {
    const file = path.join(badCorpus, '..', `tag-mode-${path.basename(badCorpus)}.txt`);
    await writeFile(file, 'Germany invaded Poland on 1 September 1939. In June 1940, France fell. In July, the Battle of Britain began.');
    const auto = await timeline(['tag', '--dct', '2009-12-19', '--json', file]);
    expect(auto.stderr).toBe('mode: narrative (chosen)\n');
    expect((JSON.parse(auto.stdout) as Array<{ text: string; value: string }>).find((m) => m.text === 'July')?.value).toBe('1940-07');
    const news = await timeline(['tag', '--dct', '2009-12-19', '--mode', 'news', '--json', file]);
    expect(news.stderr).toBe('mode: news (given)\n');
  });

  it('check reports every bad file with path, line and column, and exits 2', async () => {
    const run = await timeline(['check', '--content', badCorpus]);
    expect(run.code).toBe(2);
    const lines = run.stdout.trim().split('\n');
    for (const line of lines) expect(line).toMatch(/^[^:]+:\d+:\d+ (error|warning|info) [a-z0-9-]+ .+$/);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^bad-date\.md:2:12 error invalid-published /),
        expect.stringMatching(/^bad-yaml\.md:\d+:\d+ error malformed-front-matter /),
        expect.stringMatching(/^binary\.txt:1:5 error binary-file /),
        expect.stringMatching(/^empty\.txt:1:1 error empty-file /),
        expect.stringMatching(/^latin1\.txt:2:4 error invalid-utf8 /),
      ]),
    );
  });

  it('extract still writes the timeline of the good files when others are bad', async () => {
    const out = path.join(badCorpus, '..', `timeline-${path.basename(badCorpus)}.json`);
    const run = await timeline(['extract', '--content', badCorpus, '--out', out]);
    expect(run.code).toBe(2);
    const json = JSON.parse(await readFile(out, 'utf8'));
    expect(json.documents.map((d: { path: string }) => d.path)).toEqual(['bad-date.md', 'bad-yaml.md', 'good.md']);
    const values = json.events.map((e: { date: { value: string } }) => e.date.value);
    expect(values).toEqual(['1950-03', '2021-01-31']);
  });

  it('build writes a site from the rest of the corpus and exits 2 on errors', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'timeline-site-'));
    const run = await timeline(['build', '--content', badCorpus, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('binary-file');
    expect(existsSync(path.join(out, 'index.html'))).toBe(true);
  });

  it('build on the project content exits 0', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'timeline-site-'));
    const run = await timeline(['build', '--content', path.join(ROOT, 'content'), '--out', out]);
    expect(run.stderr).not.toMatch(/ error /);
    expect(run.code).toBe(0);
    expect(existsSync(path.join(out, 'index.html'))).toBe(true);
  });
});
