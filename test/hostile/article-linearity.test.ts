import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/events/extract-events.ts';
import type { DateMention, Passage, TimelineDocument } from '../../src/types.ts';

/**
 * A long article is linear in its length (issue 11, case 9: a 50 MB article did not finish in
 * 15 minutes): each passage's and sentence's mentions were found by testing all of the
 * document's mentions, passages times mentions in all. Here a document of n paragraphs and 8n
 * date mentions is read at n and 4n; the time per paragraph is compared as a ratio of the best
 * CPU time of several runs (linear about 1, quadratic about 4), never an absolute time.
 */
/** Many mentions per paragraph weigh on a cost of passages times mentions, not on a linear one. */
const DATES_PER_HEADING = 8;

function article(paragraphs: number): TimelineDocument {
  const parts: string[] = [];
  const passages: Passage[] = [];
  const mentions: DateMention[] = [];
  let at = 0;
  for (let i = 0; i < paragraphs; i++) {
    // A heading of dates (tagged, but no statement of the timeline) and a paragraph of news.
    const dates = Array.from({ length: DATES_PER_HEADING }, (_, k) => `${k + 1} March ${1990 + (i % 30)}`);
    const heading = `Updates: ${dates.join('; ')}`;
    const body = `The council of district ${i} met again, a spokesperson said.`;
    passages.push({ id: `p-${2 * i}`, kind: 'heading', start: at, end: at + heading.length, text: heading });
    for (const [k, date] of dates.entries()) {
      const start = at + heading.indexOf(date);
      mentions.push({ start, end: start + date.length, text: date, type: 'DATE', value: `${1990 + (i % 30)}-03-0${k + 1}`, anchor: 'absolute' });
    }
    at += heading.length + 2;
    passages.push({ id: `p-${2 * i + 1}`, kind: 'body', start: at, end: at + body.length, text: body });
    at += body.length + 2;
    parts.push(heading, body);
  }
  const text = parts.join('\n\n');
  return { id: 'long', path: 'long.txt', title: 'long', published: '2020-03-04', publishedFrom: 'front-matter', url: null, publisher: null, author: null, mode: 'news', text, passages, mentions, chrome: [] };
}

function bestCpuSeconds(document: TimelineDocument, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    extractEvents(document);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return best;
}

const N = 3_000;

describe('a long article is linear in its length (time ratios, not absolute times)', () => {
  it('keeps offsets: every passage and mention is the slice it claims', () => {
    const document = article(100);
    for (const span of [...document.passages, ...document.mentions]) expect(document.text.slice(span.start, span.end)).toBe(span.text);
  });

  it('events of 4x the paragraphs cost at most 2x the time per paragraph', () => {
    const small = article(N);
    const large = article(4 * N);
    bestCpuSeconds(small, 1); // warm up the JIT
    let ratio = Infinity;
    // Other work on a shared machine can disturb one measurement; a quadratic cost (x4) fails every one.
    for (let attempt = 0; attempt < 3 && ratio > 2; attempt++) ratio = Math.min(ratio, bestCpuSeconds(large, 3) / (4 * N) / (bestCpuSeconds(small, 3) / N));
    expect(ratio, 'time per paragraph at 4n over time per paragraph at n').toBeLessThanOrEqual(2);
  }, 120_000);
});
