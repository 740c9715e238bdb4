import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { convertTbaq } from '../../scripts/tbaq-to-content.ts';
import { buildTimeline } from '../../src/pipeline.ts';
import type { Timeline } from '../../src/types.ts';

/** The AQUAINT part of TBAQ (73 newswire articles), as the development content folder has it. */
const AQUAINT = path.resolve(import.meta.dirname, '../../../shared/eval/tbaq/AQUAINT');

let timeline: Timeline;
beforeAll(async () => {
  if (!existsSync(AQUAINT)) throw new Error(`the TBAQ corpus is missing: ${AQUAINT} (../shared/eval/tbaq beside the project)`);
  const content = await mkdtemp(path.join(tmpdir(), 'timeline-tbaq-'));
  expect(await convertTbaq(AQUAINT, content)).toBe(73);
  timeline = await buildTimeline(content);
}, 120_000);

describe('a real newswire corpus (TBAQ AQUAINT)', () => {
  it('reads every article without errors, with its front matter date', () => {
    expect(timeline.documents).toHaveLength(73);
    expect(timeline.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(timeline.documents.every((d) => d.publishedFrom === 'front-matter')).toBe(true);
  });

  it('reads newswire datelines as bylines, not as text or chrome', () => {
    const datelines = timeline.documents.flatMap((d) => d.passages.filter((p) => p.kind === 'byline').map((p) => p.text.trim()));
    expect(datelines).toEqual(expect.arrayContaining(['NAIROBI, Kenya (AP) _', 'WASHINGTON _', 'JOHANNESBURG, August 7 (Xinhua) --']));
    for (const d of timeline.documents) {
      for (const c of d.chrome) expect(c.text, d.path).not.toMatch(/^\p{Lu}[\p{Lu} ,.]+(?:\(\w+\))?\s*(?:_|--)$/u);
    }
  });

  it('keeps every headline and dateline: the first line of every article is never chrome', () => {
    for (const d of timeline.documents) {
      const first = d.passages.find((p) => p.text.trim() !== '');
      expect(first?.kind, `${d.path}: ${first?.text.slice(0, 60)}`).not.toBe('chrome');
    }
  });

  it('invents hardly any page chrome in articles that have none', () => {
    const words = timeline.documents.reduce((n, d) => n + d.chrome.reduce((m, c) => m + c.text.split(/\s+/u).length, 0), 0);
    const total = timeline.documents.reduce((n, d) => n + d.text.split(/\s+/u).length, 0);
    expect(words / total).toBeLessThan(0.01);
  });

  it('makes one event of the August 1998 embassy bombings from several articles', () => {
    const bombings = timeline.events.filter(
      (e) => e.date.value === '1998-08-07' && e.sources.some((s) => /embass/iu.test(s.statement.text)),
    );
    const widest = Math.max(...bombings.map((e) => e.corroboration ?? 1));
    expect(widest).toBeGreaterThanOrEqual(3);
  });

  it('keeps offsets exact everywhere', () => {
    const texts = new Map(timeline.documents.map((d) => [d.id, d.text]));
    for (const e of timeline.events) {
      for (const s of e.sources) expect(texts.get(s.document)!.slice(s.statement.start, s.statement.end)).toBe(s.statement.text);
    }
  });

  it('never shows as happened a statement dated after its own article was published', () => {
    const published = new Map(timeline.documents.map((d) => [d.id, d.published]));
    const future = timeline.events.flatMap((e) =>
      e.sources.filter((s) => (s.date ?? e.date).start > (published.get(s.document) ?? '9999')).map((s) => ({ e, s })),
    );
    expect(future.length, 'the corpus has statements about its future').toBeGreaterThan(0);
    expect(future.filter(({ s }) => s.status === 'happened').map(({ s }) => s.statement.text)).toEqual([]);
    expect(future.filter(({ e }) => e.sources.length === 1 && e.status === 'happened')).toEqual([]);
  });

  it('gives every source a named asserter and every status its cues inside the statement', () => {
    for (const e of timeline.events) {
      for (const s of e.sources) {
        expect(s.attribution, s.statement.text).toMatch(/\p{L}{2}/u);
        for (const c of s.statusCues) expect(c.start >= s.statement.start && c.end <= s.statement.end || c.start === s.mention.start, s.statement.text).toBe(true);
      }
    }
  });
});
