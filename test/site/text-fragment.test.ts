import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '../../src/site/text-fragment.ts';

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
