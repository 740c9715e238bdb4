import { describe, expect, it } from 'vitest';
import { mergeEvents } from '../../src/timeline/merge-events.ts';
import { statementEvent as event } from '../support/statement-event.ts';
import type { TimelineEvent } from '../../src/types.ts';

/** Filler statements so that names have a corpus to be rare in. */
const BACKGROUND = Array.from({ length: 30 }, (_, i) =>
  event(`bg${i}`, `In New York Stock Exchange composite trading, shares of company number ${i} moved on the day.`, '1990-01-01'),
);

describe('mergeEvents', () => {
  it('makes one event of one happening reported by two documents, with both sources', () => {
    const a = event('a', 'Two bombs exploded outside U.S. embassies in Kenya and Tanzania on Friday, killing dozens.', '1998-08-07');
    const b = event('b', 'Suspected bombs exploded outside the U.S. embassies in the Kenyan and Tanzanian capitals on Friday.', '1998-08-07');
    const merged = mergeEvents([a, b, ...BACKGROUND]).filter((e) => e.sources.length > 1);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.corroboration).toBe(2);
    expect(merged[0]!.sources.map((s) => s.document).sort()).toEqual(['a', 'b']);
  });

  it('keeps the finer date and records the coarser one on its source', () => {
    const a = event('a', 'Poland, Hungary and the Czech Republic formally joined NATO at a ceremony in Independence.', '1999-03');
    const b = event('b', 'Poland, Hungary and the Czech Republic formally joined NATO at a ceremony held in Independence, Missouri.', '1999-03-12');
    const [merged] = mergeEvents([a, b]);
    expect(merged!.date.value).toBe('1999-03-12');
    expect(merged!.sources.find((s) => s.document === 'a')!.date?.value).toBe('1999-03');
  });

  it.each([
    ['different actors on the same day', 'Shares of Telerate fell 50 cents on Friday in New York Stock Exchange composite trading.', 'Shares of Aetna fell 50 cents on Friday in New York Stock Exchange composite trading.', '1989-10-27', '1989-10-27'],
    ['different figures', 'Acme Corp. earned $480.4 million on sales of $4.3 billion.', 'Acme Corp. earned $822.8 million on sales of $12.49 billion.', '1988', '1988'],
    ['different wording', 'Acme Corp. opened a plant in Ohio.', 'Acme Corp. fired its chief executive after a long board meeting.', '1988-05-02', '1988-05-02'],
  ])('keeps apart %s', (_name, first, second, d1, d2) => {
    const merged = mergeEvents([event('a', first, d1), event('b', second, d2), ...BACKGROUND]);
    expect(merged.filter((e) => e.sources.length > 1)).toEqual([]);
  });

  it('never merges statements of one document', () => {
    const s = 'Poland, Hungary and the Czech Republic formally joined NATO at a ceremony in Independence.';
    expect(mergeEvents([event('a', s, '1999-03-12'), event('a', `${s} `, '1999-03-12')])).toHaveLength(2);
  });

  it('flags the same happening told with dates that do not agree, and keeps both', () => {
    const s = 'Castro attended a rally by media workers at the Palace of Conventions in Havana to demand the return of Elian.';
    const merged = mergeEvents([event('a', s, '2000-01-06'), event('b', s, '2000-01-13')]);
    expect(merged).toHaveLength(2);
    expect(merged[0]!.conflicts).toEqual([merged[1]!.id]);
    expect(merged[1]!.conflicts).toEqual([merged[0]!.id]);
  });

  it('merges one happening whatever the corpus holds of other years in the same words', () => {
    // Every content word of the two reports is also in 250 statements of other years, so it is
    // common in the corpus (COMMON_WORD) but not among the statements of 2019.
    const a = event('a', 'Turkish troops crossed the border into northern Syria near Tal Abyad on Wednesday.', '2019-10-09');
    const b = event('b', 'Turkish troops crossed the Syrian border near Tal Abyad on Wednesday, officials said.', '2019-10-09');
    const otherYears = Array.from({ length: 250 }, (_, i) =>
      event(`y${i}`, 'Turkish officials said troops crossed the border of northern Syria near Tal Abyad and Syrian towns on Wednesday.', String(1700 + i)),
    );
    const together = (events: TimelineEvent[]) =>
      mergeEvents(events).filter((e) => e.sources.some((s) => s.document === 'a') && e.sources.some((s) => s.document === 'b'));
    expect(together([a, b])).toHaveLength(1);
    expect(together([a, b, ...otherYears])).toHaveLength(1);
    expect(together([...otherYears, a, b])).toHaveLength(1);
  });

  it('does not chain distinct days together through a coarser date', () => {
    const month = event('m', 'Officials condemned the bombings of U.S. embassies in Kenya and Tanzania this month.', '1998-08');
    const day1 = event('d1', 'Officials condemned the bombings of U.S. embassies in Kenya and Tanzania on Saturday.', '1998-08-08');
    const day2 = event('d2', 'Officials condemned the bombings of U.S. embassies in Kenya and Tanzania on Tuesday.', '1998-08-11');
    const merged = mergeEvents([month, day1, day2]);
    for (const e of merged) expect(new Set(e.sources.map((s) => s.date?.value ?? e.date.value)).size).toBeLessThanOrEqual(2);
    expect(merged.find((e) => e.sources.some((s) => s.document === 'd1'))).not.toBe(merged.find((e) => e.sources.some((s) => s.document === 'd2')));
  });
});
