import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildTimeline } from '../../src/pipeline.ts';
import { serialiseTimeline } from '../../src/timeline/timeline-json.ts';
import type { Timeline, TimelineEvent } from '../../src/types.ts';
import { validateTimeline } from '../../src/timeline/validate-timeline.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../content');
const CANARY = 'canary-turkish-backed-jihadists-link-up-with-daesh';
const IDLIB = 'isis-fighting-alongside-turkish-army-idlib';

let timeline: Timeline;
beforeAll(async () => {
  timeline = await buildTimeline(CONTENT);
});

/** The events whose source statement contains `words`. */
function eventsSaying(words: string): TimelineEvent[] {
  return timeline.events.filter((e) => e.sources.some((s) => s.statement.text.includes(words)));
}

function theEventSaying(words: string): TimelineEvent {
  const found = eventsSaying(words);
  expect(found, `one event saying "${words}"`).toHaveLength(1);
  return found[0]!;
}

describe('the seed corpus', () => {
  it.each([
    // [words of the statement, date value, granularity, attribution]
    ['bussed in hundreds of jihadists into Syria via the border town of Akçakale', '2014', 'year', 'Tom Coburg'],
    ['MIT was caught red-handed', '2014-01', 'month', 'Tom Coburg'],
    ['a former communications technician told Newsweek', '2014', 'year', 'a former communications technician'],
    ['published “compelling evidence”', '2016', 'year', 'Tom Coburg'],
    ['2018 ethnic cleansing of Kurds in Afrin', '2018', 'year', 'Tom Coburg'],
    ['March 2018 invasion into the Kurdish enclave of Afrin', '2018-03', 'month', 'Tom Coburg'],
    // No author, publisher or URL: the article's own voice, named by its title.
    ['traveled to Syria with her husband in 2013', '2013', 'year', 'the article “Omar: Turkey\'s trafficking of ISIS from al-Hol is irrefutable evidence of its …”'],
  ])('dates "%s" as %s', (words, value, granularity, attribution) => {
    const event = theEventSaying(words);
    expect(event.date).toMatchObject({ value, granularity });
    expect(event.sources[0]!.attribution).toBe(attribution);
  });

  it('gives every event a status and every source a named asserter', () => {
    expect(timeline.events.length).toBeGreaterThan(0);
    for (const event of timeline.events) {
      expect(event.status, event.headline).toMatch(/^(?:happened|ongoing|planned|expected|possible|denied)$/);
      for (const source of event.sources) expect(source.attribution, event.headline).toMatch(/\p{L}{2}/u);
    }
  });

  it.each([
    // [words of the statement, status, cue words]
    ['MIT was caught red-handed', 'happened', []],
    ['2018 ethnic cleansing of Kurds in Afrin', 'ongoing', ['is', 'ongoing']],
  ])('reads "%s" as %s', (words, status, cues) => {
    const source = theEventSaying(words).sources[0]!;
    expect({ status: source.status, cues: source.statusCues.map((c) => c.text) }).toEqual({ status, cues });
  });

  it('has the January 2014 truck seizure with a headline that reads as a sentence', () => {
    const event = theEventSaying('MIT was caught red-handed');
    expect(event.headline.startsWith('MIT was caught red-handed')).toBe(true);
    expect(event.date).toEqual({ value: '2014-01', start: '2014-01-01', end: '2014-01-31', granularity: 'month' });
  });

  it.each([
    ['Turkish bombardment on civilians on the road to serikaniye', '2019-10-13', 'pyd rojava (@PYD_Rojava)'],
    ['the jihadists in al-Hawl camp have started the riots', '2019-10-11', 'Endi Zentarmi (@EndiZentarmi)'],
    ['190,000 now displaced', '2019-10-12', 'Rojava Information Center (@RojavaIC)'],
    ['Turkeys experiment was a success', '2019-08-22', '#SaveAfrin (@DengiKurdistan)'],
  ])('dates the embedded post "%s" by its signature and attributes it to its account', (words, value, account) => {
    const event = eventsSaying(words).find((e) => e.date.value === value);
    expect(event, `an event on ${value} saying "${words}"`).toBeDefined();
    expect(event!.sources[0]!.attribution).toBe(account);
    expect(event!.sources[0]!.passage.text).toContain(words);
  });

  it.each([
    // A post of 30 January 2018: "has already committed a number of war crimes in just 10 days".
    ['Turkey declared war on Kurdish majority region Afrin', '2018-01-20', 'Turkey Untold (@TurkeyUntold)'],
    // The lead-in to a post of 12 October 2019: "after only three days since Turkey invaded".
    ['after only three days since Turkey invaded', '2019-10-09', 'a report from Rojava'],
  ])('counts "%s" back from the date the text gives: since %s', (words, value, attribution) => {
    const event = theEventSaying(words);
    expect(event.date.value).toBe(value);
    expect(event.relation).toBe('since');
    expect(event.sources[0]!.attribution).toBe(attribution);
  });

  it('shows the October 2019 Turkish offensive in October 2019', () => {
    const october = timeline.events.filter((e) => e.date.start >= '2019-10-01' && e.date.end <= '2019-10-31');
    expect(october.some((e) => /Turk/.test(e.headline) && /invasion|bombard|invade/i.test(e.headline))).toBe(true);
  });

  it('reads the Canary article date from its byline, not from the site header', () => {
    const canary = timeline.documents.find((d) => d.id === CANARY)!;
    expect(canary).toMatchObject({ published: '2019-10-13', publishedFrom: 'text', author: 'Tom Coburg' });
    expect(canary.title).toBe('When Turkish-backed jihadists link up with Daesh, there’s only one outcome. And it’s begun.');
  });

  it('takes nothing from page chrome', () => {
    const chromeYears = /^(2015|2023|2024)/;
    expect(timeline.events.filter((e) => chromeYears.test(e.date.value)).map((e) => e.headline)).toEqual([]);
    const mentions = timeline.events.flatMap((e) => e.sources.map((s) => s.mention.text));
    expect(mentions).not.toContain('10–15');
    for (const event of timeline.events) {
      for (const source of event.sources) {
        const document = timeline.documents.find((d) => d.id === source.document)!;
        const passage = document.passages.find((p) => p.id === source.passage.id)!;
        expect(passage.kind, event.headline).not.toBe('chrome');
      }
    }
  });

  it('leaves the related posts, menus and footer of the Canary page out as chrome', () => {
    const canary = timeline.documents.find((d) => d.id === CANARY)!;
    const chrome = canary.chrome.map((s) => s.text).join('\n');
    for (const line of ['Saturday, December 14, 2024', 'Reading Time: 6 mins read', 'Labour has the perfect response', '© Canary Media Ltd 2024', '13 December 2024']) {
      expect(chrome).toContain(line);
    }
    const body = canary.passages.filter((p) => p.kind === 'body' || p.kind === 'embed').map((p) => p.text).join('\n');
    expect(body).toContain('Erdoğan cannot be allowed to get away with these war crimes.');
    expect(body).toContain('WARNING: this story contains');
  });

  it('never resolves a relative date of an undated article against today', () => {
    const idlib = timeline.documents.find((d) => d.id === IDLIB)!;
    expect(idlib.published).toBeNull();
    const undated = timeline.undated.filter((u) => u.document === IDLIB).map((u) => u.mention.text);
    expect(undated).toEqual(expect.arrayContaining(['Last November', 'Wednesday', 'Thursday'].map((t) => expect.stringContaining(t))));
    expect(timeline.events.filter((e) => e.sources.some((s) => s.document === IDLIB))).toEqual([]);
    const diagnostic = timeline.diagnostics.find((d) => d.document === `${IDLIB}.txt` && d.code === 'missing-published');
    expect(diagnostic?.message).toContain('published: YYYY-MM-DD');
  });

  it('keeps offsets exact for every passage, statement and mention', () => {
    const texts = new Map(timeline.documents.map((d) => [d.id, d.text]));
    for (const event of timeline.events) {
      for (const s of event.sources) {
        const text = texts.get(s.document)!;
        expect(text.slice(s.passage.start, s.passage.end)).toBe(s.passage.text);
        expect(text.slice(s.statement.start, s.statement.end)).toBe(s.statement.text);
        expect(text.slice(s.mention.start, s.mention.end)).toBe(s.mention.text);
      }
    }
  });

  it('orders events by date, each year before its months', () => {
    const starts = timeline.events.map((e) => e.date.start);
    expect(starts).toEqual([...starts].sort());
    const year2014 = timeline.events.findIndex((e) => e.date.value === '2014');
    const january2014 = timeline.events.findIndex((e) => e.date.value === '2014-01');
    expect(year2014).toBeLessThan(january2014);
  });

  it('is deterministic: the same corpus gives byte-identical JSON', async () => {
    expect(serialiseTimeline(validateTimeline(await buildTimeline(CONTENT)))).toBe(serialiseTimeline(validateTimeline(timeline)));
  });
});

