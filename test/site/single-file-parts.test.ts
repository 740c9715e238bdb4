import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSingleFile, renderSingleFile, renderSingleFileParts } from '../../src/site/build-single-file.ts';
import { inlineData, inlineDataParts, inlineElement, inlineElementParts } from '../../src/site/html.ts';
import { chunksJsonParts, type SingleFileChunks } from '../../src/site/parts/single-file.ts';
import { validateTimeline } from '../../src/timeline/validate-timeline.ts';
import { syntheticTimeline } from '../support/synthetic-timeline.ts';
import { fixtureTimeline } from './fixture-timeline.ts';

// A 10,000-article single file is longer than a JS string may be: it is written in parts (bench/single-file-scale.ts builds that one).

describe('the data block in parts', () => {
  const cases: Array<[string, SingleFileChunks]> = [
    ['empty', { chunks: {}, targets: {}, events: [] }],
    ['one of each', { chunks: { 'site-month-2014-09': '<div class="x">a</div>' }, targets: { 'site-doc-a': 'site-documents-1' }, events: [{ id: 'e', dataset: { year: '2014' } }] }],
    // Integer-like keys come first in JSON.stringify whatever their insertion order; the parts follow the same order.
    ['integer-like keys, quotes, "<" and non-ASCII', { chunks: { b: '"</script>"', '10': 'ten', '2': 'two\u2028', 'é': '\\' }, targets: { '3': 'b', a: '10' }, events: [{ id: '<', dataset: {} }, { id: 'x', dataset: { a: '"' } }] }],
  ];
  it.each(cases)('joins to JSON.stringify of the data: %s', (_name, data) => {
    const parts = chunksJsonParts(data);
    expect(parts.join('')).toBe(JSON.stringify(data));
    expect(inlineDataParts('site-chunks', parts).join('')).toBe(inlineData('site-chunks', JSON.stringify(data)).value);
    expect(JSON.parse(parts.join(''))).toEqual(data);
  });
});

describe('an inline element in parts', () => {
  const refused: Array<[string, 'style' | 'script', string[]]> = [
    ['"</script" inside a part', 'script', ['a', 'x</script>']],
    ['"</script" split across a join', 'script', ['var a = "</scr', 'ipt>"']],
    ['"</script" split over three parts', 'script', ['<', '/', 'SCRIPT']],
    ['"<!--" split across a join', 'script', ['a <!', '-- b']],
    ['"</style" split across a join', 'style', ['p{}</', 'style>']],
  ];
  it.each(refused)('is refused when the code could end it early: %s', (_name, tag, code) => {
    expect(() => inlineElementParts(tag, code)).toThrow(/would end early/);
    expect(() => inlineElement(tag, code.join(''))).toThrow(/would end early/);
  });

  it('joins to the element of the joined code', () => {
    const code = ['var a = "<", b = "/";', ' c < d;', '', 'script'];
    expect(inlineElementParts('script', code).join('')).toBe(inlineElement('script', code.join('')).value);
  });
});

describe('the single file in parts', () => {
  it('has no part near the size of the page: each period, run of articles, chunk of data and index shard is its own', async () => {
    const parts = await renderSingleFileParts(validateTimeline(syntheticTimeline(2000)));
    const total = parts.reduce((sum, part) => sum + part.length, 0);
    // The largest parts are the events' search index and a passages' shard (about a tenth of the page here); every article run and chunk is smaller.
    const largest = Math.max(...parts.map((part) => part.length));
    expect(largest, `largest part ${largest} of ${total} characters`).toBeLessThan(total / 5);
    expect(parts.filter((part) => part.includes('site-documents-')).length).toBeGreaterThanOrEqual(2 * (2000 / 10 / 20));
  });

  it('is written to the file part after part, the same bytes as the page in one string', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'single-file-parts-'));
    try {
      for (const [name, lazy] of [['eager', false], ['lazy', true]] as const) {
        const file = path.join(dir, `${name}.html`);
        await buildSingleFile(validateTimeline(fixtureTimeline()), { file, lazy });
        expect(await readFile(file, 'utf8'), name).toBe(await renderSingleFile(validateTimeline(fixtureTimeline()), { lazy }));
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
