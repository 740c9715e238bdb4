import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../support/run-timeline.ts';

/** Every call of the one validation, counted wherever in the build it is made. */
const validations = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/timeline/validate-timeline.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/timeline/validate-timeline.ts')>();
  return {
    ...original,
    validateTimeline: (value: unknown) => {
      validations.count += 1;
      return original.validateTimeline(value);
    },
  };
});

const { buildOutputs } = await import('../../src/build/build-outputs.ts');
const { writeTimelineJson } = await import('../../src/timeline/timeline-json.ts');

describe('one validation per build (issue 10)', () => {
  let work: string;
  const content = () => path.join(work, 'content');
  const build = (out: string, compareTo?: string) =>
    buildOutputs({ contentDir: content(), outDir: path.join(work, out), singleFile: path.join(work, `${out}.html`), compareTo, warn: () => {}, showDiagnostics: () => {} });

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'timeline-one-validation-'));
    await cp(path.join(ROOT, 'content'), content(), { recursive: true });
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('a site, a single file and a comparison with a content folder validate the timeline once', async () => {
    validations.count = 0;
    const result = await build('site', content());
    expect(result.ok, result.ok ? '' : result.message).toBe(true);
    expect(validations.count).toBe(1);
  });

  it('a comparison with a timeline JSON file validates that file once more, and the built timeline once', async () => {
    const first = await build('first');
    if (!first.ok) throw new Error(first.message);
    const old = path.join(work, 'old.json');
    await writeTimelineJson(first.timeline, old);
    validations.count = 0;
    const result = await build('second', old);
    expect(result.ok, result.ok ? '' : result.message).toBe(true);
    expect(validations.count).toBe(2);
  });
});
