import { describe, expect, it } from 'vitest';
import { pairSources } from '../../src/diff/classify-change.ts';
import { normaliseStatement, type DocumentPaths } from '../../src/diff/match-events.ts';
import { dateInterval } from '../../src/dates/index.ts';
import type { EventSource, TimelineEvent } from '../../src/types.ts';

/** A source `doc: statement @ mention`, its offsets made up (pairing ignores them). */
function source(spec: string, at = 0): EventSource {
  const [, document, statement, mention] = /^([^:]+): (.*) @ (.*)$/.exec(spec)!;
  const span = (text: string) => ({ start: at, end: at + text.length, text });
  return { document: document!, passage: { id: `p-${at}`, ...span(statement!) }, statement: span(statement!), mention: span(mention!), attribution: null, hedged: false, status: 'happened', statusCues: [] };
}

function event(specs: string[], offset = 0): TimelineEvent {
  const sources = specs.map((s, k) => source(s, offset + 10 * k));
  return { id: 'e', date: dateInterval('2019-05-04')!, relation: 'on', headline: 'h', status: 'happened', sources };
}

const byId: DocumentPaths = (id) => id;
const show = (s: EventSource) => `${s.document}: ${s.statement.text} @ ${s.mention.text}`;

function paired(before: string[], after: string[]) {
  const p = pairSources(event(before), event(after, 1000), byId, byId);
  return { kept: p.kept.map(({ before: b, after: a }) => [show(b), show(a)]), added: p.added.map(show), removed: p.removed.map(show) };
}

/** The pairing as it was written before it was made linear: a scan of what is left per source. */
function pairedByScan(before: TimelineEvent, after: TimelineEvent, pathOf: DocumentPaths) {
  const key = (s: EventSource) => [pathOf(s.document), normaliseStatement(s.statement.text), s.mention.text].join('\u0000');
  const kept: Array<[EventSource, EventSource]> = [];
  const afterLeft = [...after.sources];
  const beforeLeft: EventSource[] = [];
  for (const b of before.sources) {
    const k = afterLeft.findIndex((a) => key(a) === key(b));
    if (k === -1) beforeLeft.push(b);
    else kept.push([b, afterLeft.splice(k, 1)[0]!]);
  }
  const removed: EventSource[] = [];
  for (const b of beforeLeft) {
    const k = afterLeft.findIndex((a) => pathOf(a.document) === pathOf(b.document));
    if (k === -1) removed.push(b);
    else kept.push([b, afterLeft.splice(k, 1)[0]!]);
  }
  return { kept, added: afterLeft, removed };
}

describe('pairSources', () => {
  it.each<[string, string[], string[], ReturnType<typeof paired>]>([
    ['the same sources, moved in the file', ['a: It rained. @ 2019', 'b: It poured. @ 2019'], ['b: It poured. @ 2019', 'a: It rained. @ 2019'], { kept: [['a: It rained. @ 2019', 'a: It rained. @ 2019'], ['b: It poured. @ 2019', 'b: It poured. @ 2019']], added: [], removed: [] }],
    ['white space is no change', ['a: It  rained. @ 2019'], ['a: It rained. @ 2019'], { kept: [['a: It  rained. @ 2019', 'a: It rained. @ 2019']], added: [], removed: [] }],
    ['a statement edited in its document pairs by document', ['a: It rained. @ 2019'], ['a: It rained hard. @ 2019'], { kept: [['a: It rained. @ 2019', 'a: It rained hard. @ 2019']], added: [], removed: [] }],
    ['an exact match goes before a pairing by document', ['a: One. @ 2019', 'a: Two. @ 2019'], ['a: Two. @ 2019', 'a: Three. @ 2019'], { kept: [['a: Two. @ 2019', 'a: Two. @ 2019'], ['a: One. @ 2019', 'a: Three. @ 2019']], added: [], removed: [] }],
    ['the same statement twice, once left: the first pairs, the second is removed', ['a: Same. @ 2019', 'a: Same. @ 2019'], ['a: Same. @ 2019'], { kept: [['a: Same. @ 2019', 'a: Same. @ 2019']], added: [], removed: ['a: Same. @ 2019'] }],
    ['another date expression is another source, of the same document', ['a: Same. @ May'], ['a: Same. @ 4 May'], { kept: [['a: Same. @ May', 'a: Same. @ 4 May']], added: [], removed: [] }],
    ['a document gone and one come', ['a: It rained. @ 2019'], ['b: It rained. @ 2019'], { kept: [], added: ['b: It rained. @ 2019'], removed: ['a: It rained. @ 2019'] }],
  ])('%s', (_, before, after, expected) => {
    expect(paired(before, after)).toEqual(expected);
  });

  it('pairs as a scan of what is left per source would, on generated events with repeated keys', () => {
    let x = 7;
    const next = (n: number) => ((x = (x * 1103515245 + 12345) % 2147483648), x % n);
    const spec = () => `${'abc'[next(3)]}: ${['One.', 'Two.', 'Three.', 'Two  .'][next(4)]} @ ${['2019', 'May'][next(2)]}`;
    for (let round = 0; round < 300; round++) {
      const before = event(Array.from({ length: next(12) }, spec));
      const after = event(Array.from({ length: next(12) }, spec), 1000);
      const pathOf: DocumentPaths = (id) => (id === 'c' ? 'a' : id); // two ids, one path: the diff pairs by path
      const got = pairSources(before, after, pathOf, pathOf);
      const want = pairedByScan(before, after, pathOf);
      expect({ kept: got.kept.map((k) => [k.before, k.after]), added: got.added, removed: got.removed }).toEqual(want);
    }
  });
});