describe('an undated article given a publication date', () => {
  it('resolves "Last November", "on Wednesday" and "on Thursday" against it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'timeline-published-'));
    const original = await readFile(path.join(CONTENT, `${IDLIB}.txt`), 'utf8');
    await writeFile(path.join(dir, `${IDLIB}.txt`), `---\npublished: 2020-03-04\n---\n${original}`);
    const dated = await buildTimeline(dir);
    const values = (text: string) => dated.documents[0]!.mentions.filter((m) => m.text.includes(text)).map((m) => m.value);
    expect(values('Last November')).toEqual(['2019-11']);
    expect(values('Wednesday')).toEqual(['2020-03-04']);
    expect(values('Thursday')).toEqual(['2020-03-05']);
    expect(dated.undated.filter((u) => /November|Wednesday|Thursday/.test(u.mention.text))).toEqual([]);
    const november = dated.events.find((e) => e.date.value === '2019-11')!;
    expect(november.sources[0]!.attribution).toBe('the US Treasury');
  });
});

describe('a modifier the text gives a date', () => {
  it('stays on the event date ("early October 2019")', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'timeline-mod-'));
    await writeFile(path.join(dir, 'a.md'), '---\npublished: 2020-03-04\n---\nThe offensive on the towns of the border region began in early October 2019, officials of the region said.\n');
    const [event] = (await buildTimeline(dir)).events;
    expect(event!.date).toEqual({ value: '2019-10', start: '2019-10-01', end: '2019-10-31', granularity: 'month', mod: 'START' });
  });
});
