import path from 'node:path';
import { expect } from 'vitest';
import { readArticles } from '../../src/load/read-articles.ts';
import type { SourceFile } from '../../src/types.ts';

/** The project's own articles (`content/`), read as a build reads them; fails clearly when there are none. */
export async function contentFiles(): Promise<SourceFile[]> {
  const content = path.resolve(import.meta.dirname, '../../content');
  const { files } = await readArticles(content);
  expect(files.length, `no articles read from ${content}`).toBeGreaterThan(0);
  return files;
}
