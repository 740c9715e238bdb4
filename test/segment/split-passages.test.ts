import { describe, expect, it } from 'vitest';
import { analysePageChrome } from '../../src/clean/strip-page-chrome.ts';
import { findArticleHead } from '../../src/clean/find-article-head.ts';
import { splitPassages } from '../../src/segment/split-passages.ts';

function passagesOf(text: string) {
  const analysis = analysePageChrome(text, 0);
  return splitPassages(text, analysis, findArticleHead(analysis)).passages;
}

const ARTICLE = `Storm hits the coast of the northern region overnight

The storm reached the coast late in the evening, and the police said that several villages were cut off from the rest of the region.

Residents posted pictures of the damage as the night went on:

Water up to the windows in our street, nobody has come to help yet. #storm pic.twitter.com/abc123

— Maria Lopez (@marialopez) March 3, 2021

The weather office said the worst was over by the morning, and that the rain would stop during the day.

Damage

The mayor put the cost of the damage at several million euros and asked the government for help.`;

describe('splitPassages', () => {
  const passages = passagesOf(ARTICLE);

  it('offsets give each passage its text', () => {
    for (const p of passages) expect(ARTICLE.slice(p.start, p.end)).toBe(p.text);
  });

  it('marks the title, headings and body paragraphs', () => {
    expect(passages.map((p) => p.kind)).toEqual(['title', 'body', 'body', 'embed', 'body', 'heading', 'body']);
  });

  it('joins an embedded post with its signature and knows its account', () => {
    const embed = passages.find((p) => p.kind === 'embed')!;
    expect(embed.text.startsWith('Water up to the windows')).toBe(true);
    expect(embed.embedAuthor).toBe('Maria Lopez (@marialopez)');
    expect(embed.embedSignature?.text).toBe('— Maria Lopez (@marialopez) March 3, 2021');
  });

  it('gives ids from the passage text alone', () => {
    const edited = passagesOf(ARTICLE.replace('several million euros', 'ten million euros'));
    const same = passages.filter((p) => !p.text.includes('million euros')).map((p) => p.id);
    expect(edited.filter((p) => !p.text.includes('million euros')).map((p) => p.id)).toEqual(same);
    expect(new Set(passages.map((p) => p.id)).size).toBe(passages.length);
  });

  it('takes a multi-paragraph post back to the lead-in of the article', () => {
    const text = `A title for the article about the posts

The agency quoted the post in full:

First paragraph of the post, with no marks at all.

Second paragraph of the post pic.twitter.com/xyz

— Some Account (@some_account) May 5, 2020`;
    const embed = passagesOf(text).find((p) => p.kind === 'embed')!;
    expect(embed.text.startsWith('First paragraph of the post')).toBe(true);
  });

  it('does not take an article paragraph into a post when no lead-in announces it', () => {
    const text = `A title for the article about the posts

An ordinary paragraph of the article that is not part of any post at all.

A post with its own marks #tag pic.twitter.com/xyz

— Some Account (@some_account) May 5, 2020`;
    const embed = passagesOf(text).find((p) => p.kind === 'embed')!;
    expect(embed.text.startsWith('A post with its own marks')).toBe(true);
  });
});
