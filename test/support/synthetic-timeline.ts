/**
 * A synthetic timeline for tests and benchmarks at scale: valid per the schema, every offset
 * holding, the same timeline on every run (a seeded generator).
 */
import { random } from '../../bench/bench-kit.ts';
import type { Granularity, Passage, Timeline, TimelineDocument, TimelineEvent } from '../../src/types.ts';
import { validateTimeline } from '../../src/timeline/validate-timeline.ts';

const EVENTS_PER_DOCUMENT = 10;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ACTORS = ['the council', 'officials', 'local activists', 'the ministry', 'residents', 'a spokesperson', 'the agency', 'witnesses'];
const PLACES = ['Kobani', 'Idlib', 'Aleppo', 'Raqqa', 'Hasakah', 'Manbij', 'Afrin', 'Qamishli', 'Deir ez-Zor', 'Tal Abyad'];

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** One dated sentence: its date expression, TIMEX3 value and interval at a random granularity. */
function datedSentence(next: () => number, place: string, actor: string, firstYear: number, years: number): { sentence: string; expression: string; value: string; start: string; end: string; granularity: Granularity } {
  const year = firstYear + Math.floor(next() * years);
  const month = 1 + Math.floor(next() * 12);
  const roll = next();
  let expression: string;
  let value: string;
  let start: string;
  let end: string;
  let granularity: Granularity;
  if (roll < 0.15) {
    [expression, value, start, end, granularity] = [`in ${year}`, `${year}`, `${year}-01-01`, `${year}-12-31`, 'year'];
  } else if (roll < 0.5) {
    [expression, value, start, end, granularity] = [`in ${MONTHS[month - 1]} ${year}`, `${year}-${pad(month)}`, `${year}-${pad(month)}-01`, `${year}-${pad(month)}-${pad(lastDay(year, month))}`, 'month'];
  } else {
    const day = 1 + Math.floor(next() * lastDay(year, month));
    const iso = `${year}-${pad(month)}-${pad(day)}`;
    [expression, value, start, end, granularity] = [`on ${day} ${MONTHS[month - 1]} ${year}`, iso, iso, iso, 'day'];
  }
  const sentence = `Fighting around ${place} intensified ${expression}, with shelling reported across the district, ${actor} said.`;
  return { sentence, expression, value, start, end, granularity };
}

/**
 * A synthetic timeline of `eventCount` events, `EVENTS_PER_DOCUMENT` per article, each a real
 * slice of its article, dated over `years` years from `firstYear` (35 from 1990 unless given).
 */
export function syntheticTimeline(eventCount: number, { firstYear = 1990, years = 35 }: { firstYear?: number; years?: number } = {}): Timeline {
  const next = random(20141013);
  const documents: TimelineDocument[] = [];
  const events: TimelineEvent[] = [];
  for (let d = 0; documents.length * EVENTS_PER_DOCUMENT < eventCount; d += 1) {
    const id = `article-${String(d).padStart(5, '0')}`;
    const title = `Report ${d} from ${PLACES[d % PLACES.length]}`;
    let text = `${title}\n\nBy Staff Reporter\n\n`;
    const passages: Passage[] = [
      { id: 'p-title', kind: 'title', start: 0, end: title.length, text: title },
      { id: 'p-byline', kind: 'byline', start: title.length + 2, end: title.length + 2 + 'By Staff Reporter'.length, text: 'By Staff Reporter' },
    ];
    const doc: TimelineDocument = {
      id,
      path: `${id}.txt`,
      title,
      published: '2024-06-01',
      publishedFrom: 'front-matter',
      url: `https://example.org/news/${id}`,
      publisher: 'Example Wire',
      author: 'Staff Reporter',
      mode: 'news',
      text: '',
      passages,
      mentions: [],
      chrome: [],
    };
    for (let i = 0; i < EVENTS_PER_DOCUMENT && events.length < eventCount; i += 1) {
      const place = PLACES[Math.floor(next() * PLACES.length)]!;
      const actor = ACTORS[Math.floor(next() * ACTORS.length)]!;
      const dated = datedSentence(next, place, actor, firstYear, years);
      const paragraph = `${dated.sentence} Aid convoys were delayed and several families left the area, according to people who spoke to the reporter.`;
      const start = text.length;
      text += `${paragraph}\n\n`;
      const passage: Passage = { id: `p-${i}-fighting-around`, kind: 'body', start, end: start + paragraph.length, text: paragraph };
      passages.push(passage);
      const mentionStart = start + dated.sentence.indexOf(dated.expression) + dated.expression.indexOf(' ') + 1;
      const mentionText = dated.expression.slice(dated.expression.indexOf(' ') + 1);
      const mention = { start: mentionStart, end: mentionStart + mentionText.length, text: mentionText };
      doc.mentions.push({ ...mention, type: 'DATE', value: dated.value, anchor: 'absolute' });
      const statementText = dated.sentence.slice(0, dated.sentence.lastIndexOf(','));
      events.push({
        id: `e-${id}-${i}`,
        date: { value: dated.value, start: dated.start, end: dated.end, granularity: dated.granularity },
        relation: dated.granularity === 'day' ? 'on' : 'in',
        headline: statementText,
        status: 'happened',
        corroboration: 1,
        sources: [
          {
            id: `e-${id}-${i}`,
            document: id,
            passage: { id: passage.id, start: passage.start, end: passage.end, text: passage.text },
            statement: { start, end: start + statementText.length, text: statementText },
            mention,
            attribution: actor,
            hedged: next() < 0.1,
            status: 'happened',
            statusCues: [],
          },
        ],
      });
    }
    doc.text = text;
    documents.push(doc);
  }
  for (const e of events) if (e.sources[0]!.hedged) e.sources[0]!.hedge = 'reportedly';
  return validateTimeline({ documents, events, undated: [], diagnostics: [] });
}

/**
 * 3,000 synthetic events in 2014 (too many for one page: the year is cut into parts) and 60
 * others over 2010-2012, their ids and paths kept apart.
 */
export function timelineWithALargeYear(): Timeline {
  const year = syntheticTimeline(3000, { firstYear: 2014, years: 1 });
  const others = syntheticTimeline(60, { firstYear: 2010, years: 3 });
  return {
    documents: [...year.documents, ...others.documents.map((d) => ({ ...d, id: `other-${d.id}`, path: `other-${d.path}` }))],
    events: [
      ...year.events,
      ...others.events.map((e) => ({ ...e, id: `other-${e.id}`, sources: e.sources.map((s) => ({ ...s, id: `other-${s.id}`, document: `other-${s.document}` })) })),
    ],
    undated: [],
    diagnostics: [],
  };
}
