import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, siteRuns } from '../../src/site/build-site.ts';
import { buildSiteModel } from '../../src/site/site-model.ts';
import { SCRIPT_LOADER } from '../../src/site/html.ts';
import { serialiseTimeline } from '../../src/timeline/timeline-json.ts';
import { fixtureTimeline, HOSTILE_IMG, HOSTILE_SCRIPT } from './fixture-timeline.ts';
import { brokenLinks, idsOf, listFiles, readPage } from './site-files.ts';
import { validateTimeline } from '../../src/timeline/validate-timeline.ts';

let first: string;
let second: string;

beforeAll(async () => {
  first = await mkdtemp(path.join(tmpdir(), 'timeline-site-a-'));
  second = await mkdtemp(path.join(tmpdir(), 'timeline-site-b-'));
  await buildSite(validateTimeline(fixtureTimeline()), { outDir: first });
  // The second build runs from another working directory: paths must not depend on it.
  const cwd = process.cwd();
  process.chdir(tmpdir());
  try {
    await buildSite(validateTimeline(fixtureTimeline()), { outDir: second });
  } finally {
    process.chdir(cwd);
  }
});

afterAll(async () => {
  await rm(first, { recursive: true, force: true });
  await rm(second, { recursive: true, force: true });
});

const PAGES = ['about.html', 'documents/kobani-aftermath.html', 'documents/kobani-siege.html', 'index.html', 'undated.html', 'years/2014.html', 'years/2019.html'];

