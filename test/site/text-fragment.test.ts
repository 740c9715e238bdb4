import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '../../src/site/text-fragment.ts';
import { validateTimeline } from '../../src/timeline/validate-timeline.ts';

describe('textFragmentUrl', () => {
  it.each([
    ['https://example.org/a', 'Short passage here.', 'https://example.org/a#:~:text=Short%20passage%20here.'],
    [
      'https://example.org/a#top',
      'And in January 2014, MIT was caught red-handed “transporting missiles” via trucks to al-Qaeda in Syria.',
      'https://example.org/a#:~:text=And%20in%20January%202014%2C,to%20al%2DQaeda%20in%20Syria.',
    ],
    ['https://example.org/a', 'A post with a link pic.twitter.com/abc', 'https://example.org/a#:~:text=A%20post%20with%20a%20link'],
    ['https://example.org/a?q=1&b=2', 'Cats & dogs', 'https://example.org/a?q=1&b=2#:~:text=Cats%20%26%20dogs'],
  ])('%s + %j', (url, passage, expected) => {
    expect(textFragmentUrl(url, passage)).toBe(expected);
  });
});

describe('source pages link each dated passage to the original article', () => {
  it('with a text fragment of that passage', async () => {
    const { mkdtemp, writeFile, readFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { buildTimeline } = await import('../../src/pipeline.ts');
    const { buildSite } = await import('../../src/site/build-site.ts');
    const content = await mkdtemp(path.join(tmpdir(), 'timeline-fragment-'));
    await writeFile(
      path.join(content, 'floods.md'),
      '---\ntitle: Floods\nurl: https://example.org/floods\npublished: 2021-02-04\n---\nThe river last rose this high in March 1950, when the old bridge over it was lost.\n\nNobody remembers a flood like it, residents of the valley said in the evening.\n',
    );
    const out = await mkdtemp(path.join(tmpdir(), 'timeline-fragment-site-'));
    await buildSite(validateTimeline(await buildTimeline(content)), { outDir: out });
    const page = await readFile(path.join(out, 'documents', 'floods.html'), 'utf8');
    const links = [...page.matchAll(/href="(https:\/\/example\.org\/floods#:~:text=[^"]*)"/gu)].map((m) => m[1]!.replace(/&amp;/gu, '&'));
    expect(links).toEqual(['https://example.org/floods#:~:text=The%20river%20last%20rose,over%20it%20was%20lost.']);
  });
});
