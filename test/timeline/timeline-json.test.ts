import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildTimeline } from '../../src/pipeline.ts';
import { compactTimeline, serialiseTimeline, writeTimelineJson } from '../../src/timeline/timeline-json.ts';
import { validateTimeline, type ValidTimeline } from '../../src/timeline/validate-timeline.ts';
import type { Timeline } from '../../src/types.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../content');

async function seedTimeline(): Promise<ValidTimeline> {
  const timeline = validateTimeline(await buildTimeline(CONTENT));
  expect(timeline.events.length, `no events built from ${CONTENT}`).toBeGreaterThan(0);
  return timeline;
}

/** One article whose whole body is a single paragraph of `size` characters of the seed articles' own text. */
async function singleParagraphText(size: number): Promise<string> {
  const names = (await readdir(CONTENT)).sort();
  expect(names.length, `no articles in ${CONTENT}`).toBeGreaterThan(0);
  const bodies = await Promise.all(names.map(async (n) => (await readFile(path.join(CONTENT, n), 'utf8')).replace(/^---\n[\s\S]*?\n---\n/, '')));
  let text = bodies.join(' ').replace(/\s+/g, ' ');
  while (text.length < size) text = `${text} ${text}`;
  return `---\ntitle: One long paragraph\npublished: 2020-01-01\n---\n${text.slice(0, size)}\n`;
}

describe('the timeline JSON', () => {
  it('names each source passage by id: its text is written once, in its document', async () => {
    const file = JSON.parse(serialiseTimeline(await seedTimeline())) as { events: { sources: { passage: unknown }[] }[]; undated: { passage: unknown }[] };
    for (const e of file.events) for (const s of e.sources) expect(typeof s.passage).toBe('string');
    for (const u of file.undated) expect(typeof u.passage).toBe('string');
  });

  it('reads back to the timeline it was written from, passage spans included', async () => {
    const timeline = await seedTimeline();
    expect(validateTimeline(JSON.parse(serialiseTimeline(timeline)))).toStrictEqual(validateTimeline(timeline));
  });

  it('still reads timeline JSON written before, with a whole passage span in every source', async () => {
    const timeline = await seedTimeline();
    expect(validateTimeline(JSON.parse(JSON.stringify(timeline)))).toStrictEqual(validateTimeline(timeline));
  });

  it('is exactly JSON.stringify of the compact timeline, two-space indented, though written in pieces', async () => {
    const timeline = await seedTimeline();
    const dir = await mkdtemp(path.join(tmpdir(), 'timeline-json-'));
    try {
      await writeTimelineJson(timeline, path.join(dir, 'timeline.json'));
      const expected = `${JSON.stringify(compactTimeline(timeline), null, 2)}\n`;
      expect(await readFile(path.join(dir, 'timeline.json'), 'utf8')).toBe(expected);
      expect(serialiseTimeline(timeline)).toBe(expected);
      const empty: Timeline = { documents: [], events: [], undated: [], diagnostics: [] };
      expect(serialiseTimeline(validateTimeline(empty))).toBe(`${JSON.stringify(empty, null, 2)}\n`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['a passage id the document does not have', (s: { passage: unknown }) => (s.passage = 'p-nonexistent')],
    ['a passage span that is not the slice it claims', (s: { passage: unknown }) => (s.passage = { id: 'p-x', start: 0, end: 3, text: 'not' })],
  ])('refuses %s', async (_name, spoil) => {
    const file = JSON.parse(serialiseTimeline(await seedTimeline())) as { events: { sources: { passage: unknown }[] }[] };
    spoil(file.events[0]!.sources[0]!);
    expect(() => validateTimeline(file)).toThrow(/does not hold together/);
  });

  it('grows linearly with a single-paragraph article (issue 11 case 5), not with its square', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'timeline-json-'));
    try {
      const sizes: Record<number, number> = {};
      for (const size of [50_000, 100_000]) {
        const content = path.join(dir, String(size));
        await mkdir(content);
        const text = await singleParagraphText(size);
        await writeFile(path.join(content, 'one.txt'), text);
        const timeline = validateTimeline(await buildTimeline(content));
        expect(timeline.events.length, 'the article gives events').toBeGreaterThan(10);
        sizes[size] = Buffer.byteLength(serialiseTimeline(timeline));
        // The text itself, its passage (the same characters once more), and each event's headline and statement.
        expect(sizes[size], `${size} characters of text`).toBeLessThan(4 * Buffer.byteLength(text));
      }
      expect(sizes[100_000]! / sizes[50_000]!).toBeLessThan(2.3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
