import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/site/build-site.ts';
import { fixtureTimelineWithStatuses as withStatuses } from './fixture-timeline.ts';
import { readPage } from './site-files.ts';
import { validateTimeline } from '../../src/timeline/validate-timeline.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'timeline-status-'));
  await buildSite(validateTimeline(withStatuses()), { outDir: dir });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function card(page: string, id: string): string {
  const start = page.indexOf(`<article class="event" id="${id}"`);
  expect(start, `card ${id}`).toBeGreaterThanOrEqual(0);
  return page.slice(start, page.indexOf('</article>', start));
}

describe('the site shows what each source says of its event', () => {
  it('gives every card a status badge in words, and says what a plan or a denial means', async () => {
    const page = await readPage(dir, 'years/2014.html');
    const planned = card(page, 'kobani-siege-entered-2014-09');
    expect(planned).toContain('data-status="planned"');
    expect(planned).toContain('<span class="badge badge-status badge-planned">Planned</span> <span class="event-status-sentence">Planned or scheduled: not reported as having happened.</span>');
    const denied = card(page, 'kobani-siege-began-2014');
    expect(denied).toContain('>Denied</span> <span class="event-status-sentence">Denied: the source says it did not happen.</span>');
    expect(denied).toContain('denied (“began”)');
    const happened = card(page, 'kobani-aftermath-control-2014-01');
    expect(happened).toContain('<span class="badge badge-status badge-happened">Happened</span></p>');
  });

  it('offers a filter by status, including everything not reported as happened', async () => {
    const page = await readPage(dir, 'years/2014.html');
    expect(page).toContain('<select id="site-status" name="status"><option value="">Any status</option><option value="happened">Happened</option><option value="planned">Planned</option><option value="denied">Denied</option><option value="not-happened">Not reported as happened</option></select>');
  });

  it('never says the events are listed in the order they happened', async () => {
    for (const page of ['index.html', 'years/2014.html', 'years/2019.html']) expect(await readPage(dir, page)).not.toContain('in the order they happened');
    expect(await readPage(dir, 'index.html')).toContain('in date order: 3 reported as having happened;');
  });

  it('shows the publisher, the publication date and the original of each source', async () => {
    const page = await readPage(dir, 'years/2014.html');
    expect(card(page, 'kobani-siege-began-2014')).toMatch(
      /<span class="source-article">, Example Wire, <time datetime="2014-10-14">[^<]+<\/time>, original <a href="https:\/\/example.org\/news\/kobani" rel="external noopener noreferrer">https:\/\/example.org\/news\/kobani<\/a><\/span>/u,
    );
  });

  it('puts the status in the CSV and TimelineJS exports', async () => {
    const csv = await readFile(path.join(dir, 'timeline.csv'), 'utf8');
    const [header, ...rows] = csv.trimEnd().split('\r\n');
    const columns = header!.split(',');
    expect(columns).toEqual(expect.arrayContaining(['status', 'source_status', 'status_cues']));
    const planned = rows.find((r) => r.startsWith('kobani-siege-entered-2014-09,'))!;
    expect(planned.split(',')[columns.indexOf('status')]).toBe('planned');
    const js = JSON.parse(await readFile(path.join(dir, 'timelinejs.json'), 'utf8')) as { events: Array<{ unique_id: string; status: string; text: { text: string } }> };
    const denied = js.events.find((e) => e.unique_id === 'kobani-siege-began-2014')!;
    expect(denied.status).toBe('denied');
    expect(denied.text.text).toContain('<strong>Denied</strong>: Denied: the source says it did not happen.');
  });
});