describe('buildSite on the fixture timeline', () => {
  it('writes the timeline, one page per article, the undated and about pages, and the stylesheet', async () => {
    const files = await listFiles(first);
    expect(files).toEqual(
      expect.arrayContaining([...PAGES, 'assets/site.css', 'assets/timeline.js', 'assets/search-index.js', 'timeline.json', 'timeline.csv', 'timelinejs.json']),
    );
  });

  it('lists the years on the front page, each with its months, linked to a page of its own', async () => {
    const index = await readPage(first, 'index.html');
    expect(index).toMatch(/<a class="period-link" href="years\/2014.html">2014<\/a> <span class="muted">4 events<\/span>[\s\S]*href="years\/2014.html#site-month-2014-09">September 2014<\/a> <span class="muted">\(1\)<\/span>[\s\S]*<a class="period-link" href="years\/2019.html">2019<\/a> <span class="muted">1 event<\/span>/);
    // Of the events, the front page shows only the key ones (capped, src/site/front-page.ts): it stays small whatever the corpus.
    expect([...index.matchAll(/<article class="event" id="([^"]+)"/g)].map((m) => m[1])).toEqual(['kobani-siege-entered-2014-09']);
    // Its search loads the index when a search starts, from a path relative to the front page.
    expect(index).toContain('data-search-index="assets/search-index.js"');
    expect(index).not.toContain('search-index.js" defer');
    expect((await listFiles(first)).includes('assets/search-index.js')).toBe(true);
    const y2014 = await readPage(first, 'years/2014.html');
    expect(y2014).toContain('<h1 id="site-year-2014">2014</h1>');
    expect(y2014).toContain('<a href="2019.html" rel="next">2019 →</a>');
    expect(y2014).toContain('<a href="../index.html">All years</a>');
  });

  it('shows each date at its true granularity, with a matching datetime', async () => {
    const y2014 = await readPage(first, 'years/2014.html');
    expect(y2014).toContain('<time datetime="2014">2014</time>');
    expect(y2014).toContain('<time datetime="2014-01">January 2014</time>');
    expect(y2014).toMatch(/<h2 class="group-heading" id="site-year-2014-whole">Sometime in 2014<\/h2>[\s\S]*<h2 class="group-heading" id="site-month-2014-09">September 2014<\/h2>/);
    expect(await readPage(first, 'years/2019.html')).toContain('<time datetime="2019-10-13">13 October 2019</time>');
    // "since January 2014" is not "in January 2014"
    expect(y2014).toContain('<span class="event-relation">Since</span> <time datetime="2014-01">January 2014</time>');
  });

  it('shows who asserts each event, hedging and corroboration, with links to the source passages', async () => {
    const index = (await readPage(first, 'years/2014.html')) + (await readPage(first, 'years/2019.html'));
    const event = (id: string): string => index.slice(index.indexOf(`id="${id}"`), index.indexOf('</article>', index.indexOf(`id="${id}"`)));
    expect(event('kobani-siege-began-2014')).toContain('According to local activists');
    expect(event('kobani-siege-began-2014')).toContain('<span class="badge badge-hedged">Hedged: “allegedly”</span>');
    expect(event('kobani-siege-entered-2014-09')).toContain('<span class="badge badge-corroborated">2 sources</span>');
    expect(event('kobani-siege-entered-2014-09')).toContain('href="../documents/kobani-siege.html#p-islamic-state-fighters"');
    expect(event('kobani-siege-entered-2014-09')).toContain('<a class="event-permalink" href="2014.html#kobani-siege-entered-2014-09">');
    expect(event('kobani-siege-withdrawal-2019')).not.toContain('badge-corroborated');
    expect(event('kobani-aftermath-control-2014-01')).toContain('Not attributed to anyone');
  });

  it('renders the article passage by passage, with chrome folded away, mentions marked and back-links', async () => {
    const page = await readPage(first, 'documents/kobani-siege.html');
    expect(page).toContain('<div class="passage passage-body" id="p-the-siege-began">');
    expect(page).toMatch(/<details class="chrome">\s*<summary>Page chrome left out[\s\S]*id="p-share-this-article"[\s\S]*<\/details>/);
    expect(page).toMatch(/<time class="mention" datetime="2014-09" tabindex="0" aria-describedby="site-note-0">September 2014<span class="mention-note" role="tooltip" id="site-note-0">Read as September 2014 \(2014-09\)<\/span><\/time>/);
    expect(page).toContain('href="../years/2014.html#kobani-siege-began-2014"');
    expect(page).toContain('href="https://example.org/news/kobani"');
    const aftermath = await readPage(first, 'documents/kobani-aftermath.html');
    expect(aftermath).toMatch(/<mark class="mention mention-unresolved" tabindex="0" [^>]*>last November/);
  });

  it('lists undated expressions with their reason and what to do, linked to their passage', async () => {
    const page = await readPage(first, 'undated.html');
    expect(page).toContain('<q>last November</q>');
    expect(page).toContain('href="documents/kobani-aftermath.html#p-reconstruction-started"');
    expect(page).toContain('the article has no publication date to count &quot;last November&quot; from');
    expect(page).toContain('Add &quot;published: YYYY-MM-DD&quot; to the front matter of world/kobani-aftermath.md');
  });

  it('describes the corpus and the diagnostics on the about page', async () => {
    const page = await readPage(first, 'about.html');
    expect(page).toContain('<code>missing-published</code>');
    expect(page).toContain('<code>world/kobani-aftermath.md:1:1</code>');
    expect(page).toMatch(/<dt>Events<\/dt><dd>5<\/dd>/);
    expect(page).toContain('from the front matter');
  });

  it('escapes hostile text everywhere: no markup from the corpus reaches the page', async () => {
    for (const page of PAGES) {
      const html = await readPage(first, page);
      expect(html, page).not.toContain(HOSTILE_SCRIPT);
      expect(html, page).not.toContain(HOSTILE_IMG);
      // As text the hostile markup stays (escaped); inside a real tag it never appears.
      expect(html, page).not.toMatch(/<[a-z][^<>]*\son[a-z]+=/i);
      expect(html, page).not.toMatch(/(href|src)="\s*javascript:/i);
      // The one script element a page has is the loader of a site script (src/site/html.ts, SCRIPT_LOADER).
      const loader = `>${SCRIPT_LOADER}</script>`;
      expect(html.split(loader).join('></script>'), page).not.toMatch(/<script(?![^>]*\sdata-src="[^"]*assets\/[a-z-]+\.js"><\/script>)/);
    }
    const aftermath = await readPage(first, 'documents/kobani-aftermath.html');
    expect(aftermath).toContain('<h1 id="site-document-title">&lt;script&gt;alert(1)&lt;/script&gt; Kobani, five years on</h1>');
    expect(aftermath).toContain('<code>javascript:alert(1)</code> <span class="muted">(not linked: not a web address)</span>');
  });

  it('offers the timeline as JSON (the timeline format, byte for byte), CSV and TimelineJS3 JSON', async () => {
    expect(await readPage(first, 'timeline.json')).toBe(serialiseTimeline(validateTimeline(fixtureTimeline())));
    const csv = await readPage(first, 'timeline.csv');
    expect(csv.split('\r\n')).toHaveLength(1 + 6 + 1);
    const timelineJs = JSON.parse(await readPage(first, 'timelinejs.json')) as { events: Array<{ unique_id: string }> };
    expect(timelineJs.events.map((e) => e.unique_id)).toHaveLength(5);
    const search = await readPage(first, 'assets/search-index.js');
    expect(search.startsWith('window.TIMELINE_SEARCH = {')).toBe(true);
    expect(search).not.toContain('<');
  });

  it('uses only relative links, each resolving to an existing file and anchor', async () => {
    const pages = (await listFiles(first)).filter((f) => f.endsWith('.html'));
    expect(pages).toEqual(PAGES);
    for (const page of pages) expect(await brokenLinks(first, page)).toEqual([]);
  });

  it('refuses a timeline that does not hold together, before writing anything', async () => {
    const timeline = fixtureTimeline();
    timeline.events[0]!.sources[0]!.passage = { ...timeline.events[0]!.sources[0]!.passage, id: 'p-nowhere' };
    const dir = path.join(first, 'refused');
    expect(() => validateTimeline(timeline)).toThrow(/passage p-nowhere is not a passage of document kobani-aftermath/);
    await expect(readFile(path.join(dir, 'index.html'))).rejects.toThrow(/ENOENT/);
  });

  it('would notice a broken link', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'timeline-site-broken-'));
    try {
      await writeFile(path.join(dir, 'a.html'), '<a href="/b.html">b</a><a href="b.html#nowhere">b</a><a href="https://example.org/">x</a>');
      await writeFile(path.join(dir, 'b.html'), '<p id="here">b</p>');
      expect(await brokenLinks(dir, 'a.html')).toEqual(['a.html: not relative /b.html', 'a.html: missing anchor b.html#nowhere', 'a.html: absolute https://example.org/']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('gives every page one h1, a language, the landmarks and a skip link', async () => {
    for (const page of PAGES) {
      const html = await readPage(first, page);
      expect(html.match(/<h1[\s>]/g), page).toHaveLength(1);
      expect(html, page).toContain('<html lang="en">');
      for (const landmark of ['<header class="site-header">', '<nav ', '<main id="site-main"', '<footer ']) expect(html, page).toContain(landmark);
      expect(html, page).toContain('<a class="skip-link" href="#site-main">');
      expect(new Set(idsOf(html)).size, `${page}: duplicate ids`).toBe(idsOf(html).length);
    }
  });

  it('is deterministic: the same timeline gives byte-identical files, whatever the working directory', async () => {
    const files = await listFiles(first);
    expect(await listFiles(second)).toEqual(files);
    for (const file of files) {
      expect((await readFile(path.join(second, file))).equals(await readFile(path.join(first, file))), file).toBe(true);
    }
  });
});

describe('buildSite in several Eleventy runs (a large site: Eleventy holds every page a run renders)', () => {
  it.each([
    { documents: 0, timelinePages: 0, perRun: { documents: 2, timelinePages: 2 }, runs: [['all', [0, 0], [0, 0]]] },
    { documents: 2, timelinePages: 1, perRun: { documents: 2, timelinePages: 2 }, runs: [['all', [0, 2], [0, 1]]] },
    {
      documents: 5,
      timelinePages: 3,
      perRun: { documents: 2, timelinePages: 2 },
      runs: [
        ['all', [0, 2], [0, 2]],
        ['documents', [2, 4], [0, 0]],
        ['documents', [4, 5], [0, 0]],
        ['timelinePages', [0, 0], [2, 3]],
      ],
    },
  ])('$documents documents and $timelinePages timeline pages, $perRun.documents and $perRun.timelinePages a run', ({ documents, timelinePages, perRun, runs }) => {
    const planned = siteRuns(documents, timelinePages, perRun);
    expect(planned.map((r) => [r.input, r.run.documents, r.run.timelinePages])).toEqual(runs);
    // Assets, timeline.json and the downloads are written by the first run only.
    expect(planned.map((r) => r.run.once)).toEqual(runs.map((_, i) => i === 0));
  });

  it('gives the same files, byte for byte, as one run', async () => {
    const timeline = validateTimeline(fixtureTimeline());
    const perRun = { documents: 1, timelinePages: 1 };
    // The fixture takes more than one run of each kind at one page a run.
    const model = buildSiteModel(timeline);
    expect(siteRuns(model.documents.length, model.pages.length, perRun).filter((r) => r.input !== 'all').length).toBeGreaterThanOrEqual(2);
    const runs = await mkdtemp(path.join(tmpdir(), 'timeline-site-runs-'));
    try {
      await buildSite(timeline, { outDir: runs, perRun });
      const files = await listFiles(first);
      expect(await listFiles(runs)).toEqual(files);
      for (const file of files) expect((await readFile(path.join(runs, file))).equals(await readFile(path.join(first, file))), file).toBe(true);
    } finally {
      await rm(runs, { recursive: true, force: true });
    }
  });
});
