import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/site/build-site.ts';
import { eventCard } from '../../src/site/parts/event-parts.ts';
import { buildSiteModel } from '../../src/site/site-model.ts';
import { eventElements, PAGE_ELEMENT_BUDGET, planTimelinePages } from '../../src/site/timeline-pages.ts';
import { validateTimeline } from '../../src/timeline/validate-timeline.ts';
import type { Granularity, Timeline, TimelineEvent } from '../../src/types.ts';
import { timelineWithALargeYear } from '../support/synthetic-timeline.ts';
import { fixtureTimeline, fixtureTimelineWithStatuses } from './fixture-timeline.ts';
import { brokenLinks, idsOf, listFiles, readPage } from './site-files.ts';

/** The elements of a piece of markup: its start tags. */
const elementCount = (markup: string): number => markup.match(/<[a-z][a-z0-9]*/gi)?.length ?? 0;

function eventAt(template: TimelineEvent, id: string, value: string, start: string, end: string, granularity: Granularity): TimelineEvent {
  return { ...template, id, date: { value, start, end, granularity } };
}

describe('planTimelinePages', () => {
  const template = fixtureTimeline().events[0]!;
  const weight = eventElements(template);
  // 2 days in March 2014, 5 in April, one event known only to the year, one in 2015.
  const events = [
    eventAt(template, 'e-year', '2014', '2014-01-01', '2014-12-31', 'year'),
    ...[1, 2].map((d) => eventAt(template, `e-mar-${d}`, `2014-03-0${d}`, `2014-03-0${d}`, `2014-03-0${d}`, 'day')),
    ...[1, 2, 3, 4, 5].map((d) => eventAt(template, `e-apr-${d}`, `2014-04-0${d}`, `2014-04-0${d}`, `2014-04-0${d}`, 'day')),
    eventAt(template, 'e-2015', '2015-06-01', '2015-06-01', '2015-06-01', 'day'),
  ].reverse();

  it.each([
    // budget (a page's fixed 500 elements, 3 per month section, the events), the parts of 2014, the page of e-apr-5
    ['every year fits one page', 500 + 3 * 3 + 8 * weight, [], '2014'],
    [
      'a year too large: cut by month, a month too large into numbered pages',
      500 + 3 + 2 * weight,
      ['2014-sometime', '2014-03', '2014-04', '2014-04-page-2', '2014-04-page-3'],
      '2014-04-page-3',
    ],
  ])('%s', (_name, budget, parts, pageOfApril5) => {
    const plan = planTimelinePages(events, budget);
    expect(plan.periods.map((p) => p.slug)).toEqual(['2014', '2015']);
    expect(plan.periods[0]!.parts.map((p) => p.slug)).toEqual(parts);
    expect(plan.periods[1]!.parts).toEqual([]);
    expect(plan.pageOf.get('e-apr-5')).toBe(pageOfApril5);
    expect(plan.pageOf.get('e-2015')).toBe('2015');
    // Every event on exactly one page, and the parts in page order.
    const listed = plan.periods.flatMap((p) => (p.parts.length === 0 ? events.filter((e) => plan.pageOf.get(e.id) === p.slug).map((e) => e.id) : p.parts.flatMap((part) => part.eventIds)));
    expect([...listed].sort()).toEqual(events.map((e) => e.id).sort());
  });

  it('numbers the pages of a month, and gives an event larger than a page a page of its own', () => {
    const big = { ...template, id: 'e-apr-big', date: { ...events.find((e) => e.id === 'e-apr-3')!.date }, sources: Array.from({ length: 20 }, () => template.sources[0]!) };
    const plan = planTimelinePages([...events, big], 500 + 3 + 2 * weight);
    const april = plan.periods[0]!.parts.filter((p) => p.groupId === 'site-month-2014-04');
    expect(april.map((p) => [p.number, p.of, p.eventIds])).toEqual([
      [1, 4, ['e-apr-1', 'e-apr-2']],
      [2, 4, ['e-apr-3']],
      [3, 4, ['e-apr-big']],
      [4, 4, ['e-apr-4', 'e-apr-5']],
    ]);
  });

  it('never counts fewer elements for an event than its card has', () => {
    for (const timeline of [fixtureTimeline(), fixtureTimelineWithStatuses()]) {
      const model = buildSiteModel(timeline);
      for (const event of timeline.events) {
        const view = model.events.find((e) => e.id === event.id)!;
        // The filter options an event can add (its articles, who asserts it) count in its share too.
        const options = view.documentIds.length + view.attributions.length;
        expect(elementCount(eventCard(view).value) + options, event.id).toBeLessThanOrEqual(eventElements(event));
      }
    }
  });
});

