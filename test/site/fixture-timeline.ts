import type { DateMention, Passage, Span, Timeline, TimelineDocument } from '../../src/types.ts';

/**
 * A small hand-written timeline for the site: two articles, events at year, month and day
 * granularity, an embedded post, page chrome, an undated mention, and hostile text
 * (markup and `javascript:` URLs) wherever the corpus can put text. Offsets are computed
 * from the texts, so every span is the slice of its document it claims to be.
 */

export const HOSTILE_SCRIPT = '<script>alert(1)</script>';
export const HOSTILE_IMG = '<img src=x onerror=alert(1)>';
export const HOSTILE_URL = 'javascript:alert(1)';

function spanOf(text: string, needle: string, after = 0): Span {
  const start = text.indexOf(needle, after);
  if (start === -1) throw new Error(`fixture: ${JSON.stringify(needle)} not in text`);
  return { start, end: start + needle.length, text: needle };
}

/** Where the body starts, after the front matter: passages are found there only. */
function bodyStart(text: string): number {
  return text.indexOf('---\n', 4) + 4;
}

function passage(text: string, id: string, kind: Passage['kind'], needle: string): Passage {
  return { ...spanOf(text, needle, bodyStart(text)), id, kind };
}

function mention(text: string, needle: string, value: string, extra: Partial<DateMention> = {}): DateMention {
  return { ...spanOf(text, needle, bodyStart(text)), type: 'DATE', value, anchor: 'absolute', ...extra };
}

const SIEGE_TEXT = `---
title: Fighting for Kobani
published: 2014-10-14
publisher: Example Wire
url: https://example.org/news/kobani
---
Fighting for Kobani

By A. Reporter

Islamic State fighters entered the outskirts of the town in September 2014, officials said.

The siege began in 2014 and allegedly involved ${HOSTILE_SCRIPT} heavy shelling, according to local activists.

pyd rojava (@PYD_Rojava) wrote: Our forces repelled the attack ${HOSTILE_IMG} last night. October 13, 2014

Share this article | Facebook | Twitter | ${HOSTILE_URL}
`;

const AFTERMATH_TEXT = `---
title: "${HOSTILE_SCRIPT} Kobani, five years on"
url: "${HOSTILE_URL}"
---
Kobani, five years on

The town has been under Kurdish control since January 2014, residents say.

Islamic State fighters had reached its outskirts in September 2014, the council recalled.

On 13 October 2019 the last troops withdrew, a local official said.

Reconstruction started last November, according to the council.
`;

const siegePassages = {
  title: passage(SIEGE_TEXT, 'p-fighting-for-kobani', 'title', 'Fighting for Kobani'),
  byline: passage(SIEGE_TEXT, 'p-by-a-reporter', 'byline', 'By A. Reporter'),
  entered: passage(SIEGE_TEXT, 'p-islamic-state-fighters', 'body', 'Islamic State fighters entered the outskirts of the town in September 2014, officials said.'),
  siege: passage(SIEGE_TEXT, 'p-the-siege-began', 'body', `The siege began in 2014 and allegedly involved ${HOSTILE_SCRIPT} heavy shelling, according to local activists.`),
  embed: {
    ...passage(SIEGE_TEXT, 'p-pyd-rojava', 'embed', `pyd rojava (@PYD_Rojava) wrote: Our forces repelled the attack ${HOSTILE_IMG} last night. October 13, 2014`),
    embedAuthor: 'pyd rojava (@PYD_Rojava)',
    embedSignature: spanOf(SIEGE_TEXT, 'October 13, 2014'),
  },
  chrome: passage(SIEGE_TEXT, 'p-share-this-article', 'chrome', `Share this article | Facebook | Twitter | ${HOSTILE_URL}`),
} satisfies Record<string, Passage>;

