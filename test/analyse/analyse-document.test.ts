import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readArticles } from '../../src/load/read-articles.ts';
import { analyseDocument } from '../../src/analyse/analyse-document.ts';
import type { SourceFile } from '../../src/types.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../content');

const embedPage = [
  'Turkish forces shell the border town of Serekaniye',
  'By Jane Roe',
  'October 14, 2019',
  '',
  'Residents fled on Sunday, the council said.',
  '',
  'Heavy shelling on the road to #Serekaniye today pic.twitter.com/abc123',
  '— pyd rojava (@PYD_Rojava) October 13, 2019',
  '',
  'The council said in 2018 that the town had 40,000 people.',
].join('\n');

const file = (text: string, frontMatter: SourceFile['frontMatter'] = {}): SourceFile => ({ id: 'page', path: 'page.txt', text, bodyStart: 0, frontMatter });

describe('analyseDocument', () => {
  it('gives plain data: a JSON round trip is the identity, for every seed article', async () => {
    const { files } = await readArticles(CONTENT);
    expect(files.length, `no articles read from ${CONTENT}`).toBeGreaterThan(0);
    for (const source of [...files, file(embedPage)]) {
      const input: unknown = JSON.parse(JSON.stringify(source));
      expect(input).toStrictEqual(source);
      const analysis = analyseDocument(source);
      expect(JSON.parse(JSON.stringify(analysis))).toStrictEqual(analysis);
    }
  });

  it('is pure: the same file gives the same analysis', () => {
    expect(analyseDocument(file(embedPage))).toStrictEqual(analyseDocument(file(embedPage)));
  });

  it('dates an embedded post once, where it is found, and reads the post against that date', () => {
    const { document } = analyseDocument(file(embedPage));
    const embed = document.passages.find((p) => p.kind === 'embed');
    expect(embed?.embedDate).toBe('2019-10-13');
    // "today" in the post is the post's day, not the article's (October 14).
    const today = document.mentions.find((m) => m.text === 'today');
    expect(today?.value).toBe('2019-10-13');
    const sunday = document.mentions.find((m) => m.text === 'Sunday');
    expect(sunday?.value).toBe('2019-10-13');
    expect(document.published).toBe('2019-10-14');
  });

  it.each([
    ['front matter says narrative', { mode: 'narrative' as const }, 'narrative'],
    ['front matter says news', { mode: 'news' as const }, 'news'],
    ['chosen from the news reading', {}, 'news'],
  ])('reads the dates in one mode: %s', (_name, frontMatter, mode) => {
    expect(analyseDocument(file(embedPage, frontMatter)).document.mode).toBe(mode);
  });
});
