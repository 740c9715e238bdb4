import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '../../src/site/site-model.ts';
import { pageKeys, planPages } from '../../src/site/page-keys.ts';
import type { SiteModel } from '../../src/site/site-views.ts';
import { fixtureTimeline } from './fixture-timeline.ts';

const site = (): SiteModel => buildSiteModel(fixtureTimeline());
const keysOf = (model: SiteModel, version = 'v1') => new Map(pageKeys(model, version).map((p) => [p.path, p.key]));
const changed = (a: Map<string, string>, b: Map<string, string>) => [...a].filter(([place, key]) => b.get(place) !== key).map(([place]) => place).sort();

describe('page keys (src/site/page-keys.ts)', () => {
  const base = keysOf(site());

  it('gives every paged page a key, the same for the same timeline', () => {
    expect([...base.keys()]).toEqual(expect.arrayContaining(['about.html', 'undated.html']));
    expect([...base.keys()].some((p) => p.startsWith('documents/')) && [...base.keys()].some((p) => p.startsWith('years/'))).toBe(true);
    expect(keysOf(site())).toEqual(base);
  });

  const cases: Array<{ name: string; change: (model: SiteModel) => void; version?: string; changes: (all: string[]) => string[] }> = [
    { name: 'another site version changes every key', change: () => {}, version: 'v2', changes: (all) => all },
    { name: 'the site title (in every page) changes every key', change: (m) => (m.title = 'Another title'), changes: (all) => all },
    {
      name: "an article's title changes its own page, and the about page that lists every article",
      change: (m) => (m.documents[0]!.title = 'Retitled'),
      changes: () => [`documents/${site().documents[0]!.id}.html`, 'about.html'],
    },
    {
      name: "the corpus's figures change the about page only",
      change: (m) => (m.figures.events += 1),
      changes: () => ['about.html'],
    },
    {
      name: "an event's headline changes the pages that list it and the pages of the articles it is told in (their back-links), not another article's",
      change: (m) => (m.events[0]!.headline = 'Another headline'),
      changes: () => {
        const model = site();
        const event = model.events[0]!;
        const listing = model.pages.filter((p) => p.groups.some((g) => g.events.some((e) => e.id === event.id))).map((p) => `years/${p.slug}.html`);
        const told = [...new Set(event.documentIds)].map((id) => `documents/${id}.html`);
        expect(told.length, 'the event is told in some article').toBeGreaterThan(0);
        expect(model.documents.length, 'an article that does not tell it').toBeGreaterThan(told.length);
        return [...listing, ...told];
      },
    },
    {
      name: "an article's text (a passage's kind) changes its own page only",
      change: (m) => {
        const doc = m.documentPageInputs(m.documents[0]!).document;
        doc.passages[0]!.kind = doc.passages[0]!.kind === 'chrome' ? 'body' : 'chrome';
      },
      changes: () => [`documents/${site().documents[0]!.id}.html`],
    },
    {
      name: "what a page does not show of its period (the period's months) does not change its key",
      change: (m) => (m.pages[0]!.period.groups = []),
      changes: () => [],
    },
    {
      name: "the period's heading, which the page shows, does",
      change: (m) => (m.pages[0]!.period.heading = 'Renamed'),
      changes: () => [`years/${site().pages[0]!.slug}.html`],
    },
  ];
  it.each(cases)('$name', ({ change, version, changes }) => {
    const model = site();
    change(model);
    expect(changed(keysOf(model, version), base)).toEqual(changes([...base.keys()]).sort());
  });

  it('renders a page whose key changed, whose previous file is missing, or all without previous keys', () => {
    const model = site();
    const all = pageKeys(model, 'v1').length;
    expect(planPages(model, 'v1', undefined, () => true).kept).toEqual([]);
    const same = planPages(model, 'v1', base, () => true);
    expect(same.kept.length).toBe(all);
    expect(Object.values(same.rendered).flat()).toEqual([]);
    const missing = planPages(model, 'v1', base, (place) => place !== 'about.html');
    expect(missing.kept).not.toContain('about.html');
    expect(missing.rendered.aboutPages.map((p) => p.href)).toEqual(['/about.html']);
    expect(planPages(model, 'v2', base, () => true).kept).toEqual([]);
  });
});
