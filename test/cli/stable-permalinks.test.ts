import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTimeline } from '../support/run-timeline.ts';
import { EVENT_ALIASES_GLOBAL } from '../../src/site/event-aliases.ts';
import { REACH, SIEGE } from '../support/news-articles.ts';

/** A rebuild into the same --out (or extract into the same file) keeps the ids that build published. */

interface EventJson {
  id: string;
  headline: string;
  sources: Array<{ id: string; document: string }>;
  formerIds?: string[];
}

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'timeline-permalinks-'));
  await mkdir(path.join(root, 'content'));
  await writeFile(path.join(root, 'content', 'siege.md'), SIEGE);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const eventsIn = async (file: string): Promise<EventJson[]> => (JSON.parse(await readFile(file, 'utf8')) as { events: EventJson[] }).events;
const merged = (events: EventJson[]) => events.find((e) => e.sources.length > 1);

async function aliasesIn(site: string): Promise<Record<string, string>> {
  const context: Record<string, unknown> = { window: {} };
  vm.runInNewContext(await readFile(path.join(site, 'assets', 'event-aliases.js'), 'utf8'), context);
  return (context.window as Record<string, Record<string, string>>)[EVENT_ALIASES_GLOBAL]!;
}

describe('permalinks across rebuilds', () => {
  it('build: an article that joins an event leaves its id alone in the same --out; --fresh-ids starts from content ids', async () => {
    const first = await runTimeline(['build', '--no-cache', '--quiet', '--out', 'site'], { cwd: root });
    expect(first.code, first.stderr).toBe(0);
    const siegeId = (await eventsIn(path.join(root, 'site', 'timeline.json'))).find((e) => e.headline.startsWith('Islamic State'))!.id;
    await writeFile(path.join(root, 'content', 'reach.md'), REACH);

    const again = await runTimeline(['build', '--no-cache', '--quiet', '--out', 'site'], { cwd: root });
    expect(again.code, again.stderr).toBe(0);
    const kept = merged(await eventsIn(path.join(root, 'site', 'timeline.json')))!;
    expect(kept.sources.map((s) => s.document).sort()).toEqual(['reach', 'siege']);
    expect(kept.id).toBe(siegeId);
    const page = (await aliasesIn(path.join(root, 'site')))[siegeId]!;
    expect(await readFile(path.join(root, 'site', page.split('#')[0]!), 'utf8')).toContain(`id="${siegeId}"`);

    // --fresh-ids: the content id a build into a new folder gives the merged event, its finest-dated statement's (reach's).
    const reset = await runTimeline(['build', '--no-cache', '--quiet', '--out', 'site', '--fresh-ids'], { cwd: root });
    expect(reset.code, reset.stderr).toBe(0);
    const fresh = merged(await eventsIn(path.join(root, 'site', 'timeline.json')))!;
    expect(fresh.id).not.toBe(siegeId);
    expect(fresh.id).toBe(kept.sources.find((s) => s.document === 'reach')!.id);
    await rm(path.join(root, 'content', 'reach.md'));
  }, 300_000);

  it('extract --out FILE keeps the ids FILE holds; a FILE that is not a timeline is said and replaced', async () => {
    const file = path.join(root, 'timeline.json');
    await writeFile(file, '{"not": "a timeline"}');
    const first = await runTimeline(['extract', '--out', file], { cwd: root });
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/its timeline could not be read .*ids are made afresh/u);
    const siegeId = (await eventsIn(file)).find((e) => e.headline.startsWith('Islamic State'))!.id;
    await writeFile(path.join(root, 'content', 'reach.md'), REACH);
    const again = await runTimeline(['extract', '--out', file], { cwd: root });
    expect(again.code, again.stderr).toBe(0);
    expect(merged(await eventsIn(file))!.id).toBe(siegeId);
    const reset = await runTimeline(['extract', '--out', file, '--fresh-ids'], { cwd: root });
    expect(reset.code, reset.stderr).toBe(0);
    expect(merged(await eventsIn(file))!.id).not.toBe(siegeId);
    await rm(path.join(root, 'content', 'reach.md'));
  }, 300_000);
});
