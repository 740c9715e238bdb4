import { describe, expect, it } from 'vitest';
import { relativeUrl } from '../../src/site/relative-url.ts';

describe('relativeUrl makes site-root links relative to their page', () => {
  it.each([
    ['/documents/a.html#p-1', '/index.html', 'documents/a.html#p-1'],
    ['/documents/a.html#p-1', '/', 'documents/a.html#p-1'],
    ['/index.html#e-1', '/documents/a.html', '../index.html#e-1'],
    ['/assets/site.css', '/documents/a.html', '../assets/site.css'],
    ['/documents/b.html', '/documents/a.html', 'b.html'],
    ['/documents/a.html#p', '/documents/a.html', 'a.html#p'],
    ['/', '/documents/a.html', '../index.html'],
    ['/timeline.csv?v=1', '/about.html', 'timeline.csv?v=1'],
  ])('%s from %s', (url, page, expected) => {
    expect(relativeUrl(url, page)).toBe(expected);
  });

  it.each(['https://example.org/a', '//cdn.example.org/x.js', '#site-main', 'mailto:a@example.org', 'documents/a.html', 'javascript:alert(1)'])(
    'leaves %s alone',
    (url) => {
      expect(relativeUrl(url, '/documents/a.html')).toBe(url);
    },
  );
});
