import { describe, expect, it } from 'vitest';
import { EVENT_ALIASES_GLOBAL, EVENT_ALIASES_PATH, eventAliasFollowerScript, eventAliases, eventAliasesScript } from '../../src/site/event-aliases.ts';
import { siteLinks } from '../../src/site/site-links.ts';
import { planTimelinePages } from '../../src/site/timeline-pages.ts';
import type { TimelineEvent } from '../../src/types.ts';
import { fixtureTimeline } from './fixture-timeline.ts';

const links = (events: readonly TimelineEvent[]) => siteLinks(planTimelinePages(events));

describe('eventAliases', () => {
  it('maps every event id to its permalink, without the leading slash, keys in code-unit order', () => {
    const { events } = fixtureTimeline();
    const aliases = eventAliases({ events }, links(events));
    for (const event of events) expect(aliases[event.id]).toBe(links(events).event(event).slice(1));
    expect(Object.keys(aliases)).toEqual(Object.keys(aliases).sort());
  });

  it('maps the ids of a merged event’s statements (the ids their own events had) to the merged event', () => {
    const { events } = fixtureTimeline();
    const [first, second, ...rest] = events;
    // `second`'s statement joins `first`'s event, as mergeEvents would do it: its id stays on the source.
    const merged: TimelineEvent = { ...first!, sources: [...first!.sources, ...second!.sources.map((s) => ({ ...s, id: second!.id }))] };
    const aliases = eventAliases({ events: [merged, ...rest] }, links([merged, ...rest]));
    expect(aliases[second!.id]).toBe(aliases[first!.id]);
    expect(aliases[second!.id]).toMatch(new RegExp(`#${first!.id}$`, 'u'));
  });

  it('gives the same script for the same timeline, the map inside it, set as the global the follower reads', () => {
    const { events } = fixtureTimeline();
    const script = eventAliasesScript(eventAliases({ events }, links(events)));
    expect(eventAliasesScript(eventAliases({ events }, links(events)))).toBe(script);
    expect(script).toBe(`window.${EVENT_ALIASES_GLOBAL} = ${JSON.stringify(eventAliases({ events }, links(events)))};\n`);
    expect(eventAliasFollowerScript()).toContain(`window.${EVENT_ALIASES_GLOBAL}`);
    expect(eventAliasFollowerScript()).toContain(`'${EVENT_ALIASES_PATH.split('/').pop()}'`);
  });
});
