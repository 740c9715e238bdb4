import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readArticles } from '../../src/load/read-articles.ts';
import { analyseDocuments } from '../../src/analyse/analyse-documents.ts';
import { buildTimeline } from '../../src/pipeline.ts';
import { serialiseTimeline } from '../../src/timeline/timeline-json.ts';
import { validateTimeline } from '../../src/timeline/validate-timeline.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../content');

describe('analyseDocuments', () => {
  it('gives on a pool of two workers exactly what one thread gives, in the files\' order', async () => {
    const { files } = await readArticles(CONTENT);
    expect(files.length, `no articles read from ${CONTENT}`).toBeGreaterThan(1);
    const counted: number[] = [];
    const parallel = await analyseDocuments(files, { jobs: 2, onAnalysed: (n, total) => counted.push(total === files.length ? n : -1) });
    expect(parallel).toStrictEqual(await analyseDocuments(files, { jobs: 1 }));
    expect(counted).toEqual(files.map((_, i) => i + 1));
  }, 120_000);

  it('builds byte-identical timeline JSON with --jobs 2 and --jobs 1', async () => {
    const parallel = serialiseTimeline(validateTimeline(await buildTimeline(CONTENT, { jobs: 2 })));
    expect(parallel).toBe(serialiseTimeline(validateTimeline(await buildTimeline(CONTENT, { jobs: 1 }))));
  }, 120_000);
});