const siege: TimelineDocument = {
  id: 'kobani-siege',
  path: 'kobani-siege.md',
  title: 'Fighting for Kobani',
  published: '2014-10-14',
  publishedFrom: 'front-matter',
  url: 'https://example.org/news/kobani',
  publisher: 'Example Wire',
  author: null,
  mode: 'news',
  text: SIEGE_TEXT,
  passages: Object.values(siegePassages),
  mentions: [
    mention(SIEGE_TEXT, 'September 2014', '2014-09'),
    mention(SIEGE_TEXT, 'in 2014', '2014'),
    mention(SIEGE_TEXT, 'last night', '2014-10-13', { anchor: 'dct' }),
    mention(SIEGE_TEXT, 'October 13, 2014', '2014-10-13'),
  ],
  chrome: [spanOf(SIEGE_TEXT, `Share this article | Facebook | Twitter | ${HOSTILE_URL}`)],
};

const aftermathPassages = {
  title: passage(AFTERMATH_TEXT, 'p-kobani-five-years-on', 'title', 'Kobani, five years on'),
  control: passage(AFTERMATH_TEXT, 'p-the-town-has-been', 'body', 'The town has been under Kurdish control since January 2014, residents say.'),
  reached: passage(AFTERMATH_TEXT, 'p-islamic-state-fighters-had', 'body', 'Islamic State fighters had reached its outskirts in September 2014, the council recalled.'),
  withdrew: passage(AFTERMATH_TEXT, 'p-on-13-october-2019', 'body', 'On 13 October 2019 the last troops withdrew, a local official said.'),
  reconstruction: passage(AFTERMATH_TEXT, 'p-reconstruction-started', 'body', 'Reconstruction started last November, according to the council.'),
} satisfies Record<string, Passage>;

const aftermath: TimelineDocument = {
  id: 'kobani-aftermath',
  path: 'world/kobani-aftermath.md',
  title: `${HOSTILE_SCRIPT} Kobani, five years on`,
  published: null,
  publishedFrom: null,
  url: HOSTILE_URL,
  publisher: null,
  author: `${HOSTILE_IMG} Staff`,
  mode: 'news',
  text: AFTERMATH_TEXT,
  passages: Object.values(aftermathPassages),
  mentions: [
    mention(AFTERMATH_TEXT, 'January 2014', '2014-01'),
    mention(AFTERMATH_TEXT, 'September 2014', '2014-09'),
    mention(AFTERMATH_TEXT, '13 October 2019', '2019-10-13'),
    mention(AFTERMATH_TEXT, 'last November', 'XXXX-11', { anchor: 'dct', unresolved: 'the article has no publication date' }),
  ],
  chrome: [],
};

function statement(doc: TimelineDocument, needle: string): Span {
  return spanOf(doc.text, needle);
}

