import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { buildSite } from '../../src/site/build-site.ts';
import { statementEvent } from '../support/statement-event.ts';
import type { Timeline, TimelineDocument, TimelineEvent } from '../../src/types.ts';
import { validateTimeline } from '../../src/timeline/validate-timeline.ts';

const STATEMENT = 'Castro attended a rally at the Palace of Conventions in Havana.';

function documentWith(id: string): TimelineDocument {
  const passage = { id: 'p-1', kind: 'body' as const, start: 0, end: STATEMENT.length, text: STATEMENT };
  return { id, path: `${id}.txt`, title: id, published: null, publishedFrom: null, url: null, publisher: null, author: null, mode: 'news', text: STATEMENT, passages: [passage], mentions: [], chrome: [] };
}

function eventOf(id: string, document: string, value: string, conflicts: string[]): TimelineEvent {
  const event = statementEvent(document, STATEMENT, value);
  return { ...event, id, sources: [{ ...event.sources[0]!, id }], corroboration: 1, conflicts };
}

describe('conflicting dates of one happening', () => {
  it('are flagged on each event, with a link to the other and its date', async () => {
    const timeline: Timeline = {
      documents: [documentWith('a'), documentWith('b')],
      events: [eventOf('e-a', 'a', '2000-01-06', ['e-b']), eventOf('e-b', 'b', '2000-01-13', ['e-a'])],
      undated: [],
      diagnostics: [],
    };
    const out = await mkdtemp(path.join(tmpdir(), 'timeline-conflicts-'));
    await buildSite(validateTimeline(timeline), { outDir: out });
    const page = await readFile(path.join(out, 'years', '2000.html'), 'utf8');
    const flags = [...page.matchAll(/<p class="event-conflict">([\s\S]*?)<\/p>/gu)].map((m) => m[1]!.replace(/<[^>]+>/gu, ''));
    expect(flags).toEqual(['Dates disagree another report dates this 13 January 2000.', 'Dates disagree another report dates this 6 January 2000.']);
    expect(page).toContain('<a href="2000.html#e-b">another report</a>');
    const report = await new HtmlValidate({ extends: ['html-validate:standard'] }).validateString(page, 'years/2000.html');
    expect(report.valid).toBe(true);
  });
});
