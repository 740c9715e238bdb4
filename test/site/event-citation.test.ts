import { afterEach, describe, expect, it, vi } from 'vitest';
import { bibtexKey, citeEvent, corpusDate, escapeBibtex, type CitedSource } from '../../src/site/event-citation.ts';
import { buildSiteModel } from '../../src/site/site-model.ts';
import { eventCitation } from '../../src/site/event-view.ts';
import { DEFAULT_SITE_CONFIG } from '../../src/load/read-site-config.ts';
import { fixtureTimeline } from './fixture-timeline.ts';

const WIRE: CitedSource = {
  documentId: 'kobani-siege',
  passageId: 'p-the-siege-began',
  title: 'Fighting for Kobani',
  publisher: 'Example Wire',
  author: 'Jane Roe',
  published: '2014-10-14',
  url: 'https://example.org/news/kobani',
  passageUrl: 'https://news.example/timeline/documents/kobani-siege.html#p-the-siege-began',
};

const BARE: CitedSource = { documentId: 'notes', passageId: 'p-1', title: 'Notes', publisher: null, author: null, published: null, url: null, passageUrl: null };

describe('cite this event', () => {
  it.each<[string, CitedSource, string | null, string]>([
    [
      'every field',
      WIRE,
      '2014-10-20',
      'Jane Roe. “Fighting for Kobani.” Example Wire, 14 October 2014. https://example.org/news/kobani. Passage: https://news.example/timeline/documents/kobani-siege.html#p-the-siege-began. Accessed 20 October 2014.',
    ],
    ['a month only', { ...WIRE, author: null, published: '2014-10' }, null, '“Fighting for Kobani.” Example Wire, October 2014. https://example.org/news/kobani. Passage: https://news.example/timeline/documents/kobani-siege.html#p-the-siege-began.'],
    ['nothing but a title: no "accessed" without an address', BARE, '2014-10-20', '“Notes.”'],
    ['a URL that ends a sentence gets no second full stop', { ...BARE, url: 'https://example.org/a.' }, null, '“Notes.” https://example.org/a.'],
  ])('plain text: %s', (_name, source, accessed, expected) => {
    expect(citeEvent([source], accessed).plain).toEqual([expected]);
  });

  it('BibTeX: a biblatex @online entry, the passage as a note with its URL escaped for an argument', () => {
    expect(citeEvent([{ ...WIRE, passageUrl: 'https://example.org/news/kobani#:~:text=The%20siege' }], '2014-10-20').bibtex).toBe(
      [
        '@online{kobani-siege:p-the-siege-began,',
        '  title = {Fighting for Kobani},',
        '  author = {{Jane Roe}},',
        '  organization = {Example Wire},',
        '  date = {2014-10-14},',
        '  url = {https://example.org/news/kobani},',
        '  urldate = {2014-10-20},',
        '  note = {Passage: \\url{https://example.org/news/kobani\\#:~:text=The\\%20siege}}',
        '}',
      ].join('\n'),
    );
    expect(citeEvent([BARE], '2014-10-20').bibtex).toBe('@online{notes:p-1,\n  title = {Notes}\n}');
  });

  it.each([
    ['50% & co_{x}', '50\\% \\& co\\_\\{x\\}'],
    ['a\\b ~ ^ $ #', 'a\\textbackslash{}b \\textasciitilde{} \\textasciicircum{} \\$ \\#'],
  ])('BibTeX escapes TeX in %j', (text, expected) => {
    expect(escapeBibtex(text)).toBe(expected);
  });

  it('BibTeX keys keep to characters every tool accepts', () => {
    expect(bibtexKey({ documentId: 'a b/ç', passageId: 'p-1' })).toBe('a-b--:p-1');
  });

  it('CSL-JSON: one article-newspaper item per passage, dates as date parts', () => {
    const items = JSON.parse(citeEvent([WIRE, { ...WIRE }, BARE], '2014-10-20').cslJson) as unknown[];
    expect(items).toEqual([
      {
        id: 'kobani-siege:p-the-siege-began',
        type: 'article-newspaper',
        title: 'Fighting for Kobani',
        author: [{ literal: 'Jane Roe' }],
        'container-title': 'Example Wire',
        publisher: 'Example Wire',
        issued: { 'date-parts': [[2014, 10, 14]] },
        URL: 'https://example.org/news/kobani',
        accessed: { 'date-parts': [[2014, 10, 20]] },
        note: 'Passage: https://news.example/timeline/documents/kobani-siege.html#p-the-siege-began',
      },
      { id: 'notes:p-1', type: 'article-newspaper', title: 'Notes' },
    ]);
  });

  it.each<[Array<string | null>, string | null]>([
    [['2014-10-14', null, '2019-10-13', '2015-01'], '2019-10-13'],
    [[null, '2014'], null],
    [[], null],
  ])('the corpus date of %j is %j', (published, expected) => {
    expect(corpusDate(published)).toBe(expected);
  });
});

describe('the citations of the site', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('are dated by the corpus, never the clock: the same corpus cites the same, a year later too', () => {
    const cite = () => buildSiteModel(fixtureTimeline(), { config: { ...DEFAULT_SITE_CONFIG, baseUrl: 'https://news.example/t/' } }).events.map(eventCitation);
    vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z') });
    const first = cite();
    vi.setSystemTime(new Date('2031-06-15T12:00:00Z'));
    expect(cite()).toEqual(first);
    expect(first.flatMap((c) => c.plain).filter((line) => line.includes('Accessed'))).not.toEqual([]);
    for (const line of first.flatMap((c) => c.plain)) if (line.includes('Accessed')) expect(line).toMatch(/Accessed 14 October 2014\.$/);
  });

  it('link the passage on the published site with a base URL, else in the original article', () => {
    const event = (baseUrl: string | null) =>
      eventCitation(buildSiteModel(fixtureTimeline(), { config: { ...DEFAULT_SITE_CONFIG, baseUrl } }).events.find((e) => e.id === 'kobani-siege-began-2014')!).plain[0];
    expect(event('https://news.example/t/')).toContain('Passage: https://news.example/t/documents/kobani-siege.html#p-the-siege-began.');
    expect(event(null)).toContain('Passage: https://example.org/news/kobani#:~:text=The%20siege%20began%20in,according%20to%20local%20activists.');
  });
});
