import { describe, expect, it } from 'vitest';
import { relativeUrl, relativeUrls } from '../../src/site/relative-url.ts';

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

describe('relativeUrls rewrites the site-root href and src attributes of a page', () => {
  it.each([
    ['<a href="/years/2014.html#e-1">x</a>', '<a href="../years/2014.html#e-1">x</a>'],
    ['<link rel="stylesheet" href="/assets/site.css">\n<img alt="" src="/assets/a.png">', '<link rel="stylesheet" href="../assets/site.css">\n<img alt="" src="../assets/a.png">'],
    // Not site-root, or not an attribute: escaped text, a data- attribute, another attribute that ends in "href".
    ['<a href="https://example.org/a">https://example.org/a</a>', '<a href="https://example.org/a">https://example.org/a</a>'],
    ['<q>see href=&quot;/x&quot;</q><p data-href="/x" xhref="/y">', '<q>see href=&quot;/x&quot;</q><p data-href="/x" xhref="/y">'],
    ['<a href="#site-main">skip</a><a\nhref="/index.html">home</a>', '<a href="#site-main">skip</a><a\nhref="../index.html">home</a>'],
  ])('%s', (markup, expected) => {
    expect(relativeUrls(markup, '/documents/a.html')).toBe(expected);
  });
});
