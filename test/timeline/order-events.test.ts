import { describe, expect, it } from 'vitest';
import { compareEvents, orderEvents } from '../../src/timeline/order-events.ts';
import { syntheticTimeline } from '../support/synthetic-timeline.ts';

describe('orderEvents', () => {
  const events = syntheticTimeline(200).events;
  const sorted = [...events].sort(compareEvents);
  it.each([
    ['in the order given by the generator', events],
    ['already in order', sorted],
    ['in reverse order', [...sorted].reverse()],
    ['in order but for the last two', [...sorted.slice(0, -2), sorted.at(-1)!, sorted.at(-2)!]],
    ['no event', []],
  ])('orders events %s as a full sort does, in a new array', (_name, input) => {
    const ordered = orderEvents(input);
    expect(ordered.map((e) => e.id)).toEqual([...input].sort(compareEvents).map((e) => e.id));
    expect(ordered).not.toBe(input);
  });
});