describe('a large timeline (3,000 events in one year) on pages', () => {
  let dir: string;
  let timeline: Timeline;
  let pages: string[];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'timeline-pages-'));
    timeline = validateTimeline(timelineWithALargeYear());
    await buildSite(validateTimeline(timeline), { outDir: dir });
    pages = (await listFiles(dir)).filter((f) => f.startsWith('years/'));
  }, 300_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it(`keeps every timeline page within ${PAGE_ELEMENT_BUDGET} elements, cutting 2014 by month and into numbered pages`, async () => {
    expect(pages).toContain('years/2014.html');
    expect(pages).toContain('years/2014-01.html');
    expect(pages).toContain('years/2014-01-page-2.html');
    expect(pages).toContain('years/2010.html');
    for (const page of pages) expect(elementCount(await readPage(dir, page)), page).toBeLessThanOrEqual(PAGE_ELEMENT_BUDGET);
  });

  it('lists every event exactly once across the pages, at its permalink', async () => {
    const listed = new Map<string, string[]>();
    const permalinks = new Map<string, string>();
    for (const page of pages) {
      const html = await readPage(dir, page);
      for (const m of html.matchAll(/<article class="event" id="([^"]*)"/g)) listed.set(m[1]!, [...(listed.get(m[1]!) ?? []), page]);
      for (const m of html.matchAll(/<a class="event-permalink" href="([^"]*)">/g)) {
        const [file, hash] = m[1]!.split('#');
        permalinks.set(decodeURIComponent(hash!), path.posix.join('years', file!));
      }
    }
    expect([...listed.keys()].sort()).toEqual(timeline.events.map((e) => e.id).sort());
    expect([...listed.values()].filter((where) => where.length !== 1)).toEqual([]);
    for (const [id, where] of listed) expect(permalinks.get(id), id).toBe(where[0]);
  });

  it('gives the year a page of its parts, and each part previous and next links and its numbered pages', async () => {
    const contents = await readPage(dir, 'years/2014.html');
    expect(contents).toContain('<a href="2014-01.html">January 2014</a>');
    expect(contents).toContain('<a href="2014-01-page-2.html" aria-label="January 2014, page 2">2</a>');
    expect(contents).not.toContain('<article class="event"');
    const part = await readPage(dir, 'years/2014-01-page-2.html');
    expect(part).toContain('<h1>January 2014, page 2 of 2</h1>');
    expect(part).toContain('<a href="2014-01.html" rel="prev">← January 2014, page 1 of 2</a>');
    expect(part).toContain('<a href="2014-01-page-2.html" aria-current="page"><span class="visually-hidden">Page </span>2</a>');
    expect(part).toContain('<a href="2014.html">2014, by month</a>');
    // The way from the year before runs into the first part of 2014.
    expect(await readPage(dir, 'years/2012.html')).toContain('<a href="2014-sometime.html" rel="next">Sometime in 2014, page 1 of');
    const index = await readPage(dir, 'index.html');
    expect(index).toContain('<a href="years/2014-01.html#site-month-2014-01">January 2014</a>');
    expect(idsOf(await readPage(dir, 'years/2014-01.html'))).toContain('site-month-2014-01');
  });

  it('has no broken link on any timeline page, the front page or a source page', async () => {
    const documents = (await listFiles(dir)).filter((f) => f.startsWith('documents/'));
    const broken: string[] = [];
    for (const page of ['index.html', ...pages, ...documents.filter((_, i) => i % 10 === 0)]) broken.push(...(await brokenLinks(dir, page)));
    expect(broken).toEqual([]);
  });
});