/** A fresh copy each time: tests may change it. */
export function fixtureTimeline(): Timeline {
  return structuredClone({
    documents: [siege, aftermath],
    events: [
      {
        id: 'kobani-siege-withdrawal-2019',
        date: { value: '2019-10-13', start: '2019-10-13', end: '2019-10-13', granularity: 'day' },
        relation: 'on',
        headline: 'The last troops withdrew from Kobani',
        status: 'happened',
        sources: [
          {
            document: 'kobani-aftermath',
            passage: aftermathPassages.withdrew,
            statement: statement(aftermath, 'On 13 October 2019 the last troops withdrew'),
            mention: spanOf(aftermath.text, '13 October 2019'),
            attribution: 'a local official',
            hedged: false,
            status: 'happened',
            statusCues: [],
          },
        ],
      },
      {
        id: 'kobani-siege-began-2014',
        date: { value: '2014', start: '2014-01-01', end: '2014-12-31', granularity: 'year' },
        relation: 'in',
        headline: `The siege began amid ${HOSTILE_SCRIPT} shelling`,
        status: 'happened',
        sources: [
          {
            document: 'kobani-siege',
            passage: siegePassages.siege,
            statement: statement(siege, `The siege began in 2014 and allegedly involved ${HOSTILE_SCRIPT} heavy shelling`),
            mention: spanOf(siege.text, 'in 2014'),
            attribution: 'local activists',
            hedged: true,
            status: 'happened',
            statusCues: [],
            hedge: 'allegedly',
          },
        ],
      },
      {
        id: 'kobani-siege-entered-2014-09',
        date: { value: '2014-09', start: '2014-09-01', end: '2014-09-30', granularity: 'month' },
        relation: 'in',
        headline: 'Islamic State fighters entered the outskirts of Kobani',
        status: 'happened',
        sources: [
          {
            document: 'kobani-siege',
            passage: siegePassages.entered,
            statement: statement(siege, 'Islamic State fighters entered the outskirts of the town in September 2014'),
            mention: spanOf(siege.text, 'September 2014'),
            attribution: 'officials',
            hedged: false,
            status: 'happened',
            statusCues: [],
          },
          {
            document: 'kobani-aftermath',
            passage: aftermathPassages.reached,
            statement: statement(aftermath, 'Islamic State fighters had reached its outskirts in September 2014'),
            mention: spanOf(aftermath.text, 'September 2014'),
            attribution: 'the council',
            hedged: false,
            status: 'happened',
            statusCues: [],
          },
        ],
      },
      {
        id: 'kobani-aftermath-control-2014-01',
        date: { value: '2014-01', start: '2014-01-01', end: '2014-01-31', granularity: 'month' },
        relation: 'since',
        headline: 'Kurdish control of the town',
        status: 'happened',
        sources: [
          {
            document: 'kobani-aftermath',
            passage: aftermathPassages.control,
            statement: statement(aftermath, 'The town has been under Kurdish control since January 2014'),
            mention: spanOf(aftermath.text, 'January 2014'),
            attribution: null,
            hedged: false,
            status: 'happened',
            statusCues: [],
          },
        ],
      },
      {
        id: 'kobani-siege-repelled-2014-10-13',
        date: { value: '2014-10-13', start: '2014-10-13', end: '2014-10-13', granularity: 'day' },
        relation: 'on',
        headline: `PYD says its forces repelled an attack ${HOSTILE_IMG}`,
        status: 'happened',
        sources: [
          {
            document: 'kobani-siege',
            passage: siegePassages.embed,
            statement: statement(siege, `Our forces repelled the attack ${HOSTILE_IMG} last night`),
            mention: spanOf(siege.text, 'last night'),
            attribution: 'pyd rojava (@PYD_Rojava)',
            hedged: false,
            status: 'happened',
            statusCues: [],
          },
        ],
      },
    ],
    undated: [
      {
        document: 'kobani-aftermath',
        mention: { ...spanOf(aftermath.text, 'last November'), value: 'XXXX-11', type: 'DATE' },
        passage: aftermathPassages.reconstruction,
        reason: 'the article has no publication date to count "last November" from',
      },
    ],
    diagnostics: [
      {
        document: 'world/kobani-aftermath.md',
        line: 1,
        column: 1,
        severity: 'warning',
        code: 'missing-published',
        message: `No "published:" date in the front matter and none found in the text ${HOSTILE_SCRIPT}`,
      },
    ],
  });
}

/** The fixture with one event planned (cue "will") and one denied (cue "not"), as the reader would mark them. */
export function fixtureTimelineWithStatuses(): Timeline {
  const timeline = fixtureTimeline();
  for (const [id, status] of [['kobani-siege-entered-2014-09', 'planned'], ['kobani-siege-began-2014', 'denied']] as const) {
    const event = timeline.events.find((e) => e.id === id)!;
    event.status = status;
    const source = event.sources[0]!;
    source.status = status;
    const cue = status === 'planned' ? 'the' : 'began';
    const at = source.statement.text.indexOf(cue);
    source.statusCues = [{ start: source.statement.start + at, end: source.statement.start + at + cue.length, text: cue }];
  }
  return timeline;
}
